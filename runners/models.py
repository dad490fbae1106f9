"""Models: litellm for every hosted or local API, plus the offline `oracle` and `replay:<jsonl>`.

The only module that talks to the network. LiteLLMModel retries rate limits, timeouts, connection
failures and 5xx answers with exponential backoff, counts tokens and cost per call, and keeps an
on-disk response cache keyed by model, messages and parameters, so a re-run costs nothing. A call
that still fails raises ModelUnavailable: the loop records it as ERROR, never as the model's FAIL.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import threading
import time
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, Field

from runners.langinfo import language_info

# litellm would otherwise fetch its price table from the internet at import time.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
from runners.tasks import Task


class ModelUnavailable(RuntimeError):
    """The model could not answer (outage, exhausted retries, bad configuration): infrastructure."""


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
        return Reply(text=f"```{info.fence}\n{body}```\n")


class ReplayModel:
    """Replays recorded replies from a JSONL file: {"task", "lang", "round", "response"[, "sample"]}."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.name = f"replay:{self.path}"
        self.replies: dict[tuple[str, str, int, int | None], str] = {}
        for number, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                key = (row["task"], row["lang"], int(row["round"]), row.get("sample"))
                self.replies[key] = row["response"]
            except (ValueError, KeyError) as exc:
                raise ValueError(f"{self.path}:{number}: a replay line needs task, lang, round and response ({exc})") from exc

    def params(self) -> dict[str, Any]:
        digest = hashlib.sha256(self.path.read_bytes()).hexdigest()[:16]
        return {"replay_sha256": digest}

    def complete(self, messages: list[dict[str, str]], ctx: CallContext) -> Reply:
        for key in ((ctx.task.id, ctx.lang, ctx.round, ctx.sample), (ctx.task.id, ctx.lang, ctx.round, None)):
            if key in self.replies:
                return Reply(text=self.replies[key])
        raise ModelUnavailable(f"{self.path} has no reply for {ctx.task.id}/{ctx.lang} round {ctx.round} sample {ctx.sample}")


class ResponseCache:
    """One JSON file per call, named by the hash of everything that determines the answer."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._lock = threading.Lock()

    @staticmethod
    def key(model: str, messages: list[dict[str, str]], params: dict[str, Any], sample: int) -> str:
        blob = json.dumps({"model": model, "messages": messages, "params": params, "sample": sample}, sort_keys=True)
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
        tmp.write_text(reply.model_dump_json(), encoding="utf-8")
        os.replace(tmp, path)


class RetryPolicy(BaseModel):
    max_retries: int = 6
    base_s: float = 1.0
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
    def __init__(self, name: str, *, api_base: str | None = None, temperature: float | None = 0.0,
                 max_tokens: int = 4096, timeout_s: float = 600.0, cache_dir: Path | None = None,
                 retry: RetryPolicy | None = None, extra: dict[str, Any] | None = None):
        self.name = name
        self.api_base = api_base
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.timeout_s = timeout_s
        self.extra = extra or {}
        self.cache = ResponseCache(cache_dir) if cache_dir else None
        self.retry = retry or RetryPolicy()

    def params(self) -> dict[str, Any]:
        p: dict[str, Any] = {"temperature": self.temperature, "max_tokens": self.max_tokens, **self.extra}
        if self.api_base:
            p["api_base"] = self.api_base
        return p

    def complete(self, messages: list[dict[str, str]], ctx: CallContext) -> Reply:
        # The endpoint is not part of the key: the same model behind another port answers the same.
        sampling = {k: v for k, v in self.params().items() if k != "api_base"}
        key = ResponseCache.key(self.name, messages, sampling, ctx.sample)
        if self.cache and (hit := self.cache.get(key)) is not None:
            return Reply(text=hit.text, usage=hit.usage.model_copy(update={"cached": True, "latency_s": 0.0}))
        reply = self._call_with_retries(messages)
        if self.cache:
            self.cache.put(key, reply)
        return reply

    def _call_with_retries(self, messages: list[dict[str, str]]) -> Reply:
        last: Exception | None = None
        for attempt in range(self.retry.max_retries + 1):
            try:
                reply = self._call(messages)
                reply.usage.retries = attempt
                return reply
            except Exception as exc:  # litellm raises many types; sort them by transience
                last = exc
                if not _is_transient(exc) or attempt == self.retry.max_retries:
                    break
                time.sleep(self.retry.delay(attempt, _retry_after(exc)))
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
        text = response.choices[0].message.content or ""
        usage = getattr(response, "usage", None)
        try:
            cost = float(litellm.completion_cost(completion_response=response))
        except Exception:  # no price known for this model
            cost = None
        return Reply(text=text, usage=Usage(prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
                                            completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
                                            cost_usd=cost, latency_s=latency))


def make_model(spec: str, *, api_base: str | None = None, temperature: float | None = 0.0, max_tokens: int = 4096,
               cache_dir: Path | None = None, timeout_s: float = 600.0, retry: RetryPolicy | None = None) -> Model:
    """`oracle`, `replay:<file.jsonl>`, or any litellm model string."""
    if spec == "oracle":
        return OracleModel()
    if spec.startswith("replay:"):
        return ReplayModel(Path(spec.removeprefix("replay:")))
    return LiteLLMModel(spec, api_base=api_base, temperature=temperature, max_tokens=max_tokens,
                        cache_dir=cache_dir, timeout_s=timeout_s, retry=retry)
