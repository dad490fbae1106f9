"""Prompt rendering from the jinja2 templates in this folder (system, initial, repair).

The repair prompt shows the file as graded with line numbers (the diagnostics' line numbers refer
to it), quotes each diagnostic's source line and the lines of its related locations (for a failed
postcondition, the conjunct that failed), and keeps distinct diagnostics on the same line.
Everything here shapes prompts, so `template_hashes` covers this module's source as well as the
templates: a change to the trimming below gives a new run id instead of a resumed conversation
the model never saw. The language facts a prompt shows (title, verifier name, fence, comment
leader, rules template) come from the language registry and are hashed too.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

import jinja2

from runners.languages.registry import REGISTRY, language_spec
from runners.tasks import Task
from runners.verdict import Verdict

HERE = Path(__file__).parent
MAX_DIAGNOSTICS = 12
MAX_MESSAGE_CHARS = 400
MAX_LISTED_LINES = 400  # a longer graded file is shown as excerpts around the diagnostics
EXCERPT_CONTEXT = 3
_RELATED_LINE = re.compile(r"^line (\d+)\b|:(\d+)(?::\d+)?\b")


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), undefined=jinja2.StrictUndefined,
                              keep_trailing_newline=True, autoescape=False)


def template_hashes() -> dict[str, str]:
    """sha256 (16 hex) of every file that shapes a prompt (templates and this module's source),
    recorded in the run manifest and part of the run id."""
    files = sorted([*HERE.glob("*.j2"), *HERE.glob("*.py")])
    hashes = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in files}
    facts = [[s.name, s.title, s.verifier_name, s.fence, s.comment, s.rules] for s in REGISTRY.values()]
    hashes["languages"] = hashlib.sha256(json.dumps(facts).encode()).hexdigest()[:16]
    return hashes


def __getattr__(name: str):
    if name == "TITLES":  # the old table: {lang: (title, verifier name)}, now read from the registry
        return {s.name: (s.title, s.verifier_name) for s in REGISTRY.values()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _common(task: Task, lang: str) -> dict:
    spec = language_spec(lang)
    regions = task.files(lang).template.region_names
    return {"task": task, "lang": lang, "language_title": spec.title, "verifier_name": spec.verifier_name,
            "fence": spec.fence, "comment": spec.comment, "rules_template": spec.rules, "regions": regions,
            "region_list": ", ".join(f"`{r}`" for r in regions)}


def system_prompt(task: Task, lang: str) -> str:
    return _env().get_template("system.j2").render(**_common(task, lang)).strip()


def initial_prompt(task: Task, lang: str, spec_text: str) -> str:
    return _env().get_template("initial.j2").render(spec=spec_text, **_common(task, lang)).strip()


def _quote(lines: list[str], number: int) -> str | None:
    if 0 < number <= len(lines) and lines[number - 1].strip():
        return f"{number:>4} | {lines[number - 1].rstrip()}"
    return None


def _related_line(text: str) -> int | None:
    m = _RELATED_LINE.search(text)
    return int(m.group(1) or m.group(2)) if m else None


def _render_diagnostic(d, lines: list[str]) -> str:
    where = f"line {d.line}" + (f", col {d.col}" if d.col else "") + ": " if d.line else ""
    code = f" ({d.code})" if d.code else ""
    out = [f"[{d.category.value}] {where}{d.message[:MAX_MESSAGE_CHARS]}{code}"]
    if d.line and (quoted := _quote(lines, d.line)):
        out.append(f"    {quoted}")
    quoted_lines = {d.line}
    for related in d.related:
        number = _related_line(related)
        label = related.strip().rstrip(":")
        if number in quoted_lines and label in (f"line {number}", ""):
            continue  # another column of a line already quoted
        out.append(f"    related: {label[:MAX_MESSAGE_CHARS]}")
        if number is not None and number not in quoted_lines and (quoted := _quote(lines, number)):
            out.append(f"    {quoted}")
            quoted_lines.add(number)
    return "\n".join(out)


def trimmed_diagnostics(verdict: Verdict, source: str | None) -> tuple[list[str], int]:
    """Distinct diagnostics with their source lines and related locations, at most MAX_DIAGNOSTICS.

    Two diagnostics are one only if everything the model would read is the same: a second failing
    postcondition reported on the same return line (another related location) is kept.
    """
    lines = source.splitlines() if source else []
    seen: set[tuple] = set()
    rendered: list[str] = []
    for d in verdict.diagnostics:
        key = (d.category, d.message, d.line, d.col, tuple(d.related))
        if key in seen:
            continue
        seen.add(key)
        rendered.append(_render_diagnostic(d, lines))
    return rendered[:MAX_DIAGNOSTICS], max(0, len(rendered) - MAX_DIAGNOSTICS)


def numbered_listing(verdict: Verdict, source: str | None) -> tuple[str, bool]:
    """The graded file with line numbers; excerpts around the diagnostics when it is long."""
    lines = source.splitlines() if source else []
    if not lines:
        return "", False
    width = len(str(len(lines)))
    if len(lines) <= MAX_LISTED_LINES:
        return "\n".join(f"{n:>{width}} | {text}".rstrip() for n, text in enumerate(lines, start=1)), False
    wanted: set[int] = set()
    for d in verdict.diagnostics[:MAX_DIAGNOSTICS]:
        for number in [d.line, *(_related_line(r) for r in d.related)]:
            if number:
                wanted.update(range(number - EXCERPT_CONTEXT, number + EXCERPT_CONTEXT + 1))
    out: list[str] = []
    previous = 0
    for n in sorted(x for x in wanted if 0 < x <= len(lines)):
        if n != previous + 1 and out:
            out.append(" " * width + " | ...")
        out.append(f"{n:>{width}} | {lines[n - 1]}".rstrip())
        previous = n
    return "\n".join(out), True


def repair_prompt(task: Task, lang: str, verdict: Verdict, round: int, rounds: int, source: str | None) -> str:
    diagnostics, omitted = trimmed_diagnostics(verdict, source)
    listing, excerpted = numbered_listing(verdict, source)
    return _env().get_template("repair.j2").render(verdict=verdict, round=round, rounds=rounds, diagnostics=diagnostics,
                                                   omitted=omitted, listing=listing, excerpted=excerpted,
                                                   **_common(task, lang)).strip()
