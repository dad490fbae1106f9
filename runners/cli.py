"""Command line: `vericode eval|check|check-tasks|table|list|new-task|clean-containers`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from runners.backends import BACKENDS, BackendError
from runners.config import CheckTasksConfig, ConfigError, VerifierConfig, default
from runners.tasks import TaskError

DEFAULT_TASKS = Path("tasks")
DEFAULT_RESULTS = Path("results")


def _split(value: str) -> list[str]:
    return [v for v in value.replace(",", " ").split() if v]


class _Words(argparse.Action):
    """`--tasks a b`, `--tasks a,b` and `--tasks "a b"` all mean [a, b]."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        setattr(namespace, self.dest, [word for value in values for word in _split(value)])


def _words(p: argparse.ArgumentParser, flag: str, **kwargs) -> None:
    p.add_argument(flag, nargs="+", action=_Words, **kwargs)


def _add_backend(p: argparse.ArgumentParser) -> None:
    """--backend, --time-limit, --wall: defaults and help from runners/config.py (VerifierConfig)."""
    fields = VerifierConfig.model_fields
    p.add_argument("--backend", choices=BACKENDS, default=default(VerifierConfig, "backend"),
                   help=fields["backend"].description)
    p.add_argument("--time-limit", type=int, default=default(VerifierConfig, "time_limit_s"),
                   help=f"{fields['time_limit_s'].description} (default: %(default)s)")
    p.add_argument("--wall", type=float, default=default(VerifierConfig, "wall_s"),
                   help=f"{fields['wall_s'].description} (default: %(default)s)")


def _read_response(name: str) -> str:
    """The reply to grade, from a file or stdin; a one-line ConfigError if it is not UTF-8 text."""
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ConfigError(f"--response {name}: {exc.strerror or exc}") from None
    if b"\0" in data:
        raise ConfigError(f"--response {name}: a binary file; give the model's reply as UTF-8 text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"--response {name}: not UTF-8 text (byte {exc.start}); save the reply as UTF-8") from None


def _verifier(lang: str, args: argparse.Namespace, workers: int | None = None):
    from runners.verify import make_grader

    return make_grader(lang, args.backend, workers=workers, wall_s=args.wall, time_limit_s=args.time_limit)


# -- check ------------------------------------------------------------------------------------

def cmd_check(args: argparse.Namespace) -> int:
    from runners.tasks import load_task

    task_dir = Path(args.task)
    if not task_dir.exists() and (args.tasks_dir / args.task).exists():
        task_dir = args.tasks_dir / args.task
    task = load_task(task_dir)
    response = _read_response(args.response)
    verifier, _ = _verifier(args.lang, args)
    from runners import early_check
    from runners.sandbox.process import discard_early

    # The run started before this process loaded its typed layer used this nonce (early_check.py).
    verifier.first_nonce = early_check.nonce
    try:
        verdict = verifier.grade_response(task, response)
    finally:
        verifier.sandbox.close()
        discard_early()  # not asked for (the reply was rejected first, or another run was): stop it
    if args.json:
        print(verdict.model_dump_json(indent=2))
    else:
        print(f"{verdict.status.value}  category={verdict.category.value}  ({verdict.timings.total_s:.2f} s, {verdict.backend})")
        if verdict.reason and verdict.status.value != "PASS":
            print(f"reason: {verdict.reason}")
        for d in verdict.diagnostics:
            print("  " + d.render().replace("\n", "\n  "))
    return 0 if verdict.passed else 1


# -- check-tasks ------------------------------------------------------------------------------

def cmd_check_tasks(args: argparse.Namespace) -> int:
    from concurrent.futures import ThreadPoolExecutor  # here: with logging, 15 ms of every `check`

    from tqdm import tqdm

    from runners.soundness import Outcome, check_jobs, render_table
    from runners.tasks import discover

    from runners.config import build

    cfg = build(CheckTasksConfig, backend=args.backend, time_limit_s=args.time_limit, wall_s=args.wall,
                workers=args.workers)
    langs = args.langs
    _known_langs(langs)
    tasks = discover(args.tasks_dir, args.tasks)
    args.workers = cfg.workers
    required = set(args.require_run or [])
    jobs = []
    verifiers = {}
    for lang in langs:
        verifiers[lang], _ = _verifier(lang, args, workers=args.workers)
    for task in tasks:
        for lang in langs:
            if lang in task.languages:
                jobs.extend(check_jobs(task, lang, verifiers[lang]))
    results = []
    try:
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            futures = [pool.submit(fn) for _, fn in jobs]
            for future in tqdm(futures, desc="check-tasks", unit="check", disable=args.quiet):
                results.append(future.result())
    finally:
        for v in verifiers.values():
            v.sandbox.close()
    print(render_table(results))
    bad = [r for r in results if r.outcome is Outcome.BAD]
    not_run = [r for r in results if r.outcome is Outcome.NOT_RUN]
    for r in bad:
        print(f"BAD  {r.task}/{r.lang}/{r.check}: {r.status} {r.detail}")
    forced = [r for r in not_run if r.lang in required]
    for r in forced:
        print(f"NOT-RUN but required  {r.task}/{r.lang}/{r.check}: {r.detail}")
    ok = len(results) - len(bad) - len(not_run)
    print(f"{ok} passed, {len(bad) + len(forced)} failed, {len(not_run) - len(forced)} skipped  (checks: ok / bad / not run)")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps([r.model_dump(mode="json") for r in results], indent=1))
    return 1 if bad or forced else 0


def _known_langs(langs: list[str]) -> None:
    from runners.langinfo import LANGUAGES

    unknown = [lang for lang in langs if lang not in LANGUAGES]
    if unknown:
        raise ConfigError(f"--langs: unknown language {', '.join(unknown)}; choose from {', '.join(LANGUAGES)}")


# -- list -------------------------------------------------------------------------------------

def cmd_list(args: argparse.Namespace) -> int:
    from runners.tasks import STATUSES, discover

    if args.markdown:
        from runners.corpus import corpus_markdown

        print(corpus_markdown(discover(args.tasks_dir, statuses=STATUSES)), end="")
        return 0
    for task in discover(args.tasks_dir):
        print(f"{task.id:36} {task.meta.category:8} {task.meta.difficulty:7} {','.join(sorted(task.languages))}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vericode", description="Benchmark harness for vericoding")
    parser.add_argument("--tasks-dir", type=Path, default=DEFAULT_TASKS)
    parser.add_argument("--task-set", dest="taskset", default=None,
                        help="a named task set instead of --tasks-dir: default (tasks/), algoveri (tasks-algoveri/)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("check", help="grade one candidate reply or file against a task")
    p.add_argument("task", help="task id or folder")
    from runners.languages.registry import names as language_names

    p.add_argument("--lang", default="dafny", choices=language_names(), help="a registered language")
    p.add_argument("--response", required=True, help="file with a raw model reply or a whole file; - for stdin")
    p.add_argument("--json", action="store_true", help="print the verdict as JSON")
    _add_backend(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("check-tasks", help="soundness gate: reference PASS, empty/trivial FAIL, vectors")
    _words(p, "--tasks", default=None, help="task ids (default: all)")
    _words(p, "--langs", default=["dafny"])
    _words(p, "--require-run", default=None,
           help="languages whose checks must actually run (NOT-RUN counts as failure)")
    p.add_argument("--workers", type=int, default=default(CheckTasksConfig, "workers"),
                   help=f"{CheckTasksConfig.model_fields['workers'].description} (default: %(default)s)")
    p.add_argument("--json-out", default=None, help="also write the results as JSON here")
    p.add_argument("--quiet", action="store_true")
    _add_backend(p)
    p.set_defaults(func=cmd_check_tasks)

    from runners.importers.cli import add_command as add_import_algoveri

    add_import_algoveri(sub)

    p = sub.add_parser("list", help="list tasks")
    p.add_argument("--markdown", action="store_true", help="the corpus by family, as in docs/CORPUS.md (every status)")
    p.set_defaults(func=cmd_list)

    from runners import cli_eval

    cli_eval.add_commands(sub, _add_backend, _words)
    from runners.fidelity.cli import add_command as add_fidelity

    add_fidelity(sub, _add_backend, _words)
    from runners.report import cli as report_cli

    # regrade builds its graders the way `check` does (_verifier)
    report_cli.add_commands(sub, _add_backend, _words, _verifier)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.taskset is not None:
            from runners.config import taskset_dir, taskset_results

            args.tasks_dir = taskset_dir(args.taskset)
            for name in ("results_dir", "results"):  # eval's --results, and the report commands'
                if isinstance(getattr(args, name, None), Path):
                    setattr(args, name, taskset_results(args.taskset, getattr(args, name)))
        return args.func(args)
    except (TaskError, BackendError, ConfigError) as exc:
        print(f"vericode: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("vericode: interrupted; re-run the same command to resume", file=sys.stderr)
        return 130
