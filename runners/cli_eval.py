"""Commands for runs and reports: eval, config, table, new-task, clean-containers.

eval's flags take their defaults and help texts from runners/config.py (`EvalConfig`), the one
place defaults are written; `vericode config` prints them (the Makefile's `make help` shows it).

Exit codes of eval: 0 done; 2 configuration error (one line, nothing written); 3 some keys stopped
on infrastructure ERRORs (re-run to retry them); 4 stopped early by --max-cost; 1 could not
record (disk); 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from runners.config import EvalConfig, build, default, describe


def _opt(p: argparse.ArgumentParser, field: str, **kwargs) -> None:
    """A flag whose name, default and help come from EvalConfig's field."""
    info = EvalConfig.model_fields[field]
    flag = info.json_schema_extra["flag"]  # type: ignore[index]
    kwargs.setdefault("default", default(EvalConfig, field))
    shown = kwargs["default"]
    p.add_argument(flag, dest=field, help=f"{info.description} (default: {shown})", **kwargs)


def cmd_eval(args: argparse.Namespace) -> int:
    from runners.run import estimate, run_eval

    values = {name: getattr(args, name) for name in EvalConfig.model_fields if hasattr(args, name)}
    values.update(tasks_dir=args.tasks_dir, backend=args.backend, time_limit_s=args.time_limit, wall_s=args.wall)
    if args.no_cache:
        values["cache_dir"] = None
    values["progress_bar"] = not args.quiet
    cfg = build(EvalConfig, **values)
    if cfg.dry_run:
        return _print_estimate(estimate(cfg))
    summary = run_eval(cfg)
    _print_summary(summary)
    if summary.stopped == "interrupted":
        print(f"vericode: interrupted. Re-run the same command to resume run {summary.run_id}.", file=sys.stderr)
        return 130
    if summary.stopped == "disk":
        print(f"vericode: stopped: {summary.stop_detail}. Free space, then re-run the same command to resume.",
              file=sys.stderr)
        return 1
    if summary.stopped == "budget":
        print(f"vericode: stopped by the budget ({summary.stop_detail}); re-run with a higher --max-cost to continue "
              f"run {summary.run_id}.", file=sys.stderr)
        return 4
    if summary.unfinished:
        print("some keys stopped on infrastructure errors; re-run the same command to retry them", file=sys.stderr)
        return 3
    return 0


def _print_summary(s) -> None:
    rate = f"{100 * s.pass_rate:.1f}%" if s.pass_rate is not None else "n/a"
    cost = f"${s.cost_usd:.4f}" + ("" if s.cost_known else " (+ calls litellm has no price for)")
    print(f"run {s.run_id}: {s.keys} keys, {s.skipped} already done, {s.passed} passed, {s.failed} failed, "
          f"{s.cheated} cheated, {s.unfinished} unfinished (ERROR or stopped), {s.not_started} not started")
    print(f"  pass {rate} of keys scored now; {s.calls} model replies ({s.cached} cached, {s.retries} retries); "
          f"tokens {s.prompt_tokens} in / {s.completion_tokens} out; cost {cost}; wall {s.wall_s:.1f} s")
    for reason, n in s.errors.items():
        print(f"  ERROR x{n}: {reason}")
    print(f"results: {s.directory}/attempts.jsonl  manifest: {s.directory}/manifest.json")


def _print_estimate(e) -> int:
    def money(x: float | None) -> str:
        return "unknown (litellm has no price for this model)" if x is None else f"${x:.4f}"

    print(f"dry run of {e.run_id}: {e.keys} keys, {e.todo} to play ({e.keys - e.todo} already done)")
    print(f"  model calls: {e.calls_min} (all pass at once) to {e.calls_max} (every round used)")
    print(f"  prompt tokens: {e.prompt_tokens_min} to {e.prompt_tokens_max}; reply tokens: up to {e.completion_tokens_max}")
    print(f"  cost: {money(e.cost_min_usd)} (prompts of one round, no reply) to {money(e.cost_max_usd)} (upper bound)")
    print("nothing was called or written")
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    rows = describe(EvalConfig)
    if args.get:
        match = [r for r in rows if args.get in (r[0], r[1].lstrip("-"))]
        if not match:
            print(f"vericode: no setting {args.get!r}; `vericode config` lists them", file=sys.stderr)
            return 2
        value = match[0][2]
        print(" ".join(value) if isinstance(value, list) else "" if value is None else value)
        return 0
    if args.json:
        print(json.dumps({name: value for name, _, value, _ in rows}, default=str, indent=1))
        return 0
    for name, flag, value, text in rows:
        shown = " ".join(value) if isinstance(value, list) else value
        print(f"  {flag:22} {str(shown):20} {text}")
    return 0


def cmd_table(args: argparse.Namespace) -> int:
    from runners.report import write_tables

    md, cs, rows = write_tables(args.results, args.out)
    if not rows:
        print(f"no finished runs under {args.results}/ (run `make eval` first)", file=sys.stderr)
        return 1
    print(md.read_text(encoding="utf-8"))
    print(f"written: {md} and {cs}")
    return 0


def cmd_new_task(args: argparse.Namespace) -> int:
    from runners.scaffold import scaffold_task

    created = scaffold_task(args.tasks_dir, args.name, args.title)
    for path in created:
        print(f"created {path}")
    print(f"next: fill in {args.tasks_dir / args.name}/task.yaml, the specs and references, then "
          f"`make check-tasks TASKS={args.name}`")
    return 0


def cmd_clean_containers(args: argparse.Namespace) -> int:
    try:
        from runners.docker_sandbox import remove_leftovers
    except ImportError:
        print("docker backend not available", file=sys.stderr)
        return 1
    removed = remove_leftovers()
    print(f"removed {removed} leftover verifier container(s)")
    return 0


def add_commands(sub, add_backend, words) -> None:
    p = sub.add_parser("eval", help="run a model over tasks with the repair loop (resumable)")
    _opt(p, "model")
    words(p, "--langs", dest="langs", default=default(EvalConfig, "langs"),
          help=EvalConfig.model_fields["langs"].description)
    _opt(p, "rounds", type=int)
    _opt(p, "samples", type=int)
    words(p, "--tasks", dest="tasks", default=None, help=EvalConfig.model_fields["tasks"].description)
    _opt(p, "results_dir", type=Path)
    _opt(p, "run_id")
    _opt(p, "api_base", default=os.environ.get("VERICODE_API_BASE"))
    _opt(p, "temperature", type=float)
    _opt(p, "max_tokens", type=int)
    _opt(p, "timeout_s", type=float)
    _opt(p, "model_workers", type=int)
    _opt(p, "verifier_workers", type=int)
    _opt(p, "reply_backlog", type=int)
    _opt(p, "cache_dir", type=Path)
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the reply cache")
    _opt(p, "max_retries", type=int)
    _opt(p, "retry_base_s", type=float)
    _opt(p, "infra_retries", type=int)
    _opt(p, "infra_retry_base_s", type=float)
    _opt(p, "max_cost", type=float)
    _opt(p, "limit", type=int)
    _opt(p, "dry_run", action="store_true")
    _opt(p, "allow_mixed", action="store_true")
    _opt(p, "fidelity", action=argparse.BooleanOptionalAction)
    _opt(p, "ray_address")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    add_backend(p)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("config", help="the run settings: flag, default and meaning (what `make help` shows)")
    p.add_argument("--get", default=None, help="print one setting's default (by field or flag name), e.g. rounds")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_config)

    p = sub.add_parser("table", help="comparison table (Markdown + CSV) over all runs")
    p.add_argument("--results", type=Path, default=default(EvalConfig, "results_dir"))
    p.add_argument("--out", type=Path, default=None, help="folder for table.md/table.csv (default: results)")
    p.set_defaults(func=cmd_table)

    p = sub.add_parser("new-task", help="scaffold a task folder in all three languages")
    p.add_argument("name")
    p.add_argument("--title", default=None)
    p.set_defaults(func=cmd_new_task)

    p = sub.add_parser("clean-containers", help="remove verifier containers left by crashed runs")
    p.set_defaults(func=cmd_clean_containers)
