"""Run a verifier on files: the only package that starts verifier processes.

  base.py      Limits, RunResult, the Sandbox interface, CappedBuffer (output head and tail)
  local.py     LocalSandbox: a host subprocess in its own process group
  workers.py   DockerSandbox: the pool of warm, locked-down worker containers
  agent.pl     the in-container agent (PID 1 of each worker), shipped as package data
  protocol.py  the harness <-> agent wire format and the attach channel
  cleanup.py   worker labels, removal of leftovers, clean-up at exit and on SIGINT/SIGTERM
  engine.py    Docker engine probes (engine_available, image_info)

Only base and local are imported here: the docker SDK is needed only by the docker backend
(`from runners.sandbox.workers import DockerSandbox`, or the old `runners.docker_sandbox`).
"""

from __future__ import annotations

from runners.sandbox.base import CappedBuffer, Limits, RunResult, Sandbox
from runners.sandbox.local import LocalSandbox

__all__ = ["CappedBuffer", "Limits", "LocalSandbox", "RunResult", "Sandbox"]
