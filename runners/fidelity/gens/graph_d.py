"""Fidelity generators for the graph tasks dag_shortest_path (and later euler_path,
articulation_points)."""

import random

from runners.fidelity.generators import Sample, generator


@generator("random_weighted_dag_ranked")
def random_weighted_dag_ranked(size: int, rng: random.Random) -> Sample:
    """n = size vertices (at most 100) with a random topological order perm; rank[perm[i]] = i.
    The chain perm[0] -> perm[1] -> ... -> perm[n-1] (so every vertex is reachable from the
    source perm[0]) plus random edges going up in rank, m = min(4n, 1000) edges [u, v, w] in all,
    -10^6 <= w <= 10^6, listed in a random order. Arguments (n, edges, rank, s)."""
    n = max(2, min(size, 100))
    perm = list(range(n))
    rng.shuffle(perm)
    rank = [0] * n
    for i, v in enumerate(perm):
        rank[v] = i
    edges = [[perm[i], perm[i + 1], rng.randint(-1_000_000, 1_000_000)] for i in range(n - 1)]
    while len(edges) < min(4 * n, 1000):
        i, j = sorted(rng.sample(range(n), 2))
        edges.append([perm[i], perm[j], rng.randint(-1_000_000, 1_000_000)])
    rng.shuffle(edges)
    return Sample([n, edges, rank, perm[0]], {"n": n, "m": len(edges)})
