"""Run a candidate on generated inputs and measure its cost (the part of fidelity that runs things).

Every process goes through a Sandbox (local or container), like the verifier itself.
"""

from __future__ import annotations

import os
import random
import time
import zlib
from pathlib import Path

from runners.fidelity import dafny_cost, fit, verus_cost
from runners.fidelity.complexity import ComplexityError, parse
from runners.fidelity.generators import Sample, get
from runners.fidelity.model import FidelityResult, Measurement
from runners.sandbox import Limits, LocalSandbox, Sandbox
from runners.tasks import Task

BUDGET_FACTOR = 1000  # a size's run stops after this many times the model's operations...
BUDGET_FLOOR = 20_000  # ...but never below this (constant overheads of tiny inputs)...
BUDGET_CAP = 20_000_000  # ...nor above this (a few seconds of C#)
DEFAULT_WALL_S = 240.0
METHOD_DAFNY = "dafny 2.3 /compile:4 /noVerify, loop iterations + method calls counted (C#)"
METHOD_VERUS = "erased Verus built by cargo against crates.io vstd, loop iterations + exec fn calls counted"


def seed(task_id: str, size: int) -> int:
    return zlib.crc32(f"{task_id}:{size}".encode())


def samples(task: Task, sizes: list[int] | None = None) -> list[tuple[int, Sample]]:
    """The generated inputs of a task's fidelity declaration, one per size (deterministic)."""
    decl = task.meta.fidelity
    assert decl is not None
    gen = get(str(decl.inputs.get("generator", "")))
    return [(size, gen(size, random.Random(seed(task.id, size)))) for size in (sizes or decl.inputs.get("sizes", []))]


def budget(model_value: float) -> int:
    return int(min(BUDGET_CAP, max(BUDGET_FLOOR, BUDGET_FACTOR * model_value)))


def _not_checked(reason: str, **extra) -> FidelityResult:
    return FidelityResult(verdict="not_checked", reason=reason, **extra)


def check_dafny(task: Task, source: str, sandbox: Sandbox, *, sizes: list[int] | None = None,
                wall_s: float = DEFAULT_WALL_S, tolerance: float | None = None) -> FidelityResult:
    """Compile the (verified) Dafny file with a driver, run it in the sandbox, judge the growth."""
    return _measure(task, "dafny", source, sandbox, dafny_cost.program, dafny_cost.command(), METHOD_DAFNY,
                    sizes=sizes, wall_s=wall_s, tolerance=tolerance)


def cargo_sandbox() -> LocalSandbox:
    """Host cargo with the compiled-dependency cache scripts/verus_cargo_check.py also uses."""
    env = dict(os.environ)
    env.setdefault("CARGO_TARGET_DIR", str(Path.home() / ".cache" / "vericode" / "verus-cargo-target"))
    env["CARGO_TERM_COLOR"] = "never"
    return LocalSandbox(env=env)


def check_verus(task: Task, source: str, sandbox: Sandbox | None = None, *, sizes: list[int] | None = None,
                wall_s: float = DEFAULT_WALL_S, tolerance: float | None = None) -> FidelityResult:
    """Build the (verified) Verus file as erased Rust with a driver (cargo, crates.io vstd, offline)
    and run it natively."""
    return _measure(task, "verus", source, sandbox or cargo_sandbox(), verus_cost.program, verus_cost.command(),
                    METHOD_VERUS, sizes=sizes, wall_s=wall_s, tolerance=tolerance)


def _measure(task: Task, lang: str, source: str, sandbox: Sandbox, build, argv: list[str], method: str, *,
             sizes: list[int] | None, wall_s: float, tolerance: float | None) -> FidelityResult:
    decl = task.meta.fidelity
    if decl is None:
        return _not_checked("the task declares no fidelity (task.yaml `fidelity:`)")
    try:
        complexity = parse(decl.expect)
        runs = samples(task, sizes)
        runs_with_budget = [(size, s, budget(complexity(s.variables))) for size, s in runs]
        files = build(source, task.files(lang).spec_text, task.meta.entry[lang], runs_with_budget)
    except (ComplexityError, KeyError, dafny_cost.InstrumentError) as exc:
        return _not_checked(f"cannot build the cost program: {exc}", expect=decl.expect)
    tol = tolerance if tolerance is not None else float(decl.inputs.get("tolerance", fit.DEFAULT_TOLERANCE))
    start = time.monotonic()
    result = sandbox.run(argv, files, Limits(wall_s=wall_s, output_bytes=200_000))
    elapsed = time.monotonic() - start
    common = dict(expect=decl.expect, method=method, wall_s=elapsed)
    if result.error:
        return _not_checked(f"the {lang} toolchain could not be started: {result.error}", **common)
    costs = dafny_cost.parse_costs(result.output)
    by_size = {size: s for size, s in runs}
    measurements = [Measurement(size=size, variables=by_size[size].variables, cost=cost,
                                model=complexity(by_size[size].variables), exceeded=exceeded)
                    for size, cost, exceeded in costs if size in by_size]
    if any(m.exceeded for m in measurements):
        verdict = fit.judge(measurements, decl.expect, tol, method)
        verdict.wall_s = elapsed
        return verdict
    if result.timed_out:
        return _not_checked(f"the cost run passed the wall-clock limit of {wall_s:g} s after "
                            f"{len(measurements)} of {len(runs)} sizes", measurements=measurements, **common)
    if len(measurements) < len(runs):
        tail = result.output.strip()[-1500:]
        return _not_checked(f"the instrumented program did not build or run to the end "
                            f"(exit {result.exit_code}): {tail}", measurements=measurements, **common)
    verdict = fit.judge(measurements, decl.expect, tol, method)
    verdict.wall_s = elapsed
    return verdict


def check(task: Task, lang: str, source: str, sandbox: Sandbox | None, **kwargs) -> FidelityResult:
    """Fidelity of a verified file in any language (not_checked where it cannot be run here)."""
    if lang == "dafny":
        if sandbox is None:
            return _not_checked("no sandbox to run the Dafny compiler in")
        return check_dafny(task, source, sandbox, **kwargs)
    if lang == "verus":
        return check_verus(task, source, None, **kwargs)  # host cargo: the Verus image has no vstd crate
    return _not_checked(f"{lang} code is not executed for fidelity here (Dafny and Verus are)",
                        expect=task.meta.fidelity.expect if task.meta.fidelity else "")
