"""Static facts about each verification language that the task loader needs.

Kept apart from the language modules so that loading tasks never imports a verifier adapter.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LanguageInfo:
    name: str
    extension: str  # file extension of spec/reference files
    comment: str  # line-comment leader used by region markers
    fence: str  # the Markdown fence tag models use


LANGUAGES: dict[str, LanguageInfo] = {
    "dafny": LanguageInfo("dafny", "dfy", "//", "dafny"),
    "verus": LanguageInfo("verus", "rs", "//", "rust"),
    "lean": LanguageInfo("lean", "lean", "--", "lean"),
}


def language_info(lang: str) -> LanguageInfo:
    try:
        return LANGUAGES[lang]
    except KeyError:
        raise ValueError(f"unknown language {lang!r}; choose from {', '.join(LANGUAGES)}") from None
