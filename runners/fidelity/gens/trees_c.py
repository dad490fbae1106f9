"""Fidelity generators for the tree / advanced data structure tasks of batch C: the ranked
union-find forest (union_find_path_compression), tries and ternary search trees."""

from __future__ import annotations

import random

from runners.fidelity.generators import Ctor, Sample, generator


@generator("uf_ranked_forest")
def uf_ranked_forest(size: int, rng: random.Random) -> Sample:
    """A forest built by union by rank (no compression) that pairs up equal-rank trees level by
    level: a binomial tree of depth log2(n) (for n a power of two), with its labels shuffled.
    x is the deepest node, so find walks and compresses a path of length log2(n)."""
    n = max(size, 2)
    p, rk = list(range(n)), [0] * n

    def find(i: int) -> int:
        while p[i] != i:
            i = p[i]
        return i

    step = 1
    while step < n:
        for m in range(0, n - step, 2 * step):
            a, b = find(m), find(m + step)
            if rk[a] > rk[b]:
                a, b = b, a
            p[a] = b
            if rk[a] == rk[b]:
                rk[b] += 1
        step *= 2
    depth = [0] * n
    for i in range(n):
        j = i
        while p[j] != j:
            j, depth[i] = p[j], depth[i] + 1
    x = max(range(n), key=lambda i: depth[i])
    perm = list(range(n))
    rng.shuffle(perm)
    p2, rk2 = [0] * n, [0] * n
    for i in range(n):
        p2[perm[i]], rk2[perm[i]] = perm[p[i]], rk[i]
    return Sample([p2, rk2, perm[x]], {"n": n})
