"""Run a verifier on files: the only package that starts verifier processes.

  base.py      Limits, RunResult, the Sandbox interface
  buffer.py    CappedBuffer: a verifier's output, head and tail kept
  process.py   a host process group with its folder, output and wall clock; check's early start
  local.py     LocalSandbox: each run through process.py
  workers.py   DockerSandbox: the pool of warm, locked-down worker containers
  agent.pl     the in-container agent (PID 1 of each worker), shipped as package data
  protocol.py  the harness <-> agent wire format and the attach channel
  cleanup.py   worker labels, removal of leftovers, clean-up at exit and on SIGINT/SIGTERM
  engine.py    Docker engine probes (engine_available, image_info)

The names below are imported on first use, not with the package: the early start of `check`
imports process.py before pydantic (which base.py needs) is loaded. The docker SDK is needed
only by the docker backend (`from runners.sandbox.workers import DockerSandbox`, or the old
`runners.docker_sandbox`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from runners.sandbox.base import CappedBuffer, Limits, RunResult, Sandbox
    from runners.sandbox.local import LocalSandbox

__all__ = ["CappedBuffer", "Limits", "LocalSandbox", "RunResult", "Sandbox"]


def __getattr__(name: str):
    if name == "LocalSandbox":
        from runners.sandbox.local import LocalSandbox

        return LocalSandbox
    if name in __all__:
        from runners.sandbox import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
