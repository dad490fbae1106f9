"""`LocalSandbox`: the verifier as a host subprocess in its own process group, in a fresh
temporary directory; a wall-clock timer kills the whole group, and output is capped (head and
tail kept): see process.py. It trusts the host toolchain; `DockerSandbox`
(runners/sandbox/workers.py) isolates.
"""

from __future__ import annotations

import time

from runners.sandbox import process
from runners.sandbox.base import Limits, RunResult


class LocalSandbox:
    """Verifier as a host subprocess. Trusts the host toolchain; use DockerSandbox for isolation."""

    name = "local"

    def __init__(self, env: dict[str, str] | None = None):
        self.env = env

    def run(self, argv: list[str], files: dict[str, str], limits: Limits) -> RunResult:
        # `check` may have started exactly this run before the typed layer loaded (process.py).
        running = process.claim_early(argv, files, limits.wall_s, limits.output_bytes, self.env)
        if running is None:
            start = time.monotonic()
            try:
                running = process.start(argv, files, limits.wall_s, limits.output_bytes, self.env)
            except OSError as exc:
                return RunResult(exit_code=None, output="", wall_s=time.monotonic() - start,
                                 error=f"cannot start {argv[0]!r}: {exc.strerror or exc}")
        done = running.finish()
        return RunResult(exit_code=done.exit_code, output=done.output, wall_s=done.wall_s,
                         timed_out=done.timed_out, truncated_bytes=done.truncated_bytes)

    def identity(self, program: str) -> str | None:
        """What names the host's `program` for caching facts about it: its path and mtime."""
        return process.host_identity(program, self.env)

    def close(self) -> None:
        pass
