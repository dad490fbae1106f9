"""The docker backend under its old import path; the code lives in the runners/sandbox/ package
(workers.py: DockerSandbox, cleanup.py: leftovers and signals, protocol.py and agent.pl: the
agent and its wire format, engine.py: engine probes)."""

from __future__ import annotations

from runners.sandbox.cleanup import (HOST_LABEL, PID_LABEL, PID_START_LABEL, WORKER_LABEL, _owner_alive,
                                     _pid_start, remove_leftovers)
from runners.sandbox.engine import engine_available, image_info
from runners.sandbox.protocol import AGENT, STDERR_CAP, _Channel, _exit_code, _request
from runners.sandbox.workers import DEFAULT_UID, STARTUP_TIMEOUT_S, WORK_DIR, DockerSandbox

__all__ = ["AGENT", "DEFAULT_UID", "HOST_LABEL", "PID_LABEL", "PID_START_LABEL", "STARTUP_TIMEOUT_S", "STDERR_CAP",
           "WORKER_LABEL", "WORK_DIR", "DockerSandbox", "_Channel", "_exit_code", "_owner_alive", "_pid_start",
           "_request", "engine_available", "image_info", "remove_leftovers"]
