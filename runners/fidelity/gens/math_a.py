"""Fidelity generators for the math tasks modular_inverse, chinese_remainder, discrete_logarithm
and gf2_linear_system."""

from __future__ import annotations

import random

from runners.fidelity.generators import Sample, generator


@generator("modinv_pair")
def modinv_pair(size: int, rng: random.Random) -> Sample:
    """ModularInverse(a, m): m ~ size (2 <= m <= 10^9), a random in [1, m): extended Euclid
    takes O(log m) steps, trying every x in [0, m) takes O(m)."""
    m = max(2, min(size - rng.randint(0, size // 10), 1_000_000_000))
    a = rng.randint(1, m - 1)
    return Sample([a, m], {"n": m})
