"""Commands for runs and reports: eval, table, new-task, clean-containers."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def cmd_eval(args: argparse.Namespace) -> int:
    from runners.run import EvalConfig, run_eval

    cfg = EvalConfig(model=args.model, langs=args.langs, rounds=args.rounds, samples=args.samples, tasks=args.tasks,
                     tasks_dir=args.tasks_dir, results_dir=args.results, run_id=args.run_id, backend=args.backend,
                     api_base=args.api_base, temperature=args.temperature, max_tokens=args.max_tokens,
                     model_workers=args.model_workers, verifier_workers=args.verifier_workers,
                     cache_dir=None if args.no_cache else args.cache_dir, time_limit_s=args.time_limit, wall_s=args.wall,
                     max_retries=args.max_retries, retry_base_s=args.retry_base, progress_bar=not args.quiet)
    summary = run_eval(cfg)
    print(f"run {summary.run_id}: {summary.keys} keys, {summary.skipped} already done, "
          f"{summary.passed} passed, {summary.failed} failed, {summary.cheated} cheated, "
          f"{summary.unfinished} unfinished (ERROR)")
    print(f"results: {summary.directory}/attempts.jsonl  manifest: {summary.directory}/manifest.json")
    if summary.unfinished:
        print("some keys stopped on infrastructure errors; re-run the same command to retry them", file=sys.stderr)
        return 3
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
    p.add_argument("--model", default="oracle", help="oracle, replay:<file.jsonl>, or any litellm model string")
    words(p, "--langs", default=["dafny"])
    p.add_argument("--rounds", type=int, default=5, help="rounds per key, the first included")
    p.add_argument("--samples", type=int, default=1, help="independent samples per task (pass@k)")
    words(p, "--tasks", default=None, help="task ids (default: all)")
    p.add_argument("--results", type=Path, default=Path("results"))
    p.add_argument("--run-id", default=None, help="default: derived from model, parameters and rounds (resumes)")
    p.add_argument("--api-base", default=os.environ.get("VERICODE_API_BASE"), help="for OpenAI-compatible servers")
    p.add_argument("--temperature", type=float, default=0.0)
    p.add_argument("--max-tokens", type=int, default=4096)
    p.add_argument("--model-workers", type=int, default=8, help="concurrent model calls")
    p.add_argument("--verifier-workers", type=int, default=os.cpu_count() or 2, help="concurrent verifier processes")
    p.add_argument("--cache-dir", type=Path, default=Path(".cache/responses"))
    p.add_argument("--no-cache", action="store_true")
    p.add_argument("--max-retries", type=int, default=6, help="retries of rate limits, timeouts and 5xx per call")
    p.add_argument("--retry-base", type=float, default=1.0, help="first backoff delay in seconds (doubles each retry)")
    p.add_argument("--quiet", action="store_true")
    add_backend(p)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("table", help="comparison table (Markdown + CSV) over all runs")
    p.add_argument("--results", type=Path, default=Path("results"))
    p.add_argument("--out", type=Path, default=None, help="folder for table.md/table.csv (default: results)")
    p.set_defaults(func=cmd_table)

    p = sub.add_parser("new-task", help="scaffold a task folder in all three languages")
    p.add_argument("name")
    p.add_argument("--title", default=None)
    p.set_defaults(func=cmd_new_task)

    p = sub.add_parser("clean-containers", help="remove verifier containers left by crashed runs")
    p.set_defaults(func=cmd_clean_containers)
