"""Run a verifier inside Docker: one long-lived, locked-down container per verifier worker.

Each worker container runs a small agent (Perl, which every Debian image has) as PID 1, attached
to the harness through the container's stdin/stdout. Per attempt the harness sends the argv and
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
and the harness pid; they are removed on close(), at interpreter exit and on SIGINT/SIGTERM.
A harness killed outright drops the attach connection: the agent sees EOF on stdin and exits, and
the engine auto-removes the container; `remove_leftovers()` removes anything that still remains.
"""

from __future__ import annotations

import atexit
import itertools
import os
import select
import signal
import socket
import struct
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
STARTUP_TIMEOUT_S = 60.0
STDERR_CAP = 64_000

AGENT = r"""
# vericode worker agent: PID 1 of a worker container. Reads attempts from stdin, answers on stdout.
# Request : 'R' argc {len arg}* filec {len name len data}*      (lengths: 32-bit big-endian)
# Replies : 'H' at start; per attempt 'O'+output chunks, then
#           'X' "<wait status> <events before> <events after>"
#           (events: OOM kills, forks refused at the pids limit)
#           or 'E' "<reason>" when the attempt could not be set up, 'C' when the previous attempt's
#           files could not be removed (the harness then retries on a fresh worker).
#           Every reply is type, length, data.
use strict; use POSIX (); use IO::Select; use File::Path ();
my %prctl = (x86_64 => 157, aarch64 => 167);
my $nr = $prctl{(POSIX::uname())[4]};
syscall($nr, 4, 0, 0, 0, 0) if $nr;  # PR_SET_DUMPABLE 0: the attempt (same uid) cannot open /proc/1/fd
binmode STDIN; binmode STDOUT; chdir '/';  # File::Path will not empty the cwd
sub rd {  # exactly n bytes of the request; EOF (the harness went away) ends the worker
  my $n = shift; my $b = '';
  while (length($b) < $n) { my $r = sysread(STDIN, $b, $n - length($b), length($b)); POSIX::_exit(0) unless $r }
  $b
}
sub num { unpack 'N', rd(4) }
sub msg {
  my $m = $_[0] . pack('N', length $_[1]) . $_[1]; my $o = 0;
  while ($o < length $m) { my $w = syswrite(STDOUT, $m, length($m) - $o, $o); POSIX::_exit(0) unless defined $w; $o += $w }
}
sub counter { my $re = shift; for my $f (@_) { if (open my $h, '<', $f) { while (<$h>) { return $1 if /$re/ } } } 0 }
# cgroup v1 paths first, then v2: OOM kills and refused forks (pids limit reached) so far
sub events {
  join ' ', counter(qr/^oom_kill (\d+)/, '/sys/fs/cgroup/memory/memory.oom_control', '/sys/fs/cgroup/memory.events'),
            counter(qr/^max (\d+)/, '/sys/fs/cgroup/pids/pids.events', '/sys/fs/cgroup/pids.events')
}
sub reap { 1 while waitpid(-1, POSIX::WNOHANG()) > 0 }
sub empty { opendir(my $h, $_[0]) or return 0; my @left = grep { $_ ne '.' && $_ ne '..' } readdir $h; !@left }
# Empty the writable dirs (never following symlinks; entering dirs the attempt made unreadable).
sub clean {
  for my $d ('/work', '/tmp', '/dev/shm') { File::Path::remove_tree($d, {keep_root => 1, safe => 0, error => \my $e}) }
  return 1 if empty('/work') && empty('/tmp');
  # Slow path: the attempt left files its owner cannot delete as they are (chmod 000 dirs).
  system('/bin/sh', '-c', 'chmod -R u+rwx /work /tmp /dev/shm; find /work /tmp /dev/shm -mindepth 1 -delete');
  empty('/work') && empty('/tmp')
}
msg('H', '');
while (1) {
  rd(1) eq 'R' or die "vericode agent: bad request\n";
  my @argv = map { rd(num()) } 1 .. num();
  my @files = map { my $n = rd(num()); [$n, rd(num())] } 1 .. num();
  kill 9, -1; kill 9, -1; reap();
  if (!clean()) { msg('C', 'the work dir could not be cleaned'); next }
  my $bad = '';
  for my $f (@files) {
    my ($name, $data) = @$f;
    if ($name eq '' || $name =~ m{^/} || $name =~ m{(^|/)\.\.(/|$)}) {
      $bad = "file name '$name' leaves the work dir"; last
    }
    my $path = "/work/$name"; (my $dir = $path) =~ s{/[^/]*$}{};
    File::Path::make_path($dir);
    open(my $h, '>', $path) or do { $bad = "cannot write $name: $!"; last };
    binmode $h; print $h $data; close $h or do { $bad = "cannot write $name: $!"; last };
  }
  if ($bad) { msg('E', $bad); next }
  my $before = events();
  pipe(my $r, my $w) or do { msg('E', "pipe: $!"); next };
  pipe(my $er, my $ew) or do { msg('E', "pipe: $!"); next };
  my $pid = fork();
  if (!defined $pid) { msg('E', "fork failed: $!"); next }
  if ($pid == 0) {
    close $r; close $er; chdir '/work';
    open STDIN, '<', '/dev/null'; open STDOUT, '>&', $w; open STDERR, '>&', $w; close $w;
    exec { $argv[0] } @argv;
    syswrite $ew, "cannot start '$argv[0]': $!"; POSIX::_exit(127);
  }
  close $w; close $ew;
  my ($status, $sel) = (undef, IO::Select->new($r));
  while (1) {
    if ($sel->can_read(defined $status ? 1.0 : 0.25)) {
      my $n = sysread($r, my $buf, 65536);
      last unless $n;
      msg('O', $buf); next;
    }
    last if defined $status;  # exited a second ago; a background process holds the output open
    $status = $? if waitpid($pid, POSIX::WNOHANG()) == $pid;
  }
  close $r;
  if (!defined $status) { waitpid($pid, 0); $status = $?; }
  my $err = do { local $/; <$er> } // ''; close $er;
  kill 9, -1; reap();
  if ($err ne '') { msg('E', $err); next }
  msg('X', join(' ', $status, $before, events()));
}
"""


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
    # The interrupted code may hold a sandbox's lock: remove the workers without taking it.
    for sandbox in list(_LIVE):
        sandbox._abandon()
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

def _request(argv: list[str], files: dict[str, str]) -> bytes:
    """One attempt in the agent's wire format; file names must stay inside the work dir."""
    if not argv:
        raise ValueError("empty argv")
    parts = [b"R", struct.pack(">I", len(argv))]
    for arg in argv:
        data = arg.encode("utf-8")
        parts += [struct.pack(">I", len(data)), data]
    parts.append(struct.pack(">I", len(files)))
    for name, content in files.items():
        path = PurePosixPath(name)
        if path.is_absolute() or ".." in path.parts or not path.parts:
            raise ValueError(f"file name {name!r} must be a relative path inside the work dir")
        encoded, data = str(path).encode("utf-8"), content.encode("utf-8")
        parts += [struct.pack(">I", len(encoded)), encoded, struct.pack(">I", len(data)), data]
    return b"".join(parts)


def _exit_code(wait_status: int) -> int:
    """A POSIX wait status as subprocess reports it: the exit code, or -N for death by signal N."""
    return -(wait_status & 0x7F) if wait_status & 0x7F else (wait_status >> 8) & 0xFF


class _Channel:
    """The attach connection to a worker's agent: Docker's multiplexed frames in, agent messages out."""

    def __init__(self, sock):
        self.handle = sock
        self.sock = getattr(sock, "_sock", sock)
        self.sock.settimeout(None)
        self.raw = bytearray()  # bytes as received: frame headers and payloads
        self.frame_kind = 0
        self.frame_left = 0
        self.stdout = bytearray()  # the agent's stdout, demultiplexed: its messages
        self.stderr = CappedBuffer(STDERR_CAP)  # the agent's own complaints (Perl errors)

    def send(self, payload: bytes, deadline: float) -> None:
        self.sock.settimeout(max(deadline - time.monotonic(), 0.001))
        try:
            self.sock.sendall(payload)
        finally:
            self.sock.settimeout(None)

    def _pump(self, deadline: float) -> None:
        """Receive once (TimeoutError past the deadline, EOFError when the connection closes)."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        ready, _, _ = select.select([self.sock], [], [], remaining)
        if not ready:
            raise TimeoutError
        chunk = self.sock.recv(262144)
        if not chunk:
            raise EOFError
        self.raw += chunk
        while self.raw:
            if self.frame_left == 0:
                if len(self.raw) < 8:
                    return
                self.frame_kind, self.frame_left = self.raw[0], struct.unpack(">I", self.raw[4:8])[0]
                del self.raw[:8]
                continue
            piece = bytes(self.raw[: self.frame_left])
            del self.raw[: len(piece)]
            self.frame_left -= len(piece)
            if self.frame_kind == 2:
                self.stderr.feed(piece)
            else:
                self.stdout += piece

    def message(self, deadline: float) -> tuple[str, bytes]:
        while len(self.stdout) < 5:
            self._pump(deadline)
        size = struct.unpack(">I", self.stdout[1:5])[0]
        while len(self.stdout) < 5 + size:
            self._pump(deadline)
        kind, data = chr(self.stdout[0]), bytes(self.stdout[5 : 5 + size])
        del self.stdout[: 5 + size]
        return kind, data

    def close(self) -> None:
        for closer in (self.sock.close, self.handle.close):
            try:
                closer()
            except OSError:
                pass


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
        _install_handlers()
        _LIVE.add(self)

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
            self._remove(worker)
        _LIVE.discard(self)

    def _abandon(self) -> None:
        """close() for signal handlers: takes no lock (the interrupted thread may hold it)."""
        self._closed = True
        for worker in list(self._all.values()):  # one C-level copy under the GIL
            self._remove(worker)
        _LIVE.discard(self)

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

    def _remove(self, worker: _Worker) -> None:
        worker.channel.close()  # the agent sees EOF and exits; auto-remove would follow
        _remove_container(self.api, worker.id)

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


def _remove_container(api, container_id: str) -> None:
    try:
        api.remove_container(container_id, force=True)
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
