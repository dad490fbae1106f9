"""What a report reads: runs, their configurations, and one outcome per (task, lang, sample) key.

A row of every table is a *configuration* (model, api_base, parameters, rounds, samples, prompt
version, and for a re-graded run the run it re-grades), never a bare model name: runs of one
configuration merge (a key recorded twice keeps the latest run's), runs of different ones do not.

Categories of failing rounds are derived again from the stored diagnostics and verifier output
with the current language maps, so improving a map improves the reports of old runs too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from runners.languages import get_language
from runners.store import Attempt, Key, Manifest, RunStore, progress
from runners.taxonomy import Category, primary_category
from runners.verdict import Diagnostic, Status

UNASSIGNED = "unassigned"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FIDELITY_VERDICTS = ("faithful", "too_slow", "not_checked")


@dataclass
class Run:
    manifest: Manifest
    attempts: list[Attempt]
    regraded_from: str | None = None  # the original run, for a run made by `vericode regrade`

    @property
    def run_id(self) -> str:
        return self.manifest.run_id


def read_run(results: Path, run_id: str) -> Run | None:
    store = RunStore(Path(results), run_id)
    if not store.manifest_path.exists():
        return None
    raw = json.loads(store.manifest_path.read_text(encoding="utf-8"))
    regraded_from = raw.get("regraded_from")
    known = set(Manifest.model_fields)
    manifest = Manifest.model_validate({k: v for k, v in raw.items() if k in known})
    return Run(manifest=manifest, attempts=store.attempts(), regraded_from=regraded_from)


def load_runs(results: Path, run_ids: list[str] | None = None) -> list[Run]:
    """Every run under `results` (or the named ones), oldest first."""
    names = run_ids or sorted(p.parent.name for p in Path(results).glob("*/manifest.json"))
    runs = []
    for name in names:
        run = read_run(results, name)
        if run is None:
            if run_ids:
                raise FileNotFoundError(f"{Path(results) / name}/manifest.json: no such run (see `ls {results}`)")
            continue
        runs.append(run)
    return sorted(runs, key=lambda r: (r.manifest.created, r.run_id))


# -- configurations -------------------------------------------------------------------------------

def prompt_version(manifest: Manifest) -> str:
    blob = json.dumps(manifest.prompt_templates, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:8]


@dataclass(frozen=True)
class Config:
    model: str
    api_base: str
    params: str  # JSON of the sampling parameters, api_base excluded
    rounds: int
    samples: int
    prompts: str
    regraded_from: str = ""  # the original's configuration label's source run

    def describe(self) -> dict[str, Any]:
        return {"model": self.model, "api_base": self.api_base or None, "params": json.loads(self.params),
                "rounds": self.rounds, "samples": self.samples, "prompt_version": self.prompts,
                "regraded_from": self.regraded_from or None}


def config_of(run: Run) -> Config:
    params = dict(run.manifest.model_params)
    api_base = str(params.pop("api_base", "") or "")
    return Config(model=run.manifest.model, api_base=api_base, params=json.dumps(params, sort_keys=True),
                  rounds=run.manifest.rounds, samples=run.manifest.samples, prompts=prompt_version(run.manifest),
                  regraded_from=run.regraded_from or "")


def _short_params(config: Config) -> str:
    params = json.loads(config.params)
    parts = []
    for key, value in sorted(params.items()):
        if key == "temperature":
            parts.append(f"T={value}")
        elif key == "max_tokens":
            parts.append(f"max={value}")
        elif key == "replay_sha256":
            parts.append(f"replay {str(value)[:6]}")
        else:
            parts.append(f"{key}={value}")
    return ", ".join(parts)


def derive_labels(configs: list[Config], overrides: dict[str, str], runs_of: dict[Config, list[str]]) -> dict[Config, str]:
    """Readable, unique row labels: the model name, plus only what tells configurations apart.

    `overrides` maps a run id or a model name to a label (`--label RUN_OR_MODEL=TEXT`).
    """
    labels: dict[Config, str] = {}
    for config in configs:
        chosen = next((overrides[r] for r in runs_of[config] if r in overrides), None) or overrides.get(config.model)
        if chosen:
            labels[config] = chosen
    rest = [c for c in configs if c not in labels]
    for config in rest:
        same_model = [c for c in rest if c.model == config.model]
        base = f"replay:{Path(config.model[7:]).name}" if config.model.startswith("replay:") else config.model
        if len(same_model) == 1:
            labels[config] = base
            continue
        bits = []
        for attr, render in (("api_base", lambda c: f"@{c.api_base or 'default'}"), ("params", _short_params),
                             ("rounds", lambda c: f"R={c.rounds}"), ("samples", lambda c: f"n={c.samples}"),
                             ("prompts", lambda c: f"prompts {c.prompts}")):
            if len({getattr(c, attr) for c in same_model}) > 1:
                bits.append(render(config))
        if config.regraded_from:
            bits.append(f"regrade of {config.regraded_from}")
        labels[config] = f"{base} ({'; '.join(b for b in bits if b)})" if bits else base
    # Still equal (e.g. two overrides alike): number them so rows never merge silently.
    seen: dict[str, int] = {}
    for config in configs:
        label = labels[config]
        seen[label] = seen.get(label, 0) + 1
        if seen[label] > 1:
            labels[config] = f"{label} #{seen[label]}"
    return labels


# -- categories derived at report time ----------------------------------------------------------------

def fidelity_verdict(attempt: Attempt) -> str | None:
    """The fidelity gate's verdict recorded on an attempt (faithful | too_slow | not_checked), if any."""
    record = getattr(attempt, "fidelity", None)
    if record is None:
        return None
    verdict = record.get("verdict") if isinstance(record, dict) else getattr(record, "verdict", None)
    verdict = getattr(verdict, "value", verdict)
    return str(verdict) if verdict is not None else None


def derived_diagnostics(attempt: Attempt) -> list[Diagnostic]:
    """The attempt's diagnostics with the verifier's part parsed again by the current language map."""
    verdict = attempt.verdict
    if verdict is None:
        return []
    if attempt.status is not Status.FAIL or not verdict.output:
        return list(verdict.diagnostics)
    try:
        parsed = get_language(attempt.lang).diagnose(verdict.output, verdict.exit_code or 0)
    except ValueError:  # a language this checkout does not know
        return list(verdict.diagnostics)
    if not parsed.diagnostics:
        return list(verdict.diagnostics)
    own = [d for d in verdict.diagnostics if d.source != "verifier"]
    return own + parsed.diagnostics


def derived_category(attempt: Attempt, diagnostics: list[Diagnostic] | None = None) -> Category:
    """The category of a round, read through the taxonomy enum and re-derived for FAIL rounds."""
    stored = Category(getattr(attempt.category, "value", attempt.category))
    if attempt.status is not Status.FAIL or attempt.verdict is None or not attempt.verdict.output:
        return stored
    diagnostics = derived_diagnostics(attempt) if diagnostics is None else diagnostics
    return primary_category([d.category for d in diagnostics]) if diagnostics else stored


# -- task metadata --------------------------------------------------------------------------------

@dataclass(frozen=True)
class TaskInfo:
    family: str = UNASSIGNED
    difficulty: str = UNASSIGNED
    category: str = UNASSIGNED
    title: str = ""


def task_infos(tasks_dir: Path, task_ids: set[str]) -> dict[str, TaskInfo]:
    """family / difficulty per task from task.yaml; a task without the field (or folder) is 'unassigned'."""
    infos = {}
    for task_id in task_ids:
        path = Path(tasks_dir) / task_id / "task.yaml"
        data: dict[str, Any] = {}
        if path.exists():
            try:
                data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}
            except yaml.YAMLError:
                data = {}
        infos[task_id] = TaskInfo(family=data.get("family") or UNASSIGNED, difficulty=data.get("difficulty") or UNASSIGNED,
                                  category=data.get("category") or UNASSIGNED, title=data.get("title") or "")
    return infos


# -- key outcomes ---------------------------------------------------------------------------------

@dataclass
class Round:
    attempt: Attempt
    category: Category  # derived
    diagnostics: list[Diagnostic]  # derived

    @property
    def status(self) -> Status:
        return self.attempt.status


def derive_round(attempt: Attempt) -> Round:
    diagnostics = derived_diagnostics(attempt)
    return Round(attempt=attempt, category=derived_category(attempt, diagnostics), diagnostics=diagnostics)


@dataclass
class KeyOutcome:
    """One (configuration, task, lang, sample): its scored rounds, ERROR rounds, and how it ended."""

    config: Config
    run_id: str
    task: str
    lang: str
    sample: int
    rounds: list[Round]  # scored rounds, in round order
    errors: list[Attempt] = field(default_factory=list)  # ERROR rounds (never scored)
    finished: bool = False

    @property
    def final(self) -> Round | None:
        return self.rounds[-1] if self.finished and self.rounds else None

    @property
    def passed(self) -> bool:
        return self.final is not None and self.final.status is Status.PASS

    @property
    def solved_round(self) -> int | None:
        return self.final.attempt.round if self.passed else None

    @property
    def outcome(self) -> str:
        """pass | fail | cheat | incomplete (unfinished: an ERROR stopped it, or a re-grade ran out of rounds)."""
        if not self.finished:
            return "incomplete"
        status = self.final.status
        return {Status.PASS: "pass", Status.CHEAT: "cheat"}.get(status, "fail")

    @property
    def fidelity(self) -> str | None:
        return fidelity_verdict(self.final.attempt) if self.passed else None

    @property
    def all_attempts(self) -> list[Attempt]:
        return sorted([r.attempt for r in self.rounds] + self.errors, key=lambda a: (a.round, a.time))


def key_outcomes(run: Run, config: Config) -> list[KeyOutcome]:
    finished, _ = progress(run.attempts)
    by_key: dict[tuple[str, str, int], KeyOutcome] = {}
    scored: dict[tuple[str, str, int], dict[int, Attempt]] = {}
    for a in run.attempts:
        k = (a.task, a.lang, a.sample)
        outcome = by_key.setdefault(k, KeyOutcome(config=config, run_id=run.run_id, task=a.task, lang=a.lang,
                                                  sample=a.sample, rounds=[]))
        if a.status is Status.ERROR:
            outcome.errors.append(a)
        else:
            scored.setdefault(k, {})[a.round] = a  # a round recorded twice keeps the later line
    for k, outcome in by_key.items():
        rounds = scored.get(k, {})
        outcome.rounds = [derive_round(rounds[r]) for r in sorted(rounds)]
        outcome.finished = Key(task=k[0], lang=k[1], sample=k[2]) in finished
    return list(by_key.values())


@dataclass
class Selection:
    """The runs a report reads, grouped by configuration, with one outcome per key."""

    configs: list[Config]
    labels: dict[Config, str]
    runs_of: dict[Config, list[str]]
    outcomes: list[KeyOutcome]
    tasks: dict[str, TaskInfo]
    duplicates: dict[Config, int]  # keys recorded by more than one run of a configuration (latest kept)
    regrades: list[tuple[str, str]]  # (original run, re-graded run), both selected
    runs: list[Run]

    def label(self, config: Config) -> str:
        return self.labels[config]


def select(results: Path, tasks_dir: Path, *, runs: list[str] | None = None, models: list[str] | None = None,
           langs: list[str] | None = None, tasks: list[str] | None = None, families: list[str] | None = None,
           labels: dict[str, str] | None = None) -> Selection:
    loaded = load_runs(results, runs)
    if models:
        loaded = [r for r in loaded if r.manifest.model in models or r.manifest.model.removeprefix("replay:") in models]
    configs: list[Config] = []
    runs_of: dict[Config, list[str]] = {}
    keyed: dict[tuple[Config, str, str, int], KeyOutcome] = {}
    duplicates: dict[Config, int] = {}
    for run in loaded:  # oldest first: a later run of the same configuration overrides a key
        config = config_of(run)
        if config not in runs_of:
            configs.append(config)
            runs_of[config] = []
        runs_of[config].append(run.run_id)
        for outcome in key_outcomes(run, config):
            k = (config, outcome.task, outcome.lang, outcome.sample)
            if k in keyed:
                duplicates[config] = duplicates.get(config, 0) + 1
            keyed[k] = outcome
    outcomes = list(keyed.values())
    if langs:
        outcomes = [o for o in outcomes if o.lang in langs]
    if tasks:
        outcomes = [o for o in outcomes if o.task in tasks]
    infos = task_infos(tasks_dir, {o.task for o in outcomes})
    if families:
        outcomes = [o for o in outcomes if infos[o.task].family in families]
    used = {o.config for o in outcomes}
    configs = [c for c in configs if c in used]
    ids = {r.run_id for r in loaded}
    regrades = [(r.regraded_from, r.run_id) for r in loaded if r.regraded_from and r.regraded_from in ids]
    return Selection(configs=configs, labels=derive_labels(configs, labels or {}, runs_of), runs_of=runs_of,
                     outcomes=outcomes, tasks={t: infos[t] for t in sorted({o.task for o in outcomes})},
                     duplicates=duplicates, regrades=regrades, runs=loaded)
