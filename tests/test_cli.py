import json
import shutil
import subprocess
import sys

import pytest

from runners.cli import main
from runners.tasks import load_task
from tests.conftest import ROOT, requires_dafny


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return str(path)


@requires_dafny
def test_check_passes_reference_with_exit_0_and_json(tmp_path, bsearch, capsys):
    code = bsearch.files("dafny").reference_regions["code"]
    reply = _write(tmp_path, "reply.txt", f"Sure.\n```dafny\n// <vc:code>\n{code}// </vc:code>\n```\n")
    rc = main(["--tasks-dir", str(bsearch.root.parent), "check", bsearch.id, "--lang", "dafny", "--response", reply,
               "--json", "--backend", "local"])
    verdict = json.loads(capsys.readouterr().out)
    assert rc == 0 and verdict["status"] == "PASS" and verdict["category"] == "none"
    assert verdict["timings"]["verify_s"] > 0 and verdict["summary"]["errors"] == 0


@requires_dafny
def test_check_fails_with_nonzero_exit_and_readable_diagnostics(tmp_path, bsearch, capsys):
    reply = _write(tmp_path, "reply.txt", "```dafny\n// <vc:code>\n  i := 0;\n// </vc:code>\n```\n")
    rc = main(["--tasks-dir", str(bsearch.root.parent), "check", bsearch.id, "--response", reply, "--backend", "local"])
    out = capsys.readouterr().out
    assert rc == 1 and out.startswith("FAIL") and "postcondition" in out


def test_check_of_a_cheat_exits_nonzero_without_running_the_verifier(tmp_path, bsearch, capsys):
    reply = _write(tmp_path, "reply.txt", "```dafny\n// <vc:code>\n  assume false;\n// </vc:code>\n```\n")
    rc = main(["--tasks-dir", str(bsearch.root.parent), "check", bsearch.id, "--response", reply, "--backend", "local"])
    assert rc == 1 and capsys.readouterr().out.startswith("CHEAT")


def test_malformed_task_is_a_clear_error_not_a_traceback(tmp_path, bsearch, capsys):
    bad = tmp_path / "broken_task"
    bad.mkdir()
    (bad / "task.yaml").write_text("id: broken_task\ntitle: x\n")
    rc = main(["--tasks-dir", str(tmp_path), "check", "broken_task", "--response", "/dev/null", "--backend", "local"])
    err = capsys.readouterr().err
    assert rc == 2 and "task.yaml" in err and "field" in err and "Fix:" in err


def test_new_task_scaffold_loads_with_all_languages(tmp_path, capsys):
    assert main(["--tasks-dir", str(tmp_path), "new-task", "two_sum"]) == 0
    task = load_task(tmp_path / "two_sum")
    assert set(task.languages) == {"dafny", "verus", "lean"}
    assert task.files("lean").template.region_names == ["helpers", "code", "proof"]
    assert main(["--tasks-dir", str(tmp_path), "new-task", "two_sum"]) == 2  # exists already


@requires_dafny
def test_eval_oracle_and_table_through_the_command_line(tmp_path, bsearch):
    cmd = [sys.executable, "-m", "runners", "--tasks-dir", str(bsearch.root.parent), "eval", "--model", "oracle",
           "--results", str(tmp_path / "results"), "--backend", "local", "--quiet"]
    first = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "1 passed" in first.stdout
    again = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert "1 already done" in again.stdout  # same command resumes: nothing re-run
    table = subprocess.run([sys.executable, "-m", "runners", "table", "--results", str(tmp_path / "results")],
                           cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert table.returncode == 0 and "| oracle | 100.0% → 100.0% (n=1) |" in table.stdout
    assert (tmp_path / "results" / "table.csv").exists()


@pytest.mark.parametrize("argv", [["--tasks", "a", "b"], ["--tasks", "a,b"], ["--tasks", "a b"]])
def test_task_lists_accept_spaces_commas_and_separate_words(argv):
    from runners.cli import build_parser
    for command in (["check-tasks"], ["eval"]):
        assert build_parser().parse_args(command + argv).tasks == ["a", "b"]


@pytest.mark.skipif(shutil.which("lean") is not None, reason="lean is installed here")
def test_eval_refuses_a_language_whose_verifier_is_missing_before_any_work(tmp_path, capsys):
    results = tmp_path / "results"
    rc = main(["eval", "--model", "oracle", "--langs", "lean", "--tasks", "gcd", "--backend", "local",
               "--results", str(results), "--quiet"])
    err = capsys.readouterr().err
    assert rc == 2 and "lean: no verifier answers on the local backend" in err and "make images" in err
    assert not results.exists(), "nothing may be written for a run that cannot grade"


def test_a_reader_that_goes_away_is_not_a_traceback():
    """`vericode list | head -1`: when stdout's reader is gone, the command stops quietly with a
    non-zero status instead of printing a BrokenPipeError traceback."""
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)  # every write to stdout now fails with EPIPE
    try:
        done = subprocess.run([sys.executable, "-m", "runners", "list"], cwd=ROOT, stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1


def test_exit_status_survives_the_fast_exit(tmp_path):
    """The CLI leaves with os._exit when nothing is left to wait for; the status must still be the
    command's own (2 for a task that cannot be loaded)."""
    done = subprocess.run([sys.executable, "-m", "runners", "check", str(tmp_path / "missing"), "--response", "-"],
                          cwd=ROOT, input="", capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "task.yaml" in done.stderr
