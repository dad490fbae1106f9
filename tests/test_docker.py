"""DockerSandbox against the real engine: verdict parity with the host, and hostile attempts contained.

Skipped only when no Docker engine answers, or when the Dafny image is absent and cannot be built
here (the session fixture builds it with containers/dafny-offline/build.sh when debootstrap exists).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import requires_dafny

docker = pytest.importorskip("docker", reason="the docker SDK is not installed (pip install docker)")

from runners.backends import BackendError, make_sandbox, read_versions  # noqa: E402
from runners.docker_sandbox import PID_LABEL, WORKER_LABEL, DockerSandbox, remove_leftovers  # noqa: E402
from runners.sandbox import Limits, LocalSandbox  # noqa: E402
from runners.verdict import Status  # noqa: E402
from runners.verify import Verifier  # noqa: E402

pytestmark = [pytest.mark.docker, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = read_versions()
# The offline image: its Dafny is the same Debian build as the host's, so verdicts must agree.
DAFNY_IMAGE = f"{VERSIONS.get('IMAGE_PREFIX', 'vericode')}/dafny:{VERSIONS.get('DAFNY_DEBIAN_TAG', '2.3.0-debian12')}"
HOSTILE = Limits(wall_s=6, output_bytes=100_000, memory_mb=256, pids=64)


@pytest.fixture(scope="session")
def engine():
    try:
        client = docker.from_env(timeout=60)
        client.ping()
    except Exception as exc:  # any failure to reach the engine means: nothing to test against
        pytest.skip(f"no Docker engine answers ({exc}); the docker backend tests need one")
    return client


@pytest.fixture(scope="session")
def dafny_image(engine):
    try:
        engine.images.get(DAFNY_IMAGE)
        return DAFNY_IMAGE
    except docker.errors.ImageNotFound:
        pass
    if shutil.which("debootstrap") is None or os.geteuid() != 0:
        pytest.skip(f"image {DAFNY_IMAGE} is absent and cannot be built here (needs root and debootstrap); "
                    "run `make images`")
    build = subprocess.run(["bash", str(ROOT / "containers/dafny-offline/build.sh")], capture_output=True, text=True,
                           timeout=900)
    assert build.returncode == 0, f"building {DAFNY_IMAGE} failed:\n{build.stderr[-3000:]}"
    return DAFNY_IMAGE


def our_workers(engine, pid: int | None = None) -> list:
    pid = os.getpid() if pid is None else pid
    return engine.containers.list(all=True, filters={"label": [f"{WORKER_LABEL}=1", f"{PID_LABEL}={pid}"]})


@pytest.fixture(scope="module")
def sandbox(dafny_image, engine):
    sb = DockerSandbox(dafny_image, workers=2)
    yield sb
    sb.close()
    assert our_workers(engine) == [], "close() left worker containers behind"


@pytest.fixture(scope="module")
def docker_dafny(sandbox):
    return Verifier("dafny", sandbox)


# ---------------------------------------------------------------------------------------------
# Verdicts

def broken_invariant(task) -> dict[str, str]:
    regions = dict(task.files("dafny").reference_regions)
    code = regions["code"]
    weakened = code.replace("invariant forall k :: 0 <= k < lo ==> a[k] < key",
                            "invariant forall k :: 0 <= k <= lo ==> a[k] < key")
    assert weakened != code, "the reference changed shape; update this mutation"
    regions["code"] = weakened
    return regions


def candidates(task) -> dict[str, dict[str, str]]:
    return {"reference": dict(task.files("dafny").reference_regions), "empty": {"code": ""},
            "broken_invariant": broken_invariant(task)}


def test_reference_passes_in_the_container(bsearch, docker_dafny):
    verdict = docker_dafny.grade_contents(bsearch, bsearch.files("dafny").reference_regions)
    assert verdict.status is Status.PASS, verdict.reason + "\n" + (verdict.output or "")
    assert verdict.backend == "docker"


@pytest.mark.timeout(1800)  # the whole corpus, two verifier runs per task the first time
def test_oracle_eval_of_every_dafny_task_passes_in_containers(dafny_image, tmp_path):
    """`make eval MODEL=oracle BACKEND=docker`: every shipped Dafny reference verifies in the image."""
    from runners.run import EvalConfig, run_eval
    from runners.store import RunStore

    cfg = EvalConfig(model="oracle", langs=["dafny"], tasks_dir=ROOT / "tasks", results_dir=tmp_path / "results",
                     backend="docker", rounds=1, progress_bar=False, cache_dir=None)
    summary = run_eval(cfg)
    store = RunStore(cfg.results_dir, summary.run_id)
    failing = [(a.task, a.status.value, a.category) for a in store.attempts() if a.status is not Status.PASS]
    assert summary.keys >= 50 and summary.passed == summary.keys, failing
    manifest = store.read_manifest()
    assert manifest.verifiers["dafny"]["backend"] == "docker" and manifest.verifiers["dafny"]["image_digest"]


@requires_dafny
def test_same_candidates_same_verdicts_in_docker_and_local(bsearch, docker_dafny, local_dafny):
    assert docker_dafny.toolchain().version == local_dafny.toolchain().version
    cases = candidates(bsearch)
    jobs = [(name, backend, verifier) for name in cases
            for backend, verifier in (("docker", docker_dafny), ("local", local_dafny))]
    with ThreadPoolExecutor(max_workers=2) as pool:
        verdicts = list(pool.map(lambda job: job[2].grade_contents(bsearch, cases[job[0]]), jobs))
    table: dict[str, dict[str, tuple]] = {}
    for (name, backend, _), verdict in zip(jobs, verdicts):
        table.setdefault(name, {})[backend] = (verdict.status, verdict.category)
    for name, by_backend in table.items():
        assert by_backend["docker"] == by_backend["local"], f"{name}: {by_backend}"
    assert table["reference"]["docker"][0] is Status.PASS
    assert table["empty"]["docker"][0] is Status.FAIL
    assert table["broken_invariant"]["docker"][0] is Status.FAIL
    assert table["broken_invariant"]["docker"][1].value == "invariant"


# ---------------------------------------------------------------------------------------------
# Hostile attempts: each gets a defined result, the harness stays alive, nothing is left behind.

def test_fork_bomb_hits_the_process_limit(sandbox):
    result = sandbox.run(["bash", "-c", ":(){ :|:& };:; wait"], {}, HOSTILE)
    assert result.timed_out or (result.error and "process limit" in result.error), result


def test_infinite_loop_is_killed_at_the_wall_clock(sandbox):
    start = time.monotonic()
    result = sandbox.run(["sh", "-c", "while :; do :; done"], {}, HOSTILE)
    assert result.timed_out and result.exit_code is None
    assert time.monotonic() - start < HOSTILE.wall_s + 5


def test_fifty_megabytes_of_output_are_capped(sandbox):
    argv = ["sh", "-c", "echo FIRST; head -c 52428800 /dev/zero | tr '\\0' x; echo; echo LAST"]
    result = sandbox.run(argv, {}, HOSTILE)
    assert result.exit_code == 0 and not result.timed_out
    assert result.output.startswith("FIRST") and result.output.rstrip().endswith("LAST")
    assert result.truncated_bytes > 50_000_000
    assert len(result.output) < HOSTILE.output_bytes + 200


def test_network_connection_fails(sandbox):
    argv = ["bash", "-c", "echo > /dev/tcp/1.1.1.1/80 && echo CONNECTED; "
            "perl -MIO::Socket::INET -e 'IO::Socket::INET->new(PeerAddr => \"172.17.0.1:2375\", Timeout => 2) "
            "or die \"no route: $!\\n\"; print \"CONNECTED\\n\"'"]
    result = sandbox.run(argv, {}, HOSTILE)
    assert "CONNECTED" not in result.output
    assert result.exit_code not in (0, None), result
    assert "unreachable" in result.output.lower()


def test_host_files_outside_the_work_dir_are_invisible(sandbox, tmp_path):
    secret = tmp_path / "host-secret.txt"
    secret.write_text("HOST-SECRET-7f3a\n")
    argv = ["sh", "-c", f"cat {secret}; cat /etc/shadow; cat ../../{secret}; cat /proc/1/root{secret}"]
    result = sandbox.run(argv, {"attempt.txt": "x"}, HOSTILE)
    assert "HOST-SECRET-7f3a" not in result.output
    assert result.exit_code not in (0, None), result


def test_the_worker_agent_is_out_of_reach(sandbox):
    # The agent (PID 1, same uid) is non-dumpable: its pipes to the harness cannot be opened or forged.
    result = sandbox.run(["sh", "-c", "ls /proc/1/fd || exit 3; echo forged > /proc/1/fd/1"], {}, HOSTILE)
    assert result.exit_code == 3 and "Permission denied" in result.output, result


def test_memory_hog_is_killed_with_a_reason(sandbox):
    result = sandbox.run(["perl", "-e", "my @a; push @a, 'x' x 1048576 while 1"], {}, HOSTILE)
    assert result.error and "memory limit" in result.error, result
    assert result.exit_code == -9


def test_attempt_that_kills_its_worker_is_an_error_and_the_next_attempt_works(sandbox, engine):
    def kill_workers():
        time.sleep(1.0)
        for container_id in sandbox.worker_ids():
            try:
                engine.api.kill(container_id)
            except docker.errors.APIError:
                pass

    killer = threading.Thread(target=kill_workers)
    killer.start()
    result = sandbox.run(["sleep", "20"], {}, HOSTILE)
    killer.join()
    assert result.error and "worker container" in result.error, result
    after = sandbox.run(["sh", "-c", "echo alive"], {}, HOSTILE)
    assert after.exit_code == 0 and after.output == "alive\n"


def test_nothing_survives_into_the_next_attempt(sandbox):
    first = sandbox.run(["sh", "-c", "echo planted > /work/leftover; echo planted > /tmp/leftover; "
                         "mkdir -p locked/inner && touch locked/inner/f && chmod 000 locked/inner locked; "
                         "ln -s /etc/passwd /work/link; (sleep 60 &) ; echo started"], {"a.dfy": "x"}, HOSTILE)
    assert first.exit_code == 0
    for _ in range(3):  # both workers of the pool
        later = sandbox.run(["sh", "-c", "ls -A /work /tmp; ps -e -o comm= 2>/dev/null || ls /proc"], {}, HOSTILE)
        for planted in ("leftover", "sleep", "a.dfy", "locked", "link"):
            assert planted not in later.output, later.output


def test_parallel_attempts_share_the_pool(sandbox):
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda i: sandbox.run(["sh", "-c", "sleep 0.5; cat n.txt"], {"n.txt": str(i)},
                                                      HOSTILE), range(6)))
    assert [r.output for r in results] == [str(i) for i in range(6)]
    assert len(sandbox.worker_ids()) <= sandbox.workers


# ---------------------------------------------------------------------------------------------
# Lifecycle: close, signals, a crashed harness, leftovers

HARNESS = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, {root!r})
    from runners.docker_sandbox import DockerSandbox
    from runners.sandbox import Limits
    sb = DockerSandbox({image!r}, workers=1)
    print(sb.run(["echo", "ready"], {{}}, Limits(wall_s=30)).output.strip(), flush=True)
    time.sleep(120)
""")


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT, signal.SIGKILL])
def test_workers_are_removed_when_the_harness_is_stopped(how, dafny_image, engine):
    proc = subprocess.Popen([sys.executable, "-c", HARNESS.format(root=str(ROOT), image=dafny_image)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        assert len(our_workers(engine, proc.pid)) == 1
        proc.send_signal(how)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 15  # SIGKILL: the engine auto-removes once the agent sees EOF
        while our_workers(engine, proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert our_workers(engine, proc.pid) == [], f"workers left after {how.name}"
    finally:
        if proc.poll() is None:
            proc.kill()
        for container in our_workers(engine, proc.pid):
            container.remove(force=True)


def test_remove_leftovers_removes_only_workers_of_dead_harnesses(dafny_image, engine):
    labels = {WORKER_LABEL: "1", PID_LABEL: "2147483000", "vericode.pid_start": "1", "vericode.host": os.uname().nodename}
    dead = engine.containers.create(dafny_image, ["true"], labels=labels)
    with DockerSandbox(dafny_image, workers=1) as live:  # starting a sandbox sweeps leftovers
        assert live.run(["true"], {}, HOSTILE).exit_code == 0
        with pytest.raises(docker.errors.NotFound):
            engine.containers.get(dead.id)
        ours = live.worker_ids()
        assert remove_leftovers(engine) == []  # workers of live harnesses (this one included) stay
        assert len(ours) == 1 and engine.containers.get(ours[0]).status == "running"
    with pytest.raises(docker.errors.NotFound):
        engine.containers.get(ours[0])


# ---------------------------------------------------------------------------------------------
# Backend choice

def test_make_sandbox_docker_records_the_image(dafny_image, monkeypatch):
    monkeypatch.setenv("VERICODE_IMAGE_DAFNY", dafny_image)
    sandbox, info = make_sandbox("dafny", "docker", workers=2)
    try:
        assert isinstance(sandbox, DockerSandbox) and sandbox.workers == 2
        assert info["backend"] == "docker" and info["image"] == dafny_image
        assert info["image_digest"].startswith("sha256:")
        assert info["image_versions"]["vericode.dafny.version"] == VERSIONS["DAFNY_DEBIAN_VERSION"]
    finally:
        sandbox.close()


def test_make_sandbox_missing_image(engine, monkeypatch):
    monkeypatch.setenv("VERICODE_IMAGE_DAFNY", "vericode/not-built:0")
    with pytest.raises(BackendError, match="make images"):
        make_sandbox("dafny", "docker")
    sandbox, info = make_sandbox("dafny", "auto")
    assert isinstance(sandbox, LocalSandbox) and info["backend"] == "local" and "not-built" in info["reason"]
    sandbox, info = make_sandbox("dafny", "local")
    assert info["backend"] == "local"
