"""The wire protocol between the harness and the worker agent (agent.pl, PID 1 of each worker
container), and the attach connection that carries it.

Request : 'R' argc {len arg}* filec {len name len data}*      (lengths: 32-bit big-endian)
Replies : 'H' at start; per attempt 'O'+output chunks, then 'X' "<wait status> <events before>
          <events after>" (events: OOM kills, forks refused at the pids limit), or 'E' "<reason>"
          when the attempt could not be set up, 'C' when the previous attempt's files could not be
          removed. Every reply is type, 32-bit length, data. Docker multiplexes the agent's
          stdout and stderr over the attach socket in 8-byte-header frames; `_Channel` splits them.
"""

from __future__ import annotations

import select
import struct
import time
from importlib import resources
from pathlib import PurePosixPath

from runners.sandbox.base import CappedBuffer

STDERR_CAP = 64_000
# The agent ships as package data (runners/sandbox/agent.pl) and runs as `perl -e AGENT`.
AGENT = "\n" + resources.files("runners.sandbox").joinpath("agent.pl").read_text(encoding="utf-8")


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

