"""Fidelity generators for quickselect, manacher, karatsuba_polynomial_multiplication and
aho_corasick."""

from __future__ import annotations

import random

from runners.fidelity.generators import Sample, generator

BIG = 1_000_000_000


@generator("random_array_median_rank")
def random_array_median_rank(size: int, rng: random.Random) -> Sample:
    """Random values within +-10^9 and the median rank k = n // 2 (quickselect's typical case:
    a pivot on the wrong side of k leaves about half of the range, so a sort would show n log n)."""
    values = [rng.randint(-BIG, BIG) for _ in range(size)]
    return Sample([values, size // 2], {"n": size})


@generator("uniform_sequence")
def uniform_sequence(size: int, rng: random.Random) -> Sample:
    """n equal elements: every centre's palindrome reaches the nearer end, so expanding around
    every centre costs ~n^2/4 comparisons; Manacher's reuse of mirrored radii stays linear."""
    return Sample([[rng.randint(0, 2)] * size], {"n": size})


@generator("aho_corasick_no_match")
def aho_corasick_no_match(size: int, rng: random.Random) -> Sample:
    """text = a^n and the patterns a^j b for j = 1 .. K with total length m ~ n/4 (no occurrence,
    since the text has no b): checking every pattern at every position compares ~n*m characters,
    and so does searching each pattern separately with a naive scan; the automaton reads the text
    once and builds its tables in O(26 m)."""
    patterns, total, j = [], 0, 1
    while total + j + 1 <= max(2, size // 4) and len(patterns) < 100:
        patterns.append("a" * j + "b")
        total += j + 1
        j += 1
    if not patterns:
        patterns, total = ["ab"], 2
    return Sample(["a" * size, patterns], {"n": size, "m": total})
