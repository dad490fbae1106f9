"""Stopping a real `python -m runners eval` process: Ctrl-C (SIGINT) once, twice, and kill -9.

Defect 2: Ctrl-C did not stop a run (every remaining API call was still made). Defect 9: kill -9
left orphan verifier processes and temporary folders behind.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pytest

from runners.run_control import OWNER_ENV, RUN_TMP_PREFIX, _owned_processes
from runners.store import RunStore
from tests.conftest import ROOT, requires_dafny
from tests.fake_llm import FakeLLM

pytestmark = requires_dafny


def right(task):
    code = task.files("dafny").reference_regions["code"]
    return f"```dafny\n// <vc:code>\n{code}// </vc:code>\n```"


def _eval(api_base, tmp_path, task, *extra, backend="local"):
    return [sys.executable, "-m", "runners", "--tasks-dir", str(task.root.parent), "eval", "--model", "openai/scripted",
            "--api-base", api_base, "--tasks", task.id, "--samples", "4", "--rounds", "1", "--results",
            str(tmp_path / "results"), "--cache-dir", str(tmp_path / "cache"), "--run-id", "sig", "--backend", backend,
            "--model-workers", "2", "--verifier-workers", "1", "--quiet", "--no-fidelity", *extra]


def _verifiers_of(pid: int) -> list[int]:
    return [p for p, token in _owned_processes() if token.split(":")[1] == str(pid)]


def _run_folders(pid: int) -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob(f"{RUN_TMP_PREFIX}{pid}-*"))


def _wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


def _backend_or_skip(backend: str) -> None:
    if backend == "docker":
        from runners.backends import BackendError, make_sandbox

        try:
            sandbox, _ = make_sandbox("dafny", "docker")
            sandbox.close()
        except BackendError as exc:
            pytest.skip(f"docker backend unavailable: {exc}")


@pytest.mark.timeout(1500)
@pytest.mark.parametrize("backend", ["local", "docker"])
def test_first_ctrl_c_stops_calls_kills_verifiers_and_the_run_resumes(tmp_path, bsearch, backend):
    _backend_or_skip(backend)
    with FakeLLM([(200, right(bsearch))], delay_s=1.5) as llm:
        proc = subprocess.Popen(_eval(llm.api_base, tmp_path, bsearch, backend=backend), cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if backend == "local":  # interrupt while a verifier runs
            _wait_for(lambda: _verifiers_of(proc.pid), 240, "a verifier process of the run")
        else:
            _wait_for(lambda: len(llm.requests) >= 2, 240, "the second model request")
        asked = len(llm.requests)
        interrupted = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        took = time.monotonic() - interrupted
        after = len(llm.requests)
        assert proc.returncode == 130, err
        # in-flight calls (1.5 s) finish, nothing else is waited for: before, the local backend made every
        # remaining call and docker waited for the wall clock (300 s); a loaded machine needs some slack
        assert took < 60, took
        assert after <= asked + 1, (asked, after)  # no new model calls (one may have been on the wire)
        assert "interrupted" in err and "resume" in err and "Traceback" not in err
        assert _verifiers_of(proc.pid) == [] and _run_folders(proc.pid) == []
        store = RunStore(tmp_path / "results", "sig")
        first = store.attempts()
        assert all(a.status.value == "PASS" for a in first), [a.status for a in first]  # no spurious ERROR rounds
        assert not (store.dir / "run.lock").exists()

        llm.delay_s = 0
        done = subprocess.run(_eval(llm.api_base, tmp_path, bsearch, backend=backend), cwd=ROOT, capture_output=True,
                              text=True, timeout=1200)
    assert done.returncode == 0, done.stderr
    attempts = store.attempts()
    assert Counter(a.sample for a in attempts) == Counter(range(4))
    assert all(a.status.value == "PASS" and a.final for a in attempts)
    assert "pass 100.0%" in done.stdout and "cost" in done.stdout and "wall" in done.stdout


def test_second_ctrl_c_exits_at_once(tmp_path, bsearch):
    with FakeLLM([(200, right(bsearch))], delay_s=60) as llm:
        proc = subprocess.Popen(_eval(llm.api_base, tmp_path, bsearch), cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        _wait_for(lambda: len(llm.requests) >= 2, 240, "two model calls in flight")
        proc.send_signal(signal.SIGINT)
        time.sleep(1.0)
        assert proc.poll() is None, "the first Ctrl-C waits for the in-flight calls"
        second = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
        assert time.monotonic() - second < 5
    assert proc.returncode == 130 and "quit at once" in err and "Traceback" not in err, err
    assert len(llm.requests) == 2


def test_the_next_start_removes_what_a_killed_run_left(tmp_path, bsearch):
    """A run killed with -9 leaves its verifier processes (own sessions) and temp folder; the next
    run's start kills and removes them. Both are real: a sleeping process marked as a dead run's,
    and the leftovers of an eval actually killed mid-verification."""
    host = socket.gethostname()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    orphan = subprocess.Popen(["sleep", "300"], start_new_session=True,
                              env={**os.environ, OWNER_ENV: f"{host}:{dead_pid}:12345"})
    folder = Path(tempfile.gettempdir()) / f"{RUN_TMP_PREFIX}{dead_pid}-12345"
    (folder / "vericode-x").mkdir(parents=True, exist_ok=True)

    with FakeLLM([(200, right(bsearch))]) as llm:
        killed = subprocess.Popen(_eval(llm.api_base, tmp_path, bsearch), cwd=ROOT, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        _wait_for(lambda: _verifiers_of(killed.pid), 240, "a verifier process of the run")
        killed.kill()
        killed.wait()
        left = _verifiers_of(killed.pid)  # Dafny runs on in its own session
        assert _run_folders(killed.pid)

        replay = tmp_path / "replay.jsonl"
        replay.write_text(json.dumps({"task": bsearch.id, "lang": "dafny", "round": 1, "response": "no code"}) + "\n")
        nxt = subprocess.run([sys.executable, "-m", "runners", "--tasks-dir", str(bsearch.root.parent), "eval",
                              "--model", f"replay:{replay}", "--tasks", bsearch.id, "--rounds", "1", "--results",
                              str(tmp_path / "results"), "--backend", "local", "--quiet"],
                             cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert nxt.returncode == 0, nxt.stderr
    assert "removed what killed runs left behind" in nxt.stderr
    assert orphan.wait(timeout=10) == -signal.SIGKILL
    assert not folder.exists() and _run_folders(killed.pid) == []
    assert all(_verifiers_of(killed.pid) == [] for _ in [0]), left
