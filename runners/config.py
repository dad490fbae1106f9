"""Every default of a run, written once: the CLI's flags, the library (`EvalConfig`) and the
Makefile (`python -m runners config --get NAME`) all read them from here.

Each field carries its description (the flag's help text) and its bounds; a value outside them
is a configuration error that `preflight` reports in one line before anything is called or
written. `flag` in a field's extra data names the command-line flag that sets it.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from runners.defaults import DEFAULT_TIME_LIMIT_S, DEFAULT_WALL_S

RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def _flag(name: str, **extra: Any) -> dict[str, Any]:
    return {"flag": name, **extra}


class VerifierConfig(BaseModel):
    """Where and how long a verifier runs: shared by eval, check and check-tasks."""

    backend: str = Field("auto", description="where verifiers run (auto: docker when the engine and the image are "
                                             "there, else local; resolved once per run and recorded)",
                         json_schema_extra=_flag("--backend"))
    time_limit_s: int = Field(DEFAULT_TIME_LIMIT_S, ge=1, description="verifier's own per-obligation time limit, seconds",
                              json_schema_extra=_flag("--time-limit"))
    wall_s: float = Field(DEFAULT_WALL_S, gt=0, description="wall-clock limit per verification, seconds (a kill is ERROR)",
                          json_schema_extra=_flag("--wall"))

    @field_validator("backend")
    @classmethod
    def _known_backend(cls, value: str) -> str:
        from runners.backends import BACKENDS

        if value not in BACKENDS:
            raise ValueError(f"unknown backend {value!r}; choose from {', '.join(BACKENDS)}")
        return value


class EvalConfig(VerifierConfig):
    """One evaluation run (`vericode eval`, `make eval`)."""

    # Built on first validation: `check` reads this module for VerifierConfig and never needs it.
    model_config = ConfigDict(defer_build=True)

    model: str = Field("oracle", min_length=1, description="oracle, replay:<file.jsonl>, or any litellm model string",
                       json_schema_extra=_flag("--model"))
    langs: list[str] = Field(["dafny"], min_length=1, description="languages to evaluate",
                             json_schema_extra=_flag("--langs"))
    rounds: int = Field(5, ge=1, description="rounds per key, the first included", json_schema_extra=_flag("--rounds"))
    samples: int = Field(1, ge=1, description="independent samples per task (pass@k)",
                         json_schema_extra=_flag("--samples"))
    tasks: list[str] | None = Field(None, description="task ids (default: the stable tasks)",
                                    json_schema_extra=_flag("--tasks"))
    tasks_dir: Path = Field(Path("tasks"), description="folder of task folders", json_schema_extra=_flag("--tasks-dir"))
    results_dir: Path = Field(Path("results"), description="where runs are written (results/<run_id>/)",
                              json_schema_extra=_flag("--results"))
    run_id: str | None = Field(None, description="default: derived from the model, its parameters, the rounds and "
                                                 "the prompts, so the same command resumes",
                               json_schema_extra=_flag("--run-id"))
    api_base: str | None = Field(None, description="base URL of an OpenAI-compatible server (env VERICODE_API_BASE)",
                                 json_schema_extra=_flag("--api-base"))
    temperature: float | None = Field(0.0, ge=0, le=2, description="sampling temperature",
                                      json_schema_extra=_flag("--temperature"))
    max_tokens: int = Field(4096, ge=1, description="reply length limit, tokens (a reply cut there is FAIL/truncated)",
                            json_schema_extra=_flag("--max-tokens"))
    timeout_s: float = Field(120.0, gt=0, description="limit of one model request, seconds",
                             json_schema_extra=_flag("--timeout"))
    max_retries: int = Field(4, ge=0, le=20, description="retries of rate limits, timeouts and 5xx per model call",
                             json_schema_extra=_flag("--max-retries"))
    retry_base_s: float = Field(1.0, ge=0, description="first back-off delay of a model call, seconds (doubles)",
                                json_schema_extra=_flag("--retry-base"))
    infra_retries: int = Field(2, ge=0, le=10, description="in-run retries of a round that ended in an "
                                                           "infrastructure ERROR", json_schema_extra=_flag("--infra-retries"))
    infra_retry_base_s: float = Field(5.0, ge=0, description="first back-off before an in-run ERROR retry, seconds",
                                      json_schema_extra=_flag("--infra-retry-base"))
    model_workers: int = Field(8, ge=1, description="concurrent model calls", json_schema_extra=_flag("--model-workers"))
    verifier_workers: int = Field(os.cpu_count() or 2, ge=1, description="concurrent verifier processes",
                                  json_schema_extra=_flag("--verifier-workers"))
    reply_backlog: int | None = Field(None, ge=0, description="replies that may wait for a verifier while "
                                      "--model-workers calls stay in flight (default: --model-workers); bounds memory",
                                      json_schema_extra=_flag("--reply-backlog"))
    cache_dir: Path | None = Field(Path(".cache/responses"), description="on-disk reply cache (None: no cache)",
                                   json_schema_extra=_flag("--cache-dir"))
    max_cost: float | None = Field(None, gt=0, description="stop starting model calls once this many US$ are spent "
                                                           "(in-flight work finishes)", json_schema_extra=_flag("--max-cost"))
    limit: int | None = Field(None, ge=1, description="run at most N (task, lang, sample) keys, the first in order",
                              json_schema_extra=_flag("--limit"))
    dry_run: bool = Field(False, description="print the keys, calls, tokens and cost a run would take; call nothing",
                          json_schema_extra=_flag("--dry-run"))
    allow_mixed: bool = Field(False, description="resume even if the verifier, backend or a task changed since the "
                                                 "run began (recorded per attempt)", json_schema_extra=_flag("--allow-mixed"))
    fidelity: bool = Field(default_factory=lambda: os.environ.get("VERICODE_FIDELITY", "1") != "0",
                           description="after a PASS, measure whether the attempt has the named algorithm's "
                                       "cost growth (Dafny, Verus: compiled and run; Lean: not_checked); "
                                       "VERICODE_FIDELITY=0 turns the default off",
                           json_schema_extra=_flag("--fidelity"))
    ray_address: str | None = Field(default_factory=lambda: os.environ.get("RAY_ADDRESS") or None,
                                    description="--backend ray: the cluster to join (env RAY_ADDRESS; default: a "
                                                "one-node Ray on 127.0.0.1 started by the run)",
                                    json_schema_extra=_flag("--ray-address"))
    progress_bar: bool = Field(True, description="show a progress bar (--quiet turns it off)",
                               json_schema_extra=_flag("--quiet"))

    @field_validator("run_id")
    @classmethod
    def _plain_run_id(cls, value: str | None) -> str | None:
        if value is not None and (not RUN_ID.match(value) or ".." in value):
            raise ValueError(f"{value!r} is not a plain folder name (letters, digits, '.', '_', '-'; "
                             "no '/', no '..', not absolute)")
        return value

    @field_validator("langs")
    @classmethod
    def _known_langs(cls, value: list[str]) -> list[str]:
        from runners.langinfo import LANGUAGES

        unknown = [v for v in value if v not in LANGUAGES]
        if unknown:
            raise ValueError(f"unknown language {', '.join(unknown)}; choose from {', '.join(LANGUAGES)}")
        return list(dict.fromkeys(value))


class CheckTasksConfig(VerifierConfig):
    model_config = ConfigDict(defer_build=True)
    workers: int = Field(os.cpu_count() or 2, ge=1, description="concurrent checks",
                         json_schema_extra=_flag("--workers"))


class ConfigError(ValueError):
    """A setting the run cannot start with; the message is one line naming the flag and the fix."""


def flag_of(model: type[BaseModel], field: str) -> str:
    extra = model.model_fields[field].json_schema_extra
    return extra.get("flag", field) if isinstance(extra, dict) else field


def one_line(exc: ValidationError, model: type[BaseModel]) -> str:
    """The first validation problem as `--flag: problem (got value)`."""
    err = exc.errors()[0]
    field = str(err["loc"][0]) if err.get("loc") else ""
    where = flag_of(model, field) if field in model.model_fields else field or "config"
    message = str(err["msg"]).removeprefix("Value error, ")
    return f"{where}: {message} (got {err.get('input')!r})"


def build(cls: type[BaseModel], /, **values: Any):
    """Construct a config, turning a validation failure into a ConfigError."""
    try:
        return cls(**values)
    except ValidationError as exc:
        raise ConfigError(one_line(exc, cls)) from None


def default(model: type[BaseModel], field: str) -> Any:
    return model.model_fields[field].get_default(call_default_factory=True)


def describe(model: type[BaseModel] = EvalConfig) -> list[tuple[str, str, Any, str]]:
    """(field, flag, default, description) for every field: `vericode config` and `make help`."""
    return [(name, flag_of(model, name), default(model, name), info.description or "")
            for name, info in model.model_fields.items()]


# Task sets: a name for a folder of task folders (`--task-set NAME`, `make eval TASKSET=NAME`). Which
# statuses a folder runs by default is the folder's own (runners/tasks.default_statuses): the
# stable tasks of tasks/, the imported ones of tasks-algoveri/ (`make import-algoveri` writes it).
TASKSETS: dict[str, Path] = {"default": Path("tasks"), "algoveri": Path("tasks-algoveri")}


def taskset_dir(name: str) -> Path:
    if name not in TASKSETS:
        raise ConfigError(f"--task-set: unknown task set {name!r}; choose from {', '.join(TASKSETS)}")
    folder = TASKSETS[name]
    if not folder.is_dir():
        hint = " (run `make import-algoveri SRC=<checkout>` first)" if name == "algoveri" else ""
        raise ConfigError(f"--task-set {name}: {folder}/ does not exist{hint}")
    return folder


def taskset_results(name: str, results: Path) -> Path:
    """Runs of another task set go to results/<name>/ (unless --results names a folder), so a run
    id, which does not depend on the tasks, never mixes two sets and our tables never count them."""
    if name == "default" or Path(results) != default(EvalConfig, "results_dir"):
        return Path(results)
    return Path(results) / name
