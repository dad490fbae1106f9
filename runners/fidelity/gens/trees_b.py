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


# -- segment tree -------------------------------------------------------------------------------
# Layout shared by segment_tree_build / _query / _update: node v covers a[lo:hi]; a node with
# hi - lo >= 2 has children 2v (a[lo:mid]) and 2v + 1 (a[mid:hi]), mid = (lo + hi) // 2; node 1
# covers the whole array; the tree is a list of 4n cells, the unused ones 0.

def segtree(a: list[int], left_heavy: bool = False) -> list[int]:
    """The range-sum segment tree of a (non-empty). left_heavy splits at (lo + hi + 1) // 2
    instead: the other layout, a plausible wrong answer in vectors."""
    t = [0] * (4 * len(a))

    def build(v: int, lo: int, hi: int) -> None:
        t[v] = sum(a[lo:hi])
        if hi - lo >= 2:
            mid = (lo + hi + 1) // 2 if left_heavy else (lo + hi) // 2
            build(2 * v, lo, mid)
            build(2 * v + 1, mid, hi)

    build(1, 0, len(a))
    return t


def is_segtree(a: list[int], t: list[int]) -> bool:
    def ok(v: int, lo: int, hi: int) -> bool:
        if not (1 <= v < len(t) and t[v] == sum(a[lo:hi])):
            return False
        mid = (lo + hi) // 2
        return hi - lo < 2 or (ok(2 * v, lo, mid) and ok(2 * v + 1, mid, hi))

    return len(a) >= 1 and len(t) == 4 * len(a) and ok(1, 0, len(a))


@generator("segtree_build")
def segtree_build(size: int, rng: random.Random) -> Sample:
    """n random values within +-10^9 (every node is built once: O(n))."""
    a = _ints(rng, max(size, 1))
    assert 1 <= len(a) <= 100_000
    return Sample([a], {"n": len(a)})


@generator("segtree_query")
def segtree_query(size: int, rng: random.Random) -> Sample:
    """a of n random values, its segment tree, and the range [1, n - 1): the query splits down
    both borders of the tree (about 4 log n nodes); summing a[l:r] directly costs n - 2."""
    n = max(size, 2)
    a = _ints(rng, n)
    t = segtree(a)
    assert is_segtree(a, t) and n <= 100_000
    return Sample([a, t, 1, n - 1], {"n": n})


@generator("segtree_update")
def segtree_update(size: int, rng: random.Random) -> Sample:
    """a of n random values, its segment tree, a random position i and a new value x: the update
    walks one root-to-leaf path (about log n nodes); a rebuild costs n."""
    n = max(size, 1)
    a = _ints(rng, n)
    t = segtree(a)
    i = rng.randrange(n)
    x = rng.randint(-BIG, BIG)
    assert is_segtree(a, t) and n <= 100_000
    return Sample([a, t, i, x], {"n": n})


# -- sparse table -------------------------------------------------------------------------------

@generator("sparse_table_build")
def sparse_table_build(size: int, rng: random.Random) -> Sample:
    """n random values: the table has about n log n entries, each O(1) by doubling; filling an
    entry by scanning its window costs O(n^2) in all."""
    a = _ints(rng, max(size, 1))
    assert 1 <= len(a) <= 100_000
    return Sample([a], {"n": len(a)})
