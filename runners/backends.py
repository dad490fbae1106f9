"""Choose where a language's verifier runs: a Docker container or the host.

Image names follow one scheme (docs/CONTAINERS.md), built from containers/versions.env:
  vericode/<verifier>:<upstream version>     built from the pinned upstream release (needs internet)
  vericode/dafny:<debian version>-debian12   built offline from Debian packages
Which images serve a language, and which versions.env keys each pins, is registered with the
language (runners/languages/registry.py, `LanguageSpec.images`). A language's candidates are tried
in order; VERICODE_IMAGE_<LANG> (e.g. VERICODE_IMAGE_LEAN=vericode/lean-mathlib:v4.26.0) names one
image instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from runners.languages.registry import REGISTRY
from runners.sandbox import LocalSandbox, Sandbox

VERSIONS_FILE = Path(__file__).resolve().parent.parent / "containers" / "versions.env"
BACKENDS = ("auto", "docker", "local", "ray")  # ray: runners/ray_backend.py, eval only


class BackendError(RuntimeError):
    """The requested backend cannot run; the message says what to do."""


def read_versions(path: Path = VERSIONS_FILE) -> dict[str, str]:
    """KEY=value lines of containers/versions.env (comments and blanks skipped)."""
    values: dict[str, str] = {}
    if not path.exists():
        return values
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        values[key.strip()] = value.strip().strip('"').strip("'")
    return values


def image_candidates(lang: str, versions: dict[str, str] | None = None) -> list[tuple[str, tuple[str, ...]]]:
    """(image name, the versions.env keys it pins) for `lang`, preferred first."""
    override = os.environ.get(f"VERICODE_IMAGE_{lang.upper()}")
    if override:
        return [(override, ())]
    v = versions if versions is not None else read_versions()
    spec = REGISTRY.get(lang)
    images = spec.images if spec is not None else ()
    return [(name, image.pins) for image in images if (name := image.name(v)) is not None]


def _local(lang: str, reason: str) -> tuple[Sandbox, dict]:
    return LocalSandbox(), {"backend": "local", "lang": lang, "image": None, "image_id": None, "image_digest": None,
                            "reason": reason}


def make_sandbox(lang: str, backend: str = "auto", workers: int | None = None) -> tuple[Sandbox, dict]:
    """The sandbox for `lang` and a record for the run manifest (backend, image, digest, reason).

    backend: "docker" (error when the engine or the image is missing), "local" (host toolchain),
    or "auto" (docker when the engine answers and the language's image exists, else local).
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; use auto, docker or local")
    if backend == "ray":  # the eval builds Ray graders itself (runners/ray_backend.py)
        raise BackendError("--backend ray serves `vericode eval` (make eval BACKEND=ray); grade single files "
                           "with --backend local or docker")
    if backend == "local":
        return _local(lang, "local backend requested")

    # Imported here so the local backend never needs the docker SDK.
    from runners.sandbox.engine import engine_available, image_info
    from runners.sandbox.workers import DockerSandbox

    up, why = engine_available()
    if not up:
        if backend == "docker":
            raise BackendError(f"--backend docker: {why}. Start the Docker engine (and check that this user may use "
                               "it), or run with --backend local.")
        return _local(lang, f"auto: {why}; using the host toolchain")
    versions = read_versions()
    candidates = image_candidates(lang, versions)
    found = next(((name, keys, info) for name, keys in candidates if (info := image_info(name)) is not None), None)
    if found is None:
        names = ", ".join(name for name, _ in candidates) or f"(no image is defined for {lang!r})"
        if backend == "docker":
            raise BackendError(f"--backend docker: no {lang} verifier image is built (looked for {names}). "
                               "Run `make images` to build the images that can be built here, or run with --backend local.")
        return _local(lang, f"auto: no {lang} image built (looked for {names}); using the host toolchain")
    image, keys, info = found
    sandbox = DockerSandbox(image, workers=workers or 1)
    pinned = {key: versions[key] for key in keys if key in versions}
    return sandbox, {
        "backend": "docker", "lang": lang, "image": image, "image_id": info["id"],
        "image_digest": (info["digests"] or [info["id"]])[0],
        "image_versions": {k: v for k, v in info["labels"].items() if k.startswith("vericode.")},
        "pinned_versions": pinned, "workers": sandbox.workers,
        "reason": "docker backend requested" if backend == "docker" else "auto: docker engine and image available",
    }
