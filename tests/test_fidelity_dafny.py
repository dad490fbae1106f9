"""Fidelity with the real Dafny 2.3 (compile to C# and run): calibration on references and on
slow rewrites that verify (tests/data/fidelity/<task>.<rewrite>.md), the eval hook, the judge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, TASKS, requires_dafny
from runners.fidelity import dafny_cost
from runners.fidelity.generators import Sample
from runners.fidelity.runner import check_dafny
from runners.sandbox import Limits, LocalSandbox
from runners.tasks import load_task
from runners.verify import Verifier

SLOW = sorted((DATA / "fidelity").glob("*.md"))


def _task(path: Path):
    return load_task(TASKS / path.name.split(".")[0])


@requires_dafny
@pytest.mark.slow
@pytest.mark.parametrize("rewrite", SLOW, ids=lambda p: p.stem)
def test_slow_rewrite_verifies_but_is_too_slow(rewrite):
    task = _task(rewrite)
    verdict = Verifier("dafny", LocalSandbox(), Limits(wall_s=900)).grade_response(task, rewrite.read_text())
    assert verdict.passed, f"{rewrite.name} must PASS the grader: {verdict.status} {verdict.reason}"
    result = check_dafny(task, verdict.source, LocalSandbox())
    assert result.verdict == "too_slow", result.reason


@requires_dafny
@pytest.mark.slow
@pytest.mark.parametrize("task_id", sorted({p.name.split(".")[0] for p in SLOW}))
def test_reference_is_faithful(task_id):
    task = load_task(TASKS / task_id)
    result = check_dafny(task, task.files("dafny").reference_text, LocalSandbox())
    assert result.verdict == "faithful", result.reason
    assert [m.size for m in result.measurements] == task.meta.fidelity.inputs["sizes"]
    again = check_dafny(task, task.files("dafny").reference_text, LocalSandbox())
    assert [m.cost for m in again.measurements] == [m.cost for m in result.measurements]  # deterministic


SPEC = """\
method Entry(a: array<int>, s: seq<int>, t: string, k: int) returns (r: int)
{
  // <vc:code>
  // </vc:code>
}
"""

CANDIDATE = """\
function method Twice(n: int): int { 2 * n }
lemma Ghostly(n: nat) ensures n >= 0 { var i := 0; while i < n { i := i + 1; } }
method Main() { }
method Entry(a: array<int>, s: seq<int>, t: string, k: int) returns (r: int)
{
  r := 0;
  var i := 0;
  while i < a.Length
    invariant forall j :: 0 <= j < i ==> a[j] == a[j]
  {
    r := r + Twice(a[i]);
    forall j | 0 <= j < 1 ensures true { }
    i := i + 1;
  }
  assert r == r by { var q := 0; while q < 2 { q := q + 1; } }
}
"""


@requires_dafny
@pytest.mark.slow
def test_instrumented_program_compiles_runs_and_counts():
    runs = [(n, Sample([list(range(-n, n)), [1, 2], "ab", 3], {"n": n}), 10_000) for n in (2, 5)]
    files = dafny_cost.program(CANDIDATE, SPEC, "Entry", runs)
    result = LocalSandbox().run(dafny_cost.command(), files, Limits(wall_s=300))
    # per run: Entry's call, its loop's 2n iterations, one Twice call per iteration
    assert dafny_cost.parse_costs(result.output) == [(2, 1 + 4 + 4, False), (5, 1 + 10 + 10, False)], result.output
    tight = dafny_cost.program(CANDIDATE, SPEC, "Entry", [(5, runs[1][1], 7)])
    stopped = LocalSandbox().run(dafny_cost.command(), tight, Limits(wall_s=300))
    assert dafny_cost.parse_costs(stopped.output) == [(5, 8, True)]


@requires_dafny
@pytest.mark.slow
def test_eval_records_fidelity_after_pass(bsearch, tmp_path):
    from runners.config import EvalConfig
    from runners.run import run_eval
    from runners.store import RunStore

    cfg = EvalConfig(model="oracle", tasks=[bsearch.id], tasks_dir=bsearch.root.parent, results_dir=tmp_path / "r",
                     backend="local", progress_bar=False, rounds=1, fidelity=True)
    summary = run_eval(cfg)
    attempts = RunStore(tmp_path / "r", summary.run_id).attempts()
    assert [a.status.value for a in attempts] == ["PASS"]
    assert attempts[0].fidelity is not None and attempts[0].fidelity.verdict == "faithful"
    assert attempts[0].fidelity.measurements[-1].size == 4096


def test_judge_through_a_litellm_server(bsearch):
    from fake_llm import FakeLLM

    from runners.fidelity.judge import judge, parse_reply, rubric
    from runners.models import LiteLLMModel, RetryPolicy

    answer = 'It scans every element.\n{"verdict": "not_faithful", "reason": "a linear scan, O(n)"}'
    with FakeLLM([(200, answer)]) as llm:
        model = LiteLLMModel("openai/judge", api_base=llm.api_base, retry=RetryPolicy(max_retries=0))
        record = judge(model, bsearch, "dafny", "i := 0;\nwhile i < a.Length && a[i] < key { i := i + 1; }")
        sent = llm.requests[0]["messages"][-1]["content"]
    assert record.verdict == "not_faithful" and record.reason == "a linear scan, O(n)" and record.response == answer
    assert "Declared complexity: log n" in sent and "while i < a.Length" in sent and bsearch.description.strip()[:40] in sent
    assert rubric(bsearch, "dafny", "x").count("```") == 2
    assert parse_reply("VERDICT: faithful") == ("faithful", "")
    assert parse_reply("no idea")[0] == "unsure"
    assert json.loads(record.model_dump_json())["model"] == "openai/judge"
