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


def _is_prime(n: int) -> bool:
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


@generator("crt_system")
def crt_system(size: int, rng: random.Random) -> Sample:
    """ChineseRemainder(rs, ms) with two congruences whose moduli are distinct random primes in
    [size/2, size] (size <= 10^9, so the product stays within 10^18), random residues. The
    product bound caps k * log m at about 60, so the sizes grow the moduli: lifting with an
    extended Euclid inverse costs O(k log m), searching t (or x) below the moduli costs O(m)."""
    top = max(8, min(size, 1_000_000_000))
    ms: list[int] = []
    while len(ms) < 2:
        p = rng.randint(top // 2, top)
        while not _is_prime(p):
            p -= 1
        if p >= 2 and p not in ms:
            ms.append(p)
    rs = [rng.randint(0, m - 1) for m in ms]
    return Sample([rs, ms], {"n": len(ms), "m": max(ms)})


@generator("dlog_absent")
def dlog_absent(size: int, rng: random.Random) -> Sample:
    """DiscreteLog(p, g, h): p the largest prime <= size (capped at 10^6), g a quadratic residue
    (g = r^2 mod p, so its powers miss every non-residue) and h a non-residue: no solution, so
    baby-step giant-step runs all its O(sqrt p) steps and a linear scan all its p - 1."""
    p = max(5, min(size, 1_000_000))
    while not _is_prime(p):
        p -= 1
    g = pow(rng.randint(2, p - 2), 2, p)
    if g == 1:
        g = 4 % p
    while True:
        h = rng.randint(2, p - 1)
        if pow(h, (p - 1) // 2, p) == p - 1:
            break
    return Sample([p, g, h], {"n": p})


@generator("gf2_square_system")
def gf2_square_system(size: int, rng: random.Random) -> Sample:
    """Gf2Solve(A, b, m): a random n x n system over GF(2) (n = size, at most 100) built from a
    random x, so it is solvable and elimination touches every row for every pivot: O(n^3)."""
    n = max(1, min(size, 100))
    a = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
    x = [rng.random() < 0.5 for _ in range(n)]
    b = [sum(1 for t in range(n) if row[t] and x[t]) % 2 == 1 for row in a]
    return Sample([a, b, n], {"n": n})
