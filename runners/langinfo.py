"""Static facts about each verification language that the task loader needs: a view of the
language registry (runners/languages/registry.py), kept under its old names.

`LanguageInfo` is `LanguageSpec` (name, extension, comment, fence and the rest); `LANGUAGES` is the
registry's own dict, so a language registered later is known here too. Importing this module
imports no verifier adapter.
"""

from __future__ import annotations

from runners.languages.registry import REGISTRY as LANGUAGES
from runners.languages.registry import LanguageSpec as LanguageInfo
from runners.languages.registry import language_spec as language_info

__all__ = ["LANGUAGES", "LanguageInfo", "language_info"]
