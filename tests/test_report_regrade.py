"""Re-grading's pure rules: which rounds are graded again, and what happens to fidelity records.
(The end-to-end re-grade with the real Dafny is in test_report_e2e.py.)"""

from types import SimpleNamespace

from runners.regrade import _fidelity, scored_rounds
from runners.store import Attempt
from runners.verdict import Status


def _verdict(status, sha):
    return SimpleNamespace(status=status, source_sha256=sha)


def test_fidelity_record_is_kept_for_the_same_pass_file_and_measured_for_a_new_one():
    calls = []
    hook = lambda task, lang, verdict: calls.append(verdict.source_sha256) or {"verdict": "faithful"}  # noqa: E731
    old = SimpleNamespace(lang="dafny", verdict=_verdict(Status.PASS, "aaa"), fidelity={"verdict": "too_slow"})
    assert _fidelity(None, old, _verdict(Status.PASS, "aaa"), hook) == {"verdict": "too_slow"} and calls == []
    assert _fidelity(None, old, _verdict(Status.PASS, "aaa"), hook, refresh=True) == {"verdict": "faithful"}
    assert _fidelity(None, old, _verdict(Status.PASS, "bbb"), hook) == {"verdict": "faithful"}
    assert calls == ["aaa", "bbb"]
    assert _fidelity(None, old, _verdict(Status.FAIL, "aaa"), hook) is None  # fidelity only beside a PASS
    assert _fidelity(None, old, _verdict(Status.PASS, "bbb"), None) is None  # --no-fidelity: unknown, not copied


def test_scored_rounds_skip_errors_and_keep_the_later_line_of_a_round():
    def a(rnd, status, response):
        return Attempt(run_id="r", task="t", lang="dafny", sample=0, round=rnd, status=status,
                       category="none" if status is Status.PASS else "infrastructure" if status is Status.ERROR
                       else "postcondition", final=status is Status.PASS, response=response)

    rows = [a(1, Status.FAIL, "first"), a(2, Status.ERROR, ""), a(2, Status.FAIL, "retried"), a(2, Status.FAIL, "again"),
            a(3, Status.PASS, "done")]
    [(key, rounds)] = scored_rounds(rows).items()
    assert [(r.round, r.response) for r in rounds] == [(1, "first"), (2, "again"), (3, "done")]
