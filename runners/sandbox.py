"""Run a verifier on files: the only module (with runners/docker_sandbox.py) that starts processes.

`LocalSandbox` runs the verifier as a subprocess in its own process group in a fresh temporary
directory; a wall-clock timeout kills the whole group, and output is capped (head and tail kept).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections import deque
from pathlib import Path
from typing import Protocol

from pydantic import BaseModel


class Limits(BaseModel):
    wall_s: float = 300.0
    output_bytes: int = 1_000_000
    memory_mb: int = 4096
    pids: int = 256
    cpus: float = 1.0


class RunResult(BaseModel):
    exit_code: int | None  # None when killed or never started
    output: str  # stdout and stderr interleaved, as the verifier printed them (capped)
    wall_s: float
    timed_out: bool = False
    truncated_bytes: int = 0
    error: str | None = None  # the sandbox itself failed (binary missing, container died)


class Sandbox(Protocol):
    name: str

    def run(self, argv: list[str], files: dict[str, str], limits: Limits) -> RunResult: ...

    def close(self) -> None: ...


class CappedBuffer:
    """Keeps the first and last `cap/2` bytes of a stream and counts what it dropped."""

    def __init__(self, cap: int):
        self.half = max(cap // 2, 1)
        self.head = bytearray()
        self.tail: deque[bytes] = deque()
        self.tail_size = 0
        self.dropped = 0

    def feed(self, chunk: bytes) -> None:
        room = self.half - len(self.head)
        if room > 0:
            self.head += chunk[:room]
            chunk = chunk[room:]
        if not chunk:
            return
        self.tail.append(chunk)
        self.tail_size += len(chunk)
        while self.tail_size - len(self.tail[0]) >= self.half:
            self.dropped += len(self.tail[0])
            self.tail_size -= len(self.tail[0])
            self.tail.popleft()
        excess = self.tail_size - self.half
        if excess > 0:  # trim the oldest chunk so the tail is exactly `half` bytes
            self.tail[0] = self.tail[0][excess:]
            self.tail_size -= excess
            self.dropped += excess

    def text(self) -> str:
        head = self.head.decode("utf-8", "replace")
        tail = b"".join(self.tail).decode("utf-8", "replace")
        if self.dropped:
            return f"{head}\n[... {self.dropped} bytes of output omitted ...]\n{tail}"
        return head + tail


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
