"""The litellm path end to end: a local OpenAI-compatible server scripts the replies, litellm's
real client calls it, the real Dafny grades, and the repair loop records every round."""

import json

import pytest

from runners.models import CallContext, LiteLLMModel, ModelUnavailable, RetryPolicy
from runners.run import EvalConfig, run_eval
from runners.store import RunStore
from tests.conftest import requires_dafny
from tests.fake_llm import FakeLLM

WRONG = "```dafny\n// <vc:code>\n  i := 0;\n// </vc:code>\n```"


def right(task):
    code = task.files("dafny").reference_regions["code"]
    return f"Fixed:\n```dafny\n// <vc:code>\n{code}// </vc:code>\n```"


def config(tmp_path, api_base, task, **kw):
    base = dict(model="openai/scripted", api_base=api_base, tasks=[task.id], tasks_dir=task.root.parent, rounds=3,
                results_dir=tmp_path / "results", cache_dir=tmp_path / "cache", backend="local",
                retry_base_s=0.01, max_retries=2, infra_retry_base_s=0.01, progress_bar=False)
    base.update(kw)
    return EvalConfig(**base)


@requires_dafny
def test_repair_round_two_passes_and_tokens_are_counted(tmp_path, bsearch):
    with FakeLLM([(200, WRONG), (200, right(bsearch))]) as llm:
        summary = run_eval(config(tmp_path, llm.api_base, bsearch))
        requests = llm.requests
    assert summary.passed == 1 and summary.unfinished == 0
    attempts = RunStore(tmp_path / "results", summary.run_id).attempts()
    assert [(a.round, a.status.value, a.final) for a in attempts] == [(1, "FAIL", False), (2, "PASS", True)]
    assert attempts[0].category == "postcondition"
    assert attempts[0].usage.prompt_tokens == 100 and attempts[1].usage.prompt_tokens == 101
    assert all(a.usage.completion_tokens == 50 for a in attempts)
    # round 2's request carried the history and the verifier's diagnostics
    second = requests[1]["messages"]
    assert [m["role"] for m in second] == ["system", "user", "assistant", "user"]
    assert "postcondition" in second[-1]["content"].lower()
    manifest = json.loads((tmp_path / "results" / summary.run_id / "manifest.json").read_text())
    assert manifest["model"] == "openai/scripted" and manifest["verifiers"]["dafny"]["version"].startswith("2.3")
    assert set(manifest["prompt_templates"]) >= {"system.j2", "initial.j2", "repair.j2"}


@requires_dafny
def test_rerun_is_served_from_the_cache(tmp_path, bsearch):
    with FakeLLM([(200, WRONG), (200, right(bsearch))]) as llm:
        run_eval(config(tmp_path, llm.api_base, bsearch))
        served = len(llm.requests)
        llm.script = [(500, "")]  # a second run with a new id would fail if it reached the API
        summary = run_eval(config(tmp_path, llm.api_base, bsearch, run_id="second"))
        assert len(llm.requests) == served
    assert summary.passed == 1
    attempts = RunStore(tmp_path / "results", "second").attempts()
    assert all(a.usage.cached for a in attempts)


def test_429_then_200_is_retried(tmp_path, bsearch):
    model = LiteLLMModel("openai/scripted", retry=RetryPolicy(max_retries=3, base_s=0.01))
    with FakeLLM([(429, ""), (200, "hello")]) as llm:
        model.api_base = llm.api_base
        reply = model.complete([{"role": "user", "content": "hi"}], CallContext(task=bsearch, lang="dafny", sample=0, round=1))
        assert len(llm.requests) == 2
    assert reply.text == "hello" and reply.usage.retries == 1


def test_persistent_500_raises_unavailable(tmp_path, bsearch):
    model = LiteLLMModel("openai/scripted", retry=RetryPolicy(max_retries=2, base_s=0.01))
    with FakeLLM([(500, "")]) as llm:
        model.api_base = llm.api_base
        with pytest.raises(ModelUnavailable):
            model.complete([{"role": "user", "content": "hi"}], CallContext(task=bsearch, lang="dafny", sample=0, round=1))
        assert len(llm.requests) == 3


@requires_dafny
def test_outage_is_error_not_fail_and_resumes(tmp_path, bsearch):
    with FakeLLM([(500, "")]) as llm:
        summary = run_eval(config(tmp_path, llm.api_base, bsearch, infra_retries=0))
        assert summary.unfinished == 1 and summary.failed == 0 and summary.passed == 0
        attempts = RunStore(tmp_path / "results", summary.run_id).attempts()
        assert [a.status.value for a in attempts] == ["ERROR"] and not attempts[0].final
        # the API is back: the same command resumes the unfinished key and scores it
        llm.script = [(200, right(bsearch))]
        again = run_eval(config(tmp_path, llm.api_base, bsearch, infra_retries=0))
    assert again.passed == 1 and again.skipped == 0
    from runners.report import build_rows

    row = build_rows(tmp_path / "results")[0]
    assert row.keys == 1 and row.pass_final == 1.0 and row.errors == 1


@requires_dafny
@pytest.mark.parametrize("backlog, calls_before_first_verdict", [(2, 5), (0, 3)])
def test_model_calls_go_on_while_replies_wait_for_the_verifier(tmp_path, bsearch, backlog, calls_before_first_verdict):
    """Two model workers, one verifier, five keys. With a backlog of two, all five requests are
    made while the first reply is still being verified (0.3 s replies, a Dafny run takes longer);
    without one, the keys waiting for the verifier hold every thread and the model side idles."""
    results = tmp_path / "results"
    seen_empty_store = []

    def responder(body):
        store_files = list(results.glob("*/attempts.jsonl"))
        seen_empty_store.append(not any(f.stat().st_size for f in store_files))
        return (200, right(bsearch))

    with FakeLLM(responder=responder, delay_s=0.3) as llm:
        summary = run_eval(config(tmp_path, llm.api_base, bsearch, rounds=1, samples=5, model_workers=2,
                                  verifier_workers=1, reply_backlog=backlog))
    assert summary.passed == 5
    assert sum(seen_empty_store) == calls_before_first_verdict, seen_empty_store


def test_a_bad_model_is_reported_by_the_background_check():
    from runners.models import ModelCheck, ModelConfigError

    with pytest.raises(ModelConfigError, match="litellm does not know"):
        ModelCheck("no-such-provider-xyz/model", None).result()
    ModelCheck("oracle", None).result()
