"""A verifier run as a host process group: started in a fresh temporary folder holding its files,
output drained into a capped buffer, killed (the whole group) at the wall clock. LocalSandbox
runs every verification through here.

The early start. One-shot `vericode check` spends most of its own time importing the typed layer
(pydantic) before it can ask for the verifier run. `runners/early_check.py` therefore works out
that run first, from the same functions the grader uses, and starts it here before anything
heavy is imported (`start_early`). The typed path then grades as always; when its LocalSandbox
asks for a run with exactly the same argv, files, limits and environment, it takes over the run
already under way (`claim_early`) instead of starting another. Anything else (another request,
a reply the audit rejects, a crash) leaves it unclaimed, and unclaimed runs are killed at exit.
So the early start changes when the verifier starts, never what is graded or how.

This module imports nothing heavy (no pydantic): it runs before the typed layer exists.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from runners.sandbox.buffer import CappedBuffer


@dataclass
class Finished:
    exit_code: int | None  # None when killed at the wall clock
    output: str
    wall_s: float
    timed_out: bool
    truncated_bytes: int


def _drain(stream, buffer: CappedBuffer) -> None:
    for chunk in iter(lambda: stream.read(65536), b""):
        buffer.feed(chunk)


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _write_files(folder: str, files: dict[str, str]) -> None:
    for name, content in files.items():
        path = Path(folder) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


class Running:
    """One started verifier process group and what it owns (its folder, reader and timer)."""

    def __init__(self, argv: list[str], files: dict[str, str], wall_s: float, output_bytes: int,
                 env: dict[str, str] | None):
        self.key = _key(argv, files, wall_s, output_bytes, env)
        self.folder = tempfile.TemporaryDirectory(prefix="vericode-")
        self.start = time.monotonic()
        self.buffer = CappedBuffer(output_bytes)
        self.timed_out = threading.Event()
        try:
            _write_files(self.folder.name, files)
            self.proc = subprocess.Popen(argv, cwd=self.folder.name, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                         stderr=subprocess.STDOUT, start_new_session=True, env=env)
        except BaseException:
            self.folder.cleanup()
            raise
        self.reader = threading.Thread(target=_drain, args=(self.proc.stdout, self.buffer), daemon=True)
        self.reader.start()
        # A timer kills the group at the wall clock, so finish() blocks in waitpid instead of
        # polling (Popen.wait with a timeout sleeps in steps, which adds up to ~25 ms a run).
        self.timer = threading.Timer(wall_s, self._kill_at_wall_clock)
        self.timer.daemon = True
        self.timer.start()

    def _kill_at_wall_clock(self) -> None:
        self.timed_out.set()
        _kill_group(self.proc)

    def finish(self) -> Finished:
        """Wait for the verifier to exit (or be killed at the wall clock) and collect its output."""
        try:
            self.proc.wait()
        finally:
            self._reap()
        killed = self.timed_out.is_set()
        return Finished(exit_code=None if killed else self.proc.returncode, output=self.buffer.text(),
                        wall_s=time.monotonic() - self.start, timed_out=killed, truncated_bytes=self.buffer.dropped)

    def kill(self) -> None:
        self._reap()

    def _reap(self) -> None:
        """Stop the timer, kill the group (it may hold children such as z3 even after the
        verifier exits), collect the exit, the output and the folder."""
        self.timer.cancel()
        _kill_group(self.proc)
        self.proc.wait()
        self.reader.join(timeout=5)
        self.folder.cleanup()


def _key(argv: list[str], files: dict[str, str], wall_s: float, output_bytes: int,
         env: dict[str, str] | None) -> tuple:
    return (tuple(argv), tuple(sorted(files.items())), float(wall_s), int(output_bytes),
            None if env is None else tuple(sorted(env.items())))


def start(argv: list[str], files: dict[str, str], wall_s: float, output_bytes: int,
          env: dict[str, str] | None = None) -> Running:
    """Start `argv` in a fresh folder holding `files`. OSError when it cannot be started."""
    return Running(argv, files, wall_s, output_bytes, env)


def host_identity(program: str, env: dict[str, str] | None = None) -> str | None:
    """What names the host's `program` for caching facts about it (its version): path and mtime."""
    path = shutil.which(program, path=(env or os.environ).get("PATH"))
    if path is None:
        return None
    try:
        real = os.path.realpath(path)
        return f"local:{real}@{os.stat(real).st_mtime_ns}"
    except OSError:
        return None


# ---------------------------------------------------------------------------------------------
# The early start (see the module's docstring): at most one run, claimed once or killed at exit.

_early: list[Running] = []
_early_lock = threading.Lock()


def start_early(argv: list[str], files: dict[str, str], wall_s: float, output_bytes: int,
                env: dict[str, str] | None = None) -> bool:
    """Start the run the typed path is expected to ask for; False when it could not be started."""
    try:
        running = start(argv, files, wall_s, output_bytes, env)
    except OSError:
        return False  # the typed path will meet the same problem and report it
    with _early_lock:
        _early.append(running)
    return True


def claim_early(argv: list[str], files: dict[str, str], wall_s: float, output_bytes: int,
                env: dict[str, str] | None = None) -> Running | None:
    """The early run, if it is exactly this request (it is then no longer early: the caller owns it)."""
    if not _early:
        return None
    key = _key(argv, files, wall_s, output_bytes, env)
    with _early_lock:
        for i, running in enumerate(_early):
            if running.key == key:
                return _early.pop(i)
    return None


def discard_early() -> None:
    """Kill early runs nobody claimed (a reply the audit rejected, another request, an error)."""
    with _early_lock:
        unclaimed = list(_early)
        _early.clear()
    for running in unclaimed:
        running.kill()


atexit.register(discard_early)
