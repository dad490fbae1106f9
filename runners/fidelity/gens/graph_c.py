"""Fidelity generators of the graph tasks kruskal, max_bipartite_matching and edmonds_karp."""

import random

from runners.fidelity.generators import Sample, generator


@generator("random_weighted_graph_mst")
def random_weighted_graph_mst(size: int, rng: random.Random) -> Sample:
    """m = size undirected edges (at most 1000) [u, v, w], 0 <= w <= 10^6, on n = size // 4
    vertices (2..100): a random spanning tree first (so the graph is connected), then random
    edges; listed in random order."""
    m = max(2, min(size, 1000))
    n = max(2, min(m // 4, 100))
    edges = [[rng.randrange(v), v, rng.randint(0, 1_000_000)] for v in range(1, n)]
    while len(edges) < m:
        edges.append([rng.randrange(n), rng.randrange(n), rng.randint(0, 1_000_000)])
    rng.shuffle(edges)
    return Sample([n, edges], {"n": n, "m": len(edges)})


@generator("random_bipartite_graph")
def random_bipartite_graph(size: int, rng: random.Random) -> Sample:
    """nl = nr = size (at most 100) vertices on each side; each left vertex has 4 random right
    neighbours (m = 4n edges), so a near-perfect matching exists and the augmenting-path search
    runs about n times over the whole graph."""
    n = max(1, min(size, 100))
    adj = [[rng.randrange(n) for _ in range(4)] for _ in range(n)]
    return Sample([n, n, adj], {"n": n, "m": 4 * n})


@generator("random_flow_network")
def random_flow_network(size: int, rng: random.Random) -> Sample:
    """n = size vertices (3..100), source 0, sink n-1: an edge 0 -> v and an edge v -> n-1 for
    every inner vertex v (capacities 1..10, so the maximum flow needs many augmenting paths), then
    random edges between inner vertices (capacities 1..10) up to m = min(4n, 1000) edges."""
    n = max(3, min(size, 100))
    m = min(4 * n, 1000)
    edges = []
    for v in range(1, n - 1):
        edges.append([0, v, rng.randint(1, 10)])
        edges.append([v, n - 1, rng.randint(1, 10)])
    while len(edges) < m:
        edges.append([rng.randint(1, n - 2), rng.randint(1, n - 2), rng.randint(1, 10)])
    rng.shuffle(edges)
    return Sample([n, edges, 0, n - 1], {"n": n, "m": len(edges)})
