"""One evaluation run: every (task, lang, sample) key through the repair loop, concurrently,
recorded as it happens and resumable by re-running the same command."""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from tqdm import tqdm

from runners import __version__
from runners.backends import BackendError, make_sandbox
from runners.loop import Gates, run_key
from runners.models import Model, RetryPolicy, make_model
from runners.prompts import template_hashes
from runners.sandbox import Limits
from runners.store import Attempt, Key, Manifest, RunStore, git_commit, progress
from runners.tasks import Task, TaskError, discover
from runners.verdict import Status
from runners.verify import Verifier


class EvalConfig(BaseModel):
    model: str = "oracle"
    langs: list[str] = ["dafny"]
    rounds: int = 5
    samples: int = 1
    tasks: list[str] | None = None
    tasks_dir: Path = Path("tasks")
    results_dir: Path = Path("results")
    run_id: str | None = None
    backend: str = "auto"
    api_base: str | None = None
    temperature: float | None = 0.0
    max_tokens: int = 4096
    model_workers: int = 8
    verifier_workers: int = os.cpu_count() or 2
    cache_dir: Path | None = Path(".cache/responses")
    time_limit_s: int = 30
    wall_s: float = 300.0
    max_retries: int = 6
    retry_base_s: float = 1.0
    progress_bar: bool = True


class RunSummary(BaseModel):
    run_id: str
    directory: Path
    keys: int
    skipped: int  # finished before this invocation
    passed: int
    failed: int
    cheated: int
    unfinished: int  # stopped by ERROR; a re-run retries them


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")[:60] or "model"


def default_run_id(cfg: EvalConfig, model: Model) -> str:
    """Stable for the same command, so re-running it resumes; differs when results would differ."""
    identity = {"model": model.name, "params": model.params(), "rounds": cfg.rounds, "prompts": template_hashes()}
    digest = hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:8]
    return f"{_slug(model.name)}-r{cfg.rounds}-{digest}"


def _check_compatible(old: Manifest, model: Model, cfg: EvalConfig, store: RunStore) -> None:
    if old.model != model.name or old.model_params != model.params() or old.rounds != cfg.rounds:
        raise TaskError(store.manifest_path, "model/params/rounds",
                        f"run {old.run_id} was made with {old.model} {old.model_params} rounds={old.rounds}",
                        "use the same settings to resume it, or pass a new --run-id")


def _manifest(cfg: EvalConfig, run_id: str, model: Model, tasks: list[Task], verifiers: dict[str, dict[str, Any]],
              old: Manifest | None) -> Manifest:
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    task_digests = dict(old.tasks) if old else {}
    task_digests.update({t.id: t.digest for t in tasks})
    return Manifest(run_id=run_id, created=old.created if old else now, harness_version=__version__,
                    harness_commit=git_commit(), model=model.name, model_params=model.params(), rounds=cfg.rounds,
                    samples=max(cfg.samples, old.samples if old else 0), langs=sorted(set(cfg.langs) | set(old.langs if old else [])),
                    tasks=task_digests, verifiers={**(old.verifiers if old else {}), **verifiers},
                    prompt_templates=template_hashes(), resumed=[*(old.resumed if old else []), *([now] if old else [])])


def _all_keys(tasks: list[Task], langs: list[str], samples: int) -> list[tuple[Task, Key]]:
    return [(t, Key(task=t.id, lang=lang, sample=s)) for t in tasks for lang in langs if lang in t.languages
            for s in range(samples)]


def run_eval(cfg: EvalConfig) -> RunSummary:
    tasks = discover(cfg.tasks_dir, cfg.tasks)
    model = make_model(cfg.model, api_base=cfg.api_base, temperature=cfg.temperature, max_tokens=cfg.max_tokens,
                       cache_dir=cfg.cache_dir, retry=RetryPolicy(max_retries=cfg.max_retries, base_s=cfg.retry_base_s))
    run_id = cfg.run_id or default_run_id(cfg, model)
    store = RunStore(cfg.results_dir, run_id)
    old = store.read_manifest()
    if old:
        _check_compatible(old, model, cfg, store)
    store.repair_torn_tail()

    verifiers: dict[str, Verifier] = {}
    verifier_info: dict[str, dict[str, Any]] = {}
    try:
        for lang in cfg.langs:
            sandbox, info = make_sandbox(lang, cfg.backend, workers=cfg.verifier_workers)
            verifiers[lang] = Verifier(lang, sandbox, Limits(wall_s=cfg.wall_s), time_limit_s=cfg.time_limit_s)
            verifier_info[lang] = {**info, "version": verifiers[lang].toolchain().version or "not found",
                                   "time_limit_s": cfg.time_limit_s}
        _require_verifiers(verifiers, verifier_info)
        store.write_manifest(_manifest(cfg, run_id, model, tasks, verifier_info, old))
        return _play(cfg, run_id, store, tasks, model, verifiers)
    finally:
        for v in verifiers.values():
            v.sandbox.close()


def _require_verifiers(verifiers: dict[str, Verifier], info: dict[str, dict[str, Any]]) -> None:
    """Refuse to start when a language's verifier does not answer where it would run.

    Every key of that language would end in ERROR (never scored, but never graded either), so
    saying it once, before any model call is paid for, is what the user needs.
    """
    problems = [f"  {lang}: no verifier answers on the {verifiers[lang].sandbox.name} backend ({info[lang]['reason']})"
                for lang in verifiers if not verifiers[lang].toolchain().version]
    if problems:
        raise BackendError("cannot grade these languages here:\n" + "\n".join(problems) + "\n"
                           "fix: build the image (`make images`; Verus and Lean images need internet, see "
                           "docs/CONTAINERS.md), install the verifier on the host, or leave the language out of LANGS")


def _play(cfg: EvalConfig, run_id: str, store: RunStore, tasks: list[Task], model: Model,
          verifiers: dict[str, Verifier]) -> RunSummary:
    finished, partial = progress(store.attempts())
    keys = _all_keys(tasks, cfg.langs, cfg.samples)
    todo = [(t, k) for t, k in keys if k not in finished]
    gates = Gates(model=threading.Semaphore(cfg.model_workers), verifier=threading.Semaphore(cfg.verifier_workers))
    counts = {Status.PASS: 0, Status.FAIL: 0, Status.CHEAT: 0, None: 0}
    bar = tqdm(total=len(keys), initial=len(keys) - len(todo), desc=f"eval {run_id}", unit="key",
               disable=not cfg.progress_bar)
    with ThreadPoolExecutor(max_workers=cfg.model_workers + cfg.verifier_workers) as pool:
        futures = [pool.submit(run_key, run_id, task, key, model, verifiers[key.lang], cfg.rounds, partial.get(key, []),
                               store.append, gates) for task, key in todo]
        for future in as_completed(futures):
            final: Attempt | None = future.result()
            counts[final.status if final else None] += 1
            bar.update(1)
            bar.set_postfix(passed=counts[Status.PASS], errors=counts[None])
    bar.close()
    return RunSummary(run_id=run_id, directory=store.dir, keys=len(keys), skipped=len(keys) - len(todo),
                      passed=counts[Status.PASS], failed=counts[Status.FAIL], cheated=counts[Status.CHEAT],
                      unfinished=counts[None])
