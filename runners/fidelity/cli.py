"""`vericode fidelity`: measure the references (or one reply) and optionally ask an LLM judge.

    vericode fidelity                               every stable task's Dafny reference
    vericode fidelity --tasks quick_sort heap_sort
    vericode fidelity --tasks quick_sort --response reply.md   a reply: graded first, measured if PASS
    vericode fidelity --tasks gcd --judge openai/gpt-4o-mini   also the judge's opinion

Exit status 0 when every measured file is `faithful`, 1 otherwise (a reference that is not
faithful, or whose cost could not be measured, is a bug of the task or of its declaration).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def _row(task_id: str, result) -> str:
    costs = " ".join(f"{m.size}:{m.cost}{'+' if m.exceeded else ''}" for m in result.measurements)
    slope = "" if result.slope is None else f"{result.slope:+.2f}"
    judge = f"  judge={result.judge.verdict}" if result.judge else ""
    return f"{task_id:36} {result.verdict:12} {result.expect:12} {slope:>6}  {costs}{judge}"


def cmd_fidelity(args: argparse.Namespace) -> int:
    from concurrent.futures import ThreadPoolExecutor

    from runners.fidelity.judge import judge
    from runners.fidelity.runner import check
    from runners.tasks import discover
    from runners.verify import make_grader

    tasks = [t for t in discover(args.tasks_dir, args.tasks) if args.lang in t.languages]
    if args.response and len(tasks) != 1:
        print("vericode fidelity: --response needs exactly one task (--tasks <id>)")
        return 2
    grader, _ = make_grader(args.lang, args.backend, workers=args.workers, wall_s=args.wall,
                            time_limit_s=args.time_limit)
    sandbox = grader.sandbox
    judge_model = None
    if args.judge:
        from runners.models import make_model

        judge_model = make_model(args.judge, api_base=args.api_base, cache_dir=None)

    def one(task):
        files = task.files(args.lang)
        if args.response:
            verifier = grader
            verdict = verifier.grade_response(task, Path(args.response).read_text(encoding="utf-8"))
            if not verdict.passed:
                return task, None, f"{verdict.status.value} {verdict.category.value}: {verdict.reason}"
            source = verdict.source
            contents = verifier.language.extract(Path(args.response).read_text(encoding="utf-8"), task)
        else:
            source, contents = files.reference_text, files.reference_regions
        result = check(task, args.lang, source, sandbox)
        if judge_model is not None:
            result.judge = judge(judge_model, task, args.lang, "\n".join(contents.values()))
        return task, result, ""

    try:
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            outcomes = list(pool.map(one, tasks))
    finally:
        sandbox.close()
    print(f"{'task':36} {'verdict':12} {'expect':12} {'slope':>6}  size:cost (+ = budget exceeded)")
    bad = 0
    for task, result, problem in outcomes:
        if result is None:
            print(f"{task.id:36} not graded: {problem}")
            bad += 1
            continue
        print(_row(task.id, result))
        if result.verdict != "faithful":
            bad += 1
            print(f"  {result.reason[:400]}")
    counts = {v: sum(1 for _, r, _ in outcomes if r and r.verdict == v) for v in ("faithful", "too_slow", "not_checked")}
    print(", ".join(f"{n} {v}" for v, n in counts.items()))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(
            {t.id: (r.model_dump(mode="json") if r else {"error": p}) for t, r, p in outcomes}, indent=1))
    return 1 if bad else 0


def add_command(sub, add_backend, words) -> None:
    p = sub.add_parser("fidelity", help="measure whether references (or a reply) have the named algorithm's cost growth")
    words(p, "--tasks", default=None, help="task ids (default: the stable tasks)")
    from runners.languages.registry import names as language_names

    p.add_argument("--lang", default="dafny", choices=language_names())
    p.add_argument("--response", default=None, help="a reply or whole file for the one task: graded, then measured")
    p.add_argument("--judge", default=None, help="also ask this litellm model whether the code is the named algorithm")
    p.add_argument("--api-base", default=None, help="endpoint of an OpenAI-compatible server for --judge")
    p.add_argument("--workers", type=int, default=1, help="cost runs at a time (each compiles with one core)")
    p.add_argument("--json-out", default=None, help="also write the results as JSON here")
    add_backend(p)
    p.set_defaults(func=cmd_fidelity)
