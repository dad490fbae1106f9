"""`vericode table`: the short summary (Markdown + CSV), one row per configuration and language.

The full report (every table in every format, plots, HTML) is `vericode report`; this is its
quick subset, kept for `make table`. Rows are configurations, labelled as in the report.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from pydantic import BaseModel, Field

from runners.report.analysis import analyse
from runners.report.data import select


class Row(BaseModel):
    model: str  # the configuration's label (the model name when it alone tells rows apart)
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


def build_rows(results: Path, tasks_dir: Path = Path("tasks"), **filters) -> list[Row]:
    data = analyse(select(results, tasks_dir, **filters))
    rows = []
    for c in data.cells:
        rows.append(Row(model=c.label, lang=c.lang, runs=c.runs, tasks=c.tasks, keys=c.keys,
                        pass_round1=c.pass_round1, pass_final=c.pass_final, pass_at_1=c.pass_at.get(1, 0.0),
                        pass_at_k={k: v for k, v in c.pass_at.items() if k > 1},
                        mean_rounds_to_success=c.mean_rounds_to_success, prompt_tokens=c.cost.prompt_tokens,
                        completion_tokens=c.cost.completion_tokens, cost_usd=c.cost.cost_usd,
                        cost_known=c.cost.cost_known, cheats=c.cheat_rounds, errors=c.errors,
                        incomplete=c.incomplete, categories=c.categories, unmapped=c.unmapped))
    return sorted(rows, key=lambda r: (r.model, r.lang))


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def markdown(rows: list[Row]) -> str:
    langs = sorted({r.lang for r in rows})
    models = sorted({r.model for r in rows})
    by = {(r.model, r.lang): r for r in rows}
    out = ["## Pass rate (round 1 → after repair)", ""]
    for r in rows:
        if r.errors or r.incomplete:
            out.append(f"> **Warning:** {r.model} / {r.lang}: {r.errors} ERROR round(s) and {r.incomplete} "
                       "incomplete key(s), not scored (re-run the same eval to resume them)")
    if out[-1] != "":
        out.append("")
    out += ["| configuration | " + " | ".join(langs) + " |", "|---|" + "---|" * len(langs)]
    for m in models:
        cells = []
        for lang in langs:
            r = by.get((m, lang))
            cells.append(f"{_pct(r.pass_round1)} → {_pct(r.pass_final)} (n={r.keys})" if r and r.keys else "–")
        out.append(f"| {m} | " + " | ".join(cells) + " |")
    out += ["", "## Details", "",
            "| configuration | lang | tasks | keys | pass r1 | pass final | pass@1 | mean rounds to success | tokens in/out | cost | cheats | errors (unscored) | incomplete | failing rounds by category |",
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


def write_tables(results: Path, out_dir: Path | None = None, tasks_dir: Path = Path("tasks"),
                 **filters) -> tuple[Path, Path, list[Row]]:
    rows = build_rows(results, tasks_dir, **filters)
    out_dir = Path(out_dir or results)
    out_dir.mkdir(parents=True, exist_ok=True)
    md, cs = out_dir / "table.md", out_dir / "table.csv"
    md.write_text(markdown(rows), encoding="utf-8")
    cs.write_text(csv_text(rows), encoding="utf-8")
    return md, cs, rows
