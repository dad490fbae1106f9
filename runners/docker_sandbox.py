"""Run a verifier inside Docker: one long-lived, locked-down container per verifier worker.

Each worker container starts with a tiny reaping init as PID 1 and then serves many attempts.
An attempt is one `docker exec` of a shell wrapper that
  1. kills every process left over from the previous attempt and empties /work, /tmp, /dev/shm,
  2. unpacks the attempt's files from a tar stream sent on stdin into /work (a tmpfs),
  3. runs the verifier with stdin closed and stderr folded into stdout.
The harness reads the multiplexed output itself (capped, with a wall-clock deadline). A worker whose
attempt timed out, ran out of memory, died or left the wrapper in a strange state is removed and a
fresh one started for the next attempt, so nothing one attempt does can reach the next.

Containment per worker: no network, memory (= memory+swap), pids and CPU quota, read-only root,
tmpfs /work and /tmp (HOME=/tmp: mono and dotnet write there), an unprivileged user, all
capabilities dropped, no-new-privileges. Workers carry the label `vericode.worker=1` with the
harness pid; they are removed on close(), at interpreter exit and on SIGINT/SIGTERM, and
`remove_leftovers()` removes the ones a crashed harness left behind.
"""

from __future__ import annotations

import atexit
import io
import itertools
import os
import select
import signal
import socket
import struct
import tarfile
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import PurePosixPath

import docker
from docker.errors import APIError, DockerException, ImageNotFound, NotFound

from runners.sandbox import CappedBuffer, Limits, RunResult

WORKER_LABEL = "vericode.worker"
PID_LABEL = "vericode.pid"
PID_START_LABEL = "vericode.pid_start"
HOST_LABEL = "vericode.host"
DEFAULT_UID = 1000
WORK_DIR = "/work"
# PID 1 of every worker: reaps orphans (a killed attempt's children) so zombies never fill the
# pids limit. Having no signal handlers, it cannot be killed from inside the container.
INIT = ["perl", "-e", "while (1) { sleep 1 if wait() < 0 }"]
# The attempt wrapper; "$@" is the verifier argv. Exit codes 120/121 mean the worker could not
# be made clean (files the verifier user cannot delete) or the files did not unpack.
WRAPPER = r"""
oom() { sed -n 's/^oom_kill \([0-9]*\)$/\1/p' /sys/fs/cgroup/memory/memory.oom_control /sys/fs/cgroup/memory.events 2>/dev/null | head -n 1; }
kill -9 -1 2>/dev/null; kill -9 -1 2>/dev/null
chmod -R u+rwx /work /tmp /dev/shm 2>/dev/null
find /work /tmp /dev/shm -mindepth 1 -delete 2>/dev/null
if [ -n "$(ls -A /work)$(ls -A /tmp)" ]; then echo "vericode: work dir could not be cleaned" >&2; exit 120; fi
before=$(oom)
cd /work || exit 120
tar -x -f - --no-same-owner --no-same-permissions || { echo "vericode: could not unpack the attempt's files" >&2; exit 121; }
"$@" </dev/null 2>&1
status=$?
printf 'vericode-oom %s %s\n' "${before:-0}" "$(oom)" >&2
exit $status
"""
SETUP_EXIT = {120: "the worker's work dir could not be cleaned", 121: "the attempt's files could not be unpacked"}
STDERR_CAP = 64_000


# ---------------------------------------------------------------------------------------------
# Process identity: labels let a later run tell a crashed harness's workers from a live one's.

def _pid_start(pid: int) -> str | None:
    """The start time (clock ticks since boot) of `pid`, or None when no such process exists."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else None


def _host_name() -> str:
    return os.uname().nodename


def _owner_alive(labels: dict[str, str]) -> bool:
    """True when the harness process that started a worker still runs (on this host)."""
    if labels.get(HOST_LABEL) != _host_name():
        return True  # another machine sharing the engine: not ours to judge
    try:
        pid = int(labels.get(PID_LABEL, ""))
    except ValueError:
        return False
    start = _pid_start(pid)
    return start is not None and start == labels.get(PID_START_LABEL)


def remove_leftovers(client: docker.DockerClient | None = None, everything: bool = False) -> list[str]:
    """Remove labelled worker containers whose harness is gone (all labelled ones with everything=True).

    Returns the names removed. Workers of harness runs still alive on this host are kept.
    """
    client = client or docker.from_env()
    removed = []
    for container in client.containers.list(all=True, filters={"label": f"{WORKER_LABEL}=1"}):
        if not everything and _owner_alive(container.labels):
            continue
        try:
            container.remove(force=True)
            removed.append(container.name)
        except NotFound:
            pass
        except APIError as exc:
            if exc.status_code != 409:  # 409: removal already in progress
                raise
    return removed


# ---------------------------------------------------------------------------------------------
# Clean-up on interpreter exit and on SIGINT/SIGTERM, for every live sandbox.

_LIVE: "weakref.WeakSet[DockerSandbox]" = weakref.WeakSet()
_HANDLERS_INSTALLED = False
_HANDLERS_LOCK = threading.Lock()


def _close_all() -> None:
    for sandbox in list(_LIVE):
        sandbox.close()


def _on_signal(signum, frame) -> None:
    _close_all()
    previous = _PREVIOUS_HANDLERS.get(signum)
    if callable(previous):
        previous(signum, frame)
    elif previous == signal.SIG_IGN:
        return
    else:  # SIG_DFL (or unknown): die the way the signal would have killed us
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)


_PREVIOUS_HANDLERS: dict[int, object] = {}


def _install_handlers() -> None:
    global _HANDLERS_INSTALLED
    with _HANDLERS_LOCK:
        if _HANDLERS_INSTALLED:
            return
        atexit.register(_close_all)
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                _PREVIOUS_HANDLERS[signum] = signal.getsignal(signum)
                signal.signal(signum, _on_signal)
        _HANDLERS_INSTALLED = True


# ---------------------------------------------------------------------------------------------

def _tar(files: dict[str, str], uid: int) -> bytes:
    """The attempt's files as a tar stream; names must stay inside the work dir."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for name, content in files.items():
            path = PurePosixPath(name)
            if path.is_absolute() or ".." in path.parts or not path.parts:
                raise ValueError(f"file name {name!r} must be a relative path inside the work dir")
            data = content.encode("utf-8")
            info = tarfile.TarInfo(str(path))
            info.size, info.mode, info.uid, info.gid, info.mtime = len(data), 0o644, uid, uid, int(time.time())
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@dataclass(frozen=True)
class _Key:
    """The container-wide limits a worker was created with."""

    memory_mb: int
    pids: int
    cpus: float

    @classmethod
    def of(cls, limits: Limits) -> "_Key":
        return cls(limits.memory_mb, limits.pids, limits.cpus)


@dataclass
class _Worker:
    container: object
    key: _Key
    attempts: int = 0


class _Stream:
    """Reads Docker's multiplexed exec stream (8-byte frame headers) with a deadline."""

    def __init__(self, sock, deadline: float):
        self.sock = getattr(sock, "_sock", sock)
        self.deadline = deadline
        self.pending = b""

    def _fill(self, n: int) -> bool:
        """Make `pending` hold at least n bytes; False on EOF. Raises TimeoutError past the deadline."""
        while len(self.pending) < n:
            remaining = self.deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            ready, _, _ = select.select([self.sock], [], [], remaining)
            if not ready:
                raise TimeoutError
            chunk = self.sock.recv(max(65536, n - len(self.pending)))
            if not chunk:
                return False
            self.pending += chunk
        return True

    def frames(self):
        while True:
            if not self._fill(8):
                return
            kind, size = self.pending[0], struct.unpack(">I", self.pending[4:8])[0]
            self.pending = self.pending[8:]
            while size > 0:
                if not self.pending and not self._fill(1):
                    return
                piece = self.pending[:size]
                self.pending = self.pending[len(piece):]
                size -= len(piece)
                yield kind, piece


class DockerSandbox:
    """Verifier runs in warm, locked-down worker containers (see the module docstring).

    workers: how many containers may run attempts at once (one per verifier thread).
    reuse: False starts and removes a fresh container for every attempt (the "cold" mode the
    overhead benchmark compares against).
    """

    name = "docker"

    def __init__(self, image: str, workers: int = 1, *, reuse: bool = True, client: docker.DockerClient | None = None,
                 uid: int = DEFAULT_UID, tmpfs_mb: int = 512, env: dict[str, str] | None = None):
        self.image = image
        self.workers = max(1, int(workers))
        self.reuse = reuse
        self.uid = uid
        self.tmpfs_mb = tmpfs_mb
        self.env = {"HOME": "/tmp", "TMPDIR": "/tmp", "DOTNET_CLI_HOME": "/tmp", "LANG": "C.UTF-8", **(env or {})}
        self.client = client or docker.from_env(timeout=120)
        self.api = self.client.api
        self._image_id = self.client.images.get(image).id  # ImageNotFound: callers say "make images"
        self._slots = threading.BoundedSemaphore(self.workers)
        self._lock = threading.Lock()
        self._idle: list[_Worker] = []
        self._all: dict[str, _Worker] = {}
        self._closed = False
        self._serial = itertools.count(1)
        self._labels = {WORKER_LABEL: "1", PID_LABEL: str(os.getpid()), PID_START_LABEL: _pid_start(os.getpid()) or "",
                        HOST_LABEL: _host_name(), "vericode.image": image}
        remove_leftovers(self.client)
        _install_handlers()
        _LIVE.add(self)

    @property
    def image_id(self) -> str:
        return self._image_id

    # -- the Sandbox interface ------------------------------------------------------------------

    def run(self, argv: list[str], files: dict[str, str], limits: Limits) -> RunResult:
        start = time.monotonic()
        payload = _tar(files, self.uid)
        with self._slots:
            try:
                worker = self._take(_Key.of(limits))
            except DockerException as exc:
                return RunResult(exit_code=None, output="", wall_s=time.monotonic() - start,
                                 error=f"could not start a worker container from {self.image}: {_explain(exc)}")
            healthy = False
            try:
                result, healthy = self._attempt(worker, argv, payload, limits, start)
            except Exception as exc:  # the engine failed mid-attempt: never let it reach the caller
                result = RunResult(exit_code=None, output="", wall_s=time.monotonic() - start,
                                   error=f"docker failed during the attempt: {_explain(exc)}")
            finally:
                if healthy and self.reuse:
                    self._give_back(worker)
                else:
                    self._discard(worker)
            return result

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all.values())
            self._all.clear()
            self._idle.clear()
        for worker in workers:
            _remove(worker.container)
        _LIVE.discard(self)

    def __enter__(self) -> "DockerSandbox":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- workers ---------------------------------------------------------------------------------

    def _take(self, key: _Key) -> _Worker:
        with self._lock:
            if self._closed:
                raise DockerException("the sandbox was closed")
            worker = next((w for w in self._idle if w.key == key), None)
            if worker is not None:
                self._idle.remove(worker)
                return worker
            stale = self._idle.pop(0) if self._idle else None
        if stale is not None:  # an idle worker with other limits: make room for one with these
            self._discard(stale)
        return self._start_worker(key)

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if not self._closed and worker.container.id in self._all:
                self._idle.append(worker)
                return
        self._discard(worker)

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._all.pop(worker.container.id, None)
            if worker in self._idle:
                self._idle.remove(worker)
        _remove(worker.container)

    def _start_worker(self, key: _Key) -> _Worker:
        tmpfs_opts = f"rw,exec,nosuid,nodev,size={self.tmpfs_mb}m,uid={self.uid},gid={self.uid}"
        container = self.client.containers.run(
            self.image, INIT, detach=True, name=f"vericode-w{os.getpid()}-{next(self._serial)}-{os.urandom(2).hex()}",
            labels=self._labels, user=f"{self.uid}:{self.uid}", working_dir=WORK_DIR, environment=self.env,
            network_mode="none", read_only=True,
            tmpfs={WORK_DIR: tmpfs_opts + ",mode=0700", "/tmp": tmpfs_opts + ",mode=1777"},
            mem_limit=f"{key.memory_mb}m", memswap_limit=f"{key.memory_mb}m",
            pids_limit=key.pids + 8,  # + init, wrapper shell and the clean-up tools
            nano_cpus=int(key.cpus * 1e9), cap_drop=["ALL"], security_opt=["no-new-privileges:true"],
            ulimits=[docker.types.Ulimit(name="core", soft=0, hard=0)],
            log_config=docker.types.LogConfig(type="none"), hostname="vericode", stdin_open=False)
        worker = _Worker(container, key)
        with self._lock:
            closed = self._closed
            if not closed:
                self._all[container.id] = worker
        if closed:
            _remove(container)
            raise DockerException("the sandbox was closed")
        return worker

    # -- one attempt -----------------------------------------------------------------------------

    def _attempt(self, worker: _Worker, argv: list[str], payload: bytes, limits: Limits,
                 start: float) -> tuple[RunResult, bool]:
        """Run argv in the worker; returns the result and whether the worker may be reused."""
        worker.attempts += 1
        deadline = start + limits.wall_s
        exec_id = self.api.exec_create(worker.container.id, ["sh", "-c", WRAPPER, "vericode-attempt", *argv],
                                       stdin=True, stdout=True, stderr=True, tty=False, user=f"{self.uid}:{self.uid}",
                                       workdir=WORK_DIR, environment=self.env)["Id"]
        sock = self.api.exec_start(exec_id, socket=True)
        raw = getattr(sock, "_sock", sock)
        output, stderr = CappedBuffer(limits.output_bytes), CappedBuffer(STDERR_CAP)
        timed_out = False
        try:
            raw.settimeout(max(deadline - time.monotonic(), 0.001))
            raw.sendall(payload)
            raw.shutdown(socket.SHUT_WR)
            raw.settimeout(None)
            for kind, chunk in _Stream(raw, deadline).frames():
                (stderr if kind == 2 else output).feed(chunk)
        except (TimeoutError, socket.timeout):
            timed_out = True
        except OSError:
            pass  # the connection broke: the container died; the checks below say why
        finally:
            try:
                sock.close()
            except OSError:
                pass
        wall = time.monotonic() - start
        common = dict(output=output.text(), wall_s=wall, truncated_bytes=output.dropped)
        if timed_out:
            return RunResult(exit_code=None, timed_out=True, **common), False
        exit_code = self._exit_code(exec_id)
        notes = stderr.text()
        if exit_code in SETUP_EXIT:
            return RunResult(exit_code=None, error=f"{SETUP_EXIT[exit_code]} ({notes.strip()[:300]})", **common), False
        oom = _oom_delta(notes)
        if oom:
            return RunResult(exit_code=exit_code, error=f"the attempt exceeded the memory limit of {limits.memory_mb} MB "
                             f"and was killed (out of memory)", **common), False
        if exit_code is None or exit_code >= 128 or "vericode-oom" not in notes:
            state = self._state(worker)
            if state is not None:  # the container itself is gone or stopped
                return RunResult(exit_code=exit_code, error=f"the worker container {state} during the attempt",
                                 **common), False
            if exit_code is None:
                return RunResult(exit_code=None, error="the attempt ended without an exit status", **common), False
            # killed by a signal, or the wrapper did not finish: unsafe to reuse, but a real result
            return RunResult(exit_code=exit_code, **common), False
        return RunResult(exit_code=exit_code, **common), True

    def _exit_code(self, exec_id: str) -> int | None:
        for delay in (0, 0.005, 0.02, 0.05, 0.1, 0.2):
            time.sleep(delay)
            info = self.api.exec_inspect(exec_id)
            if not info.get("Running") and info.get("ExitCode") is not None:
                return int(info["ExitCode"])
        return None

    def _state(self, worker: _Worker) -> str | None:
        """None while the worker runs; otherwise what happened to it."""
        try:
            info = self.api.inspect_container(worker.container.id)
        except NotFound:
            return "was removed"
        state = info.get("State", {})
        if state.get("Running"):
            return None
        why = "was killed by the out-of-memory killer" if state.get("OOMKilled") else "stopped"
        return f"{why} (exit code {state.get('ExitCode')})"


def _oom_delta(notes: str) -> int:
    """OOM kills counted in the worker's memory cgroup during the attempt (from the wrapper's trailer)."""
    for line in reversed(notes.splitlines()):
        parts = line.split()
        if len(parts) == 3 and parts[0] == "vericode-oom":
            try:
                return max(int(parts[2]) - int(parts[1]), 0)
            except ValueError:
                return 0
    return 0


def _remove(container) -> None:
    try:
        container.remove(force=True)
    except NotFound:
        pass
    except (APIError, DockerException, OSError):
        # Removal already in progress or the engine is going away; remove_leftovers() catches the rest.
        pass


def _explain(exc: BaseException) -> str:
    if isinstance(exc, APIError):
        return str(exc.explanation or exc)
    return str(exc) or type(exc).__name__


def engine_available(timeout: float = 5.0) -> tuple[bool, str]:
    """Whether a Docker engine answers, and why not."""
    try:
        client = docker.from_env(timeout=timeout)
        client.ping()
        return True, "docker engine answers"
    except (DockerException, OSError) as exc:
        return False, f"no docker engine answers ({_explain(exc)})"


def image_info(image: str, client: docker.DockerClient | None = None) -> dict | None:
    """Id, repo digests and labels of a local image, or None when it is absent."""
    try:
        client = client or docker.from_env(timeout=10)
        img = client.images.get(image)
    except ImageNotFound:
        return None
    return {"id": img.id, "digests": list(img.attrs.get("RepoDigests") or []), "labels": dict(img.labels or {}),
            "created": img.attrs.get("Created")}
