"""From measured costs to a verdict (pure).

The declared complexity f is a model of cost up to a constant: cost(n) ≈ c·f(n). For a faithful
program the ratio cost/f stays bounded as the size grows (lower-order terms even make it fall);
for a slower algorithm it grows like a power of the size (n/log n for a scan instead of a
binary search, n for insertion sort instead of n log n, 2^n/(n·W) for exhaustive recursion).
The verdict reads the least-squares slope of log(cost/f) against log(size): above `tolerance`
the cost outgrows the model. A log factor over the sizes we use gives a slope near 0.15; the
slow rewrites the calibration tests use give 0.5 and more, so the default tolerance is 0.3.
A run that exhausted its cost budget (a multiple of f) is too slow outright.
"""

from __future__ import annotations

import math

from runners.fidelity.model import FidelityResult, Measurement

DEFAULT_TOLERANCE = 0.3


def _slope(xs: list[float], ys: list[float]) -> float:
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return 0.0
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx


def judge(measurements: list[Measurement], expect: str, tolerance: float = DEFAULT_TOLERANCE,
          method: str = "") -> FidelityResult:
    base = dict(expect=expect, method=method, measurements=measurements, tolerance=tolerance)
    over = [m for m in measurements if m.exceeded]
    if over:
        m = over[0]
        return FidelityResult(verdict="too_slow", reason=f"cost passed its budget of {m.cost} operations at size {m.size} "
                                                         f"({m.cost / m.model:.0f} x the model {expect})", **base)
    points = [m for m in measurements if m.size > 0]
    if len(points) < 2 or len({m.size for m in points}) < 2:
        return FidelityResult(verdict="not_checked", reason="fewer than two sizes were measured", **base)
    xs = [math.log(m.size) for m in points]
    slope = _slope(xs, [math.log(max(m.cost, 1) / m.model) for m in points])
    exponent = _slope(xs, [math.log(max(m.cost, 1)) for m in points])
    ratios = ", ".join(f"{m.size}: {m.cost / m.model:.3g}" for m in points)
    if slope > tolerance:
        return FidelityResult(verdict="too_slow", slope=slope, exponent=exponent,
                              reason=f"cost/({expect}) grows as size^{slope:.2f} (> {tolerance}); ratios {ratios}", **base)
    return FidelityResult(verdict="faithful", slope=slope, exponent=exponent,
                          reason=f"cost/({expect}) stays bounded (slope {slope:.2f} <= {tolerance}); ratios {ratios}", **base)
