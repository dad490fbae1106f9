"""check's early start (runners/early_check.py, runners/sandbox/process.py): the verifier run is
started before the typed layer loads, and the grader takes it over only when it asks for exactly
that run. Real Dafny throughout; a wrapper in front of it logs every invocation."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from runners import early_check
from runners.cli import main
from runners.sandbox import process
from tests.conftest import ROOT, dafny_only_copy, requires_dafny


def test_only_the_plain_check_form_is_started_early():
    plain = early_check.parse(["check", "gcd", "--lang", "dafny", "--response", "r.dfy", "--backend", "local"])
    assert plain is not None and (plain.task, plain.lang, plain.response) == ("gcd", "dafny", "r.dfy")
    spelled = early_check.parse(["--tasks-dir", "t", "check", "--backend=local", "--json", "--time-limit", "9",
                                 "--wall=50", "gcd", "--response=r.dfy"])
    assert spelled is not None and (spelled.tasks_dir, spelled.time_limit, spelled.wall) == ("t", "9", "50")
    for argv in (["check", "gcd", "--response", "r.dfy"],  # auto backend: may be docker
                 ["check", "gcd", "--response", "r.dfy", "--backend", "docker"],
                 ["check", "gcd", "--response", "-", "--backend", "local"],  # stdin stays for the typed path
                 ["check", "gcd", "--resp", "r.dfy", "--backend", "local"],  # abbreviations: argparse's business
                 ["check", "gcd", "extra", "--response", "r.dfy", "--backend", "local"],
                 ["--task-set", "algoveri", "check", "gcd", "--response", "r.dfy", "--backend", "local"],
                 ["check", "gcd", "--response", "r.dfy", "--backend", "local", "--unknown"],
                 ["eval", "--backend", "local"]):
        assert early_check.parse(argv) is None, argv


def test_starting_early_imports_no_typed_layer(tmp_path):
    """The point of the early start: it must run before pydantic is loaded."""
    code = ("import sys; from runners import early_check; "
            "early_check.start(['check', 'gcd', '--response', 'tasks/gcd/dafny/reference.dfy', '--backend', 'local']); "
            "from runners.sandbox import process; process.discard_early(); "
            "print(sorted(m for m in ('pydantic', 'runners.verdict', 'runners.tasks', 'yaml') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.fixture
def logged_dafny(tmp_path, monkeypatch):
    """A `dafny` on PATH that logs each invocation and then runs the real one; cwd is a fresh
    folder, so the stored version and template views start empty."""
    real = subprocess.run(["sh", "-c", "command -v dafny"], capture_output=True, text=True).stdout.strip()
    if not real:
        pytest.skip("dafny is not on PATH (run `make setup`)")
    bin_dir, log = tmp_path / "bin", tmp_path / "invocations.log"
    bin_dir.mkdir()
    wrapper = bin_dir / "dafny"
    wrapper.write_text(f'#!/bin/sh\necho "$*" >> {log}\nexec {real} "$@"\n')
    wrapper.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    dafny_only_copy("binary_search_lower_bound", tasks)
    return tasks, log


def _verifications(log: Path) -> list[str]:
    return [line for line in log.read_text().splitlines() if "/timeLimit:" in line] if log.exists() else []


def _reply(tmp_path, body: str, name: str = "reply.txt") -> str:
    path = tmp_path / name
    path.write_text(f"```dafny\n// <vc:code>\n{body}// </vc:code>\n```\n")
    return str(path)


def _argv(tasks: Path, reply: str) -> list[str]:
    return ["--tasks-dir", str(tasks), "check", "binary_search_lower_bound", "--response", reply, "--backend", "local",
            "--json"]


@pytest.fixture
def claims(monkeypatch):
    """What each LocalSandbox request found among the early runs (a Running, or None)."""
    seen = []
    real = process.claim_early

    def recording(*args, **kwargs):
        seen.append(real(*args, **kwargs))
        return seen[-1]

    monkeypatch.setattr(process, "claim_early", recording)
    monkeypatch.setattr(early_check, "nonce", None)
    return seen


def _first_check(tasks: Path, capsys, claims) -> str:
    """One check of the reference (it stores the version and the template's view), forgotten;
    returns the reference's path."""
    reference = str(tasks / "binary_search_lower_bound" / "dafny" / "reference.dfy")
    assert main(_argv(tasks, reference)) == 0
    capsys.readouterr()
    claims.clear()
    return reference


@requires_dafny
def test_the_grader_takes_over_the_run_started_early(logged_dafny, tmp_path, capsys, claims):
    tasks, log = logged_dafny
    reference = _first_check(tasks, capsys, claims)
    assert not early_check.start(["check", "x", "--response", reference, "--backend", "local"])  # no such task
    log.unlink()
    assert early_check.start(_argv(tasks, reference))
    assert main(_argv(tasks, reference)) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["status"] == "PASS"
    assert [c is not None for c in claims] == [True], "the verification request must take over the early run"
    assert len(_verifications(log)) == 1, "the verifier ran once, not once early and once again"


@requires_dafny
def test_a_rejected_reply_never_uses_the_early_run_and_it_is_killed(logged_dafny, tmp_path, capsys, claims):
    tasks, log = logged_dafny
    _first_check(tasks, capsys, claims)
    cheat = _reply(tmp_path, "  assume false;\n")
    assert early_check.start(_argv(tasks, cheat))  # the early start judges nothing: it starts the run
    started = process._early[0]
    assert main(_argv(tasks, cheat)) == 1
    assert json.loads(capsys.readouterr().out)["status"] == "CHEAT"
    assert claims == [] and process._early == []
    assert started.proc.poll() is not None, "the unclaimed early run must be killed"


@requires_dafny
def test_a_run_that_differs_in_anything_is_not_taken_over(logged_dafny, tmp_path, capsys, claims):
    tasks, log = logged_dafny
    reference = _first_check(tasks, capsys, claims)
    assert early_check.start(_argv(tasks, reference) + ["--time-limit", "29"])
    started = process._early[0]
    assert main(_argv(tasks, reference)) == 0  # asks with /timeLimit:30
    assert json.loads(capsys.readouterr().out)["status"] == "PASS"
    assert [c is None for c in claims] == [True]
    assert started.proc.poll() is not None and process._early == []


@requires_dafny
def test_check_gives_the_same_verdict_with_and_without_the_early_start(logged_dafny, tmp_path):
    """End to end through `python -m runners`, as a user runs it: same verdicts, one verifier run."""
    tasks, log = logged_dafny
    replies = {"reference": str(tasks / "binary_search_lower_bound" / "dafny" / "reference.dfy"),
               "wrong": _reply(tmp_path, "  i := 0;\n", "wrong.txt"), "cheat": _reply(tmp_path, "  assume false;\n", "cheat.txt")}
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def check(reply: str, early: str) -> tuple[int, dict]:
        done = subprocess.run([sys.executable, "-m", "runners", *_argv(tasks, reply)], env={**env, "VERICODE_EARLY_START": early},
                              capture_output=True, text=True, timeout=600)
        verdict = json.loads(done.stdout)
        return done.returncode, {k: verdict[k] for k in ("status", "category", "summary")} | {
            "messages": [d["message"] for d in verdict["diagnostics"]]}

    check(replies["reference"], "0")  # stores the version and the view
    for name, reply in replies.items():
        log.unlink(missing_ok=True)
        with_early = check(reply, "1")
        runs_with_early = len(_verifications(log))
        assert with_early == check(reply, "0"), name
        assert runs_with_early == 1, name  # for the cheat: the early run, killed unclaimed
