"""Fidelity generators for the graph task zero_one_bfs (topological_sort_dfs reuses random_dag)."""

import random

from runners.fidelity.generators import Sample, generator


@generator("zero_one_digraph")
def zero_one_digraph(size: int, rng: random.Random) -> Sample:
    """n = size vertices (at most 100): the chain 0 -> 1 -> ... -> n-1 of weight 1 (so every vertex
    is reached from the source 0 and distances grow to n-1) plus random edges of weight 0 or 1,
    m = min(8n, 1000) edges [u, v, w] in all. The graph is sparse (m = O(n)), so a 0-1 BFS costs
    O(n + m) while Dijkstra with an array scan costs O(n^2) (and with a heap O(m log n))."""
    n = max(1, min(size, 100))
    m = min(8 * n, 1000)
    edges = [[i, i + 1, 1] for i in range(n - 1)]
    while len(edges) < m:
        edges.append([rng.randrange(n), rng.randrange(n), rng.randint(0, 1)])
    rng.shuffle(edges)
    return Sample([n, edges, 0], {"n": n, "m": len(edges)})
