"""One-shot `vericode check` against the bare verifier command it runs.

For each task, the reference is graded once in-process through a recording sandbox, which gives
the exact argv and files of the verification `check` runs (after the first run, the toolchain
version and the template's parsed view come from their on-disk caches, as for any user's second
check). Then, interleaved round by round so that load drifts hit both alike:

  check   `python -m runners check TASK --lang dafny --backend local --response reference.dfy`
  bare    the recorded argv, run in a folder holding the recorded files

and it prints the medians, their ratio, and the target of the pipeline-speed work:
check <= 1.05 x bare + 0.1 s. On a busy machine both medians drift; compare them only within
one run.

usage: python bench/check_overhead.py [-n 7] [--tasks gcd binary_search_lower_bound]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from runners.sandbox import LocalSandbox  # noqa: E402
from runners.tasks import load_task  # noqa: E402
from runners.verify import make_grader  # noqa: E402


class RecordingSandbox(LocalSandbox):
    """A LocalSandbox that keeps the last command it ran and its files."""

    def __init__(self) -> None:
        super().__init__()
        self.last: tuple[list[str], dict[str, str]] | None = None

    def run(self, argv, files, limits):
        self.last = (list(argv), dict(files))
        return super().run(argv, files, limits)


def recorded_command(task_id: str) -> tuple[list[str], dict[str, str]]:
    """The argv and files of the verification `check` runs on the task's reference."""
    task = load_task(ROOT / "tasks" / task_id)
    grader, _ = make_grader("dafny", "local")
    sandbox = RecordingSandbox()
    grader.sandbox = sandbox
    # The first grading also asks for the toolchain version and the template's parsed view; the
    # second one runs only the verification, which is what is recorded.
    grader.grade_response(task, task.files("dafny").reference_text)
    sandbox.last = None
    verdict = grader.grade_response(task, task.files("dafny").reference_text)
    if not verdict.passed or sandbox.last is None:
        raise SystemExit(f"{task_id}: the reference did not pass in-process ({verdict.status.value}: {verdict.reason})")
    return sandbox.last


def time_check(task_id: str) -> float:
    ref = ROOT / "tasks" / task_id / "dafny" / "reference.dfy"
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "runners", "check", task_id, "--lang", "dafny", "--backend", "local",
                           "--response", str(ref)], cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"check {task_id} failed:\n{done.stdout}{done.stderr}")
    return wall


def time_bare(argv: list[str], work: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=work, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=7, help="rounds (default: %(default)s)")
    parser.add_argument("--tasks", nargs="+", default=["gcd", "binary_search_lower_bound"])
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f}")
    for task_id in args.tasks:
        argv, files = recorded_command(task_id)
        with tempfile.TemporaryDirectory(prefix="vericode-bench-") as tmp:
            work = Path(tmp)
            for name, content in files.items():
                (work / name).parent.mkdir(parents=True, exist_ok=True)
                (work / name).write_text(content, encoding="utf-8")
            time_check(task_id)  # fills the toolchain and parsed-view caches, as any first check does
            checks, bares = [], []
            for _ in range(args.n):
                checks.append(time_check(task_id))
                bares.append(time_bare(argv, work))
        check, bare = statistics.median(checks), statistics.median(bares)
        target = 1.05 * bare + 0.1
        print(f"{task_id:28} check {check:.3f} s  bare {bare:.3f} s  (+{check - bare:.3f} s, x{check / bare:.3f})  "
              f"target <= {target:.3f} s: {'met' if check <= target else 'NOT met'}")
        print(f"{'':28} check runs {' '.join(f'{t:.2f}' for t in checks)}; bare runs {' '.join(f'{t:.2f}' for t in bares)}")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
