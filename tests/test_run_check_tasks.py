"""check-tasks, defect 11: an unfilled scaffold in a language whose verifier is absent passed as
"skipped", and a failing vector check did not say which vector failed."""

import shutil

import yaml

from runners.cli import main
from runners.scaffold import scaffold_task
from runners.soundness import Outcome, check_jobs, unfilled_scaffold
from runners.tasks import load_task
from tests.conftest import requires_dafny


def test_an_unfilled_scaffold_fails_in_every_language_without_running_anything(tmp_path, capsys):
    tasks = tmp_path / "tasks"
    scaffold_task(tasks, "fresh_task")
    task = load_task(tasks / "fresh_task")
    for lang in ("dafny", "verus", "lean"):
        assert "unfilled scaffold" in unfilled_scaffold(task, lang)
    # verus: no verifier on this machine, so before this every check was NOT-RUN and the gate passed
    rc = main(["--tasks-dir", str(tasks), "check-tasks", "--tasks", "fresh_task", "--langs", "verus", "lean",
               "--backend", "local", "--quiet"])
    out = capsys.readouterr().out
    assert rc == 1
    assert out.count("BAD  fresh_task/verus/") == 4 and out.count("BAD  fresh_task/lean/") == 4
    assert "UNFILLED" in out and "0 passed" in out


def test_a_filled_task_is_not_taken_for_a_scaffold(bsearch):
    assert unfilled_scaffold(bsearch, "dafny") is None


@requires_dafny
def test_a_failing_vector_check_names_the_vector(tmp_path, bsearch, local_dafny):
    target = tmp_path / bsearch.id
    shutil.copytree(bsearch.root, target)
    meta = yaml.safe_load((target / "task.yaml").read_text())
    meta["vectors"][1]["correct"] = [[4]]  # not the lower bound of 9 in [1, 3, 3, 5, 8]
    (target / "task.yaml").write_text(yaml.safe_dump(meta, sort_keys=False))
    task = load_task(target)
    vectors = dict(check_jobs(task, "dafny", local_dafny))["vectors"]()
    assert vectors.outcome is Outcome.BAD
    assert vectors.detail.startswith("vector 1 (input [[1, 3, 3, 5, 8], 9]): assert post_binary_search_lower_bound("), \
        vectors.detail
    assert "vector 0" not in vectors.detail and "vector 2" not in vectors.detail


@requires_dafny
def test_vector_checks_need_the_contract_not_the_reference_proof(tmp_path, bsearch, local_dafny):
    """An unfinished reference (an experimental task's) fails its own check, but its vectors are
    still checked against the contract: only the generated VectorCheck methods are verified."""
    target = tmp_path / bsearch.id
    shutil.copytree(bsearch.root, target)
    reference = target / "dafny" / "reference.dfy"
    text = reference.read_text()
    body_start = text.index("// <vc:code>") + len("// <vc:code>")
    reference.write_text(text[:body_start] + "\n  i := 0;\n  // </vc:code>" + text.split("// </vc:code>", 1)[1])
    task = load_task(target)
    results = {name: job() for name, job in check_jobs(task, "dafny", local_dafny)}
    assert results["reference"].outcome is Outcome.BAD
    assert results["vectors"].outcome is Outcome.OK, results["vectors"].detail
    # and a wrong vector is still caught with the reference unfinished
    meta = yaml.safe_load((target / "task.yaml").read_text())
    meta["vectors"][0]["wrong"].append(meta["vectors"][0]["correct"][0])
    (target / "task.yaml").write_text(yaml.safe_dump(meta, sort_keys=False))
    vectors = dict(check_jobs(load_task(target), "dafny", local_dafny))["vectors"]()
    assert vectors.outcome is Outcome.BAD and vectors.detail.startswith("vector 0"), vectors.detail
