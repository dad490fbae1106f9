"""Models: litellm for every hosted or local API, plus the offline `oracle` and `replay:<jsonl>`.

The only module that talks to the network. LiteLLMModel retries rate limits, timeouts, connection
failures and 5xx answers with exponential backoff, counts tokens and cost per call, and keeps an
on-disk response cache keyed by everything that can change an answer (model, endpoint, every
parameter, the full message list, the sample), so a re-run costs nothing. A call that still fails
raises ModelUnavailable: the loop records it as ERROR, never as the model's FAIL. A prompt the
model's context window cannot hold raises ContextOverflow: the conversation grew with the model's
own replies, so the loop scores it as the model's FAIL (`truncated`), like a reply cut off at
max_tokens (`Reply.truncated`).

Replies are made valid UTF-8 here, at the boundary: a lone surrogate (which a JSON API can send
as `\\ud800`) is recorded as that escape text, so nothing downstream can fail to encode it.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import threading
import time
from pathlib import Path
from typing import Any, Callable, Protocol

from pydantic import BaseModel, Field

from runners.config import EvalConfig, default
from runners.langinfo import language_info

# litellm would otherwise fetch its price table from the internet at import time.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
from runners.tasks import Task


class ModelUnavailable(RuntimeError):
    """The model could not answer (outage, exhausted retries): infrastructure."""


class ContextOverflow(RuntimeError):
    """The conversation no longer fits the model's context window: the model's failure, not ours."""


class ModelConfigError(ValueError):
    """A model setting that can never work (unknown model string, missing key, bad replay file)."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_utf8(text: str) -> tuple[str, bool]:
    """`text` with every lone surrogate replaced by its escape (`\\ud800`), and whether any was."""
    if not _SURROGATE.search(text):
        return text, False
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text), True


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None  # None when litellm has no price for the model
    latency_s: float = 0.0
    cached: bool = False
    retries: int = 0


class Reply(BaseModel):
    text: str
    usage: Usage = Field(default_factory=Usage)
    finish_reason: str | None = None  # as the API reported it; "length" = cut off at max_tokens
    escaped: bool = False  # the reply held invalid code points, recorded as escapes

    @property
    def truncated(self) -> bool:
        return self.finish_reason == "length"


class CallContext(BaseModel):
    """Which attempt a call belongs to: offline models answer by it, caches keep samples apart."""

    task: Task
    lang: str
    sample: int
    round: int

    model_config = {"arbitrary_types_allowed": True}


class Model(Protocol):
    name: str

    def params(self) -> dict[str, Any]: ...

    def complete(self, messages: list[dict[str, str]], ctx: CallContext) -> Reply: ...


class OracleModel:
    """Answers with the task's reference regions: the harness's own end-to-end check."""

    name = "oracle"

    def params(self) -> dict[str, Any]:
        return {}

    def complete(self, messages: list[dict[str, str]], ctx: CallContext) -> Reply:
        files = ctx.task.files(ctx.lang)
        info = language_info(ctx.lang)
        body = "".join(
            f"{info.comment} <vc:{name}>\n{text}{'' if text.endswith(chr(10)) or not text else chr(10)}{info.comment} </vc:{name}>\n"
            for name, text in files.reference_regions.items()
        )
        return Reply(text=f"```{info.fence}\n{body}```\n", usage=Usage(cost_usd=0.0))


class ReplayModel:
    """Replays recorded replies from a JSONL file: {"task", "lang", "round", "response"[, "sample"]}."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.name = f"replay:{self.path}"
        self.replies: dict[tuple[str, str, int, int | None], str] = {}
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ModelConfigError(f"replay file {self.path}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise ModelConfigError(f"replay file {self.path} is not UTF-8 text (JSON lines expected)") from None
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                key = (row["task"], row["lang"], int(row["round"]), row.get("sample"))
                self.replies[key] = str(row["response"])
            except (ValueError, KeyError, TypeError) as exc:
                raise ModelConfigError(f"{self.path}:{number}: a replay line needs task, lang, round and response "
                                       f"({type(exc).__name__}: {exc})") from None
        if not self.replies:
            raise ModelConfigError(f"replay file {self.path} holds no replies "
                                   '(one JSON object per line: {"task", "lang", "round", "response"})')

    def params(self) -> dict[str, Any]:
        digest = hashlib.sha256(self.path.read_bytes()).hexdigest()[:16]
        return {"replay_sha256": digest}

    def complete(self, messages: list[dict[str, str]], ctx: CallContext) -> Reply:
        for key in ((ctx.task.id, ctx.lang, ctx.round, ctx.sample), (ctx.task.id, ctx.lang, ctx.round, None)):
            if key in self.replies:
                text, escaped = valid_utf8(self.replies[key])
                return Reply(text=text, escaped=escaped, usage=Usage(cost_usd=0.0))
        raise ModelUnavailable(f"{self.path} has no reply for {ctx.task.id}/{ctx.lang} round {ctx.round} sample {ctx.sample}")


def _D(field: str) -> Any:
    """The default of a run setting, from runners/config.py."""
    return default(EvalConfig, field)


class ResponseCache:
    """One JSON file per call, named by the hash of everything that determines the answer."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._lock = threading.Lock()

    @staticmethod
    def key(model: str, messages: list[dict[str, str]], params: dict[str, Any], sample: int) -> str:
        """`params` must hold every request parameter, the endpoint (api_base) included: two servers
        answering under one model name (vLLM, llama.cpp) are two different models."""
        blob = json.dumps({"model": model, "messages": messages, "params": params, "sample": sample}, sort_keys=True,
                          ensure_ascii=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> Reply | None:
        path = self._path(key)
        if not path.exists():
            return None
        try:
            return Reply.model_validate_json(path.read_text(encoding="utf-8"))
        except ValueError:
            return None  # a torn write from a killed run: treat as a miss

    def put(self, key: str, reply: Reply) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            tmp.write_text(reply.model_dump_json(), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:  # a full disk costs the cache entry, never the run
            tmp.unlink(missing_ok=True)


class RetryPolicy(BaseModel):
    max_retries: int = Field(default_factory=lambda: _D("max_retries"))
    base_s: float = Field(default_factory=lambda: _D("retry_base_s"))
    max_s: float = 60.0

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return min(retry_after, self.max_s)
        return min(self.max_s, self.base_s * 2**attempt) * (0.5 + random.random() / 2)


def _retry_after(exc: Exception) -> float | None:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None) or {}
    try:
        value = headers.get("retry-after") or headers.get("Retry-After")
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _is_transient(exc: Exception) -> bool:
    import litellm

    transient = (litellm.RateLimitError, litellm.Timeout, litellm.APIConnectionError,
                 litellm.InternalServerError, litellm.ServiceUnavailableError)
    if isinstance(exc, transient):
        return True
    status = getattr(exc, "status_code", None)
    return isinstance(status, int) and (status == 429 or status >= 500)


class LiteLLMModel:
    def __init__(self, name: str, *, api_base: str | None = None, temperature: float | None = _D("temperature"),
                 max_tokens: int = _D("max_tokens"), timeout_s: float = _D("timeout_s"), cache_dir: Path | None = None,
                 retry: RetryPolicy | None = None, extra: dict[str, Any] | None = None):
        self.name = name
        self.api_base = api_base
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.timeout_s = timeout_s
        self.extra = extra or {}
        self.cache = ResponseCache(cache_dir) if cache_dir else None
        self.retry = retry or RetryPolicy()
        self.on_retry: Callable[[str], None] | None = None  # told each retry (progress bar)
        self.stop: threading.Event | None = None  # set: no further retries, give up now

    def params(self) -> dict[str, Any]:
        """Every request parameter that can change an answer, the endpoint included."""
        p: dict[str, Any] = {"temperature": self.temperature, "max_tokens": self.max_tokens, **self.extra}
        if self.api_base:
            p["api_base"] = self.api_base
        return p

    def complete(self, messages: list[dict[str, str]], ctx: CallContext) -> Reply:
        key = ResponseCache.key(self.name, messages, self.params(), ctx.sample)
        if self.cache and (hit := self.cache.get(key)) is not None:
            return hit.model_copy(update={"usage": hit.usage.model_copy(update={"cached": True, "latency_s": 0.0})})
        reply = self._call_with_retries(messages)
        if self.cache:
            self.cache.put(key, reply)
        return reply

    def _call_with_retries(self, messages: list[dict[str, str]]) -> Reply:
        import litellm

        last: Exception | None = None
        for attempt in range(self.retry.max_retries + 1):
            try:
                reply = self._call(messages)
                reply.usage.retries = attempt
                return reply
            except litellm.ContextWindowExceededError as exc:
                raise ContextOverflow(f"{self.name}: the conversation exceeds the model's context window: "
                                      f"{str(exc)[:300]}") from exc
            except Exception as exc:  # litellm raises many types; sort them by transience
                last = exc
                if not _is_transient(exc) or attempt == self.retry.max_retries:
                    break
                delay = self.retry.delay(attempt, _retry_after(exc))
                if self.on_retry:
                    self.on_retry(f"{type(exc).__name__}, retry {attempt + 1}/{self.retry.max_retries} in {delay:.1f} s")
                if self.stop is not None and self.stop.wait(delay):
                    break
                if self.stop is None:
                    time.sleep(delay)
        kind = type(last).__name__ if last else "unknown"
        raise ModelUnavailable(f"{self.name}: {kind}: {str(last)[:300]}") from last

    def _call(self, messages: list[dict[str, str]]) -> Reply:
        import litellm

        litellm.suppress_debug_info = True  # its banner on every failed call would drown the progress bar

        kwargs: dict[str, Any] = {"model": self.name, "messages": messages, "max_tokens": self.max_tokens,
                                  "timeout": self.timeout_s, "num_retries": 0, "max_retries": 0, **self.extra}
        if self.temperature is not None:
            kwargs["temperature"] = self.temperature
        if self.api_base:
            kwargs["api_base"] = self.api_base
            if not any(os.environ.get(v) for v in ("OPENAI_API_KEY", "VERICODE_API_KEY")):
                kwargs["api_key"] = "EMPTY"  # local OpenAI-compatible servers (vLLM) need none
        if os.environ.get("VERICODE_API_KEY"):
            kwargs["api_key"] = os.environ["VERICODE_API_KEY"]
        start = time.monotonic()
        response = litellm.completion(**kwargs)
        latency = time.monotonic() - start
        choice = response.choices[0]
        text, escaped = valid_utf8(choice.message.content or "")
        usage = getattr(response, "usage", None)
        try:
            cost = float(litellm.completion_cost(completion_response=response))
        except Exception:  # no price known for this model
            cost = None
        return Reply(text=text, escaped=escaped, finish_reason=getattr(choice, "finish_reason", None),
                     usage=Usage(prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
                                 completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
                                 cost_usd=cost, latency_s=latency))


def make_model(spec: str, *, api_base: str | None = None, temperature: float | None = _D("temperature"),
               max_tokens: int = _D("max_tokens"), cache_dir: Path | None = None, timeout_s: float = _D("timeout_s"),
               retry: RetryPolicy | None = None) -> Model:
    """`oracle`, `replay:<file.jsonl>`, or any litellm model string."""
    if spec == "oracle":
        return OracleModel()
    if spec.startswith("replay:"):
        return ReplayModel(Path(spec.removeprefix("replay:")))
    return LiteLLMModel(spec, api_base=api_base, temperature=temperature, max_tokens=max_tokens,
                        cache_dir=cache_dir, timeout_s=timeout_s, retry=retry)


def check_model(spec: str, api_base: str | None) -> None:
    """Refuse, before any call, a model that can never answer: ModelConfigError with one line."""
    if not spec.strip():
        raise ModelConfigError("--model is empty; use oracle, replay:<file.jsonl> or a litellm model string "
                               "such as openai/gpt-4o-mini")
    if spec == "oracle":
        return
    if spec.startswith("replay:"):
        ReplayModel(Path(spec.removeprefix("replay:")))
        return
    import litellm

    litellm.suppress_debug_info = True
    try:
        _, provider, _, _ = litellm.get_llm_provider(spec, api_base=api_base)
    except Exception:
        raise ModelConfigError(f"--model {spec!r}: litellm does not know this provider/model; write it as "
                               "<provider>/<model>, e.g. openai/gpt-4o-mini or anthropic/claude-3-5-sonnet-20240620 "
                               "(openai/<name> with --api-base for an OpenAI-compatible server)") from None
    if api_base or os.environ.get("VERICODE_API_KEY"):
        return  # a local server needs no key; VERICODE_API_KEY is passed to any provider
    try:
        env = litellm.validate_environment(model=spec)
    except Exception:
        return  # litellm cannot tell for this provider; the first call will
    if not env.get("keys_in_environment", True) and env.get("missing_keys"):
        raise ModelConfigError(f"--model {spec}: no API key; set {' or '.join(env['missing_keys'])} "
                               "(or VERICODE_API_KEY)")


class ModelCheck:
    """`check_model` (and, for a budget, `price_known`) run in a background thread from start-up.

    For a litellm model the check imports litellm: about 3 s of CPU that would otherwise sit on
    the critical path before the first model call. Started first, it overlaps the run's other
    start-up work (task loading, verifier sandboxes, toolchain probes); `result()` waits for it
    and raises the ModelConfigError the check found, before anything is written or called."""

    def __init__(self, spec: str, api_base: str | None, need_price: bool = False):
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(spec, api_base, need_price),
                                         name="vericode-model-check", daemon=True)
        self._thread.start()

    def _run(self, spec: str, api_base: str | None, need_price: bool) -> None:
        try:
            check_model(spec, api_base)
            if need_price and not price_known(spec):
                raise ModelConfigError(f"--max-cost: litellm has no price for {spec}, so a budget cannot be kept; "
                                       "drop --max-cost or use a model litellm prices")
        except BaseException as exc:  # handed to the waiting thread, which raises it
            self._error = exc

    def result(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error


def price_known(spec: str) -> bool:
    """Whether litellm has a price for `spec` (a --max-cost budget needs one)."""
    if spec == "oracle" or spec.startswith("replay:"):
        return True
    import litellm

    try:
        litellm.cost_per_token(model=spec, prompt_tokens=1, completion_tokens=1)
        return True
    except Exception:
        return False
