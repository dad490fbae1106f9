"""Re-grade a finished run: the stored replies, graded again by the current grader, no model call.

The result is a new run (its own id, manifest and attempts.jsonl) whose manifest names the
original in `regraded_from`, so `vericode report` shows both and counts the verdicts that changed.
Per key the recorded rounds are re-graded in order until the first PASS, or until the run's last
round. Replies are graded as they were given: a later round's reply answered the *original*
grader's diagnostics. A key the new grader fails before its last recorded reply runs out of
replies and stays unfinished (incomplete, never scored). An ERROR while re-grading is recorded as
ERROR and leaves the key unfinished; re-running with the same --run-id retries it.
"""

from __future__ import annotations

import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel

from runners import __version__
from runners.store import Attempt, Key, RunStore, git_commit, progress
from runners.tasks import Task, TaskError, load_task
from runners.verdict import Status

# lang -> (grader, manifest record of it). Built by the caller the way `vericode check` builds one.
GraderFactory = Callable[[str], tuple[Any, dict[str, Any]]]


class RegradeSummary(BaseModel):
    original: str
    run_id: str
    directory: Path
    keys: int
    skipped: int  # keys already re-graded by an earlier invocation with this run id
    rounds: int  # rounds graded now
    changed: int  # of those, verdicts (status/category) that differ from the original's
    errors: int  # ERROR while re-grading
    changed_tasks: list[str]  # tasks whose files changed since the original run


def _fingerprint(record: dict[str, Any]) -> str:
    """The grading conditions' fingerprint, as `eval` stamps it on attempts when it does (else "")."""
    try:
        from runners.run import _fingerprint as eval_fingerprint  # type: ignore[attr-defined]
    except ImportError:
        return ""
    return eval_fingerprint(record)


def _fidelity_hook(graders: dict[str, Any]):
    try:
        from runners.fidelity.hook import make_hook
    except ImportError:  # a checkout without the fidelity gate
        return None
    return make_hook(graders)


def default_regrade_id(original: str) -> str:
    return f"{original}-regrade-{datetime.now(timezone.utc).strftime('%Y%m%d%H%M%S')}"


def scored_rounds(attempts: list[Attempt]) -> dict[Key, list[Attempt]]:
    """Every key's non-ERROR rounds in round order (a round recorded twice keeps the later line)."""
    by_key: dict[Key, dict[int, Attempt]] = {}
    for a in attempts:
        if a.status is not Status.ERROR:
            by_key.setdefault(a.key, {})[a.round] = a
    return {k: [v[r] for r in sorted(v)] for k, v in by_key.items()}


def _fidelity(task: Task, old: Attempt, verdict, hook, refresh: bool = False):
    """A fidelity record measures the graded file: the original's is kept for the very same PASS
    file (unless refreshed); a PASS of another file is measured now when the hook is on."""
    if verdict.status is not Status.PASS:
        return None
    same = old.verdict is not None and old.verdict.source_sha256 == verdict.source_sha256
    previous = getattr(old, "fidelity", None)
    if same and previous is not None and not (refresh and hook is not None):
        return previous
    return hook(task, old.lang, verdict) if hook is not None else None


def _regrade_key(task: Task, rounds: list[Attempt], total_rounds: int, grader, run_id: str,
                 record: Callable[[Attempt], None], fidelity=None, refresh: bool = False) -> tuple[int, int, int]:
    graded = changed = errors = 0
    for old in rounds:
        verdict = grader.grade_response(task, old.response)
        graded += 1
        update: dict[str, Any] = {"run_id": run_id, "status": verdict.status, "verdict": verdict,
                                  "time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                  "category": type(old.category)(verdict.category.value), "error": ""}
        if "fidelity" in type(old).model_fields:
            update["fidelity"] = _fidelity(task, old, verdict, fidelity, refresh)
        fields = type(old).model_fields
        if "task_digest" in fields:
            update["task_digest"] = task.digest
        if "grader" in fields:
            update["grader"] = getattr(grader, "fingerprint", "")
        if verdict.status is Status.ERROR:
            errors += 1
            record(old.model_copy(update={**update, "final": False, "error": verdict.reason}))
            return graded, changed, errors
        changed += (old.status, str(getattr(old.category, "value", old.category))) != (verdict.status,
                                                                                       verdict.category.value)
        final = verdict.status is Status.PASS or old.round >= total_rounds
        record(old.model_copy(update={**update, "final": final}))
        if final:
            break
    return graded, changed, errors


def regrade_run(results: Path, original: str, graders: GraderFactory, *, tasks_dir: Path = Path("tasks"),
                run_id: str | None = None, langs: list[str] | None = None, tasks: list[str] | None = None,
                workers: int = 2, fidelity: bool = True, refresh_fidelity: bool = False) -> RegradeSummary:
    """`fidelity`: measure PASS files that have no record yet (eval's fidelity hook);
    `refresh_fidelity`: measure every PASS file again instead of keeping the original's record."""
    source = RunStore(Path(results), original)
    manifest = source.read_manifest()
    if manifest is None:
        raise TaskError(source.manifest_path, "run", f"no run {original!r} under {results}/",
                        f"name a folder of {results}/ that holds a manifest.json")
    raw = json.loads(source.manifest_path.read_text(encoding="utf-8"))
    run_id = run_id or default_regrade_id(original)
    target = RunStore(Path(results), run_id)
    if target.manifest_path.exists():
        previous = json.loads(target.manifest_path.read_text(encoding="utf-8"))
        if previous.get("regraded_from") != original:
            raise TaskError(target.manifest_path, "run_id", f"run {run_id} exists and is not a re-grade of {original}",
                            "choose another --run-id")
    keys = scored_rounds(source.attempts())
    keys = {k: v for k, v in keys.items() if (not langs or k.lang in langs) and (not tasks or k.task in tasks)}
    finished_before, _ = progress(target.attempts())
    todo = {k: v for k, v in keys.items() if k not in finished_before}
    loaded: dict[str, Task] = {}
    for task_id in sorted({k.task for k in todo}):
        loaded[task_id] = load_task(Path(tasks_dir) / task_id)
    changed_tasks = sorted(t for t, task in loaded.items() if manifest.tasks.get(t) not in (None, task.digest))

    grader_for: dict[str, Any] = {}
    info: dict[str, dict[str, Any]] = {}
    try:
        for lang in sorted({k.lang for k in todo}):
            grader_for[lang], record = graders(lang)
            info[lang] = {**record, "version": grader_for[lang].toolchain().version or "not found",
                          "time_limit_s": getattr(grader_for[lang], "time_limit_s", None)}
            grader_for[lang].fingerprint = _fingerprint(info[lang])
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        new_manifest = {**manifest.model_dump(mode="json"), "run_id": run_id, "created": now,
                        "harness_version": __version__, "harness_commit": git_commit(), "resumed": [],
                        "verifiers": {**manifest.verifiers, **info},
                        "tasks": {**manifest.tasks, **{t: task.digest for t, task in loaded.items()}},
                        "regraded_from": original,
                        **({"graders": {**raw.get("graders", {}), **{l: g.fingerprint for l, g in grader_for.items()}}}
                           if "graders" in raw else {}),
                        "regrade": {"created": now, "original_commit": raw.get("harness_commit"),
                                    "original_verifiers": manifest.verifiers, "changed_tasks": changed_tasks}}
        target.dir.mkdir(parents=True, exist_ok=True)
        tmp = target.manifest_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(new_manifest, indent=2), encoding="utf-8")
        os.replace(tmp, target.manifest_path)
        target.repair_torn_tail()
        hook = _fidelity_hook(grader_for) if fidelity else None
        totals = [0, 0, 0]
        lock = threading.Lock()
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            futures = [pool.submit(_regrade_key, loaded[k.task], rounds, manifest.rounds, grader_for[k.lang], run_id,
                                   target.append, hook, refresh_fidelity) for k, rounds in todo.items()]
            for future in as_completed(futures):
                with lock:
                    totals = [t + n for t, n in zip(totals, future.result())]
    finally:
        for grader in grader_for.values():
            grader.sandbox.close()
    return RegradeSummary(original=original, run_id=run_id, directory=target.dir, keys=len(keys),
                          skipped=len(keys) - len(todo), rounds=totals[0], changed=totals[1], errors=totals[2],
                          changed_tasks=changed_tasks)
