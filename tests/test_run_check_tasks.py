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
