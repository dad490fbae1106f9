"""Where the grader keeps facts across processes: the verifier's version per binary identity and
each template's parsed view. Paths only, and no heavy imports: check's early start
(runners/early_check.py) reads the stored version before the typed layer is loaded."""

from __future__ import annotations

import hashlib
from pathlib import Path

DEFAULT_VIEW_CACHE = Path(".cache/parsed-templates")


def toolchain_record(view_cache_dir: Path, lang: str, identity: str) -> Path:
    """The file holding the version of the verifier binary named by `identity` (path and mtime,
    or image id): a new binary has a new identity, so a stale version is never read."""
    return view_cache_dir.parent / "toolchains" / f"{lang}-{hashlib.sha256(identity.encode()).hexdigest()[:24]}.txt"
