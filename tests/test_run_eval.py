"""Whole runs against a fake OpenAI-compatible server and the real Dafny: what a researcher must be
able to trust about resuming, truncation, budgets, locks and pinned grading conditions."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from runners.config import ConfigError
from runners.run import EvalConfig, run_eval
from runners.run_control import RunLock
from runners.store import RunStore
from runners.tasks import load_task
from tests.conftest import ROOT, requires_dafny
from tests.fake_llm import FakeLLM

pytestmark = requires_dafny

WRONG = "```dafny\n// <vc:code>\n  i := 0;\n// </vc:code>\n```"
NO_CODE = "I cannot do this."


def right(task):
    code = task.files("dafny").reference_regions["code"]
    return f"```dafny\n// <vc:code>\n{code}// </vc:code>\n```"


def config(tmp_path, task, **kw):
    base = dict(model="openai/scripted", tasks=[task.id], tasks_dir=task.root.parent, rounds=1,
                results_dir=tmp_path / "results", cache_dir=tmp_path / "cache", backend="local", retry_base_s=0.01,
                max_retries=0, infra_retries=0, infra_retry_base_s=0.01, model_workers=1, verifier_workers=1,
                fidelity=False, progress_bar=False)
    base.update(kw)
    return EvalConfig(**base)


def test_surrogate_truncation_and_overflow_are_scored_as_the_models_failures(tmp_path, bsearch):
    """Defects 3 and 4: a lone surrogate crashed the run; a cut-off reply or a context overflow was an
    endless ERROR. Now: recorded escaped, FAIL/no_code, FAIL/truncated, FAIL/truncated (final)."""
    overflow = ("This model's maximum context length is 8192 tokens. However, your messages resulted in 9100 tokens. "
                "Please reduce the length of the messages.")
    script = [(200, "no code \ud800 here"), (200, WRONG, "length"), (400, "", overflow)]
    with FakeLLM(script) as llm:
        summary = run_eval(config(tmp_path, bsearch, api_base=llm.api_base, samples=3, rounds=2))
    # round 2 of the first two keys gets the last scripted answer again: an overflow
    assert summary.unfinished == 0 and summary.failed == 3, summary
    attempts = RunStore(tmp_path / "results", summary.run_id).attempts()
    by_reply = {a.response: a for a in attempts if a.round == 1}
    escaped = by_reply["no code \\ud800 here"]
    assert escaped.status.value == "FAIL" and escaped.category.value == "no_code"
    cut = by_reply[WRONG]
    assert cut.status.value == "FAIL" and cut.category.value == "truncated" and not cut.final
    assert "cut off" in cut.verdict.diagnostics[0].message
    over = by_reply[""]
    assert over.status.value == "FAIL" and over.category.value == "truncated" and over.final
    assert all(a.status.value != "ERROR" for a in attempts)
    assert sorted((a.round, a.category.value) for a in attempts if a.final) == [
        (1, "truncated"), (2, "truncated"), (2, "truncated")]


def test_resume_replays_the_recorded_conversation_and_renders_only_the_new_prompt(tmp_path, bsearch):
    """Issue 8: on resume the earlier prompts were re-rendered, so a changed template fed the model a
    history it never saw. Here the recorded prompts are altered on disk: the resumed request must
    carry them as recorded."""
    with FakeLLM([(200, WRONG), (500, "")]) as llm:
        cfg = config(tmp_path, bsearch, api_base=llm.api_base, rounds=3)
        first = run_eval(cfg)
        assert first.unfinished == 1
        store = RunStore(tmp_path / "results", first.run_id)
        rows = [json.loads(line) for line in store.attempts_path.read_text().splitlines()]
        assert rows[0]["system_prompt"] and rows[0]["prompt"] and rows[0]["task_digest"] == bsearch.digest
        rows[0]["system_prompt"] = "RECORDED SYSTEM PROMPT"
        rows[0]["prompt"] = "RECORDED FIRST PROMPT"
        store.attempts_path.write_text("".join(json.dumps(r) + "\n" for r in rows))
        llm.script = [(200, right(bsearch))]
        again = run_eval(cfg)
        resumed = llm.requests[-1]["messages"]
    assert again.passed == 1
    assert [m["content"] for m in resumed[:3]] == ["RECORDED SYSTEM PROMPT", "RECORDED FIRST PROMPT", WRONG]
    assert "round 1 of 3" in resumed[3]["content"] and len(resumed) == 4


def test_infrastructure_errors_are_retried_within_the_run(tmp_path, bsearch):
    with FakeLLM([(500, ""), (500, ""), (200, right(bsearch))]) as llm:
        summary = run_eval(config(tmp_path, bsearch, api_base=llm.api_base, infra_retries=2))
    assert summary.passed == 1 and summary.unfinished == 0
    assert sum(summary.errors.values()) == 2 and any("InternalServerError" in r for r in summary.errors)
    statuses = [a.status.value for a in RunStore(tmp_path / "results", summary.run_id).attempts()]
    assert statuses == ["ERROR", "ERROR", "PASS"]


def test_budget_stops_new_calls_and_limit_caps_the_keys(tmp_path, bsearch):
    # gpt-4o-mini is priced by litellm: (100 x 0.15 + 50 x 0.6) / 1e6 = $0.000045 a call
    with FakeLLM([(200, NO_CODE)], model_name="gpt-4o-mini") as llm:
        summary = run_eval(config(tmp_path, bsearch, model="openai/gpt-4o-mini", api_base=llm.api_base, samples=8,
                                  max_cost=0.0001))
        calls = len(llm.requests)
    assert summary.stopped == "budget" and summary.cost_usd >= 0.0001
    assert calls == 3 and summary.calls == 3 and summary.not_started == 5, summary
    assert len(RunStore(tmp_path / "results", summary.run_id).attempts()) == 3
    with FakeLLM([(200, NO_CODE)]) as llm:
        limited = run_eval(config(tmp_path, bsearch, api_base=llm.api_base, samples=5, limit=2, run_id="limited"))
        assert len(llm.requests) == 2
    assert limited.failed == 2 and limited.not_started == 3


def test_grading_conditions_are_pinned_and_auto_is_resolved_once(tmp_path, bsearch):
    """Defects 6 and 7: no run lock; a resume silently mixed task versions, verifiers and backends."""
    task_dir = tmp_path / "tasks" / bsearch.id
    shutil.copytree(bsearch.root, task_dir)
    task = load_task(task_dir)
    cfg = config(tmp_path, task, model="oracle", backend="auto")
    first = run_eval(cfg)
    store = RunStore(tmp_path / "results", first.run_id)
    manifest = store.read_manifest()
    assert first.passed == 1 and manifest.verifiers["dafny"]["requested_backend"] == "auto"
    assert store.attempts()[0].grader == manifest.graders["dafny"]

    # a second process on the same run is refused while the first holds the lock
    holder = RunLock(store.dir / "run.lock").acquire()
    try:
        with pytest.raises(ConfigError, match=f"in use by pid {os.getpid()}"):
            run_eval(cfg)
    finally:
        holder.release()

    # a lock left by a dead process is taken over
    (store.dir / "run.lock").write_text(json.dumps({"pid": 999999, "host": "elsewhere"}))
    log: list[str] = []
    run_eval(cfg, log=log.append)
    assert any("took over" in line for line in log)

    # the task changed: refused, unless --allow-mixed, which is recorded
    (task_dir / "description.md").write_text((task_dir / "description.md").read_text() + "\nA new sentence.\n")
    with pytest.raises(ConfigError, match=f"task {task.id} changed"):
        run_eval(cfg)
    run_eval(cfg.model_copy(update={"allow_mixed": True}))
    mixed = store.read_manifest().mixed
    assert len(mixed) == 1 and f"task {task.id} changed" in mixed[0]["changes"][0]

    # the verifier changed
    data = json.loads(store.manifest_path.read_text())
    data["verifiers"]["dafny"]["version"] = "9.9.9"
    store.manifest_path.write_text(json.dumps(data))
    with pytest.raises(ConfigError, match="dafny version 9.9.9 -> 2.3"):
        run_eval(cfg)

    # `auto` is resolved once: a run that began on docker stays on docker
    data["verifiers"]["dafny"].update(version=manifest.verifiers["dafny"]["version"], backend="docker")
    store.manifest_path.write_text(json.dumps(data))
    if manifest.verifiers["dafny"]["backend"] == "local":
        with pytest.raises(Exception, match="resolved from auto"):
            run_eval(cfg)


@pytest.fixture
def small_disk(tmp_path):
    """A 16 KiB tmpfs: writes past it fail with a real ENOSPC."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(mount)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.strip()})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def test_a_full_disk_stops_the_run_with_one_line(small_disk, bsearch):
    """Defect 8: a full disk aborted the run with a traceback."""
    (small_disk / "filler").write_bytes(b"x" * 4096)
    results = small_disk / "results"
    argv = [sys.executable, "-m", "runners", "--tasks-dir", str(bsearch.root.parent), "eval", "--model", "oracle",
            "--tasks", bsearch.id, "--results", str(results), "--backend", "local", "--quiet", "--run-id", "full"]
    out = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "Traceback" not in out.stderr and "No space left on device" in out.stderr and "resume" in out.stderr
    assert "0 passed" in out.stdout
    assert RunStore(results, "full").attempts() == []
