"""Before a run: what it would be and whether it can be.

`preflight` refuses, before any call or write, a configuration that cannot work (ConfigError,
one line); `estimate` is `--dry-run`'s forecast of keys, calls, tokens and cost from litellm's
prices; `default_run_id` names a run by everything that shapes its results, so the same command
resumes it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

from pydantic import BaseModel

from runners.config import ConfigError, EvalConfig
from runners.models import Model, ModelCheck, ModelConfigError, RetryPolicy, make_model
from runners.prompts import template_hashes
from runners.store import Key, RunStore, progress
from runners.tasks import Task, discover


class Estimate(BaseModel):
    run_id: str
    keys: int
    todo: int
    calls_min: int  # every key passes in its next round
    calls_max: int  # every key uses all its rounds
    prompt_tokens_min: int
    prompt_tokens_max: int
    completion_tokens_max: int
    cost_min_usd: float | None
    cost_max_usd: float | None


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")[:60] or "model"


def default_run_id(cfg: EvalConfig, model: Model) -> str:
    """Stable for the same command, so re-running it resumes; differs when results would differ
    (model and every parameter, rounds, and everything that shapes a prompt)."""
    identity = {"model": model.name, "params": model.params(), "rounds": cfg.rounds, "prompts": template_hashes()}
    digest = hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:8]
    return f"{_slug(model.name)}-r{cfg.rounds}-{digest}"


# -- preflight ------------------------------------------------------------------------------------

def _check_writable(folder: Path) -> None:
    """Probe (create and remove a file) the folder, or its nearest existing ancestor."""
    probe_dir = Path(folder).absolute()
    while not probe_dir.exists() and probe_dir != probe_dir.parent:
        probe_dir = probe_dir.parent
    if not probe_dir.is_dir():
        raise ConfigError(f"--results {folder}: {probe_dir} is not a folder")
    try:
        fd, name = tempfile.mkstemp(prefix=".vericode-probe-", dir=probe_dir)
        os.close(fd)
        os.unlink(name)
    except OSError as exc:
        raise ConfigError(f"--results {folder}: cannot write in {probe_dir} ({exc.strerror or exc}); "
                          "choose a writable folder with --results") from None


def start_model_check(cfg: EvalConfig) -> ModelCheck:
    """The model's checks, started in the background (they import litellm); see `model_ready`."""
    return ModelCheck(cfg.model, cfg.api_base, need_price=cfg.max_cost is not None)


def model_ready(check: ModelCheck) -> None:
    """Wait for the background model check; ConfigError with its one line if it failed."""
    try:
        check.result()
    except ModelConfigError as exc:
        raise ConfigError(str(exc)) from None


def preflight(cfg: EvalConfig, model_check: ModelCheck | None = None) -> list[Task]:
    """Everything that can be checked before a call: ConfigError/TaskError with one line otherwise.
    With `model_check` (already started) the model's checks are left to the caller's `model_ready`,
    so the litellm import overlaps the rest of start-up; without it they run here."""
    if not Path(cfg.tasks_dir).is_dir():
        raise ConfigError(f"--tasks-dir {cfg.tasks_dir}: no such folder")
    if model_check is None:
        model_ready(start_model_check(cfg))
    if cfg.backend == "ray":
        from runners.ray_backend import RayUnavailable, require_ray

        try:
            require_ray()
        except RayUnavailable as exc:
            raise ConfigError(str(exc)) from None
    tasks = discover(cfg.tasks_dir, cfg.tasks)
    if not _all_keys(tasks, cfg.langs, cfg.samples):
        raise ConfigError(f"no selected task has a version in {', '.join(cfg.langs)}; check --tasks and --langs")
    _check_writable(cfg.results_dir)
    return tasks


def _model(cfg: EvalConfig) -> Model:
    try:
        return make_model(cfg.model, api_base=cfg.api_base, temperature=cfg.temperature, max_tokens=cfg.max_tokens,
                          cache_dir=cfg.cache_dir, timeout_s=cfg.timeout_s,
                          retry=RetryPolicy(max_retries=cfg.max_retries, base_s=cfg.retry_base_s))
    except ModelConfigError as exc:
        raise ConfigError(str(exc)) from None


def _all_keys(tasks: list[Task], langs: list[str], samples: int) -> list[tuple[Task, Key]]:
    return [(t, Key(task=t.id, lang=lang, sample=s)) for t in tasks for lang in langs if lang in t.languages
            for s in range(samples)]


def _selected(cfg: EvalConfig, keys: list[tuple[Task, Key]]) -> list[tuple[Task, Key]]:
    return keys[: cfg.limit] if cfg.limit else keys


# -- dry run --------------------------------------------------------------------------------------

def estimate(cfg: EvalConfig) -> Estimate:
    """What the run would take (keys, calls, tokens, $ from litellm's prices); calls and writes nothing."""
    from runners.languages import get_language
    from runners.loop import conversation

    tasks = preflight(cfg)
    model = _model(cfg)
    run_id = cfg.run_id or default_run_id(cfg, model)
    store = RunStore(cfg.results_dir, run_id)
    finished, partial = progress(store.attempts())
    keys = _selected(cfg, _all_keys(tasks, cfg.langs, cfg.samples))
    todo = [(t, k) for t, k in keys if k not in finished]
    first_prompt: dict[tuple[str, str], int] = {}
    p_min = p_max = c_max = calls_min = calls_max = 0
    for task, key in todo:
        done = len(partial.get(key, []))
        if (task.id, key.lang) not in first_prompt:
            messages = conversation(task, key.lang, cfg.rounds, [], get_language(key.lang).render(task))
            first_prompt[(task.id, key.lang)] = _count_tokens(model.name, messages)
        base = first_prompt[(task.id, key.lang)]
        left = cfg.rounds - done
        calls_min += 1
        calls_max += left
        # round r's prompt carries the r-1 earlier replies (at most max_tokens each) and repair prompts
        p_min += base + done * cfg.max_tokens
        p_max += sum(base + (done + r) * (cfg.max_tokens + base // 2) for r in range(left))
        c_max += left * cfg.max_tokens
    cost_min = _price(model.name, p_min, 0)
    cost_max = _price(model.name, p_max, c_max)
    return Estimate(run_id=run_id, keys=len(keys), todo=len(todo), calls_min=calls_min, calls_max=calls_max,
                    prompt_tokens_min=p_min, prompt_tokens_max=p_max, completion_tokens_max=c_max,
                    cost_min_usd=cost_min, cost_max_usd=cost_max)


def _count_tokens(model: str, messages: list[dict[str, str]]) -> int:
    try:
        import litellm

        return int(litellm.token_counter(model=model, messages=messages))
    except Exception:
        return sum(len(m["content"]) for m in messages) // 4  # ~4 characters a token


def _price(model: str, prompt_tokens: int, completion_tokens: int) -> float | None:
    if model == "oracle" or model.startswith("replay:"):
        return 0.0
    try:
        import litellm

        p, c = litellm.cost_per_token(model=model, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens)
        return float(p + c)
    except Exception:
        return None
