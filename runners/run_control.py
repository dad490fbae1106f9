"""What keeps a run trustworthy around its edges: stopping, locking, and cleaning up after others.

- `Stop`: cooperative cancellation. `halt` stops new model calls and verifications (a budget
  reached: in-flight rounds still finish and are recorded); `abort` also discards in-flight rounds
  (Ctrl-C, a full disk): they stay unfinished and the next run plays them again.
- `sigint_handling`: the first Ctrl-C (or SIGTERM) aborts cooperatively, a second one exits at once.
- `RunLock`: one process per run directory (flock, so a killed owner never leaves a lock behind;
  the file names the owner's pid and host for the message).
- Verifier processes started by a run inherit `VERICODE_RUN_OWNER=<host>:<pid>:<start>`, and its
  temporary files live under `<tmp>/vericode-run-<pid>-<start>/`; `reap_orphans` kills the
  processes and removes the folders of runs whose owner is gone (after `kill -9`), and
  `kill_own_verifiers` stops this run's in-flight verifier processes when it is interrupted.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

OWNER_ENV = "VERICODE_RUN_OWNER"
RUN_TMP_PREFIX = "vericode-run-"


class Stop:
    def __init__(self) -> None:
        self.halted = threading.Event()  # no new model calls or verifications
        self.aborted = threading.Event()  # in-flight rounds are discarded too
        self.reason = ""

    def halt(self, reason: str) -> None:
        if not self.halted.is_set():
            self.reason = reason
        self.halted.set()

    def abort(self, reason: str) -> None:
        self.halt(reason)
        self.aborted.set()

    def __bool__(self) -> bool:
        return self.halted.is_set()


# -- process identity -----------------------------------------------------------------------------

def _pid_start(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (tells a reused pid from the original)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat[stat.rfind(")") + 2:].split()[19]


def owner_token(pid: int | None = None) -> str:
    pid = pid or os.getpid()
    return f"{socket.gethostname()}:{pid}:{_pid_start(pid) or '0'}"


def token_alive(token: str) -> bool:
    """Is the process named by `token` still running? Another host's process is assumed to be."""
    host, _, rest = token.partition(":")
    pid, _, start = rest.partition(":")
    if host != socket.gethostname():
        return True
    try:
        return _pid_start(int(pid)) == start
    except ValueError:
        return False


# -- run lock -------------------------------------------------------------------------------------

class RunLocked(RuntimeError):
    pass


class RunLock:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._fd: int | None = None
        self.took_over: dict | None = None  # the stale owner's record, if the lock was left behind

    def acquire(self) -> "RunLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                owner = self._read(fd)
                os.close(fd)
                raise RunLocked(f"run {self.path.parent.name} is in use by pid {owner.get('pid', '?')} on "
                                f"{owner.get('host', '?')} since {owner.get('since', '?')} ({self.path}); wait for it "
                                "or stop it, or pass another --run-id") from None
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if not same:  # the previous owner removed the file between our open and our lock
                os.close(fd)
                continue
            previous = self._read(fd)
            if previous:
                self.took_over = previous
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "token": owner_token(),
                                      "since": datetime.now(timezone.utc).isoformat(timespec="seconds")}).encode(), 0)
            self._fd = fd
            return self
        raise RunLocked(f"could not lock {self.path}: it keeps changing; is another run starting?")

    @staticmethod
    def _read(fd: int) -> dict:
        try:
            return json.loads(os.pread(fd, 4096, 0) or b"{}")
        except ValueError:
            return {}

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(self._fd)
            self._fd = None


# -- leftovers of killed runs ---------------------------------------------------------------------

def _owned_processes() -> Iterator[tuple[int, str]]:
    """(pid, owner token) of every readable process that carries a run owner's mark."""
    marker = f"{OWNER_ENV}=".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        for item in environ.split(b"\0"):
            if item.startswith(marker):
                yield int(entry.name), item[len(marker):].decode(errors="replace")
                break


def _kill_group_of(pid: int) -> bool:
    try:
        group = os.getpgid(pid)
        if group in (0, 1, os.getpgid(0)):
            os.kill(pid, signal.SIGKILL)
        else:
            os.killpg(group, signal.SIGKILL)
        return True
    except (ProcessLookupError, PermissionError):
        return False


def kill_own_verifiers(token: str) -> int:
    """Kill this run's verifier process groups (an interrupted run does not wait for them)."""
    return sum(_kill_group_of(pid) for pid, owner in list(_owned_processes()) if owner == token)


def reap_orphans(tmp_root: Path | None = None) -> tuple[int, int]:
    """Kill the verifier processes and remove the temp folders of runs whose process is gone."""
    killed = sum(_kill_group_of(pid) for pid, owner in list(_owned_processes()) if not token_alive(owner))
    removed = 0
    root = Path(tmp_root or tempfile.gettempdir())
    for folder in root.glob(f"{RUN_TMP_PREFIX}*"):
        pid, _, start = folder.name.removeprefix(RUN_TMP_PREFIX).partition("-")
        if folder.is_dir() and not token_alive(f"{socket.gethostname()}:{pid}:{start}"):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return killed, removed


@contextmanager
def run_scope() -> Iterator[str]:
    """Mark the verifier processes this run starts and keep its temporary files in one folder;
    on the way out, kill what is still running and remove the folder. Yields the owner token."""
    token = owner_token()
    _, pid, start = token.split(":")
    folder = Path(tempfile.gettempdir()) / f"{RUN_TMP_PREFIX}{pid}-{start}"
    folder.mkdir(exist_ok=True)
    saved_env, saved_tmp = os.environ.get(OWNER_ENV), tempfile.tempdir
    os.environ[OWNER_ENV] = token
    tempfile.tempdir = str(folder)
    try:
        yield token
    finally:
        kill_own_verifiers(token)
        tempfile.tempdir = saved_tmp
        if saved_env is None:
            os.environ.pop(OWNER_ENV, None)
        else:
            os.environ[OWNER_ENV] = saved_env
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def sigint_handling(stop: Stop, on_first: Callable[[], None], on_second: Callable[[], None]) -> Iterator[None]:
    """First Ctrl-C/SIGTERM: `stop.abort` and `on_first()`; second: `on_second()` and exit 130 at once.

    Only the main thread can take signals; elsewhere (a library caller's thread) nothing is installed.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    count = 0

    def handler(signum, frame) -> None:
        nonlocal count
        count += 1
        if count == 1:
            stop.abort("interrupted")
            on_first()
        else:
            try:
                on_second()
            finally:
                sys.stderr.flush()
                os._exit(130)

    saved = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in saved.items():
            signal.signal(sig, old)
