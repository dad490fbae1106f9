"""Worker containers never outlive their harness: identity labels, removal of leftovers from a
harness that died, and clean-up of every live sandbox at interpreter exit and on SIGINT/SIGTERM.

A harness killed outright drops the attach connection: the agent sees EOF on stdin and exits, and
the engine auto-removes the container; `remove_leftovers()` removes anything that still remains.
"""

from __future__ import annotations

import atexit
import os
import signal
import threading
import time
import weakref
from typing import TYPE_CHECKING

import docker
from docker.errors import APIError, DockerException, NotFound

if TYPE_CHECKING:
    from runners.sandbox.workers import DockerSandbox

WORKER_LABEL = "vericode.worker"
PID_LABEL = "vericode.pid"
PID_START_LABEL = "vericode.pid_start"
HOST_LABEL = "vericode.host"


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

def register(sandbox: "DockerSandbox") -> None:
    """Have `sandbox` closed at exit and on SIGINT/SIGTERM (installs the handlers once)."""
    _install_handlers()
    _LIVE.add(sandbox)


def forget(sandbox: "DockerSandbox") -> None:
    _LIVE.discard(sandbox)


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



def _remove_container(api, container_id: str, settle_s: float = 0.0) -> None:
    """Force-remove a container. With settle_s, also wait (that long at most) for a removal the
    engine already started (the auto-remove that follows the agent's exit): close() promises
    that the workers are gone, not that their removal has begun."""
    try:
        api.remove_container(container_id, force=True)
        return
    except NotFound:
        return
    except (APIError, DockerException, OSError):
        # Removal already in progress or the engine is going away; remove_leftovers() catches the rest.
        pass
    deadline = time.monotonic() + settle_s
    while time.monotonic() < deadline:
        try:
            api.inspect_container(container_id)
        except NotFound:
            return
        except (APIError, DockerException, OSError):
            return
        time.sleep(0.05)

