"""Choose where a language's verifier runs: a Docker container or the host."""

from __future__ import annotations

from runners.sandbox import LocalSandbox, Sandbox


def make_sandbox(lang: str, backend: str = "auto", workers: int | None = None) -> tuple[Sandbox, dict]:
    """The sandbox for `lang` and a record for the run manifest (backend, image, digest, reason)."""
    if backend not in {"auto", "docker", "local"}:
        raise ValueError(f"unknown backend {backend!r}; use auto, docker or local")
    return LocalSandbox(), {"backend": "local", "image": None, "image_digest": None,
                            "reason": "local backend (docker backend not built yet)"}
