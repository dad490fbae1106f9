"""`LocalSandbox`: the verifier as a host subprocess in its own process group, in a fresh
temporary directory; a wall-clock timer kills the whole group, and output is capped (head and
tail kept). It trusts the host toolchain; `DockerSandbox` (runners/sandbox/workers.py) isolates.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from runners.sandbox.base import CappedBuffer, Limits, RunResult


def _drain(stream, buffer: CappedBuffer) -> None:
    for chunk in iter(lambda: stream.read(65536), b""):
        buffer.feed(chunk)


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


class LocalSandbox:
    """Verifier as a host subprocess. Trusts the host toolchain; use DockerSandbox for isolation."""

    name = "local"

    def __init__(self, env: dict[str, str] | None = None):
        self.env = env

    def run(self, argv: list[str], files: dict[str, str], limits: Limits) -> RunResult:
        with tempfile.TemporaryDirectory(prefix="vericode-") as work:
            for name, content in files.items():
                path = Path(work) / name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(content, encoding="utf-8")
            return self._run_in(argv, work, limits)

    def _run_in(self, argv: list[str], work: str, limits: Limits) -> RunResult:
        start = time.monotonic()
        buffer = CappedBuffer(limits.output_bytes)
        try:
            proc = subprocess.Popen(argv, cwd=work, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, start_new_session=True, env=self.env)
        except OSError as exc:
            return RunResult(exit_code=None, output="", wall_s=time.monotonic() - start,
                             error=f"cannot start {argv[0]!r}: {exc.strerror or exc}")
        reader = threading.Thread(target=_drain, args=(proc.stdout, buffer), daemon=True)
        reader.start()
        # A timer kills the group at the wall clock, so the wait below blocks in waitpid instead of
        # polling (Popen.wait with a timeout sleeps in steps, which adds up to ~25 ms a run).
        timed_out = threading.Event()

        def kill_at_wall_clock() -> None:
            timed_out.set()
            _kill_group(proc)

        timer = threading.Timer(limits.wall_s, kill_at_wall_clock)
        timer.daemon = True
        timer.start()
        try:
            proc.wait()
        finally:
            timer.cancel()
            # The group may hold children (z3) even after the verifier exits; kill them all.
            _kill_group(proc)
            proc.wait()
        reader.join(timeout=5)
        killed = timed_out.is_set()
        return RunResult(exit_code=None if killed else proc.returncode, output=buffer.text(),
                         wall_s=time.monotonic() - start, timed_out=killed, truncated_bytes=buffer.dropped)

    def identity(self, program: str) -> str | None:
        """What names the host's `program` for caching facts about it: its path and mtime."""
        path = shutil.which(program, path=(self.env or os.environ).get("PATH"))
        if path is None:
            return None
        try:
            return f"local:{os.path.realpath(path)}@{os.stat(os.path.realpath(path)).st_mtime_ns}"
        except OSError:
            return None

    def close(self) -> None:
        pass
