"""Prompt rendering from the jinja2 templates in this folder (system, initial, repair)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import jinja2

from runners.langinfo import language_info
from runners.tasks import Task
from runners.verdict import Verdict

HERE = Path(__file__).parent
TITLES = {"dafny": ("Dafny", "Dafny"), "verus": ("Verus (verified Rust)", "Verus"), "lean": ("Lean 4", "Lean 4")}
MAX_DIAGNOSTICS = 12
MAX_MESSAGE_CHARS = 400


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), undefined=jinja2.StrictUndefined,
                              keep_trailing_newline=True, autoescape=False)


def template_hashes() -> dict[str, str]:
    """sha256 (16 hex) of every prompt template, recorded in the run manifest."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in sorted(HERE.glob("*.j2"))}


def _common(task: Task, lang: str) -> dict:
    info = language_info(lang)
    title, verifier = TITLES[lang]
    regions = task.files(lang).template.region_names
    return {"task": task, "lang": lang, "language_title": title, "verifier_name": verifier, "fence": info.fence,
            "comment": info.comment, "regions": regions, "region_list": ", ".join(f"`{r}`" for r in regions)}


def system_prompt(task: Task, lang: str) -> str:
    return _env().get_template("system.j2").render(**_common(task, lang)).strip()


def initial_prompt(task: Task, lang: str, spec_text: str) -> str:
    return _env().get_template("initial.j2").render(spec=spec_text, **_common(task, lang)).strip()


def trimmed_diagnostics(verdict: Verdict, source: str | None) -> tuple[list[str], int]:
    """Deduplicated diagnostics, each with the offending source line, at most MAX_DIAGNOSTICS."""
    lines = source.splitlines() if source else []
    seen: set[tuple] = set()
    rendered: list[str] = []
    for d in verdict.diagnostics:
        key = (d.category, d.message, d.line)
        if key in seen:
            continue
        seen.add(key)
        text = d.render()
        if d.line and 0 < d.line <= len(lines) and lines[d.line - 1].strip():
            text += f"\n    > {lines[d.line - 1].strip()}"
        rendered.append(text[:MAX_MESSAGE_CHARS])
    return rendered[:MAX_DIAGNOSTICS], max(0, len(rendered) - MAX_DIAGNOSTICS)


def repair_prompt(task: Task, lang: str, verdict: Verdict, round: int, rounds: int, source: str | None) -> str:
    diagnostics, omitted = trimmed_diagnostics(verdict, source)
    return _env().get_template("repair.j2").render(verdict=verdict, round=round, rounds=rounds, diagnostics=diagnostics,
                                                   omitted=omitted, **_common(task, lang)).strip()
