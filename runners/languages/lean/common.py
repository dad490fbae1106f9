"""Small helpers the Lean audits share: INTEGRITY findings, dotted-name components, and where the
model's regions lie in a file made from the task's template."""

from __future__ import annotations

import re
from functools import lru_cache

from runners.langinfo import language_info
from runners.lexer import Token
from runners.regions import parse_template
from runners.taxonomy import Category
from runners.verdict import Diagnostic


def flag(tok: Token | None, message: str) -> Diagnostic:
    return Diagnostic(category=Category.INTEGRITY, source="audit", line=tok.line if tok else None,
                      col=tok.col if tok else None, message=message)


@lru_cache(maxsize=65536)
def _components(name: str) -> tuple[str, ...]:
    return tuple(part.strip("«»") for part in re.split(r"\.(?![^«]*»)", name))


def components(name: str) -> list[str]:
    return list(_components(name))



@lru_cache(maxsize=65536)
def name_parts(name: str) -> tuple[str, ...]:
    parts = _components(name)
    return tuple(parts[1:] if parts and parts[0] == "_root_" else parts)



def region_lines(template) -> dict[str, tuple[int, int]]:
    """First and last line (1-based, inclusive) of each region's contents in the file."""
    spans: dict[str, tuple[int, int]] = {}
    line = 1
    for part in template.parts:
        text = part if isinstance(part, str) else part.content
        count = text.count("\n") + (1 if text and not text.endswith("\n") else 0)
        if not isinstance(part, str):
            spans[part.name] = (line, line + count - 1)
        line += count
    return spans


def template_layout(source: str, template_text: str) -> tuple[dict[str, tuple[int, int]], int] | None:
    """Where the model's regions are in a file made from the template: (each region's first and last
    line, the first line of text appended after the template such as vector checks).

    None when the file's regions or locked text are not the template's; ValueError when its region
    markers cannot be read.
    """
    comment = language_info("lean").comment
    spliced, template = parse_template(source, comment), parse_template(template_text, comment)
    locked, template_locked = spliced.locked_text(), template.locked_text()
    if spliced.region_names != template.region_names or not locked.startswith(template_locked):
        return None
    tail = len(locked) - len(template_locked)
    tail_line = source[:len(source) - tail].count("\n") + 1 if tail else source.count("\n") + 2
    return region_lines(spliced), tail_line
