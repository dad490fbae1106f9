"""Comparison tables over every run in results/: rows model, columns language.

Scored keys are the finished ones; ERROR rounds are counted apart and never scored; unfinished
keys (stopped by an ERROR) are listed as incomplete.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from math import comb
from pathlib import Path

from pydantic import BaseModel, Field

from runners.store import Attempt, Manifest, RunStore, final_attempts, progress
from runners.verdict import Status


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k estimator: 1 - C(n-c, k) / C(n, k) (Chen et al., 2021)."""
    if k > n:
        raise ValueError(f"pass@{k} needs at least {k} samples, have {n}")
    if n - c < k:
        return 1.0
    return 1.0 - comb(n - c, k) / comb(n, k)


class Row(BaseModel):
    model: str
    lang: str
    runs: list[str] = Field(default_factory=list)
    tasks: int = 0
    keys: int = 0  # finished (task, sample) pairs
    pass_round1: float = 0.0  # share of keys passing in round 1
    pass_final: float = 0.0  # share of keys passing by their last round
    pass_at_1: float = 0.0  # unbiased pass@1 over samples (after repair), averaged over tasks
    pass_at_k: dict[int, float] = Field(default_factory=dict)
    mean_rounds_to_success: float | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    cost_known: bool = True
    cheats: int = 0  # rounds rejected as CHEAT
    errors: int = 0  # ERROR rounds (unscored)
    incomplete: int = 0  # keys not finished (an ERROR stopped them; re-run to resume)
    categories: dict[str, int] = Field(default_factory=dict)  # failing rounds per category
    unmapped: dict[str, int] = Field(default_factory=dict)  # verifier messages the taxonomy does not know yet


def _load_runs(results: Path) -> list[tuple[Manifest, list[Attempt]]]:
    runs = []
    for manifest_path in sorted(Path(results).glob("*/manifest.json")):
        store = RunStore(manifest_path.parent.parent, manifest_path.parent.name)
        manifest = store.read_manifest()
        if manifest is not None:
            runs.append((manifest, store.attempts()))
    return runs


def build_rows(results: Path) -> list[Row]:
    rows: dict[tuple[str, str], Row] = {}
    per_task: dict[tuple[str, str], dict[str, list[bool]]] = {}
    for manifest, attempts in _load_runs(results):
        finished = final_attempts(attempts)
        _, partial = progress(attempts)
        for key_attempts in [*finished.values()]:
            first, last = key_attempts[0], key_attempts[-1]
            row = rows.setdefault((manifest.model, first.lang), Row(model=manifest.model, lang=first.lang))
            if manifest.run_id not in row.runs:
                row.runs.append(manifest.run_id)
            row.keys += 1
            row.pass_round1 += first.status is Status.PASS
            row.pass_final += last.status is Status.PASS
            per_task.setdefault((manifest.model, first.lang), {}).setdefault(first.task, []).append(last.status is Status.PASS)
            if last.status is Status.PASS:
                row.mean_rounds_to_success = (row.mean_rounds_to_success or 0) + last.round
        for a in attempts:
            row = rows.setdefault((manifest.model, a.lang), Row(model=manifest.model, lang=a.lang))
            row.prompt_tokens += a.usage.prompt_tokens
            row.completion_tokens += a.usage.completion_tokens
            if a.usage.cost_usd is None and (a.usage.prompt_tokens or a.usage.completion_tokens):
                row.cost_known = False
            row.cost_usd += a.usage.cost_usd or 0.0
            if a.status is Status.ERROR:
                row.errors += 1
            elif a.status is Status.CHEAT:
                row.cheats += 1
            if a.status in (Status.FAIL, Status.CHEAT):
                row.categories[a.category] = row.categories.get(a.category, 0) + 1
            for d in (a.verdict.diagnostics if a.verdict else []):
                if d.category.value == "other_verification":
                    row.unmapped[d.message[:160]] = row.unmapped.get(d.message[:160], 0) + 1
        for key in partial:
            rows.setdefault((manifest.model, key.lang), Row(model=manifest.model, lang=key.lang)).incomplete += 1
    for (model, lang), row in rows.items():
        tasks = per_task.get((model, lang), {})
        row.tasks = len(tasks)
        passed = int(row.pass_final)
        if row.mean_rounds_to_success is not None and passed:
            row.mean_rounds_to_success /= passed
        if row.keys:
            row.pass_round1 /= row.keys
            row.pass_final /= row.keys
        if tasks:
            n_min = min(len(v) for v in tasks.values())
            row.pass_at_1 = sum(pass_at_k(len(v), sum(v), 1) for v in tasks.values()) / len(tasks)
            for k in (5, 10):
                if n_min >= k:
                    row.pass_at_k[k] = sum(pass_at_k(len(v), sum(v), k) for v in tasks.values()) / len(tasks)
    return sorted(rows.values(), key=lambda r: (r.model, r.lang))


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def markdown(rows: list[Row]) -> str:
    langs = sorted({r.lang for r in rows})
    models = sorted({r.model for r in rows})
    by = {(r.model, r.lang): r for r in rows}
    out = ["## Pass rate (round 1 → after repair)", "",
           "| model | " + " | ".join(langs) + " |", "|---|" + "---|" * len(langs)]
    for m in models:
        cells = []
        for lang in langs:
            r = by.get((m, lang))
            cells.append(f"{_pct(r.pass_round1)} → {_pct(r.pass_final)} (n={r.keys})" if r and r.keys else "–")
        out.append(f"| {m} | " + " | ".join(cells) + " |")
    out += ["", "## Details", "",
            "| model | lang | tasks | keys | pass r1 | pass final | pass@1 | mean rounds to success | tokens in/out | cost | cheats | errors (unscored) | incomplete | failing rounds by category |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        mean = f"{r.mean_rounds_to_success:.2f}" if r.mean_rounds_to_success is not None else "–"
        cost = f"${r.cost_usd:.4f}" + ("" if r.cost_known else " (partial)")
        cats = ", ".join(f"{k}: {v}" for k, v in sorted(r.categories.items(), key=lambda kv: -kv[1])) or "–"
        out.append(f"| {r.model} | {r.lang} | {r.tasks} | {r.keys} | {_pct(r.pass_round1)} | {_pct(r.pass_final)} | "
                   f"{_pct(r.pass_at_1)} | {mean} | {r.prompt_tokens}/{r.completion_tokens} | {cost} | {r.cheats} | "
                   f"{r.errors} | {r.incomplete} | {cats} |")
    unmapped = Counter()
    for r in rows:
        unmapped.update({f"{r.lang}: {m}": n for m, n in r.unmapped.items()})
    if unmapped:
        out += ["", "## Verifier messages without a taxonomy category (extend the language's map)", ""]
        out += [f"- {n}× {m}" for m, n in unmapped.most_common(20)]
    return "\n".join(out) + "\n"


CSV_FIELDS = ["model", "lang", "tasks", "keys", "pass_round1", "pass_final", "pass_at_1", "pass_at_5", "pass_at_10",
              "mean_rounds_to_success", "prompt_tokens", "completion_tokens", "cost_usd", "cost_known", "cheats",
              "errors", "incomplete", "categories"]


def csv_text(rows: list[Row]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for r in rows:
        d = r.model_dump()
        d["pass_at_5"] = r.pass_at_k.get(5, "")
        d["pass_at_10"] = r.pass_at_k.get(10, "")
        d["categories"] = ";".join(f"{k}={v}" for k, v in sorted(r.categories.items()))
        writer.writerow({k: d.get(k, "") for k in CSV_FIELDS})
    return buf.getvalue()


def write_tables(results: Path, out_dir: Path | None = None) -> tuple[Path, Path, list[Row]]:
    rows = build_rows(results)
    out_dir = Path(out_dir or results)
    out_dir.mkdir(parents=True, exist_ok=True)
    md, cs = out_dir / "table.md", out_dir / "table.csv"
    md.write_text(markdown(rows), encoding="utf-8")
    cs.write_text(csv_text(rows), encoding="utf-8")
    return md, cs, rows
