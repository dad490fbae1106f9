"""Editable regions: parse a locked template, pull region contents out of text, splice them back.

A region is delimited by two comment lines, the same in every language apart from the comment
leader (`//` in Dafny and Verus, `--` in Lean):

    // <vc:code>
    ...model-editable lines...
    // </vc:code>

Everything outside the regions, the marker lines included, is locked: the splice copies it from
the template byte for byte. All functions here are pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

REGION_NAME = r"[a-z][a-z0-9_]*"


class RegionError(ValueError):
    """A template or reply whose region markers are missing, unbalanced or duplicated."""

    def __init__(self, message: str, line: int | None = None):
        self.line = line
        super().__init__(f"line {line}: {message}" if line else message)


@dataclass(frozen=True)
class Region:
    name: str
    content: str  # the lines between the markers, each with its newline


@dataclass(frozen=True)
class Template:
    """Locked text and regions, in file order. `parts` alternates str (locked) and Region."""

    parts: tuple[str | Region, ...]

    @property
    def region_names(self) -> list[str]:
        return [p.name for p in self.parts if isinstance(p, Region)]

    def contents(self) -> dict[str, str]:
        return {p.name: p.content for p in self.parts if isinstance(p, Region)}

    def locked_text(self) -> str:
        """The template with every region emptied: what no reply can change."""
        return "".join(p for p in self.parts if isinstance(p, str))


def _marker_patterns(comment: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lead = re.escape(comment)
    open_re = re.compile(rf"^[ \t]*{lead}[ \t]*<vc:({REGION_NAME})>[ \t]*$")
    close_re = re.compile(rf"^[ \t]*{lead}[ \t]*</vc:({REGION_NAME})>[ \t]*$")
    return open_re, close_re


def _any_marker(comment: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(comment)}[ \t]*</?vc:")


def parse_template(text: str, comment: str) -> Template:
    """Split a template into locked text and regions; raise RegionError on bad markers."""
    open_re, close_re = _marker_patterns(comment)
    loose = _any_marker(comment)
    parts: list[str | Region] = []
    locked: list[str] = []
    region_lines: list[str] = []
    current: str | None = None
    opened_at = 0
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        bare = line.rstrip("\r\n")
        if (m := open_re.match(bare)) is not None:
            if current is not None:
                raise RegionError(
                    f"region <vc:{m.group(1)}> opens inside <vc:{current}> (opened on line "
                    f"{opened_at}); close it with '{comment} </vc:{current}>' first",
                    number,
                )
            if m.group(1) in seen:
                raise RegionError(f"region <vc:{m.group(1)}> appears twice; names must be unique", number)
            current, opened_at = m.group(1), number
            seen.add(current)
            locked.append(line)
            parts.append("".join(locked))
            locked, region_lines = [], []
        elif (m := close_re.match(bare)) is not None:
            if current != m.group(1):
                expected = f"'{comment} </vc:{current}>'" if current else "no closing marker"
                raise RegionError(f"</vc:{m.group(1)}> does not match an open region; expected {expected}", number)
            parts.append(Region(current, "".join(region_lines)))
            current = None
            locked.append(line)
        elif loose.search(bare):
            raise RegionError(
                f"malformed region marker {bare.strip()!r}; a marker is a line of its own: "
                f"'{comment} <vc:NAME>' or '{comment} </vc:NAME>' with NAME matching {REGION_NAME}",
                number,
            )
        elif current is not None:
            region_lines.append(line)
        else:
            locked.append(line)
    if current is not None:
        raise RegionError(f"region <vc:{current}> opened on line {opened_at} is never closed; add '{comment} </vc:{current}>'", opened_at)
    parts.append("".join(locked))
    return Template(tuple(parts))


def find_regions(text: str, comment: str) -> dict[str, str]:
    """Region contents found in free text (a model's code block); lenient about stray markers.

    The last complete occurrence of each region wins, so a reply that restates a region after
    correcting it is graded on the correction.
    """
    open_re, close_re = _marker_patterns(comment)
    found: dict[str, str] = {}
    current: str | None = None
    body: list[str] = []
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        if (m := open_re.match(bare)) is not None:
            current, body = m.group(1), []
        elif (m := close_re.match(bare)) is not None:
            if current == m.group(1):
                found[current] = "".join(body)
            current = None
        elif current is not None:
            body.append(line)
    return found


def splice(template: Template, contents: dict[str, str]) -> str:
    """The template with each region replaced by `contents[name]` (template default if absent)."""
    out: list[str] = []
    for part in template.parts:
        if isinstance(part, str):
            out.append(part)
            continue
        text = contents.get(part.name, part.content)
        if text and not text.endswith("\n"):
            text += "\n"
        out.append(text)
    return "".join(out)


def empty_contents(template: Template) -> dict[str, str]:
    return {name: "" for name in template.region_names}
