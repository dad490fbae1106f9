"""The task soundness gate behind `vericode check-tasks`.

For each task and language: the reference must PASS, the spec with empty regions must FAIL, the
task's trivial implementation must FAIL, and the generated vector checks must PASS (pre holds on
every input, post accepts every correct output and rejects every wrong one). A check whose
verifier cannot run here is NOT-RUN, never a pass; but a language whose files are still the
`new-task` scaffold (empty reference regions, or the scaffold's spec) is BAD without running
anything, so an unfilled Verus or Lean task cannot pass as merely "not run". A failing vector
check names the vector (its number and input) and quotes the failing line.
"""

from __future__ import annotations

import re
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


def unfilled_scaffold(task: Task, lang: str) -> str | None:
    """Why `lang`'s files are an unfilled `new-task` scaffold, or None when they are not."""
    files = task.files(lang)
    if not any(text.strip() for text in files.reference_regions.values()):
        return f"{files.reference_path.name} has empty regions: an unfilled scaffold (write the reference solution)"
    scaffold = _scaffold_spec(task, lang)
    if scaffold is not None and files.spec_text.strip() == scaffold.strip():
        return f"{files.spec_path.name} is still the new-task scaffold (write the contract)"
    return None


def _scaffold_spec(task: Task, lang: str) -> str | None:
    from runners import scaffold

    for rel, template in scaffold.FILES.items():
        if rel.startswith(f"{lang}/spec."):
            env = scaffold.jinja2.Environment(loader=scaffold.jinja2.FileSystemLoader(scaffold.HERE),
                                             keep_trailing_newline=True)
            context = {"id": task.id, "title": task.meta.title, "dafny_entry": scaffold._camel(task.id, upper=True),
                       "lean_entry": scaffold._camel(task.id, upper=False)}
            return env.get_template(template).render(**context)
    return None


_VECTOR_NAME = re.compile(r"(?:VectorCheck|vector_check_)(\d+)")


def failing_vectors(task: Task, source: str, verdict: Verdict) -> list[str]:
    """Which vectors a failed vector check is about: `vector N (input ...): <failing line>`.

    Dafny and Verus name one method/proof fn per vector; Lean writes one `example` per fact after
    the marker line, in vector order (pre, correct outputs, wrong outputs).
    """
    lines = source.splitlines()
    marker = next((i for i, line in enumerate(lines) if "Generated vector checks" in line), None)
    spans: list[int] = []  # Lean: vector index of each line after the marker
    for n, vector in enumerate(task.meta.vectors):
        spans += [n] * (1 + len(vector.correct) + len(vector.wrong))
    found: list[str] = []
    for d in verdict.diagnostics:
        if not d.line or not 0 < d.line <= len(lines):
            continue
        index = None
        for back in range(d.line - 1, -1, -1):
            if m := _VECTOR_NAME.search(lines[back]):
                index = int(m.group(1))
                break
        if index is None and marker is not None and 0 <= d.line - marker - 2 < len(spans):
            index = spans[d.line - marker - 2]
        if index is None or index >= len(task.meta.vectors):
            continue
        text = f"vector {index} (input {task.meta.vectors[index].input}): {lines[d.line - 1].strip()}"
        if text not in found:
            found.append(text)
    return found


def _vectors_result(task: Task, lang: str, verifier: Verifier) -> CheckResult:
    source = verifier.language.vector_check_source(task)
    # Only the generated checks are verified (where the verifier can restrict itself): the
    # reference's proof is the `reference` check's business, so vectors can be checked for an
    # experimental task whose reference is unfinished, and the reference is not proved twice.
    verdict = verifier.grade_source(task, source, only=verifier.language.vector_check_names)
    result = _result(task, lang, "vectors", verdict, True)
    if result.outcome is Outcome.BAD and (named := failing_vectors(task, source, verdict)):
        result.detail = ("; ".join(named) + f" [{verdict.category.value}]")[:600]
    return result


def check_jobs(task: Task, lang: str, verifier: Verifier) -> list[tuple[str, Callable[[], CheckResult]]]:
    """The checks of one task in one language, as named thunks (so a caller can run them in parallel)."""
    files = task.files(lang)
    if task.meta.status == "imported":
        return imported_jobs(task, lang, verifier)
    if (why := unfilled_scaffold(task, lang)) is not None:
        return [(check, lambda check=check: CheckResult(task=task.id, lang=lang, check=check, outcome=Outcome.BAD,
                                                         status="UNFILLED", detail=why)) for check in CHECKS]
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
        jobs.append(("vectors", lambda: _vectors_result(task, lang, verifier)))
    return jobs


def imported_jobs(task: Task, lang: str, verifier: Verifier) -> list[tuple[str, Callable[[], CheckResult]]]:
    """An imported task has no reference, trivial implementation or vectors: its template must
    parse and resolve (Dafny, resolve-only in the grader's sandbox) and its empty regions must FAIL."""
    files = task.files(lang)
    return [("template", lambda: _template_result(task, lang, verifier)),
            ("empty", lambda: _result(task, lang, "empty", verifier.grade_contents(task, empty_contents(files.template)), False))]


def _template_result(task: Task, lang: str, verifier: Verifier) -> CheckResult:
    if lang != "dafny":
        return CheckResult(task=task.id, lang=lang, check="template", outcome=Outcome.NOT_RUN, status="NOT-RUN",
                           detail="a resolve-only run exists for Dafny only; the empty check still runs the verifier")
    from runners.importers.algoveri import resolve_dafny

    ok, detail = resolve_dafny(verifier, task.id, task.files(lang).spec_text)
    outcome = Outcome.NOT_RUN if ok is None else Outcome.OK if ok else Outcome.BAD
    status = "NOT-RUN" if ok is None else "PASS" if ok else "FAIL"
    return CheckResult(task=task.id, lang=lang, check="template", outcome=outcome, status=status, detail=detail)


def render_table(results: list[CheckResult]) -> str:
    """task × language rows, one column per check: PASS/FAIL/NOT-RUN as observed, '!' marks a bad one."""
    rows: dict[tuple[str, str], dict[str, CheckResult]] = {}
    for r in results:
        rows.setdefault((r.task, r.lang), {})[r.check] = r
    columns = [*CHECKS, *dict.fromkeys(r.check for r in results if r.check not in CHECKS)]
    header = ["task", "lang", *columns]
    lines = [header]
    for (task, lang), checks in sorted(rows.items()):
        cells = []
        for name in columns:
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
