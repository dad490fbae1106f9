import shutil
import subprocess
import time
from importlib import resources
from pathlib import Path

import pytest

from runners.sandbox import CappedBuffer, Limits, LocalSandbox


def test_timeout_kills_the_whole_process_group(tmp_path):
    marker = tmp_path / "survivor"
    # The child sleeps in the background and would write the marker after the parent is killed.
    argv = ["sh", "-c", f"(sleep 3; touch {marker}) & sleep 30"]
    start = time.monotonic()
    result = LocalSandbox().run(argv, {}, Limits(wall_s=1))
    assert result.timed_out and result.exit_code is None
    assert time.monotonic() - start < 10
    time.sleep(3.5)
    assert not marker.exists(), "a child of the killed verifier survived"


def test_output_is_capped_keeping_head_and_tail():
    argv = ["sh", "-c", "echo FIRST; head -c 5000000 /dev/zero | tr '\\0' x; echo; echo LAST"]
    result = LocalSandbox().run(argv, {}, Limits(output_bytes=10_000))
    assert result.exit_code == 0
    assert result.output.startswith("FIRST") and result.output.rstrip().endswith("LAST")
    assert result.truncated_bytes > 4_000_000
    assert len(result.output) < 12_000


def test_files_are_written_to_a_fresh_work_dir():
    result = LocalSandbox().run(["cat", "sub/a.txt"], {"sub/a.txt": "hello"}, Limits())
    assert result.output == "hello" and result.exit_code == 0


def test_missing_binary_is_a_sandbox_error():
    result = LocalSandbox().run(["definitely-not-a-verifier"], {}, Limits())
    assert result.error and result.exit_code is None


def test_capped_buffer_exact():
    buf = CappedBuffer(10)
    for chunk in [b"abc", b"defgh", b"ijklmnop", b"qrst"]:
        buf.feed(chunk)
    text = buf.text()
    assert text.startswith("abcde") and text.endswith("qrst")


# -- the runners/sandbox package ----------------------------------------------------------------

def test_the_worker_agent_is_package_data_that_perl_accepts(tmp_path):
    agent = resources.files("runners.sandbox").joinpath("agent.pl")
    assert agent.is_file()
    if shutil.which("perl") is None:
        pytest.skip("no perl on this host (every worker image has one)")
    check = subprocess.run(["perl", "-c", str(agent)], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0 and "syntax OK" in check.stderr, check.stderr
    # A broken copy is refused, so the check above can fail.
    broken = tmp_path / "broken.pl"
    broken.write_text(agent.read_text(encoding="utf-8").replace("while (1) {", "while (1) ", 1), encoding="utf-8")
    assert subprocess.run(["perl", "-c", str(broken)], capture_output=True, text=True, timeout=60).returncode != 0


def test_the_agent_text_sent_to_workers_is_the_shipped_file():
    protocol = pytest.importorskip("runners.sandbox.protocol", reason="the docker SDK is not installed")
    shipped = resources.files("runners.sandbox").joinpath("agent.pl").read_text(encoding="utf-8")
    assert protocol.AGENT.strip() == shipped.strip()
    assert "sandbox/*.pl" in (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text()  # package-data


def test_old_import_paths_still_work():
    from runners import sandbox
    from runners.sandbox import RunResult, Sandbox  # noqa: F401

    assert sandbox.LocalSandbox.__module__ == "runners.sandbox.local"
    pytest.importorskip("docker", reason="the docker SDK is not installed")
    from runners import docker_sandbox
    from runners.sandbox.workers import DockerSandbox

    assert docker_sandbox.DockerSandbox is DockerSandbox
    for name in ("remove_leftovers", "engine_available", "image_info", "WORKER_LABEL", "PID_LABEL", "AGENT"):
        assert hasattr(docker_sandbox, name), name


def test_no_sandbox_module_is_over_400_lines():
    package = Path(__file__).resolve().parent.parent / "runners" / "sandbox"
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in package.glob("*.py")}
    assert sizes and max(sizes.values()) <= 400, sizes
