"""--backend ray on a real local multi-node Ray cluster (ray.cluster_utils.Cluster), with the real
Dafny verifier: the same verdicts as the local backend, a worker node killed mid-run loses no
attempt, a node without a language never receives its work.

Every node and the driver are pinned to 127.0.0.1; nodes have one CPU and an 80 MB object store;
the cluster is shut down by the fixture. Skipped, with the reason, when Ray is not installed
(`make setup-ray`) or the cluster cannot start here.
"""

from __future__ import annotations

import json
import threading
import time

import pytest

from conftest import dafny_only_copy, requires_dafny

ray = pytest.importorskip("ray", reason="Ray is not installed (make setup-ray installs the optional extra)")

from runners.config import ConfigError  # noqa: E402
from runners.run import EvalConfig, preflight, run_eval  # noqa: E402

NODE = dict(node_ip_address="127.0.0.1", object_store_memory=80 * 1024 * 1024, include_dashboard=False)
TASKS = ["gcd", "linear_search", "integer_power"]
WRONG = "```dafny\n// <vc:code>\n  r := 0;\n// </vc:code>\n```"


@pytest.fixture(scope="module")
def cluster():
    """Head (no verifier resource), two Dafny workers, and one node that offers no language."""
    from ray.cluster_utils import Cluster

    from runners.ray_backend import connect, pin_loopback

    pin_loopback()
    try:
        c = Cluster(initialize_head=True, head_node_args={"num_cpus": 0, **NODE})
        dafny = [c.add_node(num_cpus=1, resources={"vericode_dafny": 1}, **NODE) for _ in range(2)]
        bare = c.add_node(num_cpus=1, **NODE)
        connect(c.address, keep=True)
    except Exception as exc:  # a machine where Ray's processes cannot start
        pytest.skip(f"a local Ray cluster cannot start here: {type(exc).__name__}: {exc}")
    try:
        yield {"cluster": c, "dafny": dafny, "bare": bare}
    finally:
        ray.shutdown()
        c.shutdown()


@pytest.fixture(scope="module")
def tasks_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("ray-tasks")
    for task_id in TASKS:
        dafny_only_copy(task_id, root)
    return root


def replies(tasks_dir, path):
    """gcd and integer_power: the reference (PASS); linear_search: a wrong body (FAIL)."""
    from runners.tasks import load_task

    lines = []
    for task_id in TASKS:
        task = load_task(tasks_dir / task_id)
        regions = "".join(f"// <vc:{name}>\n{text}// </vc:{name}>\n"
                          for name, text in task.files("dafny").reference_regions.items())
        reply = WRONG if task_id == "linear_search" else f"```dafny\n{regions}```"
        lines.append(json.dumps({"task": task_id, "lang": "dafny", "round": 1, "response": reply}))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")
    return path


def config(tmp_path, tasks_dir, backend, **kw):
    base = dict(model=f"replay:{replies(tasks_dir, tmp_path / 'replies.jsonl')}", tasks=TASKS, tasks_dir=tasks_dir,
                rounds=1, results_dir=tmp_path / "results", cache_dir=None, backend=backend, infra_retries=0,
                model_workers=2, verifier_workers=2, fidelity=False, progress_bar=False, run_id=f"ray-{backend}",
                ray_address=None, time_limit_s=120)  # a generous per-obligation limit: the machine may be busy
    base.update(kw)
    return EvalConfig(**base)


def outcomes(summary):
    from runners.store import RunStore

    rows = RunStore(summary.directory.parent, summary.run_id).attempts()
    return {(a.task, a.sample, a.round): (a.status.value, a.category.value if a.category else None) for a in rows}


def test_without_ray_the_backend_says_how_to_install_it(tmp_path, tasks_dir, monkeypatch):
    import runners.ray_backend as rb

    def missing():
        raise rb.RayUnavailable(rb.INSTALL_HINT + " (ImportError: No module named 'ray')")

    monkeypatch.setattr(rb, "require_ray", missing)
    with pytest.raises(ConfigError, match="make setup-ray"):
        preflight(config(tmp_path, tasks_dir, "ray"))


def test_check_refuses_the_ray_backend_with_a_hint():
    from runners.backends import BackendError, make_sandbox

    with pytest.raises(BackendError, match="vericode eval"):
        make_sandbox("dafny", "ray")


@requires_dafny
@pytest.mark.slow
def test_actors_land_only_on_nodes_that_offer_the_language(cluster):
    from runners.ray_backend import RayGrader

    grader = RayGrader("dafny", "local")
    try:
        record = grader.record()
        dafny_nodes = {n.node_id for n in cluster["dafny"]}
        placed = {row["node_id"] for row in record["cluster"]["per_node"]}
        assert placed == dafny_nodes and cluster["bare"].node_id not in placed
        assert record["cluster"]["nodes"] == 4 and record["workers"] == 2
        assert record["version"] and record["node_backend"] == "local"
    finally:
        grader.close()
    # No node offers vericode_lean: refused before any actor is started.
    with pytest.raises(RuntimeError, match="vericode_lean"):
        RayGrader("lean", "local")


@requires_dafny
@pytest.mark.slow
def test_ray_eval_gives_the_local_backends_verdicts(cluster, tmp_path, tasks_dir, monkeypatch):
    monkeypatch.setenv("VERICODE_RAY_NODE_BACKEND", "local")  # the same sandbox on the nodes as the local run
    on_ray = run_eval(config(tmp_path / "ray", tasks_dir, "ray"))
    local = run_eval(config(tmp_path / "local", tasks_dir, "local"))
    assert outcomes(on_ray) == outcomes(local)
    assert (on_ray.passed, on_ray.failed, on_ray.unfinished) == (2, 1, 0)
    manifest = json.loads((on_ray.directory / "manifest.json").read_text())
    record = manifest["verifiers"]["dafny"]
    assert record["backend"] == "ray" and record["cluster"]["nodes_with_lang"] == 2
    assert record["version"] == json.loads((local.directory / "manifest.json").read_text())["verifiers"]["dafny"]["version"]


@requires_dafny
@pytest.mark.slow
def test_a_worker_node_killed_mid_run_loses_no_attempt(cluster, tmp_path, tasks_dir, monkeypatch):
    """Two samples of each task; once a verification is running on the second Dafny node, that
    node is removed. Its attempt is played again on the remaining node; nothing is ERROR."""
    import runners.ray_backend as rb

    made = []
    original = rb.make_ray_grader

    def capture(*args, **kwargs):
        made.append(original(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(rb, "make_ray_grader", capture)
    monkeypatch.setenv("VERICODE_RAY_NODE_BACKEND", "local")
    victim = cluster["dafny"][1]
    killed = threading.Event()

    def kill_when_busy():
        end = time.monotonic() + 600
        while time.monotonic() < end and not killed.is_set():
            if made:
                grader = made[0][0]
                with grader._lock:
                    busy = [grader._live.get(actor, {}).get("node_id") for actor in grader._busy]
                if victim.node_id in busy:
                    time.sleep(1.0)  # well into the verification
                    cluster["cluster"].remove_node(victim, allow_graceful=False)
                    killed.set()
                    return
            time.sleep(0.05)

    watcher = threading.Thread(target=kill_when_busy, daemon=True)
    watcher.start()
    summary = run_eval(config(tmp_path, tasks_dir, "ray", samples=2, run_id="ray-kill"))
    watcher.join(timeout=5)
    assert killed.is_set(), "no verification ever ran on the second node"
    grader = made[0][0]
    assert grader.lost >= 1
    rows = outcomes(summary)
    assert len(rows) == 6 and all(status != "ERROR" for status, _ in rows.values())
    assert (summary.passed, summary.failed, summary.unfinished) == (4, 2, 0)
