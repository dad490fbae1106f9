"""Fidelity generators for the graph tasks floyd_warshall, bipartite_check and cycle_detection."""

import random

from runners.fidelity.generators import Sample, generator


@generator("random_weighted_digraph_all_pairs")
def random_weighted_digraph_all_pairs(size: int, rng: random.Random) -> Sample:
    """n = size vertices (at most 100): the cycle 0 -> 1 -> ... -> n-1 -> 0 (so every pair is
    connected and every relaxation compares two finite weights) plus random edges, m = min(4n, 1000)
    edges [u, v, w] in all, 0 <= w <= 10^6. Arguments (n, edges)."""
    n = max(1, min(size, 100))
    m = min(4 * n, 1000)
    edges = [[i, (i + 1) % n, rng.randint(0, 1_000_000)] for i in range(n)]
    while len(edges) < m:
        edges.append([rng.randrange(n), rng.randrange(n), rng.randint(0, 1_000_000)])
    return Sample([n, edges], {"n": n, "m": len(edges)})


@generator("connected_bipartite_graph")
def connected_bipartite_graph(size: int, rng: random.Random) -> Sample:
    """n = size vertices (at most 100) in two sides (even and odd vertices), a path through all of
    them (so one search covers the graph) plus random edges between the sides, about 4n
    undirected edges in all; symmetric adjacency lists, so the graph is bipartite and every
    adjacency entry is scanned. Arguments (n, adj); m = total length of the lists."""
    n = max(2, min(size, 100))
    adj = [[] for _ in range(n)]

    def link(u: int, v: int) -> None:
        adj[u].append(v)
        adj[v].append(u)

    for u in range(n - 1):
        link(u, u + 1)
    for _ in range(3 * n):
        u = rng.randrange(n)
        v = rng.randrange(n)
        if (u + v) % 2 == 1:
            link(u, v)
    return Sample([n, adj], {"n": n, "m": sum(len(a) for a in adj)})
