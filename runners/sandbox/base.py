"""What every sandbox shares: the limits of one verifier run, its result and the `Sandbox`
interface (the capped output buffer both backends read verifier output into is in buffer.py)."""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel

from runners.defaults import DEFAULT_OUTPUT_BYTES, DEFAULT_WALL_S
from runners.sandbox.buffer import CappedBuffer

__all__ = ["CappedBuffer", "Limits", "RunResult", "Sandbox"]


class Limits(BaseModel):
    wall_s: float = DEFAULT_WALL_S
    output_bytes: int = DEFAULT_OUTPUT_BYTES
    memory_mb: int = 4096
    pids: int = 256
    cpus: float = 1.0


class RunResult(BaseModel):
    exit_code: int | None  # None when killed or never started
    output: str  # stdout and stderr interleaved, as the verifier printed them (capped)
    wall_s: float
    timed_out: bool = False
    truncated_bytes: int = 0
    error: str | None = None  # the sandbox itself failed (binary missing, container died)


class Sandbox(Protocol):
    name: str

    def run(self, argv: list[str], files: dict[str, str], limits: Limits) -> RunResult: ...

    def close(self) -> None: ...
