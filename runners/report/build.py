"""Building the comparison report (behind `runners.report`, which re-exports these names).

`write_report` (behind `vericode report` / `make report`) writes, under results/report/:
  tables/<name>.{md,csv,tex}   every table in Markdown, CSV and LaTeX (booktabs)
  report.md, report.json       all tables in one Markdown file; every number as JSON
  plots/<name>.{svg,png}       matplotlib plots
  index.html, keys/...         the self-contained HTML report and one page per (configuration, task, language)
`write_tables` (behind `vericode table`) is the short Markdown + CSV summary.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from runners.report.analysis import ReportData, analyse
from runners.report.data import Selection, select
from runners.report.stats import mcnemar_exact, pass_at_k, wilson
from runners.report.table import Row, build_rows, csv_text, markdown, write_tables
from runners.report.tables import Table, all_tables

__all__ = ["Report", "ReportData", "Row", "Table", "analyse", "build_rows", "csv_text", "markdown", "mcnemar_exact",
           "pass_at_k", "select", "wilson", "write_report", "write_tables"]


@dataclass
class Report:
    out: Path
    selection: Selection
    data: ReportData
    tables: list[Table]
    files: list[Path]

    @property
    def index(self) -> Path:
        return self.out / "index.html"


def write_report(results: Path, out: Path | None = None, tasks_dir: Path = Path("tasks"), *, plots: bool = True,
                 html: bool = True, **filters) -> Report:
    """Every table in every format, the plots and the HTML report; `filters` go to `data.select`."""
    sel = select(Path(results), Path(tasks_dir), **filters)
    data = analyse(sel)
    tables = all_tables(data, sel.tasks)
    out = Path(out or Path(results) / "report")
    table_dir = out / "tables"
    table_dir.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for t in tables:
        for suffix, text in ((".md", t.markdown()), (".csv", t.csv()), (".tex", t.latex())):
            path = table_dir / f"{t.name}{suffix}"
            path.write_text(text, encoding="utf-8")
            files.append(path)
    summary = out / "report.md"
    summary.write_text("# vericode comparison report\n\n" + "\n".join(t.markdown() for t in tables), encoding="utf-8")
    as_json = out / "report.json"
    payload = {"data": data.model_dump(mode="json"),
               "tables": [{"name": t.name, "title": t.title, "columns": t.columns, "warnings": t.warnings,
                           "notes": t.notes, "rows": [[_json_cell(c) for c in row] for row in t.rows]} for t in tables]}
    as_json.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
    files += [summary, as_json]
    plot_dir = out / "plots"
    if plots and data.cells:
        from runners.report.plots import write_plots

        files += write_plots(data, plot_dir)
    if html:
        from runners.report.html import write_html

        files.append(write_html(sel, data, tables, plot_dir, out))
    return Report(out=out, selection=sel, data=data, tables=tables, files=files)


def _json_cell(cell):
    if hasattr(cell, "raw"):
        return cell.raw()
    return cell
