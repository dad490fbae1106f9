"""The model boundary against a real HTTP server and litellm's real client: cache keys, invalid
UTF-8, truncation, context overflow, request time-outs and visible retries."""

import time

import pytest

from runners.models import (CallContext, ContextOverflow, LiteLLMModel, ModelUnavailable, ResponseCache, RetryPolicy,
                            valid_utf8)
from tests.fake_llm import FakeLLM

HI = [{"role": "user", "content": "hi"}]


@pytest.fixture
def ctx(bsearch):
    return CallContext(task=bsearch, lang="dafny", sample=0, round=1)


def test_two_servers_under_one_model_name_do_not_share_cached_answers(tmp_path, ctx):
    """Defect 1: the cache ignored --api-base, so the second server's run reused the first's replies."""
    with FakeLLM([(200, "from server A")]) as a, FakeLLM([(200, "from server B")]) as b:
        first = LiteLLMModel("openai/same-name", api_base=a.api_base, cache_dir=tmp_path)
        second = LiteLLMModel("openai/same-name", api_base=b.api_base, cache_dir=tmp_path)
        assert first.complete(HI, ctx).text == "from server A"
        assert second.complete(HI, ctx).text == "from server B"
        assert len(a.requests) == 1 and len(b.requests) == 1
        again = first.complete(HI, ctx)  # the same server again: served from the cache
        assert again.text == "from server A" and again.usage.cached and len(a.requests) == 1


def test_every_parameter_and_the_whole_conversation_are_in_the_cache_key():
    base = ResponseCache.key("m", HI, {"temperature": 0.0, "max_tokens": 10}, 0)
    assert base != ResponseCache.key("m", HI, {"temperature": 0.0, "max_tokens": 11}, 0)
    assert base != ResponseCache.key("m", HI, {"temperature": 0.0, "max_tokens": 10, "top_p": 0.9}, 0)
    assert base != ResponseCache.key("m", [{"role": "system", "content": "x"}, *HI],
                                     {"temperature": 0.0, "max_tokens": 10}, 0)
    assert base != ResponseCache.key("m", HI, {"temperature": 0.0, "max_tokens": 10}, 1)
    model = LiteLLMModel("openai/x", api_base="http://h:1/v1", max_tokens=7, extra={"top_p": 0.5})
    assert model.params() == {"temperature": 0.0, "max_tokens": 7, "top_p": 0.5, "api_base": "http://h:1/v1"}


def test_a_lone_surrogate_in_a_reply_is_escaped_at_the_boundary(tmp_path, ctx):
    """Defect 3: `\\ud800` in a reply crashed the whole eval when the line was written."""
    with FakeLLM([(200, "before \ud800 after")]) as llm:
        reply = LiteLLMModel("openai/scripted", api_base=llm.api_base, cache_dir=tmp_path).complete(HI, ctx)
    assert reply.text == "before \\ud800 after" and reply.escaped
    reply.text.encode("utf-8")  # would raise before
    assert valid_utf8("plain") == ("plain", False)


def test_finish_reason_length_is_reported_as_truncated(ctx):
    with FakeLLM([(200, "```dafny\n// <vc:code>\n  i := ", "length")]) as llm:
        reply = LiteLLMModel("openai/scripted", api_base=llm.api_base).complete(HI, ctx)
    assert reply.truncated and reply.finish_reason == "length"


def test_context_overflow_is_its_own_outcome_not_an_outage(ctx):
    """Defect 4: an overflow was an ERROR retried forever; it is the model's, raised as ContextOverflow."""
    message = ("This model's maximum context length is 8192 tokens. However, your messages resulted in 9100 tokens. "
               "Please reduce the length of the messages.")
    with FakeLLM([(400, "", message)]) as llm:
        model = LiteLLMModel("openai/scripted", api_base=llm.api_base, retry=RetryPolicy(max_retries=3, base_s=0.01))
        with pytest.raises(ContextOverflow):
            model.complete(HI, ctx)
        assert len(llm.requests) == 1  # not retried


def test_request_timeout_is_configurable_and_retries_are_reported(ctx):
    """Defect 9: a fixed 600 s time-out with silent retries; now --timeout bounds each request."""
    seen: list[str] = []
    with FakeLLM([(200, "late")], delay_s=3.0) as llm:
        model = LiteLLMModel("openai/scripted", api_base=llm.api_base, timeout_s=0.5,
                             retry=RetryPolicy(max_retries=1, base_s=0.01))
        model.on_retry = seen.append
        start = time.monotonic()
        with pytest.raises(ModelUnavailable):
            model.complete(HI, ctx)
        elapsed = time.monotonic() - start
    assert elapsed < 2.9, elapsed
    assert len(seen) == 1 and "retry 1/1" in seen[0]
