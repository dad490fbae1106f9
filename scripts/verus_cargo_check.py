#!/usr/bin/env python3
"""Compile Verus files as ordinary Rust against the erased `vstd` crate from crates.io.

`verus!` from the crates.io `vstd` / `verus_builtin_macros` erases specs and proofs, so plain
`cargo check` on a Verus file catches syntax errors and type/borrow errors of the executable
code without the Verus verifier. It proves nothing about the specs: spec and proof code is erased
before type checking (an unknown name inside an `ensures` is not reported).

Usage:
  scripts/verus_cargo_check.py                 # every task's Verus reference, spec+trivial, vector checks
  scripts/verus_cargo_check.py tasks/x tests/data/tasks/verus_demo
  scripts/verus_cargo_check.py --file some.rs

The first run needs crates.io (cargo fetches vstd and its dependencies into ~/.cargo); later
runs are offline. Compiled dependencies are kept in $VERICODE_CARGO_TARGET (default
~/.cache/vericode/verus-cargo-target) so each check takes about a second after the first.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from runners.languages.verus import Verus, cargo_check_command, cargo_check_files, parse_cargo_check  # noqa: E402
from runners.sandbox import Limits, LocalSandbox  # noqa: E402
from runners.tasks import TaskError, load_task  # noqa: E402
from runners.verdict import Diagnostic  # noqa: E402

OFFLINE_MISSES = ("--offline", "no matching package", "failed to get", "failed to download")


@dataclass
class CheckResult:
    name: str
    ok: bool
    diagnostics: list[Diagnostic]
    output: str


def target_dir() -> str:
    return os.environ.get("VERICODE_CARGO_TARGET", str(Path.home() / ".cache" / "vericode" / "verus-cargo-target"))


def _sandbox() -> LocalSandbox:
    env = dict(os.environ)
    env["CARGO_TARGET_DIR"] = target_dir()
    env["CARGO_TERM_COLOR"] = "never"
    return LocalSandbox(env=env)


def cargo_check(name: str, source: str, wall_s: float = 600.0) -> CheckResult:
    """`cargo check` of one Verus file; offline first, online once if the crates are not cached."""
    sandbox = _sandbox()
    files = cargo_check_files(source)
    result = sandbox.run(cargo_check_command(offline=True), files, Limits(wall_s=wall_s))
    if result.exit_code != 0 and any(s in result.output for s in OFFLINE_MISSES):
        result = sandbox.run(cargo_check_command(offline=False), files, Limits(wall_s=wall_s))
    if result.error:
        return CheckResult(name, False, [], result.error)
    diagnostics = parse_cargo_check(result.output)
    return CheckResult(name, result.exit_code == 0 and not diagnostics, diagnostics, result.output)


def task_sources(task_dir: Path) -> dict[str, str]:
    """Named sources of one task: reference, spec with the trivial implementation, vector checks."""
    task = load_task(task_dir)
    verus = Verus()
    sources = {f"{task.id}/{kind}": text for kind, text in verus.cargo_check_sources(task).items()}
    if task.meta.vectors:
        sources[f"{task.id}/vector-checks"] = verus.vector_check_source(task)
    return sources


def default_task_dirs() -> list[Path]:
    dirs = sorted(p.parent.parent for p in (ROOT / "tasks").glob("*/verus/spec.rs"))
    dirs += sorted(p.parent.parent for p in (ROOT / "tests" / "data" / "tasks").glob("*/verus/spec.rs"))
    return dirs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tasks", nargs="*", type=Path, help="task folders (default: every task with a verus/ folder)")
    parser.add_argument("--file", action="append", type=Path, default=[], help="a single .rs file to check")
    args = parser.parse_args(argv)
    sources: dict[str, str] = {str(f): f.read_text(encoding="utf-8") for f in args.file}
    for task_dir in args.tasks or ([] if args.file else default_task_dirs()):
        try:
            sources.update(task_sources(task_dir))
        except TaskError as exc:  # a task that does not load is check-tasks' business, not ours
            print(f"SKIP  {task_dir.name}: {exc}")
    failures = 0
    for name, source in sources.items():
        result = cargo_check(name, source)
        print(f"{'PASS' if result.ok else 'FAIL'}  {name}")
        if not result.ok:
            failures += 1
            for d in result.diagnostics or []:
                print(f"      {d.render()}")
            if not result.diagnostics:
                print("      " + result.output.strip().replace("\n", "\n      ")[-2000:])
    print(f"{len(sources) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
