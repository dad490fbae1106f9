"""Comparison reports over recorded runs (`vericode report`, `vericode table`).

The names below live in the submodules (`build`, `analysis`, `data`, `stats`, `table`, `tables`)
and are imported on first use: every command builds the CLI parser, which registers the report
commands, and the report's imports (pydantic models, statistics) would otherwise cost every
`vericode check` about 0.2 s of start-up.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOME = {
    "Report": "build", "write_report": "build",
    "ReportData": "analysis", "analyse": "analysis",
    "Selection": "data", "select": "data",
    "mcnemar_exact": "stats", "pass_at_k": "stats", "wilson": "stats",
    "Row": "table", "build_rows": "table", "csv_text": "table", "markdown": "table", "write_tables": "table",
    "Table": "tables", "all_tables": "tables",
}

__all__ = sorted(_HOME)


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'runners.report' has no attribute {name!r}")
    return getattr(importlib.import_module(f"runners.report.{_HOME[name]}"), name)
