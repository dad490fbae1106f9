"""The self-contained HTML report: index.html (tables, inline plots, sortable task matrix) and one
page per (configuration, task, language) with every round's prompt, reply, spliced file and
verifier output. No external assets: CSS and JS are inline, plots are data URIs."""

from __future__ import annotations

import base64
import re
from datetime import datetime, timezone
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from runners.report.analysis import ReportData
from runners.report.data import KeyOutcome, Selection, fidelity_verdict
from runners.report.tables import Table, matrix_columns

TEMPLATES = Path(__file__).parent / "templates"
PLOT_TITLES = {"success_by_round": "Success vs repair round, per language", "success_vs_cost": "Success vs cost",
               "taxonomy": "Error taxonomy per language (share of failing rounds)",
               "transitions": "Round-to-round transition heat map", "task_matrix": "Task × configuration heat map"}


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["j2"]),
                       keep_trailing_newline=True)


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text)


def key_page(config_index: int, task: str, lang: str) -> str:
    return f"keys/c{config_index}/{_safe(task)}.{_safe(lang)}.html"


def _attempt_view(a) -> dict:
    v = a.verdict
    cost = a.usage.cost_usd
    return {"round": a.round, "status": a.status.value, "category": getattr(a.category, "value", a.category),
            "reason": v.reason if v else "", "time": a.time, "error": a.error,
            "tokens": f"{a.usage.prompt_tokens}/{a.usage.completion_tokens}" + (" (cached)" if a.usage.cached else ""),
            "cost": f"${cost:.4f}" if cost is not None else "no price", "latency": a.usage.latency_s,
            "grading": v.timings.total_s if v else 0.0, "verify": v.timings.verify_s if v else 0.0,
            "diagnostics": "\n".join(d.render() for d in v.diagnostics) if v else "",
            "prompt": a.prompt, "response": a.response, "source": v.source if v else "",
            "output": v.output if v else "", "fidelity": fidelity_verdict(a)}


def write_key_pages(sel: Selection, out: Path) -> dict[tuple[int, str, str], str]:
    env = _env()
    template = env.get_template("key.html.j2")
    groups: dict[tuple[int, str, str], list[KeyOutcome]] = {}
    index = {config: i for i, config in enumerate(sel.configs)}
    for o in sel.outcomes:
        groups.setdefault((index[o.config], o.task, o.lang), []).append(o)
    pages = {}
    for (ci, task, lang), outs in groups.items():
        rel = key_page(ci, task, lang)
        info = sel.tasks.get(task)
        keys = [{"sample": o.sample, "outcome": o.outcome, "solved_round": o.solved_round, "run_id": o.run_id,
                 "attempts": [_attempt_view(a) for a in o.all_attempts]} for o in sorted(outs, key=lambda o: o.sample)]
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.render(task=task, lang=lang, label=sel.label(sel.configs[ci]), keys=keys,
                                        title=info.title if info else "", family=info.family if info else "",
                                        difficulty=info.difficulty if info else "", back="../../index.html"),
                        encoding="utf-8")
        pages[(ci, task, lang)] = rel
    return pages


def _data_uri(path: Path) -> str:
    kind = "image/svg+xml" if path.suffix == ".svg" else "image/png"
    return f"data:{kind};base64," + base64.b64encode(path.read_bytes()).decode()


def write_html(sel: Selection, data: ReportData, tables: list[Table], plot_dir: Path, out: Path) -> Path:
    pages = write_key_pages(sel, out)
    index = {sel.label(config): i for i, config in enumerate(sel.configs)}
    matrix = next(t for t in tables if t.name == "matrix")
    columns = matrix_columns(data)
    links = {}
    for r, row in enumerate(matrix.rows):
        for c, column in enumerate(columns, start=3):
            label, _, lang = column.rpartition(" / ")
            page = pages.get((index[label], row[0], lang))
            if page and row[c] is not None:
                links[(r, c)] = page
    plots = [{"name": p.stem, "title": PLOT_TITLES.get(p.stem, p.stem), "uri": _data_uri(p)}
             for p in sorted(plot_dir.glob("*.svg"), key=lambda p: list(PLOT_TITLES).index(p.stem)
                             if p.stem in PLOT_TITLES else 99)]
    html = _env().get_template("index.html.j2").render(
        tables=tables, matrix_html=matrix.html(sortable=True, cell_links=links), plots=plots, configs=data.configs,
        langs=data.langs, task_count=len(sel.tasks), warnings=data.warnings,
        generated=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    path = out / "index.html"
    path.write_text(html, encoding="utf-8")
    return path
