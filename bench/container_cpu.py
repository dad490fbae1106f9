"""Where does a warm Docker worker's extra time per verification go?

Wall time alone cannot say (and on a busy machine it is mostly noise), so every verification is
measured three ways, interleaved round by round across the modes:
  wall       seconds, as the harness sees it
  cpu        CPU seconds the verification used: the host's child rusage for `local`; the
             container's cgroup CPU accounting (cpuacct.usage / cpu.stat usage_usec) for workers
  throttled  how long the CFS quota (`--cpus`) held the container back (cpu.stat throttled_time /
             throttled_usec) and in how many 100 ms periods

The modes are `local` (host dafny) and one warm worker per `--cpus` value (the harness default is
Limits.cpus = 1). More CPU in a worker than on the host means the container makes the verifier do
more work; throttled time means the quota, not the container, costs the time.

usage: python bench/container_cpu.py [-n 8] [--task binary_search_lower_bound] [--cpus 1 2]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sandbox_overhead import dafny_task, first_image  # noqa: E402
from runners.docker_sandbox import DockerSandbox  # noqa: E402
from runners.sandbox import Limits, LocalSandbox  # noqa: E402
from runners.verdict import Status  # noqa: E402
from runners.verify import Verifier  # noqa: E402


class CgroupCpu:
    """CPU use and throttling of one container, read from the host's cgroup files (v1 or v2)."""

    def __init__(self, container_id: str):
        v1 = Path("/sys/fs/cgroup/cpu/docker") / container_id
        v2 = Path("/sys/fs/cgroup/system.slice") / f"docker-{container_id}.scope"
        if v1.is_dir():
            self.usage = lambda: int((Path("/sys/fs/cgroup/cpuacct/docker") / container_id / "cpuacct.usage")
                                     .read_text()) / 1e9
            self.stat_file, self.throttled_key, self.scale = v1 / "cpu.stat", "throttled_time", 1e9
        elif v2.is_dir():
            self.usage = lambda: self._stat()["usage_usec"] / 1e6
            self.stat_file, self.throttled_key, self.scale = v2 / "cpu.stat", "throttled_usec", 1e6
        else:
            raise SystemExit(f"no cgroup found for container {container_id[:12]} (neither {v1} nor {v2})")

    def _stat(self) -> dict[str, int]:
        return {k: int(v) for k, v in (line.split() for line in self.stat_file.read_text().splitlines())}

    def sample(self) -> tuple[float, float, int]:
        stat = self._stat()
        return self.usage(), stat[self.throttled_key] / self.scale, stat["nr_throttled"]


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("-n", type=int, default=8, help="verifications per mode")
    parser.add_argument("--task", default="binary_search_lower_bound")
    parser.add_argument("--cpus", type=float, nargs="+", default=[1.0, 2.0], help="quotas of the warm workers")
    parser.add_argument("--image", default=None)
    args = parser.parse_args()

    image = args.image or first_image()
    with tempfile.TemporaryDirectory() as scratch:
        task = dafny_task(args.task, Path(scratch))
        regions = task.files("dafny").reference_regions
        modes: dict[str, tuple[Verifier, CgroupCpu | None]] = {"local": (Verifier("dafny", LocalSandbox(),
                                                                                  limits=Limits(wall_s=300)), None)}
        try:
            for cpus in args.cpus:
                sandbox = DockerSandbox(image, workers=1)
                verifier = Verifier("dafny", sandbox, limits=Limits(wall_s=300, cpus=cpus))
                verifier.toolchain()  # starts the worker
                verifier.grade_contents(task, regions)  # and warms it
                [cid] = sandbox.worker_ids()
                modes[f"warm cpus={cpus:g}"] = (verifier, CgroupCpu(cid))
            modes["local"][0].grade_contents(task, regions)
            rows: dict[str, list[tuple[float, float, float, int]]] = {m: [] for m in modes}
            for _ in range(args.n):
                for mode, (verifier, cgroup) in modes.items():
                    before = cgroup.sample() if cgroup else (children_cpu(), 0.0, 0)
                    start = time.perf_counter()
                    verdict = verifier.grade_contents(task, regions)
                    wall = time.perf_counter() - start
                    after = cgroup.sample() if cgroup else (children_cpu(), 0.0, 0)
                    if verdict.status is not Status.PASS:
                        sys.exit(f"{mode}: the reference did not verify: {verdict.reason}")
                    rows[mode].append((wall, after[0] - before[0], after[1] - before[1], after[2] - before[2]))
            print(f"task {task.id}, {args.n} verifications per mode, image {image}, "
                  f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
            print(f"  {'mode':14s} {'wall s':>7s} {'cpu s':>7s} {'cpu/wall':>8s} {'throttled ms':>12s} "
                  f"{'periods':>7s}   (medians per verification)")
            med = statistics.median
            for mode, values in rows.items():
                wall, cpu, thr, periods = (med(col) for col in zip(*values))
                print(f"  {mode:14s} {wall:7.3f} {cpu:7.3f} {cpu / wall:8.2f} {1000 * thr:12.1f} {periods:7.0f}")
        finally:
            for verifier, _ in modes.values():
                verifier.sandbox.close()


if __name__ == "__main__":
    main()
