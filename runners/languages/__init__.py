"""Language modules, one per verifier, all with the interface of `base.Language`."""

from __future__ import annotations

from runners.languages.base import Language


def get_language(name: str) -> Language:
    if name == "dafny":
        from runners.languages.dafny import Dafny

        return Dafny()
    if name == "verus":
        from runners.languages.verus import Verus

        return Verus()
    if name == "lean":
        from runners.languages.lean import Lean

        return Lean()
    raise ValueError(f"unknown language {name!r}; choose from dafny, verus, lean")
