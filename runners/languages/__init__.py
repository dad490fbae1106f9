"""Language modules, one per verifier, all with the interface of `base.Language`; which languages
exist and which class serves each is registered in `registry.py`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from runners.languages.registry import language_spec

if TYPE_CHECKING:
    from runners.languages.base import Language


def get_language(name: str) -> "Language":
    """A fresh adapter for the registered language `name` (ValueError names the known ones)."""
    return language_spec(name).language()


def __getattr__(name: str):
    # `from runners.languages import Language` without importing base.py (and through it the
    # task loader) whenever the package is imported.
    if name == "Language":
        from runners.languages.base import Language

        return Language
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
