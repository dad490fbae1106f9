"""Aggregates of a selection: per (configuration, language) cell, per family and difficulty, the
taxonomy and its round-to-round transitions, cost, the task matrix, paired comparisons and
re-grade differences. Everything here is pure over `data.Selection` and goes into report.json."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from pydantic import BaseModel, Field

from runners.report.data import Config, KeyOutcome, Selection, config_of, key_outcomes
from runners.report.stats import bootstrap_mean, mcnemar_exact, pass_at_k, wilson
from runners.taxonomy import PRIORITY, Category
from runners.verdict import Status

PASS = "PASS"
# Failing rounds are counted by these categories, in the taxonomy's priority order.
FAIL_CATEGORIES = [c.value for c in PRIORITY]


class Interval(BaseModel):
    low: float
    high: float
    method: str  # wilson (one key per task) | bootstrap (tasks resampled; several samples per task)


class Cost(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    cost_known: bool = True  # False when some call had tokens but no price
    verifier_s: float = 0.0  # the verifier process itself
    grading_s: float = 0.0  # extract + audit + verifier
    model_s: float = 0.0  # model call latency (0 for cached replies)
    per_solved: dict[str, float | None] = Field(default_factory=dict)


class Cell(BaseModel):
    """One (configuration, language)."""

    label: str
    lang: str
    runs: list[str]
    tasks: int = 0
    keys: int = 0  # finished keys (scored)
    passed: int = 0
    passed_round1: int = 0
    pass_round1: float = 0.0
    pass_final: float = 0.0
    interval: Interval | None = None
    pass_at: dict[int, float] = Field(default_factory=dict)  # k -> unbiased pass@k, averaged over tasks
    by_round: list[float] = Field(default_factory=list)  # cumulative pass rate after round 1..R
    mean_rounds_to_success: float | None = None
    cheats: int = 0  # keys that ended in CHEAT
    cheat_rounds: int = 0
    errors: int = 0  # ERROR rounds, never scored
    incomplete: int = 0  # unfinished keys, never scored
    failing_rounds: int = 0
    categories: dict[str, int] = Field(default_factory=dict)  # failing rounds per derived category
    transitions: dict[str, int] = Field(default_factory=dict)  # "a → b" between consecutive rounds of a key
    cost: Cost = Field(default_factory=Cost)
    fidelity: dict[str, int] = Field(default_factory=dict)  # PASS keys per fidelity verdict ("none" = no record)
    verified_faithful: float | None = None  # share of keys that PASS and were judged faithful
    unmapped: dict[str, int] = Field(default_factory=dict)  # verifier messages with no taxonomy category
    duplicates: int = 0


class GroupCell(BaseModel):
    """Pass rate after repair of one cell restricted to a family or a difficulty."""

    label: str
    lang: str
    group: str
    keys: int
    passed: int
    rate: float
    interval: Interval


class Pair(BaseModel):
    """A paired comparison on the tasks both sides finished (first sample of each task)."""

    kind: str  # "language" (one configuration, two languages) | "model" (one language, two configurations)
    a: str
    b: str
    a_lang: str
    b_lang: str
    common: int
    a_only: int  # tasks only A finished (dropped)
    b_only: int
    both: int  # both passed
    neither: int
    a_not_b: int  # discordant: A passed, B did not
    b_not_a: int
    a_rate: float
    b_rate: float
    p_value: float  # exact McNemar, two-sided


class Change(BaseModel):
    task: str
    lang: str
    sample: int
    round: int
    before: str  # STATUS/category
    after: str
    reason: str


class Regrade(BaseModel):
    original: str
    regraded: str
    compared: int = 0  # rounds graded in both
    same: int = 0
    changed: int = 0
    status_changes: dict[str, int] = Field(default_factory=dict)  # "FAIL → PASS": n
    key_outcomes: dict[str, int] = Field(default_factory=dict)  # "pass → incomplete": n, changed keys only
    examples: list[Change] = Field(default_factory=list)


class CommonRow(BaseModel):
    lang: str
    label: str
    tasks: int
    passed: int
    rate: float
    interval: Interval


class Common(BaseModel):
    lang: str
    labels: list[str]
    tasks: int
    dropped: int  # tasks some but not all of the rows finished
    rows: list[CommonRow]


class ReportData(BaseModel):
    configs: list[dict] = Field(default_factory=list)  # label, runs, configuration
    langs: list[str] = Field(default_factory=list)
    cells: list[Cell] = Field(default_factory=list)
    families: list[GroupCell] = Field(default_factory=list)
    difficulties: list[GroupCell] = Field(default_factory=list)
    common: list[Common] = Field(default_factory=list)
    pairs: list[Pair] = Field(default_factory=list)
    matrix: dict[str, dict[str, str]] = Field(default_factory=dict)  # task -> "label / lang" -> cell text
    regrades: list[Regrade] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)  # ERROR / incomplete / duplicates, shown atop every table
    taxonomy: dict[str, dict[str, int]] = Field(default_factory=dict)  # lang -> category -> failing rounds
    transitions: dict[str, dict[str, int]] = Field(default_factory=dict)  # lang -> "a → b" -> n
    has_fidelity: bool = False
    max_rounds: int = 0


def _interval(outcomes: list[KeyOutcome]) -> Interval:
    per_task: dict[str, list[bool]] = defaultdict(list)
    for o in outcomes:
        per_task[o.task].append(o.passed)
    if all(len(v) == 1 for v in per_task.values()):
        lo, hi = wilson(sum(o.passed for o in outcomes), len(outcomes))
        return Interval(low=lo, high=hi, method="wilson")
    lo, hi = bootstrap_mean([sum(v) / len(v) for v in per_task.values()])
    return Interval(low=lo, high=hi, method="bootstrap")


def _round_label(o_round) -> str:
    return PASS if o_round.status is Status.PASS else o_round.category.value


def transitions_of(outcomes: list[KeyOutcome]) -> Counter:
    """Category of round r → category of round r+1 (PASS for a passing round), per key."""
    counts: Counter = Counter()
    for o in outcomes:
        for before, after in zip(o.rounds, o.rounds[1:]):
            counts[f"{_round_label(before)} → {_round_label(after)}"] += 1
    return counts


def _cost(outcomes: list[KeyOutcome], solved: int) -> Cost:
    cost = Cost()
    for o in outcomes:
        for a in o.all_attempts:
            cost.prompt_tokens += a.usage.prompt_tokens
            cost.completion_tokens += a.usage.completion_tokens
            if a.usage.cost_usd is None and (a.usage.prompt_tokens or a.usage.completion_tokens):
                cost.cost_known = False
            cost.cost_usd += a.usage.cost_usd or 0.0
            cost.model_s += a.usage.latency_s
            if a.verdict is not None:
                cost.verifier_s += a.verdict.timings.verify_s
                cost.grading_s += a.verdict.timings.total_s
    div = (lambda x: x / solved) if solved else (lambda x: None)
    cost.per_solved = {"tokens": div(cost.prompt_tokens + cost.completion_tokens),
                       "cost_usd": div(cost.cost_usd) if cost.cost_known else None,
                       "verifier_s": div(cost.verifier_s), "wall_s": div(cost.model_s + cost.grading_s)}
    return cost


def build_cell(label: str, lang: str, runs: list[str], rounds: int, outcomes: list[KeyOutcome]) -> Cell:
    done = [o for o in outcomes if o.finished]
    cell = Cell(label=label, lang=lang, runs=runs, tasks=len({o.task for o in done}), keys=len(done))
    cell.passed = sum(o.passed for o in done)
    cell.passed_round1 = sum(o.solved_round == 1 for o in done)
    cell.incomplete = sum(not o.finished for o in outcomes)
    cell.errors = sum(len(o.errors) for o in outcomes)
    cell.cheats = sum(o.outcome == "cheat" for o in done)
    if done:
        cell.pass_round1 = cell.passed_round1 / cell.keys
        cell.pass_final = cell.passed / cell.keys
        cell.interval = _interval(done)
        cell.by_round = [sum(o.solved_round is not None and o.solved_round <= r for o in done) / cell.keys
                         for r in range(1, rounds + 1)]
        per_task: dict[str, list[bool]] = defaultdict(list)
        for o in done:
            per_task[o.task].append(o.passed)
        n_min = min(len(v) for v in per_task.values())
        for k in sorted({1, 5, 10, n_min}):
            if k <= n_min:
                cell.pass_at[k] = sum(pass_at_k(len(v), sum(v), k) for v in per_task.values()) / len(per_task)
    if cell.passed:
        cell.mean_rounds_to_success = sum(o.solved_round for o in done if o.passed) / cell.passed
    categories: Counter = Counter()
    unmapped: Counter = Counter()
    for o in outcomes:  # failing rounds of unfinished keys happened too: they count in the taxonomy
        for r in o.rounds:
            if r.status in (Status.FAIL, Status.CHEAT):
                categories[r.category.value] += 1
                cell.cheat_rounds += r.status is Status.CHEAT
            if r.status is Status.FAIL:
                for d in r.diagnostics:
                    if d.category is Category.OTHER_VERIFICATION:
                        unmapped[d.message[:160]] += 1
    cell.failing_rounds = sum(categories.values())
    cell.categories = dict(categories)
    cell.unmapped = dict(unmapped)
    cell.transitions = dict(transitions_of(outcomes))
    cell.cost = _cost(outcomes, cell.passed)
    fidelity = Counter((o.fidelity or "none") for o in done if o.passed)
    if any(v != "none" for v in fidelity):
        cell.fidelity = dict(fidelity)
        cell.verified_faithful = fidelity.get("faithful", 0) / cell.keys
    return cell


def _group_cells(label: str, lang: str, outcomes: list[KeyOutcome], group_of) -> list[GroupCell]:
    groups: dict[str, list[KeyOutcome]] = defaultdict(list)
    for o in outcomes:
        if o.finished:
            groups[group_of(o)].append(o)
    return [GroupCell(label=label, lang=lang, group=g, keys=len(v), passed=sum(o.passed for o in v),
                      rate=sum(o.passed for o in v) / len(v), interval=_interval(v)) for g, v in sorted(groups.items())]


def first_sample(outcomes: list[KeyOutcome]) -> dict[str, KeyOutcome]:
    """The finished first-sample key of each task: what paired comparisons pair."""
    return {o.task: o for o in outcomes if o.finished and o.sample == 0}


def pair(kind: str, a: str, a_lang: str, a_out: list[KeyOutcome], b: str, b_lang: str, b_out: list[KeyOutcome]) -> Pair:
    fa, fb = first_sample(a_out), first_sample(b_out)
    common = sorted(set(fa) & set(fb))
    both = sum(fa[t].passed and fb[t].passed for t in common)
    a_not_b = sum(fa[t].passed and not fb[t].passed for t in common)
    b_not_a = sum(fb[t].passed and not fa[t].passed for t in common)
    n = len(common)
    return Pair(kind=kind, a=a, b=b, a_lang=a_lang, b_lang=b_lang, common=n, a_only=len(set(fa) - set(fb)),
                b_only=len(set(fb) - set(fa)), both=both, neither=n - both - a_not_b - b_not_a, a_not_b=a_not_b,
                b_not_a=b_not_a, a_rate=(both + a_not_b) / n if n else 0.0, b_rate=(both + b_not_a) / n if n else 0.0,
                p_value=mcnemar_exact(a_not_b, b_not_a))


def _matrix_text(outcomes: list[KeyOutcome]) -> str:
    """One task × (configuration, language) cell: r<k> solved at round k, fail, cheat, error, incomplete."""
    if len(outcomes) == 1:
        o = outcomes[0]
        if o.passed:
            return f"r{o.solved_round}"
        if o.outcome == "incomplete":
            return "error" if o.errors and not o.rounds else "incomplete"
        return o.outcome
    done = [o for o in outcomes if o.finished]
    text = f"{sum(o.passed for o in done)}/{len(done)}"
    return text + (f" (+{len(outcomes) - len(done)} incomplete)" if len(done) < len(outcomes) else "")


def regrade_diff(original: str, regraded: str, sel: Selection, limit: int = 50) -> Regrade:
    runs = {r.run_id: r for r in sel.runs}
    result = Regrade(original=original, regraded=regraded)

    def scored(run_id):
        rounds = {}
        for a in runs[run_id].attempts:
            if a.status is not Status.ERROR:
                rounds[(a.task, a.lang, a.sample, a.round)] = a
        return rounds

    before, after = scored(original), scored(regraded)
    status_changes: Counter = Counter()
    for k in sorted(set(before) & set(after)):
        a, b = before[k], after[k]
        result.compared += 1
        old, new = f"{a.status.value}/{Category(a.category).value}", f"{b.status.value}/{Category(b.category).value}"
        if old == new:
            result.same += 1
            continue
        result.changed += 1
        status_changes[f"{a.status.value} → {b.status.value}"] += 1
        if len(result.examples) < limit:
            result.examples.append(Change(task=k[0], lang=k[1], sample=k[2], round=k[3], before=old, after=new,
                                          reason=(b.verdict.reason if b.verdict else b.error)[:300]))
    result.status_changes = dict(status_changes)
    outs: dict[str, dict] = {}
    for run_id in (original, regraded):
        for o in key_outcomes(runs[run_id], config_of(runs[run_id])):
            outs.setdefault(run_id, {})[(o.task, o.lang, o.sample)] = o.outcome
    key_changes: Counter = Counter()
    for k, old in outs[original].items():
        new = outs[regraded].get(k, "missing")
        if new != old:
            key_changes[f"{old} → {new}"] += 1
    result.key_outcomes = dict(key_changes)
    return result


def analyse(sel: Selection) -> ReportData:
    data = ReportData()
    by_cell: dict[tuple[Config, str], list[KeyOutcome]] = defaultdict(list)
    for o in sel.outcomes:
        by_cell[(o.config, o.lang)].append(o)
    data.langs = sorted({o.lang for o in sel.outcomes})
    data.max_rounds = max((c.rounds for c in sel.configs), default=0)
    for config in sel.configs:
        data.configs.append({"label": sel.label(config), "runs": sel.runs_of[config], **config.describe()})
    for config in sel.configs:
        label = sel.label(config)
        for lang in data.langs:
            outs = by_cell.get((config, lang))
            if not outs:
                continue
            cell = build_cell(label, lang, sel.runs_of[config], config.rounds, outs)
            cell.duplicates = sel.duplicates.get(config, 0)
            data.cells.append(cell)
            data.families += _group_cells(label, lang, outs, lambda o: sel.tasks[o.task].family)
            data.difficulties += _group_cells(label, lang, outs, lambda o: sel.tasks[o.task].difficulty)
            for o in outs:
                data.matrix.setdefault(o.task, {})
            for task in {o.task for o in outs}:
                data.matrix[task][f"{label} / {lang}"] = _matrix_text([o for o in outs if o.task == task])
    data.has_fidelity = any(c.fidelity for c in data.cells)
    for cell in data.cells:
        if cell.errors or cell.incomplete:
            data.warnings.append(f"{cell.label} / {cell.lang}: {cell.errors} ERROR round(s) and {cell.incomplete} "
                                 f"incomplete key(s), not scored (re-run the same eval to resume them)")
        if cell.duplicates:
            data.warnings.append(f"{cell.label}: {cell.duplicates} key(s) recorded by more than one run of this "
                                 f"configuration; the latest run's result is used")
    for lang in data.langs:
        cats: Counter = Counter()
        trans: Counter = Counter()
        for cell in data.cells:
            if cell.lang == lang:
                cats.update(cell.categories)
                trans.update(cell.transitions)
        data.taxonomy[lang] = dict(cats)
        data.transitions[lang] = dict(trans)
    # Rows compared on the tasks every one of them finished, per language.
    for lang in data.langs:
        configs = [c for c in sel.configs if by_cell.get((c, lang))]
        if len(configs) < 2:
            continue
        finished = {c: first_sample(by_cell[(c, lang)]) for c in configs}
        every = set.intersection(*(set(v) for v in finished.values()))
        anyone = set.union(*(set(v) for v in finished.values()))
        rows = []
        for c in configs:
            outs = [finished[c][t] for t in sorted(every)]
            passed = sum(o.passed for o in outs)
            lo, hi = wilson(passed, len(outs))
            rows.append(CommonRow(lang=lang, label=sel.label(c), tasks=len(outs), passed=passed,
                                  rate=passed / len(outs) if outs else 0.0,
                                  interval=Interval(low=lo, high=hi, method="wilson")))
        data.common.append(Common(lang=lang, labels=[sel.label(c) for c in configs], tasks=len(every),
                                  dropped=len(anyone - every), rows=rows))
    for config in sel.configs:
        langs = [lang for lang in data.langs if by_cell.get((config, lang))]
        for la, lb in combinations(langs, 2):
            data.pairs.append(pair("language", sel.label(config), la, by_cell[(config, la)],
                                   sel.label(config), lb, by_cell[(config, lb)]))
    for lang in data.langs:
        configs = [c for c in sel.configs if by_cell.get((c, lang))]
        for ca, cb in combinations(configs, 2):
            data.pairs.append(pair("model", sel.label(ca), lang, by_cell[(ca, lang)],
                                   sel.label(cb), lang, by_cell[(cb, lang)]))
    data.regrades = [regrade_diff(orig, new, sel) for orig, new in sel.regrades]
    return data
