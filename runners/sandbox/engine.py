"""Probes of the Docker engine: whether it answers, what a local image is, and an engine error
put in one line."""

from __future__ import annotations

import docker
from docker.errors import APIError, DockerException, ImageNotFound


def _explain(exc: BaseException) -> str:
    if isinstance(exc, APIError):
        return str(exc.explanation or exc)
    return str(exc) or type(exc).__name__


def engine_available(timeout: float = 5.0) -> tuple[bool, str]:
    """Whether a Docker engine answers, and why not."""
    try:
        client = docker.from_env(timeout=timeout)
        client.ping()
        return True, "docker engine answers"
    except (DockerException, OSError) as exc:
        return False, f"no docker engine answers ({_explain(exc)})"


def image_info(image: str, client: docker.DockerClient | None = None) -> dict | None:
    """Id, repo digests and labels of a local image, or None when it is absent."""
    try:
        client = client or docker.from_env(timeout=10)
        img = client.images.get(image)
    except ImageNotFound:
        return None
    return {"id": img.id, "digests": list(img.attrs.get("RepoDigests") or []), "labels": dict(img.labels or {}),
            "created": img.attrs.get("Created")}
