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
