"""Fidelity generators for the graph tasks scc, bridges and prim (docs/TASKS.md, Graphs:
vertices 0..n-1 with n <= 100; adjacency lists, or edge lists [u, v, w] for weighted graphs)."""

from __future__ import annotations

import random

from runners.fidelity.generators import Sample, generator


@generator("prim_connected_weighted_graph")
def prim_connected_weighted_graph(size: int, rng: random.Random) -> Sample:
    """n = size vertices (at most 100): a random spanning tree (so the graph is connected and
    Prim's main loop picks a keyed vertex every step) plus random extra edges, m = min(4n, 1000)
    undirected edges [u, v, w] in all, 0 <= w <= 10^6, in random order."""
    n = max(1, min(size, 100))
    edges = [[rng.randrange(v), v, rng.randint(0, 1_000_000)] for v in range(1, n)]
    while len(edges) < min(4 * n, 1000) and n > 1:
        u, v = rng.sample(range(n), 2)
        edges.append([u, v, rng.randint(0, 1_000_000)])
    rng.shuffle(edges)
    return Sample([n, edges], {"n": n, "m": len(edges)})


@generator("bridges_simple_graph")
def bridges_simple_graph(size: int, rng: random.Random) -> Sample:
    """n = size vertices (at most 100): a random tree plus about n/2 random extra edges, so some
    tree edges are bridges and others lie on cycles; simple (no self-loops, no repeated
    neighbours) and symmetric, neighbours in random order."""
    n = max(1, min(size, 100))
    nbrs: list[set[int]] = [set() for _ in range(n)]
    for v in range(1, n):
        u = rng.randrange(v)
        nbrs[u].add(v)
        nbrs[v].add(u)
    for _ in range(n // 2):
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v:
            nbrs[u].add(v)
            nbrs[v].add(u)
    adj = []
    for s in nbrs:
        row = sorted(s)
        rng.shuffle(row)
        adj.append(row)
    return Sample([n, adj], {"n": n, "m": sum(len(a) for a in adj)})
