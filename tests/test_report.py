from math import isclose

import pytest

from runners.models import Usage
from runners.report import build_rows, csv_text, markdown, pass_at_k
from runners.store import Attempt, Manifest, RunStore
from runners.verdict import Status


def test_pass_at_k_unbiased_estimator():
    assert pass_at_k(10, 0, 1) == 0.0
    assert pass_at_k(10, 10, 5) == 1.0
    assert isclose(pass_at_k(10, 3, 1), 0.3)
    assert isclose(pass_at_k(5, 2, 2), 1 - 3 / 10)  # 1 - C(3,2)/C(5,2)
    with pytest.raises(ValueError):
        pass_at_k(3, 1, 5)


def _attempt(run, task, lang, sample, rnd, status, final, category="none", tokens=(10, 5), cost=0.01):
    return Attempt(run_id=run, task=task, lang=lang, sample=sample, round=rnd, status=status, category=category,
                   final=final, usage=Usage(prompt_tokens=tokens[0], completion_tokens=tokens[1], cost_usd=cost))


def test_table_rows_from_recorded_runs(tmp_path):
    store = RunStore(tmp_path, "r1")
    store.write_manifest(Manifest(run_id="r1", created="now", harness_version="0", harness_commit="x", model="m",
                                  model_params={}, rounds=3, samples=1, langs=["dafny"], tasks={}, verifiers={},
                                  prompt_templates={}))
    rows = [
        _attempt("r1", "a", "dafny", 0, 1, Status.PASS, True),
        _attempt("r1", "b", "dafny", 0, 1, Status.FAIL, False, "invariant"),
        _attempt("r1", "b", "dafny", 0, 2, Status.PASS, True),
        _attempt("r1", "c", "dafny", 0, 1, Status.CHEAT, False, "integrity"),
        _attempt("r1", "c", "dafny", 0, 2, Status.ERROR, False, "infrastructure", cost=None, tokens=(0, 0)),
        _attempt("r1", "c", "dafny", 0, 2, Status.FAIL, False, "postcondition"),
        _attempt("r1", "c", "dafny", 0, 3, Status.FAIL, True, "postcondition"),
        _attempt("r1", "d", "dafny", 0, 1, Status.ERROR, False, "infrastructure", cost=None, tokens=(0, 0)),
    ]
    for a in rows:
        store.append(a)
    [row] = build_rows(tmp_path)
    assert row.keys == 3 and row.incomplete == 1  # d never finished
    assert isclose(row.pass_round1, 1 / 3) and isclose(row.pass_final, 2 / 3)
    assert isclose(row.mean_rounds_to_success, 1.5)
    assert row.cheats == 1 and row.errors == 2
    assert row.categories == {"invariant": 1, "integrity": 1, "postcondition": 2}
    assert row.prompt_tokens == 60
    md = markdown([row])
    assert "33.3% → 66.7% (n=3)" in md
    assert csv_text([row]).splitlines()[0].startswith("model,lang,tasks,keys,pass_round1")
