"""`vericode report` and `vericode regrade`: argparse commands, registered by runners/cli.py."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _labels(pairs: list[str] | None) -> dict[str, str]:
    labels = {}
    for pair in pairs or []:
        name, sep, text = pair.partition("=")
        if not sep or not name or not text:
            raise SystemExit(f"vericode report: --label wants RUN_OR_MODEL=TEXT, got {pair!r}")
        labels[name] = text
    return labels


def cmd_report(args: argparse.Namespace) -> int:
    from runners.report import write_report

    try:
        report = write_report(args.results, args.out, args.tasks_dir, plots=not args.no_plots, html=not args.no_html,
                              runs=args.runs, models=args.models, langs=args.langs, tasks=args.tasks,
                              families=args.families, labels=_labels(args.label))
    except FileNotFoundError as exc:
        print(f"vericode: {exc}", file=sys.stderr)
        return 2
    if not report.data.cells:
        print(f"no recorded keys under {args.results}/ match (run `make eval` first)", file=sys.stderr)
        return 1
    for warning in report.data.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(next(t for t in report.tables if t.name == "pass_rate").markdown())
    print(f"written: {len(report.files)} files under {report.out}/ (tables/*.md|csv|tex, report.md, report.json"
          + (", plots/*.svg|png" if not args.no_plots else "") + (", index.html" if not args.no_html else "") + ")")
    if not args.no_html:
        print(f"open {report.index.resolve().as_uri()}")
    return 0


def cmd_regrade(args: argparse.Namespace, make_grader) -> int:
    """`make_grader(lang, args, workers)` builds a grader the way `vericode check` does."""
    from runners.regrade import regrade_run

    summary = regrade_run(args.results, args.run, lambda lang: make_grader(lang, args, workers=args.workers),
                          tasks_dir=args.tasks_dir, run_id=args.run_id, langs=args.langs, tasks=args.tasks,
                          workers=args.workers, fidelity=not args.no_fidelity, refresh_fidelity=args.refresh_fidelity)
    print(f"re-graded {summary.original} into {summary.run_id}: {summary.keys} keys ({summary.skipped} done before), "
          f"{summary.rounds} rounds graded, {summary.changed} verdicts changed, {summary.errors} ERROR")
    if summary.changed_tasks:
        print(f"note: task files changed since the original run: {', '.join(summary.changed_tasks)}")
    print(f"results: {summary.directory}/attempts.jsonl; compare with `vericode report --runs {summary.original} "
          f"{summary.run_id}`")
    return 3 if summary.errors else 0


def add_commands(sub, add_backend, words, make_grader) -> None:
    p = sub.add_parser("report", help="every comparison table (md/csv/tex/json), plots and the HTML report")
    p.add_argument("--results", type=Path, default=Path("results"))
    p.add_argument("--out", type=Path, default=None, help="output folder (default: <results>/report)")
    words(p, "--runs", default=None, help="run ids (default: every run under --results)")
    words(p, "--models", default=None, help="model names to keep")
    words(p, "--langs", default=None)
    words(p, "--tasks", default=None)
    p.add_argument("--families", nargs="+", default=None, help="task families to keep (quote names with spaces)")
    p.add_argument("--label", action="append", default=None, metavar="RUN_OR_MODEL=TEXT",
                   help="row label for a run id or a model name (repeatable)")
    p.add_argument("--no-plots", action="store_true")
    p.add_argument("--no-html", action="store_true")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("regrade", help="grade a finished run's stored replies again (no model calls) into a new run")
    p.add_argument("run", help="run id under --results")
    p.add_argument("--results", type=Path, default=Path("results"))
    p.add_argument("--run-id", default=None, help="id of the new run (default: <run>-regrade-<UTC time>); "
                                                  "an existing re-grade of the same run resumes")
    words(p, "--langs", default=None)
    words(p, "--tasks", default=None)
    p.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="concurrent verifications")
    p.add_argument("--no-fidelity", action="store_true",
                   help="do not measure fidelity of PASS files the original run has no record for")
    p.add_argument("--refresh-fidelity", action="store_true",
                   help="measure every PASS file again instead of keeping the original's record for the same file")
    add_backend(p)
    p.set_defaults(func=lambda args: cmd_regrade(args, make_grader))
