"""`--backend ray`: verification on a Ray cluster; model calls, the run store and resume stay in
the driver (runners/run.py), which sees a `RayGrader` with the interface of `Grader`.

- Each `VerifierActor` owns one Grader (built by `make_grader`, so on its node it grades exactly
  as `vericode check` would: the local toolchain or that node's Docker image) and grades one
  reply at a time; verdicts come back as the pydantic `Verdict`'s JSON.
- Placement: an actor of language L asks for one unit of the custom resource `vericode_L`
  (`vericode_dafny`, ...). A node offers as many units as verifications of L it can run at once
  (`ray start --resources '{"vericode_dafny": 4}'`); a node without L's toolchain or image offers
  none and never gets L's work. The driver starts one actor per unit in the cluster.
- Agreement: before any model call, every actor reports its node, verifier version, sandbox
  backend and image digest; if they differ the run refuses to start (the manifest records the
  cluster: node count and the per-node records).
- Faults: an actor or node that dies mid-verification loses only that attempt, which is played
  again on another actor (up to `retries` times, then an infrastructure ERROR); a replacement
  actor is started if the cluster still has room for one, and must agree with the pinned
  versions to be used. `cancel()` (Ctrl-C) cancels outstanding tasks and kills the verifier
  processes of running ones.
- Network: Ray is started or joined on loopback (127.0.0.1) unless an address says otherwise;
  no dashboard.
"""

from __future__ import annotations

import os
import queue
import socket
import threading
import time
from typing import Any

from runners.languages import get_language
from runners.languages.base import Toolchain
from runners.sandbox import Limits, RunResult
from runners.tasks import Task
from runners.taxonomy import Category
from runners.verdict import Status, Verdict

INSTALL_HINT = "--backend ray needs Ray: run `make setup-ray` (or `.venv/bin/pip install -e '.[ray]'`)"
RESOURCE_PREFIX = "vericode_"
LOOPBACK = "127.0.0.1"
STARTUP_TIMEOUT_S = 300.0  # actors start and ask their verifier's version (mono + Dafny: seconds)
REPLACE_TIMEOUT_S = 60.0  # a replacement actor that cannot be placed in this time is given up
DEFAULT_RETRIES = 3  # re-queues of one verification whose actor or node died


class RayUnavailable(RuntimeError):
    """Ray is not installed or cannot be imported; the message says how to install it."""


def require_ray():
    """The ray module, or RayUnavailable with the one line that says how to install it."""
    try:
        import ray  # noqa: F401
    except Exception as exc:  # ImportError, or a broken install
        raise RayUnavailable(f"{INSTALL_HINT} ({type(exc).__name__}: {exc})") from None
    return ray


def resource_name(lang: str) -> str:
    return f"{RESOURCE_PREFIX}{lang}"


_connection: dict[str, Any] = {"where": None, "ours": False, "open": 0}


def connect(address: str | None = None, *, langs: list[str] | None = None, slots: int = 2, keep: bool = False) -> str:
    """Join the cluster at `address` (or RAY_ADDRESS), or start a one-node Ray on loopback whose
    node offers `slots` verifications of each of `langs`. Returns a description for the manifest.
    A connection made here is closed when the last RayGrader closes, unless `keep` (the caller
    shuts Ray down itself: tests, the bench)."""
    ray = require_ray()
    if ray.is_initialized():
        return _connection["where"] or "connected by the caller"
    address = address or os.environ.get("RAY_ADDRESS") or None
    common = dict(include_dashboard=False, log_to_driver=False, configure_logging=False)
    if address and _is_loopback(address):
        pin_loopback()
        ray.init(address=address, _node_ip_address=LOOPBACK, **common)
        _connection.update(where=address, ours=not keep)
    elif address:
        ray.init(address=address, **common)
        _connection.update(where=address, ours=not keep)
    else:
        pin_loopback()
        ray.init(num_cpus=slots, resources={resource_name(lang): slots for lang in (langs or [])},
                 object_store_memory=80 * 1024 * 1024, _node_ip_address=LOOPBACK, **common)
        _connection.update(where="local (a one-node Ray started by this run)", ours=not keep)
    return _connection["where"]


def _disconnect_if_last() -> None:
    import ray

    if _connection["ours"] and _connection["open"] <= 0 and ray.is_initialized():
        ray.shutdown()
        _connection.update(where=None, ours=False, open=0)


def pin_loopback() -> None:
    """Make this process resolve "127.0.0.1"/"localhost" as loopback. Ray's driver otherwise turns
    a loopback cluster address into the machine's external interface address before connecting
    (services.resolve_ip_for_localhost asks get_node_ip_address, which answers the external
    address while multi-node clusters are enabled); with the flag off it answers 127.0.0.1.
    Nodes started with node_ip_address=127.0.0.1 are not affected: they use their own address."""
    import ray._private.ray_constants as constants

    constants.ENABLE_RAY_CLUSTER = False


def _is_loopback(address: str) -> bool:
    host = address.split("://")[-1].rsplit(":", 1)[0]
    return host in ("127.0.0.1", "localhost", "auto")


def _slots(lang: str) -> int:
    """Units of vericode_<lang> the alive nodes offer."""
    import ray

    return int(sum(node["Resources"].get(resource_name(lang), 0) for node in ray.nodes() if node.get("Alive")))


def _alive_nodes() -> int:
    import ray

    return sum(1 for node in ray.nodes() if node.get("Alive"))


# -- the actor ------------------------------------------------------------------------------------

class VerifierActor:
    """One sandbox on one node, behind one Grader. Ray runs it with max_concurrency=2 so that
    `interrupt` can run while `grade` does; the driver gives it one verification at a time."""

    def __init__(self, lang: str, node_backend: str, wall_s: float | None, time_limit_s: int) -> None:
        from runners.run_control import OWNER_ENV, owner_token
        from runners.verify import make_grader

        # Verifier processes inherit this mark, so `interrupt` (and a later run's reaper, should
        # this process die) can find and kill them.
        self.token = owner_token()
        os.environ[OWNER_ENV] = self.token
        self.grader, self.record = make_grader(lang, node_backend, workers=1, wall_s=wall_s, time_limit_s=time_limit_s)

    def describe(self) -> dict[str, Any]:
        import ray

        return {"node_id": ray.get_runtime_context().get_node_id(), "host": socket.gethostname(), "pid": os.getpid(),
                "version": self.grader.toolchain().version, "backend": self.record.get("backend"),
                "image": self.record.get("image"), "image_digest": self.record.get("image_digest")}

    def grade(self, task: Task, response: str) -> str:
        return self.grader.grade_response(task, response).model_dump_json()

    def grade_contents(self, task: Task, contents: dict[str, str]) -> str:
        return self.grader.grade_contents(task, contents).model_dump_json()

    def run(self, argv: list[str], files: dict[str, str], limits: dict) -> str:
        return self.grader.sandbox.run(argv, files, Limits(**limits)).model_dump_json()

    def interrupt(self) -> int:
        """Kill this actor's verifier processes (local) and worker containers (docker)."""
        from runners.run_control import kill_own_verifiers

        killed = kill_own_verifiers(self.token)
        ids = self.grader.sandbox.worker_ids() if hasattr(self.grader.sandbox, "worker_ids") else []
        if ids:
            from runners.run import _remove_containers

            _remove_containers(ids)
        return killed + len(ids)

    def close(self) -> None:
        self.grader.sandbox.close()


# -- the driver's side ----------------------------------------------------------------------------

class _Lost(Exception):
    """The actor (or its node) died while it held the request."""


class _Cancelled(Exception):
    pass


class RemoteSandbox:
    """`sandbox` of a RayGrader: `run` executes on one of the pool's actors (the fidelity hook
    compiles and runs through it); `name` is "ray"."""

    name = "ray"

    def __init__(self, grader: "RayGrader") -> None:
        self._grader = grader

    def run(self, argv: list[str], files: dict[str, str], limits: Limits) -> RunResult:
        text = self._grader._call("run", argv, files, limits.model_dump())
        if isinstance(text, str):
            return RunResult.model_validate_json(text)
        return RunResult(exit_code=None, output="", wall_s=0.0, error=text.reason)

    def close(self) -> None:
        self._grader.close()


class RayGrader:
    """A pool of VerifierActors of one language, with the interface run.py uses of a Grader:
    `grade_response`, `grade_contents`, `toolchain`, `language`, `sandbox.name`, `sandbox.close`."""

    def __init__(self, lang: str, node_backend: str = "auto", wall_s: float | None = None,
                 time_limit_s: int = 30, retries: int = DEFAULT_RETRIES, actors: int | None = None,
                 startup_timeout_s: float = STARTUP_TIMEOUT_S, replace_timeout_s: float = REPLACE_TIMEOUT_S) -> None:
        ray = require_ray()
        self.lang = lang
        self.language = get_language(lang)
        self.sandbox = RemoteSandbox(self)
        self.retries = retries
        self.replace_timeout_s = replace_timeout_s
        self._args = (lang, node_backend, wall_s, time_limit_s)
        self._remote = ray.remote(VerifierActor).options(
            num_cpus=0, resources={resource_name(lang): 1}, max_concurrency=2, max_restarts=0)
        self._lock = threading.Lock()
        self._idle: queue.Queue = queue.Queue()
        self._live: dict[Any, dict] = {}  # actor handle -> its describe()
        self._pending = 0  # replacements being started
        self._busy: dict[Any, Any] = {}  # actor -> the ObjectRef it is working on
        self._cancel = threading.Event()
        self._closed = False
        self._replacing: dict[threading.Thread, Any] = {}  # replacement threads -> the actor each starts
        self.lost = 0  # attempts lost to a dead actor or node (each re-queued or, at the end, ERROR)
        self.replaced = 0
        count = actors if actors is not None else _slots(lang)
        if count < 1:
            raise RuntimeError(f"no node of the Ray cluster offers the resource {resource_name(lang)}; start a "
                               f"worker with `ray start --resources '{{\"{resource_name(lang)}\": N}}'` "
                               "where the verifier is installed (docs/SCALING.md)")
        handles = [self._remote.remote(*self._args) for _ in range(count)]
        try:
            described = ray.get([h.describe.remote() for h in handles], timeout=startup_timeout_s)
        except Exception as exc:
            for h in handles:
                ray.kill(h)
            raise RuntimeError(f"the {lang} verifier actors did not start within {startup_timeout_s:g} s "
                               f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})") from None
        for handle, info in zip(handles, described):
            self._live[handle] = info
            self._idle.put(handle)
        try:
            self.pinned = _agreement(lang, described)  # raises on disagreement
        except RuntimeError:
            for h in handles:
                ray.kill(h)
            raise
        _connection["open"] += 1
        self._toolchain = Toolchain(lang, self.pinned["version"] or "")

    # -- what run.py uses -------------------------------------------------------------------------

    def toolchain(self) -> Toolchain:
        return self._toolchain

    def grade_response(self, task: Task, response: str) -> Verdict:
        return self._verdict(self._call("grade", task, response))

    def grade_contents(self, task: Task, contents: dict[str, str]) -> Verdict:
        return self._verdict(self._call("grade_contents", task, contents))

    def record(self) -> dict[str, Any]:
        """The manifest's record of this language on the cluster."""
        nodes = sorted({info["node_id"] for info in self._live.values()})
        return {"backend": "ray", "lang": self.lang, "version": self.pinned["version"],
                "image": self.pinned["image"], "image_id": None, "image_digest": self.pinned["image_digest"],
                "node_backend": self.pinned["backend"], "workers": len(self._live),
                "reason": f"ray backend requested: {len(self._live)} {self.lang} actor(s) on {len(nodes)} node(s)",
                "cluster": {"nodes": _alive_nodes(), "nodes_with_lang": len(nodes), "actors": len(self._live),
                            "per_node": [{k: info[k] for k in ("node_id", "host", "version", "backend", "image",
                                                                "image_digest")}
                                         for info in sorted(self._live.values(), key=lambda i: i["node_id"])]}}

    def slots(self) -> int:
        return len(self._live) + self._pending

    def cancel(self) -> None:
        """Ctrl-C: no new request starts; outstanding ones are cancelled, running verifiers killed."""
        import ray

        self._cancel.set()
        with self._lock:
            busy = list(self._busy.items())
        for actor, ref in busy:
            try:
                ray.cancel(ref)
            except Exception:
                pass
            try:
                actor.interrupt.remote()
            except Exception:
                pass

    def close(self) -> None:
        import ray

        with self._lock:
            if self._closed:
                return
            self._closed = True
            actors = list(self._live)
            starting = [h for h in self._replacing.values() if h is not None]
            threads = list(self._replacing)
            self._live.clear()
        self._cancel.set()
        for actor in actors:
            try:
                ray.get(actor.close.remote(), timeout=30)
            except Exception:
                pass
            try:
                ray.kill(actor)
            except Exception:
                pass
        for handle in starting:
            try:
                ray.kill(handle)
            except Exception:
                pass
        for thread in threads:  # no Ray call may follow a shutdown (it would start a new session)
            thread.join(timeout=self.replace_timeout_s)
        _connection["open"] -= 1
        _disconnect_if_last()

    # -- requests ---------------------------------------------------------------------------------

    def _verdict(self, result: "str | Verdict") -> Verdict:
        return Verdict.model_validate_json(result) if isinstance(result, str) else result

    def _error(self, reason: str) -> Verdict:
        return Verdict(status=Status.ERROR, category=Category.INFRASTRUCTURE, reason=reason, backend="ray")

    def _call(self, method: str, *args: Any) -> "str | Verdict":
        """The JSON the actor returned, or an ERROR verdict (cancelled, no actor left, lost too often)."""
        import ray

        losses: list[str] = []
        for _ in range(self.retries + 1):
            actor = self._acquire()
            if actor is None:
                reason = ("cancelled" if self._cancel.is_set()
                          else f"no {self.lang} verifier actor is left in the Ray cluster")
                return self._error(reason + (f" (after: {'; '.join(losses)})" if losses else ""))
            ref = getattr(actor, method).remote(*args)
            with self._lock:
                self._busy[actor] = ref
            try:
                result = self._wait(ref)
            except _Lost as exc:
                losses.append(str(exc))
                self._on_lost(actor)
                continue
            except _Cancelled:
                self._release(actor)
                return self._error("cancelled (interrupted)")
            except ray.exceptions.RayTaskError as exc:  # the grader raised: a bug, not the node
                self._release(actor)
                return self._error(f"the {self.lang} verifier actor failed: {str(exc).splitlines()[-1][:300]}")
            self._release(actor)
            return result
        return self._error(f"the verification was lost {len(losses)} times to dead Ray actors or nodes: "
                           + "; ".join(losses))

    def _wait(self, ref: Any) -> str:
        import ray

        while True:
            ready, _ = ray.wait([ref], timeout=0.5)
            if ready:
                break
            if self._cancel.is_set():
                raise _Cancelled
        try:
            return ray.get(ref)
        except (ray.exceptions.RayActorError, ray.exceptions.WorkerCrashedError, ray.exceptions.NodeDiedError,
                ray.exceptions.ObjectLostError, ray.exceptions.LocalRayletDiedError) as exc:
            raise _Lost(f"{type(exc).__name__}") from None
        except ray.exceptions.TaskCancelledError:
            raise _Cancelled from None

    def _acquire(self) -> Any | None:
        while not self._cancel.is_set():
            try:
                return self._idle.get(timeout=0.5)
            except queue.Empty:
                with self._lock:
                    if not self._live and not self._pending:
                        return None
        return None

    def _release(self, actor: Any) -> None:
        with self._lock:
            self._busy.pop(actor, None)
            alive = actor in self._live
        if alive:
            self._idle.put(actor)

    def _on_lost(self, actor: Any) -> None:
        import ray

        with self._lock:
            self._busy.pop(actor, None)
            self._live.pop(actor, None)
            self.lost += 1
            self._pending += 1
        try:
            ray.kill(actor, no_restart=True)
        except Exception:
            pass
        thread = threading.Thread(target=self._replace, daemon=True, name=f"ray-replace-{self.lang}")
        with self._lock:
            self._replacing[thread] = None
        thread.start()

    def _replace(self) -> None:
        """Start an actor in place of a dead one; used only if the cluster has room for it and it
        agrees with the pinned verifier."""
        import ray

        handle = None
        me = threading.current_thread()
        try:
            with self._lock:
                if self._closed:
                    return
                handle = self._remote.remote(*self._args)
                self._replacing[me] = handle
            info = ray.get(handle.describe.remote(), timeout=self.replace_timeout_s)
            if any(info.get(k) != self.pinned[k] for k in ("version", "backend", "image_digest")):
                raise RuntimeError("the replacement's verifier differs from the run's")
            with self._lock:
                if self._closed:
                    raise RuntimeError("closed")
                self._live[handle] = info
                self.replaced += 1
            self._idle.put(handle)
            handle = None
        except Exception:
            pass
        finally:
            with self._lock:
                self._pending -= 1
                self._replacing.pop(me, None)
                closed = self._closed
            if handle is not None and not closed:  # close() kills what it finds in _replacing
                try:
                    ray.kill(handle)
                except Exception:
                    pass


def _agreement(lang: str, described: list[dict[str, Any]]) -> dict[str, Any]:
    """The one (version, backend, image, digest) every actor reported, or RuntimeError naming the nodes."""
    keys = ("version", "backend", "image", "image_digest")
    groups: dict[tuple, list[str]] = {}
    for info in described:
        groups.setdefault(tuple(info.get(k) for k in keys), []).append(f"{info['host']}/{info['node_id'][:8]}")
    if len(groups) > 1:
        listing = "; ".join(f"{', '.join(sorted(set(nodes)))}: version {g[0] or 'not found'}, {g[1]}"
                            f"{' ' + str(g[3])[:19] if g[3] else ''}" for g, nodes in groups.items())
        raise RuntimeError(f"the Ray cluster's nodes do not agree on the {lang} verifier ({listing}); install the "
                           "same verifier or image on every node that offers " + resource_name(lang))
    return dict(zip(keys, next(iter(groups))))


def make_ray_grader(lang: str, *, address: str | None = None, wall_s: float | None = None, time_limit_s: int = 30,
                    node_backend: str | None = None, local_slots: int = 2) -> tuple[RayGrader, dict]:
    """The eval's grader for `lang` on a Ray cluster and its manifest record (BackendError-style
    RuntimeError when the cluster cannot grade `lang`)."""
    where = connect(address, langs=[lang], slots=local_slots)
    backend = node_backend or os.environ.get("VERICODE_RAY_NODE_BACKEND", "auto")
    try:
        grader = RayGrader(lang, backend, wall_s=wall_s, time_limit_s=time_limit_s)
    except Exception:
        _disconnect_if_last()
        raise
    record = grader.record()
    record["cluster"]["address"] = where
    return grader, record


def wait_idle(grader: RayGrader, timeout_s: float = 30.0) -> bool:
    """Test helper: wait until no request is outstanding."""
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        with grader._lock:
            if not grader._busy:
                return True
        time.sleep(0.1)
    return False
