"""Fidelity generators for run_length_encoding."""

from __future__ import annotations

import random

from runners.fidelity.generators import Sample, generator


@generator("long_and_short_runs")
def long_and_short_runs(size: int, rng: random.Random) -> Sample:
    """n elements: one run of length n/2, then n/2 random values in 0..2 (about n/3 short runs).
    A scan that re-reads a run per element is quadratic on the long run, one that rescans the
    runs found so far is quadratic on the short ones; the one-pass encoder stays linear."""
    half = size // 2
    return Sample([[3] * half + [rng.randint(0, 2) for _ in range(size - half)]], {"n": size})
