"""The task soundness gate behind `vericode check-tasks`.

For each task and language: the reference must PASS, the spec with empty regions must FAIL, the
task's trivial implementation must FAIL, and the generated vector checks must PASS (pre holds on
every input, post accepts every correct output and rejects every wrong one). A check whose
verifier cannot run here is NOT-RUN, never a pass.
"""

from __future__ import annotations

from enum import Enum
from typing import Callable

from pydantic import BaseModel

from runners.regions import empty_contents
from runners.tasks import Task
from runners.verdict import Status, Verdict
from runners.verify import Verifier

CHECKS = ("reference", "empty", "trivial", "vectors")


class Outcome(str, Enum):
    OK = "ok"  # the check came out as a sound task requires
    BAD = "BAD"  # a real failure of the task
    NOT_RUN = "NOT-RUN"


class CheckResult(BaseModel):
    task: str
    lang: str
    check: str
    outcome: Outcome
    status: str  # the verdict status seen (PASS/FAIL/CHEAT/ERROR) or NOT-RUN
    detail: str = ""
    seconds: float = 0.0


def _classify(verdict: Verdict, want_pass: bool) -> Outcome:
    if verdict.status is Status.ERROR:
        return Outcome.NOT_RUN
    if want_pass:
        return Outcome.OK if verdict.status is Status.PASS else Outcome.BAD
    return Outcome.OK if verdict.status is Status.FAIL else Outcome.BAD


def _result(task: Task, lang: str, check: str, verdict: Verdict, want_pass: bool) -> CheckResult:
    outcome = _classify(verdict, want_pass)
    detail = "" if outcome is Outcome.OK else f"{verdict.category.value}: {verdict.reason}"[:300]
    return CheckResult(task=task.id, lang=lang, check=check, outcome=outcome, status=verdict.status.value,
                       detail=detail, seconds=round(verdict.timings.total_s, 2))


def _missing(task: Task, lang: str, check: str, why: str) -> CheckResult:
    return CheckResult(task=task.id, lang=lang, check=check, outcome=Outcome.BAD, status="MISSING", detail=why)


def check_jobs(task: Task, lang: str, verifier: Verifier) -> list[tuple[str, Callable[[], CheckResult]]]:
    """The checks of one task in one language, as named thunks (so a caller can run them in parallel)."""
    files = task.files(lang)
    jobs: list[tuple[str, Callable[[], CheckResult]]] = [
        ("reference", lambda: _result(task, lang, "reference", verifier.grade_contents(task, files.reference_regions), True)),
        ("empty", lambda: _result(task, lang, "empty", verifier.grade_contents(task, empty_contents(files.template)), False)),
    ]
    trivial = task.meta.trivial.get(lang)
    if trivial is None:
        jobs.append(("trivial", lambda: _missing(task, lang, "trivial", f"task.yaml has no trivial.{lang}")))
    else:
        jobs.append(("trivial", lambda: _result(task, lang, "trivial", verifier.grade_contents(task, trivial), False)))
    if not task.meta.vectors:
        jobs.append(("vectors", lambda: _missing(task, lang, "vectors", "task.yaml has no vectors")))
    else:
        jobs.append(("vectors", lambda: _result(task, lang, "vectors",
                                                verifier.grade_source(task, verifier.language.vector_check_source(task)), True)))
    return jobs


def render_table(results: list[CheckResult]) -> str:
    """task × language rows, one column per check: PASS/FAIL/NOT-RUN as observed, '!' marks a bad one."""
    rows: dict[tuple[str, str], dict[str, CheckResult]] = {}
    for r in results:
        rows.setdefault((r.task, r.lang), {})[r.check] = r
    header = ["task", "lang", *CHECKS]
    lines = [header]
    for (task, lang), checks in sorted(rows.items()):
        cells = []
        for name in CHECKS:
            r = checks.get(name)
            if r is None:
                cells.append("-")
            elif r.outcome is Outcome.NOT_RUN:
                cells.append("NOT-RUN")
            else:
                cells.append(r.status + ("" if r.outcome is Outcome.OK else " !"))
        lines.append([task, lang, *cells])
    widths = [max(len(row[i]) for row in lines) for i in range(len(header))]
    out = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in lines]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)
