"""What does the Docker sandbox cost per verification?

N verifications of the same small task's Dafny reference, three ways, interleaved round by round so
that load from other processes hits all three alike:
  local  bare LocalSandbox (host dafny)
  cold   DockerSandbox(reuse=False): a fresh container for every attempt (docker run per attempt)
  warm   DockerSandbox: one long-lived worker container reused for every attempt
Prints mean/median wall time per verification, the ratios to local, and the overhead in ms per
verification. A second table does the same for a no-op command (`true`), which shows the sandbox's
own cost without the verifier's run-to-run noise. Target: warm adds <= 50 ms per verification.

usage: python bench/sandbox_overhead.py [-n 10] [--task binary_search_lower_bound] [--image IMAGE] [--cpus N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from runners.backends import image_candidates  # noqa: E402
from runners.docker_sandbox import DockerSandbox  # noqa: E402
from runners.sandbox import Limits, LocalSandbox  # noqa: E402
from runners.tasks import load_task  # noqa: E402
from runners.verdict import Status  # noqa: E402
from runners.verify import Verifier  # noqa: E402


def dafny_task(task_id: str, scratch: Path):
    """The task restricted to its Dafny files (the other languages may be mid-edit)."""
    target = scratch / task_id
    shutil.copytree(ROOT / "tasks" / task_id, target, ignore=shutil.ignore_patterns("verus", "lean"))
    meta = yaml.safe_load((target / "task.yaml").read_text())
    meta["entry"] = {"dafny": meta["entry"]["dafny"]}
    meta["trivial"] = {k: v for k, v in (meta.get("trivial") or {}).items() if k == "dafny"}
    (target / "task.yaml").write_text(yaml.safe_dump(meta, sort_keys=False))
    return load_task(target)


def first_image() -> str:
    import docker

    client = docker.from_env()
    for name, _ in image_candidates("dafny"):
        try:
            client.images.get(name)
            return name
        except docker.errors.ImageNotFound:
            continue
    sys.exit("no Dafny image is built: run `make images`")


def summarize(label: str, times: dict[str, list[float]]) -> None:
    local = statistics.mean(times["local"])
    local_median = statistics.median(times["local"])
    print(f"\n{label}")
    local_min = min(times["local"])
    print(f"  {'mode':6s} {'mean s':>8s} {'median s':>8s} {'min s':>8s} {'x local':>8s}   "
          f"overhead ms/verification: {'mean':>8s} {'median':>8s} {'min':>8s}")
    for mode, values in times.items():
        mean, median, low = statistics.mean(values), statistics.median(values), min(values)
        print(f"  {mode:6s} {mean:8.3f} {median:8.3f} {low:8.3f} {mean / local:8.3f}   {'':26s}"
              f"{1000 * (mean - local):8.1f} {1000 * (median - local_median):8.1f} {1000 * (low - local_min):8.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("-n", type=int, default=10, help="verifications per mode (default 10)")
    parser.add_argument("--task", default="binary_search_lower_bound")
    parser.add_argument("--image", default=None, help="Dafny image (default: the one the harness would pick)")
    parser.add_argument("--cpus", type=float, default=float(os.cpu_count() or 1),
                        help="container CPU quota (default: all host cores, as the bare local run has; the harness "
                             "default Limits.cpus=1 measures the quota's effect on top of the sandbox's cost)")
    args = parser.parse_args()

    image = args.image or first_image()
    limits = Limits(wall_s=300, cpus=args.cpus)
    with tempfile.TemporaryDirectory() as scratch:
        task = dafny_task(args.task, Path(scratch))
        regions = task.files("dafny").reference_regions
        sandboxes = {"local": LocalSandbox(), "cold": DockerSandbox(image, reuse=False),
                     "warm": DockerSandbox(image, workers=1)}
        try:
            verifiers = {mode: Verifier("dafny", sb, limits=limits) for mode, sb in sandboxes.items()}
            versions = {mode: v.toolchain().version for mode, v in verifiers.items()}  # also warms the worker
            print(f"task {task.id}, {args.n} verifications per mode, image {image}, container CPU quota {args.cpus:g}")
            print(f"dafny versions: {versions}")

            verify_times: dict[str, list[float]] = {mode: [] for mode in sandboxes}
            noop_times: dict[str, list[float]] = {mode: [] for mode in sandboxes}
            for _ in range(args.n):
                for mode, verifier in verifiers.items():
                    start = time.perf_counter()
                    verdict = verifier.grade_contents(task, regions)
                    verify_times[mode].append(time.perf_counter() - start)
                    if verdict.status is not Status.PASS:
                        sys.exit(f"{mode}: the reference did not verify: {verdict.reason}")
                for mode, sandbox in sandboxes.items():
                    start = time.perf_counter()
                    result = sandbox.run(["true"], {f"{task.id}.dfy": "x"}, limits)
                    noop_times[mode].append(time.perf_counter() - start)
                    assert result.exit_code == 0, result
            summarize("Dafny verification of the reference (wall time per verification)", verify_times)
            summarize("No-op command `true` with one file (the sandbox's own cost)", noop_times)
            def diff(times: dict[str, list[float]], pick) -> float:
                return 1000 * (pick(times["warm"]) - pick(times["local"]))

            print(f"\nwarm-worker overhead per verification: median {diff(verify_times, statistics.median):.1f} ms, "
                  f"min {diff(verify_times, min):.1f} ms; sandbox alone (no-op): median "
                  f"{diff(noop_times, statistics.median):.1f} ms; target <= 50 ms")
            print(f"load average while measuring: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores "
                  "(verifier wall times are noisy on a busy machine; the no-op row is not)")
        finally:
            for sandbox in sandboxes.values():
                sandbox.close()


if __name__ == "__main__":
    main()
