"""The capped output buffer (head and tail kept) every backend reads verifier output into.
Imports nothing heavy: the early start of `check` (runners/sandbox/process.py) uses it before
pydantic is loaded."""

from __future__ import annotations

from collections import deque


class CappedBuffer:
    """Keeps the first and last `cap/2` bytes of a stream and counts what it dropped."""

    def __init__(self, cap: int):
        self.half = max(cap // 2, 1)
        self.head = bytearray()
        self.tail: deque[bytes] = deque()
        self.tail_size = 0
        self.dropped = 0

    def feed(self, chunk: bytes) -> None:
        room = self.half - len(self.head)
        if room > 0:
            self.head += chunk[:room]
            chunk = chunk[room:]
        if not chunk:
            return
        self.tail.append(chunk)
        self.tail_size += len(chunk)
        while self.tail_size - len(self.tail[0]) >= self.half:
            self.dropped += len(self.tail[0])
            self.tail_size -= len(self.tail[0])
            self.tail.popleft()
        excess = self.tail_size - self.half
        if excess > 0:  # trim the oldest chunk so the tail is exactly `half` bytes
            self.tail[0] = self.tail[0][excess:]
            self.tail_size -= excess
            self.dropped += excess

    def text(self) -> str:
        head = self.head.decode("utf-8", "replace")
        tail = b"".join(self.tail).decode("utf-8", "replace")
        if self.dropped:
            return f"{head}\n[... {self.dropped} bytes of output omitted ...]\n{tail}"
        return head + tail
