"""Fidelity generators for the graph tasks dag_shortest_path and euler_path."""

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


@generator("random_eulerian_digraph")
def random_eulerian_digraph(size: int, rng: random.Random) -> Sample:
    """n = size vertices (at most 100) and m = min(8n, 1000) edges forming one closed walk that
    passes through every vertex (a random permutation of the vertices first, then random
    vertices), so an Eulerian circuit exists and Hierholzer walks every edge; each adjacency list
    is shuffled. Arguments (n, adj)."""
    n = max(1, min(size, 100))
    m = min(8 * n, 1000)
    walk = list(range(n))
    rng.shuffle(walk)
    walk += [rng.randrange(n) for _ in range(m - n)]
    adj = [[] for _ in range(n)]
    for i in range(m):
        adj[walk[i]].append(walk[(i + 1) % m])
    for row in adj:
        rng.shuffle(row)
    return Sample([n, adj], {"n": n, "m": m})
