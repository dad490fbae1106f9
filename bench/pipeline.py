"""Is a run as fast as its slowest resource?

A local OpenAI-compatible server answers every request after `--latency` seconds with the task's
reference (so every key passes in round 1), and `vericode eval` runs as a user starts it (a
subprocess, imports, litellm and start-up included) over the first N Dafny tasks. Beside it, in
the same invocation, the same references are verified bare (`dafny /compile:0`, one after the
other ones through a pool of `--verifier-workers` threads) to get the verifier-bound time, right
before each eval, so that both see the same load; `--repeat` pairs give the median. Printed per N
and backend:

  model-bound     N x latency / model workers
  verifier-bound  wall time of the bare verifications through the same number of workers
  wall            the eval's wall time
  ratio           wall / max(model-bound, verifier-bound)
  ratio+          wall / (max(...) + one latency + one verification): what is unavoidable,
                  since the first verification cannot start before the first reply and the last
                  reply still has to be verified. Target: ratio+ <= 1.05.

usage: python bench/pipeline.py [--sizes 16 50] [--latency 2] [--backends local docker]
                                [--model-workers 8] [--verifier-workers 2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
from concurrent.futures import ThreadPoolExecutor
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from runners.models import CallContext, OracleModel  # noqa: E402
from runners.tasks import Task, discover  # noqa: E402
from tests.fake_llm import FakeLLM  # noqa: E402

TITLE = re.compile(r"^# Task: (.+)$", re.M)
MODEL_NOISE = "unknown parameter 'model_compress'"


def oracle_responder(tasks: list[Task]):
    """Answer each request with the reference of the task its prompt names."""
    by_title = {t.meta.title: t for t in tasks}
    oracle = OracleModel()

    def respond(body: dict) -> tuple[int, str]:
        user = next(m["content"] for m in body["messages"] if m["role"] == "user")
        task = by_title[TITLE.search(user).group(1).strip()]
        return 200, oracle.complete([], CallContext(task=task, lang="dafny", sample=0, round=1)).text

    return respond


def bare_verification_s(task: Task, time_limit: int) -> float:
    """One `dafny /compile:0` of the reference, as the harness would start it, outside any harness."""
    with tempfile.TemporaryDirectory(prefix="vericode-bench-") as tmp:
        target = Path(tmp) / "attempt.dfy"
        shutil.copy(task.files("dafny").reference_path, target)
        start = time.monotonic()
        out = subprocess.run(["dafny", "/compile:0", "/nologo", "/noCheating:1", f"/timeLimit:{time_limit}",
                              "/vcsCores:1", str(target)], capture_output=True, text=True, cwd=tmp)
        elapsed = time.monotonic() - start
    if "0 errors" not in out.stdout:
        lines = [ln for ln in out.stdout.splitlines() if MODEL_NOISE not in ln]
        sys.exit(f"the reference of {task.id} does not verify bare: {lines[-3:]}")
    return elapsed


def run_eval(tasks: list[Task], backend: str, latency: float, model_workers: int, verifier_workers: int,
             results: Path) -> tuple[float, str]:
    """Wall time of `vericode eval` against the fake server; its summary line."""
    with FakeLLM(responder=oracle_responder(tasks), delay_s=latency) as llm:
        cmd = [sys.executable, "-m", "runners", "eval", "--model", "openai/bench", "--api-base", llm.api_base,
               "--langs", "dafny", "--tasks", *[t.id for t in tasks], "--rounds", "1", "--backend", backend,
               "--model-workers", str(model_workers), "--verifier-workers", str(verifier_workers),
               "--no-cache", "--results", str(results), "--quiet", "--no-fidelity"]
        start = time.monotonic()
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT,
                             env={**os.environ, "VERICODE_API_KEY": "bench"})
        wall = time.monotonic() - start
    summary = next((ln for ln in out.stdout.splitlines() if ln.startswith("run ")), out.stderr.strip()[-300:])
    if out.returncode != 0 or f"{len(tasks)} passed" not in summary:
        sys.exit(f"eval failed ({out.returncode}): {summary}\n{out.stderr[-2000:]}")
    return wall, summary


def docker_available() -> bool:
    try:
        from runners.backends import image_candidates

        import docker

        client = docker.from_env()
        for name, _ in image_candidates("dafny"):
            try:
                client.images.get(name)
                return True
            except docker.errors.ImageNotFound:
                continue
    except Exception:
        pass
    return False


def bare_pool(tasks: list[Task], workers: int, time_limit: int) -> tuple[float, list[float]]:
    """Wall time of verifying every reference bare through `workers` threads, and each run's time."""
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        each = list(pool.map(lambda t: bare_verification_s(t, time_limit), tasks))
    return time.monotonic() - start, each


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--sizes", type=int, nargs="+", default=[16, 50])
    parser.add_argument("--latency", type=float, default=2.0, help="seconds the fake model takes per reply")
    parser.add_argument("--backends", nargs="+", default=["local", "docker"])
    parser.add_argument("--model-workers", type=int, default=8)
    parser.add_argument("--verifier-workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--time-limit", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3, help="bare/eval pairs per row (median shown)")
    args = parser.parse_args()

    tasks = [t for t in discover(ROOT / "tasks") if "dafny" in t.languages]
    sizes = [min(n, len(tasks)) for n in args.sizes]
    backends = [b for b in args.backends if b != "docker" or docker_available()]
    if "docker" in args.backends and "docker" not in backends:
        print("docker: no Dafny image is built (make images); skipped")
    print(f"latency {args.latency:g} s, {args.model_workers} model workers, {args.verifier_workers} verifier "
          f"workers, {args.repeat} pair(s) per row, load average at start {os.getloadavg()[0]:.1f}\n")
    print(f"{'N':>4s} {'backend':8s} {'model-bound':>11s} {'verif-bound':>11s} {'wall':>7s} {'ratio':>6s} {'ratio+':>7s}"
          f"   (medians; ratio+ of each pair: ...)")
    with tempfile.TemporaryDirectory(prefix="vericode-bench-") as tmp:
        for n in sizes:
            subset = tasks[:n]
            model_bound = n * args.latency / args.model_workers
            for backend in backends:
                bounds, walls, ratios, ratios_plus = [], [], [], []
                for r in range(args.repeat):
                    verifier_bound, each = bare_pool(subset, args.verifier_workers, args.time_limit)
                    wall, _ = run_eval(subset, backend, args.latency, args.model_workers, args.verifier_workers,
                                       Path(tmp) / f"{backend}-{n}-{r}")
                    floor = max(model_bound, verifier_bound)
                    bounds.append(verifier_bound)
                    walls.append(wall)
                    ratios.append(wall / floor)
                    ratios_plus.append(wall / (floor + args.latency + statistics.mean(each)))
                med = statistics.median
                print(f"{n:4d} {backend:8s} {model_bound:11.2f} {med(bounds):11.2f} {med(walls):7.2f} "
                      f"{med(ratios):6.3f} {med(ratios_plus):7.3f}   ({', '.join(f'{x:.3f}' for x in ratios_plus)})",
                      flush=True)
    print(f"\nload average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
