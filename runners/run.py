"""One evaluation run: every (task, lang, sample) key through the repair loop, concurrently,
recorded as it happens and resumable by re-running the same command.

Before anything is called or written, `preflight` refuses a configuration that cannot work
(ConfigError, one line). A run then takes its lock, removes what killed runs left behind, pins
its grading conditions in the manifest (a resume under other ones is refused unless
--allow-mixed), and plays the keys until done, interrupted (Ctrl-C), out of budget (--max-cost)
or unable to record (a full disk); the summary says which.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import threading
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel, Field
from tqdm import tqdm

from runners import __version__
from runners.backends import BackendError
from runners.config import ConfigError, EvalConfig
from runners.fidelity.hook import make_hook
from runners.loop import Gates, run_key
from runners.models import Model, ModelCheck, Reply
from runners.prompts import template_hashes
from runners.run_control import RunLock, RunLocked, Stop, kill_own_verifiers, reap_orphans, run_scope, sigint_handling
from runners.run_plan import (_all_keys, _model, _selected, default_run_id, estimate, model_ready,  # noqa: F401 (API)
                               preflight, start_model_check)
from runners.store import Attempt, Key, Manifest, RunStore, git_commit, progress
from runners.tasks import Task
from runners.verdict import Status
from runners.verify import Verifier, make_grader

__all__ = ["EvalConfig", "RunSummary", "run_eval", "estimate", "preflight", "default_run_id"]


class RunSummary(BaseModel):
    run_id: str
    directory: Path
    keys: int
    skipped: int  # finished before this invocation
    passed: int
    failed: int
    cheated: int
    unfinished: int  # stopped by ERROR; a re-run retries them
    not_started: int = 0  # left by a stop (Ctrl-C, budget, disk) or beyond --limit
    stopped: str = ""  # "", "interrupted", "budget", "disk"
    stop_detail: str = ""
    calls: int = 0  # model replies received in this invocation
    cached: int = 0  # of which served from the cache
    retries: int = 0  # model-call retries (rate limits, timeouts, 5xx)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    cost_known: bool = True
    wall_s: float = 0.0
    errors: dict[str, int] = Field(default_factory=dict)  # ERROR rounds of this invocation, by reason

    @property
    def pass_rate(self) -> float | None:
        scored = self.passed + self.failed + self.cheated
        return self.passed / scored if scored else None


def _read_manifest(store: RunStore) -> Manifest | None:
    try:
        return store.read_manifest()
    except (ValueError, OSError) as exc:
        raise ConfigError(f"{store.manifest_path} is unreadable ({str(exc).splitlines()[0]}); "
                          "move it away or pass a new --run-id") from None


def _check_compatible(old: Manifest, model: Model, cfg: EvalConfig, store: RunStore) -> None:
    if old.model != model.name or old.model_params != model.params() or old.rounds != cfg.rounds:
        raise ConfigError(f"run {old.run_id} was made with {old.model} {old.model_params} rounds={old.rounds}; "
                          "use the same settings to resume it, or pass a new --run-id")


# -- the run --------------------------------------------------------------------------------------

def _fingerprint(record: dict[str, Any]) -> str:
    kept = {k: v for k, v in record.items() if k not in ("reason", "workers", "lang", "requested_backend", "cluster")}
    return hashlib.sha256(json.dumps(kept, sort_keys=True, default=str).encode()).hexdigest()[:12]


def _make_verifiers(cfg: EvalConfig, old: Manifest | None, verifiers: dict[str, Verifier],
                    info: dict[str, dict[str, Any]]) -> None:
    for lang in cfg.langs:
        backend = cfg.backend
        if backend == "auto" and old and lang in old.verifiers and old.verifiers[lang].get("backend"):
            backend = old.verifiers[lang]["backend"]  # `auto` is resolved once per run, then kept
        try:
            if backend == "ray":
                verifiers[lang], record = _make_ray_grader(cfg, lang)
            else:
                verifiers[lang], record = make_grader(lang, backend, workers=cfg.verifier_workers, wall_s=cfg.wall_s,
                                                      time_limit_s=cfg.time_limit_s)
        except BackendError as exc:
            if backend != cfg.backend:
                raise BackendError(f"run {old.run_id if old else ''} grades {lang} on {backend} (resolved from auto when "
                                   f"it began), which is not available now: {exc}") from None
            raise
        info[lang] = {**record, "requested_backend": cfg.backend,
                      "version": verifiers[lang].toolchain().version or "not found",
                      "time_limit_s": cfg.time_limit_s, "wall_s": cfg.wall_s}


def _make_ray_grader(cfg: EvalConfig, lang: str):
    """--backend ray: a RayGrader (runners/ray_backend.py) with the interface of a Grader."""
    from runners.ray_backend import connect, make_ray_grader

    try:
        connect(cfg.ray_address, langs=cfg.langs, slots=cfg.verifier_workers)
        return make_ray_grader(lang, address=cfg.ray_address, wall_s=cfg.wall_s, time_limit_s=cfg.time_limit_s)
    except Exception as exc:  # cannot join, no node offers the language, nodes disagree
        raise BackendError(f"--backend ray: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None


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


PINNED = ("backend", "version", "image", "image_digest", "time_limit_s", "wall_s")


def grading_changes(old: Manifest, info: dict[str, dict[str, Any]], tasks: list[Task]) -> list[str]:
    """What differs between the conditions a run began under and the ones it would resume under."""
    changes = []
    for lang, record in info.items():
        before = old.verifiers.get(lang)
        for name in PINNED if before else ():
            if name in before and before.get(name) != record.get(name):
                changes.append(f"{lang} {name} {before.get(name)} -> {record.get(name)}")
    for task in tasks:
        if task.id in old.tasks and old.tasks[task.id] != task.digest:
            changes.append(f"task {task.id} changed (digest {old.tasks[task.id][:12]} -> {task.digest[:12]})")
        elif task.id in old.descriptions and old.descriptions[task.id] != _description_sha(task):
            changes.append(f"task {task.id} changed (its description.md)")
    return changes


def _description_sha(task: Task) -> str:
    return hashlib.sha256(task.description.encode()).hexdigest()[:16]


def _manifest(cfg: EvalConfig, run_id: str, model: Model, tasks: list[Task], info: dict[str, dict[str, Any]],
              old: Manifest | None, changes: list[str]) -> Manifest:
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    task_digests = dict(old.tasks) if old else {}
    task_digests.update({t.id: t.digest for t in tasks})
    mixed = [*(old.mixed if old else []), *([{"time": now, "changes": changes}] if changes else [])]
    return Manifest(run_id=run_id, created=old.created if old else now, harness_version=__version__,
                    harness_commit=git_commit(), model=model.name, model_params=model.params(), rounds=cfg.rounds,
                    samples=max(cfg.samples, old.samples if old else 0), langs=sorted(set(cfg.langs) | set(old.langs if old else [])),
                    tasks=task_digests, verifiers={**(old.verifiers if old else {}), **info},
                    prompt_templates=template_hashes(), resumed=[*(old.resumed if old else []), *([now] if old else [])],
                    descriptions={**(old.descriptions if old else {}), **{t.id: _description_sha(t) for t in tasks}},
                    graders={**(old.graders if old else {}), **{lang: _fingerprint(r) for lang, r in info.items()}},
                    mixed=mixed)


def run_eval(cfg: EvalConfig, log: Callable[[str], None] | None = None) -> RunSummary:
    log = log or (lambda line: print(line, file=sys.stderr))
    # First, so that importing litellm (seconds of CPU) overlaps task loading and the sandboxes'
    # start-up; its verdict is awaited before the manifest is written (_run_locked).
    model_check = start_model_check(cfg)
    tasks = preflight(cfg, model_check)
    model = _model(cfg)
    run_id = cfg.run_id or default_run_id(cfg, model)
    store = RunStore(cfg.results_dir, run_id)
    if (old := _read_manifest(store)) is not None:
        _check_compatible(old, model, cfg, store)
    lock = RunLock(store.dir / "run.lock")
    created = _missing_folders(store.dir)
    try:
        lock.acquire()
    except RunLocked as exc:
        raise ConfigError(str(exc)) from None
    started = False
    try:
        if lock.took_over:
            log(f"vericode: took over the lock of run {run_id} left by pid {lock.took_over.get('pid')} "
                f"on {lock.took_over.get('host')} (no longer running)")
        killed, removed = reap_orphans()
        if killed or removed:
            log(f"vericode: removed what killed runs left behind: {killed} verifier process group(s), "
                f"{removed} temporary folder(s)")
        old = _read_manifest(store)
        with run_scope() as token:
            summary = _run_locked(cfg, tasks, model, run_id, store, old, token, log, model_check)
            started = True
            return summary
    finally:
        lock.release()
        if not started and not (store.dir / "manifest.json").exists():
            # A run refused before its first record (no verifier, bad conditions) leaves nothing behind.
            for folder in created:
                try:
                    folder.rmdir()
                except OSError:
                    break


def _missing_folders(folder: Path) -> list[Path]:
    """The folders on the way to `folder` that do not exist yet, deepest first."""
    missing = []
    folder = Path(folder)
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def _run_locked(cfg: EvalConfig, tasks: list[Task], model: Model, run_id: str, store: RunStore,
                old: Manifest | None, token: str, log: Callable[[str], None], model_check: ModelCheck) -> RunSummary:
    store.repair_torn_tail()
    verifiers: dict[str, Verifier] = {}
    info: dict[str, dict[str, Any]] = {}
    try:
        _make_verifiers(cfg, old, verifiers, info)
        _require_verifiers(verifiers, info)
        model_ready(model_check)
        changes = grading_changes(old, info, tasks) if old else []
        if changes and not cfg.allow_mixed and store.attempts():
            raise ConfigError(f"run {run_id} was graded under other conditions: {'; '.join(changes[:3])}"
                              f"{' (and more)' if len(changes) > 3 else ''}. Resume with --allow-mixed to keep both "
                              "(recorded per attempt), or start a new run with --run-id")
        manifest = _manifest(cfg, run_id, model, tasks, info, old, changes)
        try:
            store.write_manifest(manifest)
        except OSError as exc:
            raise ConfigError(f"cannot write {store.manifest_path}: {exc.strerror or exc}") from None
        return _play(cfg, run_id, store, tasks, model, verifiers, manifest.graders, token, log)
    finally:
        for v in verifiers.values():
            v.sandbox.close()


class _Tally:
    """Counters of this invocation, updated from worker threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls = self.cached = self.retries = self.prompt_tokens = self.completion_tokens = 0
        self.cost = 0.0
        self.cost_known = True
        self.errors: Counter[str] = Counter()

    def reply(self, reply: Reply) -> float:
        with self.lock:
            self.calls += 1
            self.cached += reply.usage.cached
            self.prompt_tokens += reply.usage.prompt_tokens
            self.completion_tokens += reply.usage.completion_tokens
            if not reply.usage.cached:
                if reply.usage.cost_usd is None:
                    self.cost_known = False
                else:
                    self.cost += reply.usage.cost_usd
            return self.cost

    def error(self, attempt: Attempt) -> None:
        reason = (attempt.error or (attempt.verdict.reason if attempt.verdict else "") or "unknown").splitlines()[0]
        with self.lock:
            self.errors[re.sub(r"\d+(\.\d+)?", "N", reason)[:160]] += 1


class _Unrecorded(Exception):
    """An attempt could not be written: the run stops."""


def _play(cfg: EvalConfig, run_id: str, store: RunStore, tasks: list[Task], model: Model,
          verifiers: dict[str, Verifier], graders: dict[str, str], token: str, log: Callable[[str], None]) -> RunSummary:
    started = time.monotonic()
    finished, partial = progress(store.attempts())
    all_keys = _all_keys(tasks, cfg.langs, cfg.samples)
    keys = _selected(cfg, all_keys)
    todo = [(t, k) for t, k in keys if k not in finished]
    stop, tally = Stop(), _Tally()
    detail: list[str] = []
    bar = tqdm(total=len(keys), initial=len(keys) - len(todo), desc=f"eval {run_id}", unit="key",
               disable=not cfg.progress_bar)
    counts: Counter = Counter()

    def postfix() -> None:
        bar.set_postfix(passed=counts[Status.PASS], errors=counts[None], retries=tally.retries, refresh=False)

    def on_retry(message: str) -> None:
        with tally.lock:
            tally.retries += 1
        postfix()
        bar.refresh()

    def on_reply(reply: Reply) -> None:
        spent = tally.reply(reply)
        if cfg.max_cost is not None and spent >= cfg.max_cost and not stop:
            stop.halt("budget")
            detail.append(f"spent ${spent:.4f} of --max-cost ${cfg.max_cost:g}")
            log(f"\nvericode: budget reached ({detail[-1]}): no new model calls; in-flight rounds finish")

    touched: set[Key] = set()  # keys with a round recorded in this invocation

    def record(attempt: Attempt) -> None:
        touched.add(attempt.key)
        try:
            store.append(attempt)
        except OSError as exc:
            if not stop.aborted.is_set():
                detail.append(f"cannot write {store.attempts_path}: {exc.strerror or exc}")
                stop.abort("disk")
            raise _Unrecorded from None
        if attempt.status is Status.ERROR:
            tally.error(attempt)

    def one_key(task: Task, key: Key) -> Attempt | None:
        try:
            return run_key(run_id, task, key, model, verifiers[key.lang], cfg.rounds, partial.get(key, []), record,
                           gates, stamp={"task_digest": task.digest, "grader": graders.get(key.lang, "")})
        except _Unrecorded:
            return None

    if hasattr(model, "on_retry"):
        model.on_retry = on_retry
        model.stop = stop.halted
    verifier_workers = max([cfg.verifier_workers, *(v.slots() for v in verifiers.values() if hasattr(v, "slots"))])
    gates = Gates(model=threading.Semaphore(cfg.model_workers), verifier=threading.Semaphore(verifier_workers),
                  stop=stop, infra_retries=cfg.infra_retries, infra_retry_base_s=cfg.infra_retry_base_s,
                  on_reply=on_reply, fidelity=make_hook(verifiers) if cfg.fidelity else None)

    def on_first() -> None:
        kill_own_verifiers(token)
        timeout = f" (at most --timeout {cfg.timeout_s:g} s)" if not cfg.model.startswith(("oracle", "replay:")) else ""
        log(f"\nvericode: interrupted: no new model calls or verifications; waiting for in-flight model calls"
            f"{timeout}. Press Ctrl-C again to quit at once.")

    def on_second() -> None:
        kill_own_verifiers(token)
        log(f"\nvericode: quit at once. {_resume_hint(run_id)}")

    not_started = len(all_keys) - len(keys)
    with sigint_handling(stop, on_first, on_second), \
            ThreadPoolExecutor(max_workers=_pool_size(cfg, verifier_workers)) as pool:
        futures = {pool.submit(one_key, task, key): key for task, key in todo}
        pending, handled = set(futures), False
        while pending:
            done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
            for future in done:
                if future.cancelled() or (stop and future.result() is None and futures[future] not in touched):
                    not_started += 1  # a stop came before its first round
                    continue
                final: Attempt | None = future.result()
                counts[final.status if final else None] += 1
                bar.update(1)
                postfix()
            if stop and not handled:
                handled = True
                for future in pending:
                    future.cancel()
                if stop.aborted.is_set():
                    _abandon_sandboxes(verifiers)
    bar.close()
    return RunSummary(run_id=run_id, directory=store.dir, keys=len(all_keys), skipped=len(keys) - len(todo),
                      passed=counts[Status.PASS], failed=counts[Status.FAIL], cheated=counts[Status.CHEAT],
                      unfinished=counts[None], not_started=not_started, stopped=stop.reason,
                      stop_detail="; ".join(detail), calls=tally.calls, cached=tally.cached, retries=tally.retries,
                      prompt_tokens=tally.prompt_tokens, completion_tokens=tally.completion_tokens,
                      cost_usd=round(tally.cost, 6), cost_known=tally.cost_known,
                      wall_s=round(time.monotonic() - started, 1), errors=dict(tally.errors.most_common()))


def _pool_size(cfg: EvalConfig, verifier_workers: int) -> int:
    """Threads for keys: each key holds one from its first model call to its last verdict. The
    model and verifier gates bound the calls and the verifications in flight; the backlog is the
    number of keys whose reply may wait for a verifier while `model_workers` calls still go on,
    so a verifier-bound run keeps the model busy (and memory stays bounded: one reply per thread)."""
    backlog = cfg.model_workers if cfg.reply_backlog is None else cfg.reply_backlog
    return cfg.model_workers + verifier_workers + backlog


def _abandon_sandboxes(verifiers: dict[str, Verifier]) -> None:
    """Container backends: remove the worker containers now, so in-flight verifications see their
    stream end at once (their rounds stay unfinished) instead of running to the wall clock. The
    sandboxes themselves are closed as the run ends. The local backend's processes were killed
    by the signal handler. The ray backend cancels its outstanding tasks."""
    for v in verifiers.values():
        if hasattr(v, "cancel"):
            v.cancel()
    ids = [cid for v in verifiers.values() if v.sandbox.name != "local"
           for cid in (v.sandbox.worker_ids() if hasattr(v.sandbox, "worker_ids") else [])]
    if ids:
        threading.Thread(target=_remove_containers, args=(ids,), daemon=True).start()


def _remove_containers(ids: list[str]) -> None:
    try:
        import docker

        api = docker.from_env().api
        for cid in ids:
            try:
                api.remove_container(cid, force=True)
            except Exception:  # gone already, or the engine is going away: clean-containers catches the rest
                pass
    except Exception:
        pass


def _resume_hint(run_id: str) -> str:
    return f"Re-run the same command to resume run {run_id} (or add --run-id {run_id})."
