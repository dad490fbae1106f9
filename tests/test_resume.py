"""A run killed with SIGKILL mid-way and restarted completes every key exactly once, losing nothing."""

import os
import signal
import subprocess
import sys
import time
from collections import Counter

from runners.store import RunStore
from tests.conftest import ROOT, requires_dafny
from tests.fake_llm import FakeLLM

WRONG = "```dafny\n// <vc:code>\n  i := 0;\n// </vc:code>\n```"


def _eval_cmd(api_base, results, cache, tasks_dir):
    return [sys.executable, "-m", "runners", "--tasks-dir", str(tasks_dir), "eval", "--model", "openai/scripted", "--api-base", api_base,
            "--tasks", "binary_search_lower_bound", "--langs", "dafny", "--samples", "4", "--rounds", "3",
            "--results", str(results), "--cache-dir", str(cache), "--run-id", "killed", "--backend", "local",
            "--model-workers", "1", "--verifier-workers", "1", "--quiet"]


@requires_dafny
def test_sigkill_then_resume_completes_each_key_once(tmp_path, bsearch):
    code = bsearch.files("dafny").reference_regions["code"]
    right = f"```dafny\n// <vc:code>\n{code}// </vc:code>\n```"

    def respond(body):  # round 1 (2 messages) gets a wrong proof, round 2 the right one
        return 200, WRONG if len(body["messages"]) == 2 else right

    results, cache = tmp_path / "results", tmp_path / "cache"
    store = RunStore(results, "killed")
    with FakeLLM(responder=respond, delay_s=0.2) as llm:
        proc = subprocess.Popen(_eval_cmd(llm.api_base, results, cache, bsearch.root.parent), cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(store.attempts()) < 3:
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        before = store.attempts_path.read_bytes()
        first_part = store.attempts()
        assert 3 <= len(first_part) < 8, "the kill should land mid-run"

        done = subprocess.run(_eval_cmd(llm.api_base, results, cache, bsearch.root.parent), cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    after = store.attempts_path.read_bytes()
    complete_lines = before[: before.rfind(b"\n") + 1]
    assert after.startswith(complete_lines), "lines written before the kill were lost or changed"
    attempts = store.attempts()
    rounds = Counter((a.sample, a.round) for a in attempts)
    assert all(n == 1 for n in rounds.values()), rounds
    finals = Counter(a.sample for a in attempts if a.final)
    assert finals == Counter({0: 1, 1: 1, 2: 1, 3: 1})
    assert all(a.status.value == "PASS" for a in attempts if a.final)
    assert sorted((a.sample, a.round, a.status.value) for a in attempts) == [
        (s, r, "FAIL" if r == 1 else "PASS") for s in range(4) for r in (1, 2)]
