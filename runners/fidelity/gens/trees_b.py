"""Generators for array-based trees (Fenwick tree, segment tree, sparse table).

Each generator builds a valid structure the way the task's precondition describes it and checks
that precondition itself (an assertion), since the tasks' invariants are not one-liners."""

from __future__ import annotations

import random

from runners.fidelity.generators import Sample, generator

BIG = 1_000_000_000


def _ints(rng: random.Random, n: int) -> list[int]:
    return [rng.randint(-BIG, BIG) for _ in range(n)]


# -- Fenwick tree -------------------------------------------------------------------------------

def lowbit(i: int) -> int:
    return i & -i


def fenwick(a: list[int]) -> list[int]:
    """1-based Fenwick tree of a: t[i] = sum(a[i - lowbit(i) : i]), t[0] = 0 (unused)."""
    return [0] + [sum(a[i - lowbit(i):i]) for i in range(1, len(a) + 1)]


def is_fenwick(a: list[int], t: list[int]) -> bool:
    return len(t) == len(a) + 1 and all(t[i] == sum(a[i - lowbit(i):i]) for i in range(1, len(a) + 1))


@generator("fenwick_query")
def fenwick_query(size: int, rng: random.Random) -> Sample:
    """a of n random values, its Fenwick tree, and k = n - 1 (for n a power of two every bit of k
    is set, the most nodes the bottom-up walk reads); summing a directly costs n."""
    n = max(size, 1)
    a = _ints(rng, n)
    t = fenwick(a)
    k = n - 1
    assert is_fenwick(a, t) and 0 <= k <= n <= 100_000
    return Sample([a, t, k], {"n": n})
