"""Throughput of --backend ray against the number of worker nodes (one CPU and one Dafny slot each).

A local Ray cluster on 127.0.0.1 (ray.cluster_utils.Cluster: head with no verifier resource, then
1, 2, ... worker nodes added one at a time); for each size a RayGrader grades the same batch of
replies (the reference of a Dafny task, so every verification runs the verifier to the end) with
as many requests in flight as there are slots. Prints verifications per minute and the speed-up
over one node. All nodes share this machine's cores, so the speed-up here is bounded by them;
on a real cluster each node brings its own.

    .venv/bin/python bench/ray_throughput.py [--nodes 1 2] [--batch 6] [--task linear_search]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NODE = dict(node_ip_address="127.0.0.1", object_store_memory=80 * 1024 * 1024, include_dashboard=False)


def reply(task) -> str:
    regions = "".join(f"// <vc:{name}>\n{text}// </vc:{name}>\n"
                      for name, text in task.files("dafny").reference_regions.items())
    return f"```dafny\n{regions}```"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch", type=int, default=6, help="verifications per cluster size")
    parser.add_argument("--task", default="linear_search")
    parser.add_argument("--backend", default="local", help="sandbox on the nodes (local or docker)")
    args = parser.parse_args()

    import ray
    from ray.cluster_utils import Cluster

    from runners.ray_backend import RayGrader, connect, pin_loopback
    from runners.tasks import load_task

    task = load_task(ROOT / "tasks" / args.task)
    text = reply(task)
    pin_loopback()
    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 0, **NODE})
    connect(cluster.address, keep=True)
    rows = []
    try:
        for size in sorted(set(args.nodes)):
            while len(cluster.worker_nodes) < size:
                cluster.add_node(num_cpus=1, resources={"vericode_dafny": 1}, **NODE)
            grader = RayGrader("dafny", args.backend)
            try:
                grader.grade_response(task, text)  # warm: the template's parsed view is cached per actor
                if size > 1:
                    with ThreadPoolExecutor(size) as pool:
                        list(pool.map(lambda _: grader.grade_response(task, text), range(size)))
                start = time.monotonic()
                with ThreadPoolExecutor(grader.slots()) as pool:
                    verdicts = list(pool.map(lambda _: grader.grade_response(task, text), range(args.batch)))
                wall = time.monotonic() - start
            finally:
                grader.close()
            statuses = {v.status.value for v in verdicts}
            rows.append((size, args.batch, wall, 60 * args.batch / wall, statuses))
            print(f"nodes={size}: {args.batch} verifications in {wall:.1f} s = {60 * args.batch / wall:.1f}/min "
                  f"({', '.join(sorted(statuses))})", flush=True)
    finally:
        ray.shutdown()
        cluster.shutdown()
    base = rows[0][3]
    print(f"\n{'nodes':>5} {'verif/min':>10} {'speed-up':>9}   task={args.task} batch={args.batch} "
          f"cores={os.cpu_count()} load={os.getloadavg()[0]:.1f}")
    for size, _, _, rate, _ in rows:
        print(f"{size:>5} {rate:>10.1f} {rate / base:>8.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
