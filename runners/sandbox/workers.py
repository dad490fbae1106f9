"""The worker pool: `DockerSandbox` runs a verifier inside Docker, one long-lived, locked-down
container per verifier worker.

Each worker container runs a small agent (agent.pl: Perl, which every Debian image has) as PID 1,
attached to the harness through the container's stdin/stdout (the wire format: protocol.py). Per attempt the harness sends the argv and
the files; the agent
  1. kills every process left over from the previous attempt and empties /work, /tmp, /dev/shm,
  2. writes the files into /work (a tmpfs),
  3. forks the verifier with stdin closed and stderr folded into stdout, streams its output back,
     reports its wait status and the cgroup's OOM-kill count, and kills whatever it left behind.
A `docker exec` per attempt would cost ~100 ms of runc set-up here; the agent costs a fork.
The harness reads the stream itself (capped, with a wall-clock deadline). A worker whose attempt
timed out, ran out of memory, died or broke the protocol is removed, and a fresh one serves the
next attempt, so nothing one attempt does can reach the next.

Containment per worker: no network, memory (= memory+swap), pids and CPU quota, read-only root,
tmpfs /work and /tmp (HOME=/tmp: mono and dotnet write there), an unprivileged user, all
capabilities dropped, no-new-privileges; the agent makes itself non-dumpable so the attempt
(same uid) cannot write into its pipes through /proc. Workers carry the label `vericode.worker=1`
and the harness pid; they are removed on close(), at interpreter exit and on SIGINT/SIGTERM (cleanup.py).
A harness killed outright drops the attach connection: the agent sees EOF on stdin and exits, and
the engine auto-removes the container; `remove_leftovers()` removes anything that still remains.
"""

from __future__ import annotations

import itertools
import os
import socket
import threading
import time
from dataclasses import dataclass

import docker
from docker.errors import APIError, DockerException, NotFound

from runners.sandbox import cleanup
from runners.sandbox.base import CappedBuffer, Limits, RunResult
from runners.sandbox.cleanup import HOST_LABEL, PID_LABEL, PID_START_LABEL, WORKER_LABEL, remove_leftovers
from runners.sandbox.cleanup import _host_name, _pid_start, _remove_container
from runners.sandbox.engine import _explain, image_info
from runners.sandbox.protocol import AGENT, _Channel, _exit_code, _request

DEFAULT_UID = 1000
WORK_DIR = "/work"
STARTUP_TIMEOUT_S = 60.0
CLOSE_SETTLE_S = 10.0  # how long close() waits for a removal the engine already began


class _Unclean(Exception):
    """The worker could not remove what an earlier attempt left: retry on a fresh one."""


@dataclass(frozen=True)
class _Key:
    """The container-wide limits a worker was created with."""

    memory_mb: int
    pids: int
    cpus: float

    @classmethod
    def of(cls, limits: Limits) -> "_Key":
        return cls(limits.memory_mb, limits.pids, limits.cpus)


@dataclass(eq=False)
class _Worker:
    id: str
    name: str
    key: _Key
    channel: _Channel
    attempts: int = 0


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
        self.image_id = self.client.images.get(image).id  # ImageNotFound: callers say "make images"
        self._slots = threading.BoundedSemaphore(self.workers)
        self._lock = threading.Lock()
        self._create_lock = threading.Lock()  # one container created at a time through the shared client
        self._idle: list[_Worker] = []
        self._all: dict[str, _Worker] = {}
        self._closed = False
        self._serial = itertools.count(1)
        self._labels = {WORKER_LABEL: "1", PID_LABEL: str(os.getpid()), PID_START_LABEL: _pid_start(os.getpid()) or "",
                        HOST_LABEL: _host_name(), "vericode.image": image}
        remove_leftovers(self.client)
        cleanup.register(self)

    # -- the Sandbox interface ------------------------------------------------------------------

    def run(self, argv: list[str], files: dict[str, str], limits: Limits) -> RunResult:
        start = time.monotonic()
        try:
            payload = _request(argv, files)
        except ValueError as exc:
            return RunResult(exit_code=None, output="", wall_s=0.0, error=str(exc))
        with self._slots:
            for _ in range(2):  # a second try only when the worker could not be cleaned
                try:
                    worker = self._take(_Key.of(limits))
                except (DockerException, OSError, TimeoutError, EOFError) as exc:
                    return RunResult(exit_code=None, output="", wall_s=time.monotonic() - start,
                                     error=f"could not start a worker container from {self.image}: {_explain(exc)}")
                healthy = False
                try:
                    result, healthy = self._attempt(worker, payload, limits, start)
                except _Unclean:
                    continue
                except Exception as exc:  # the engine failed mid-attempt: never let it reach the caller
                    result = RunResult(exit_code=None, output="", wall_s=time.monotonic() - start,
                                       error=f"docker failed during the attempt: {_explain(exc)}")
                finally:
                    if healthy and self.reuse:
                        self._give_back(worker)
                    else:
                        self._discard(worker)
                return result
            return RunResult(exit_code=None, output="", wall_s=time.monotonic() - start,
                             error="fresh worker containers could not be cleaned for the attempt")

    def identity(self, program: str) -> str | None:
        """The image's id names every program in it (for caching facts such as the version)."""
        info = image_info(self.image)
        return f"docker:{info['id']}:{program}" if info else None

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all.values())
            self._all.clear()
            self._idle.clear()
        for worker in workers:
            self._remove(worker, settle_s=CLOSE_SETTLE_S)
        cleanup.forget(self)

    def _abandon(self) -> None:
        """close() for signal handlers: takes no lock (the interrupted thread may hold it)."""
        self._closed = True
        for worker in list(self._all.values()):  # one C-level copy under the GIL
            self._remove(worker)
        cleanup.forget(self)

    def __enter__(self) -> "DockerSandbox":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def worker_ids(self) -> list[str]:
        with self._lock:
            return list(self._all)

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
            if not self._closed and worker.id in self._all:
                self._idle.append(worker)
                return
        self._discard(worker)

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._all.pop(worker.id, None)
            if worker in self._idle:
                self._idle.remove(worker)
        self._remove(worker)

    def _remove(self, worker: _Worker, settle_s: float = 0.0) -> None:
        worker.channel.close()  # the agent sees EOF and exits; auto-remove would follow
        _remove_container(self.api, worker.id, settle_s)

    def _start_worker(self, key: _Key) -> _Worker:
        tmpfs_opts = f"rw,exec,nosuid,nodev,size={self.tmpfs_mb}m,uid={self.uid},gid={self.uid}"
        host_config = self.api.create_host_config(
            network_mode="none", read_only=True, auto_remove=True,
            tmpfs={WORK_DIR: tmpfs_opts + ",mode=0700", "/tmp": tmpfs_opts + ",mode=1777"},
            mem_limit=f"{key.memory_mb}m", memswap_limit=f"{key.memory_mb}m",
            pids_limit=key.pids + 8,  # + the agent and the clean-up tools
            # The quota caps the worker at `cpus` cores; the shares make its cgroup weigh as much as
            # `cpus` busy host processes (one cgroup otherwise competes like a single process).
            nano_cpus=int(key.cpus * 1e9), cpu_shares=max(2, int(1024 * key.cpus)),
            cap_drop=["ALL"], security_opt=["no-new-privileges:true"],
            ulimits=[docker.types.Ulimit(name="core", soft=0, hard=0)],
            log_config=docker.types.LogConfig(type="none"))
        name = f"vericode-w{os.getpid()}-{next(self._serial)}-{os.urandom(2).hex()}"
        with self._create_lock:
            # detach=False with stdin_open sets StdinOnce: when our attach connection goes, stdin closes.
            container_id = self.api.create_container(
                self.image, ["perl", "-e", AGENT], name=name, labels=self._labels, user=f"{self.uid}:{self.uid}",
                working_dir=WORK_DIR, environment=self.env, hostname="vericode", stdin_open=True, detach=False,
                network_disabled=True, host_config=host_config)["Id"]
            try:
                sock = self.api.attach_socket(container_id, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
                worker = _Worker(container_id, name, key, _Channel(sock))
                with self._lock:
                    if self._closed:
                        raise DockerException("the sandbox was closed")
                    self._all[container_id] = worker
                self.api.start(container_id)
            except BaseException:
                self._forget(container_id)
                raise
        try:
            kind, _ = worker.channel.message(time.monotonic() + STARTUP_TIMEOUT_S)
        except EOFError:
            why = self._state(container_id) or "closed its connection"
            self._forget(container_id)
            raise DockerException(f"the worker container {why} before it was ready") from None
        except BaseException:
            self._forget(container_id)
            raise
        if kind != "H":
            self._forget(container_id)
            raise DockerException(f"the worker agent answered {kind!r} instead of its greeting")
        return worker

    def _forget(self, container_id: str) -> None:
        with self._lock:
            worker = self._all.pop(container_id, None)
        if worker is not None:
            worker.channel.close()
        _remove_container(self.api, container_id)

    # -- one attempt -----------------------------------------------------------------------------

    def _attempt(self, worker: _Worker, payload: bytes, limits: Limits, start: float) -> tuple[RunResult, bool]:
        """Run one request in the worker; returns the result and whether the worker may be reused."""
        worker.attempts += 1
        deadline = start + limits.wall_s
        output = CappedBuffer(limits.output_bytes)
        channel = worker.channel

        def result(**kw) -> RunResult:
            return RunResult(output=output.text(), wall_s=time.monotonic() - start, truncated_bytes=output.dropped, **kw)

        try:
            channel.send(payload, deadline)
            while True:
                kind, data = channel.message(deadline)
                if kind == "O":
                    output.feed(data)
                elif kind == "X":
                    status, oom_before, pids_before, oom_after, pids_after = (int(x) for x in data.split())
                    break
                elif kind == "C":
                    raise _Unclean
                elif kind == "E":
                    reason = data.decode("utf-8", "replace")
                    # A verifier binary that is missing leaves a clean worker; anything else does not.
                    return result(exit_code=None, error=reason), reason.startswith("cannot start")
                else:
                    return result(exit_code=None, error=f"the worker agent sent an unknown message {kind!r}"), False
        except (TimeoutError, socket.timeout):
            return result(exit_code=None, timed_out=True), False
        except (EOFError, OSError, ValueError):
            why = self._state(worker.id) or "closed its connection"
            agent = channel.stderr.text().strip()
            return result(exit_code=None, error=f"the worker container {why} during the attempt"
                          + (f" ({agent[:300]})" if agent else "")), False
        exit_code = _exit_code(status)
        if oom_after > oom_before:
            return result(exit_code=exit_code, error=f"the attempt exceeded the memory limit of {limits.memory_mb} MB "
                          "and was killed (out of memory)"), False
        if pids_after > pids_before:
            return result(exit_code=exit_code, error=f"the attempt hit the process limit of {limits.pids} processes "
                          f"({pids_after - pids_before} forks refused); all its processes were killed"), False
        return result(exit_code=exit_code), True

    def _state(self, container_id: str) -> str | None:
        """None while the container runs; otherwise what happened to it."""
        try:
            info = self.api.inspect_container(container_id)
        except NotFound:
            return "was removed"
        except (APIError, DockerException, OSError):
            return "could not be inspected"
        state = info.get("State", {})
        if state.get("Running"):
            return None
        why = "was killed by the out-of-memory killer" if state.get("OOMKilled") else "stopped"
        return f"{why} (exit code {state.get('ExitCode')})"

