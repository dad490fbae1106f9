"""Verus: render, extract, audit, verifier argv and diagnostics; plus an erased-Rust `cargo check`.

Output formats read here (none of them captured from a real `verus` run on this machine; each is
written from Verus's own sources and guide, see docs/LANGUAGES.md):
  diagnostics, rustc style on stderr:   `error: postcondition not satisfied`
                                        `  --> /work/t.rs:12:5`
  text summary (no --output-json):      `verification results:: 3 verified, 1 errors`
  JSON summary (--output-json), pretty-printed on stdout after all diagnostics:
      {"verification-results": {"encountered-vir-error": false, "success": false,
                                 "verified": 3, "errors": 1, "is-verifying-entire-crate": true}, ...}
  --no-cheating refusals:               `error: assume/admit not allowed with --no-cheating`
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from runners.langinfo import language_info
from runners.languages.base import Parsed, TemplateLanguage, Toolchain
from runners.languages.verus_audit import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_VERIFIER_ATTRIBUTES,
    ATTRIBUTE_REASONS,
    FORBIDDEN_ATTRIBUTE_WORDS,
    FORBIDDEN_WORDS,
    MAX_RLIMIT,
    attribute_spans,
    audit_source,
    dangling_attribute,
    exec_tokens,
    shortcut_audit,
)
from runners.lexer import RUST
from runners.regions import splice
from runners.taxonomy import Category
from runners.verdict import Diagnostic

if TYPE_CHECKING:
    from runners.tasks import Task

# The audit lives in verus_audit.py; its names stay importable from here.
__all__ = [
    "ALLOWED_ATTRIBUTES", "ALLOWED_VERIFIER_ATTRIBUTES", "ATTRIBUTE_REASONS", "FORBIDDEN_ATTRIBUTE_WORDS",
    "FORBIDDEN_WORDS", "MAX_RLIMIT", "Verus", "attribute_spans", "audit_source", "cargo_check_command",
    "cargo_check_files", "categorize", "dangling_attribute", "exec_tokens", "parse_cargo_check", "parse_output", "shortcut_audit",
    "verus_date",
]
# `--no-cheating` landed in Verus in March 2025 (verus-lang/verus PR #1499); releases are
# versioned 0.YYYY.MM.DD.<commit>, so the date says whether the flag exists.
NO_CHEATING_SINCE = (2025, 3, 10)

# The erased crates on crates.io that let ordinary rustc compile a Verus file (ghost code erased).
# Pin the release matching the Verus in containers/verus when that image is updated.
VSTD_CRATE_VERSION = "0.0.0-2025-12-07-0054"  # nearest crates.io release after Verus 0.2025.12.05 (containers/versions.env)

CATEGORY_RULES: list[tuple[str, Category]] = [
    ("not allowed with --no-cheating", Category.INTEGRITY),
    ("rlimit", Category.TIMEOUT),
    ("resource limit", Category.TIMEOUT),
    ("timed out", Category.TIMEOUT),
    ("timeout", Category.TIMEOUT),
    ("postcondition not satisfied", Category.POSTCONDITION),
    ("failed this postcondition", Category.POSTCONDITION),
    ("split postcondition failure", Category.POSTCONDITION),
    ("invariant not satisfied", Category.INVARIANT),
    ("decreases not satisfied", Category.TERMINATION),
    ("decreases clause", Category.TERMINATION),
    ("termination", Category.TERMINATION),
    ("decreases", Category.TERMINATION),
    ("precondition not satisfied", Category.PRECONDITION),
    ("split precondition failure", Category.PRECONDITION),
    ("arithmetic underflow/overflow", Category.PRECONDITION),
    ("arithmetic overflow", Category.PRECONDITION),
    ("arithmetic underflow", Category.PRECONDITION),
    ("division by zero", Category.PRECONDITION),
    ("index out of bounds", Category.PRECONDITION),
    ("assertion failed", Category.ASSERTION),
    ("assertion failure", Category.ASSERTION),
    ("assertion not satisfied", Category.ASSERTION),
]
# rustc parse errors carry no error code; these phrases are how they start.
SYNTAX_PHRASES = ("expected one of", "expected `", "expected expression", "expected identifier", "expected item",
                  "expected type", "expected pattern", "expected a", "unexpected token", "unexpected end of",
                  "unclosed delimiter", "unexpected closing delimiter", "mismatched closing delimiter",
                  "unknown start of token", "unterminated", "this file contains an unclosed delimiter",
                  "unexpected `")
# Resolution, typing, borrow and Verus mode errors without a rustc code.
TYPE_PHRASES = ("mismatched types", "cannot find", "cannot borrow", "borrow of moved value", "use of moved value",
                "mode", "not supported", "does not support", "unsupported", "type annotations needed",
                "cannot call", "cannot access", "no method named", "no field", "expected type")

_ERROR = re.compile(r"^error(?:\[(?P<code>E\d{4})\])?: (?P<msg>.*)$")
_LOCATION = re.compile(r"^\s*--> (?P<file>.+?):(?P<line>\d+):(?P<col>\d+)\s*$")
_TEXT_SUMMARY = re.compile(r"^verification results:: (?P<verified>\d+) verified, (?P<errors>\d+) errors?")
_NOISE = re.compile(r"^error: aborting due to|^error: could not compile")
_INFRA = re.compile(r"panicked at|internal compiler error|error: (?:unrecognized option|Unrecognized option)|"
                    r"could not find z3|z3 (?:not found|version)|rust toolchain .* not installed", re.I)
_VERSION = re.compile(r"(\d+)\.(\d{4})\.(\d{2})\.(\d{2})(?:\.[0-9a-f]+)?")


def categorize(message: str, code: str | None = None) -> Category:
    low = message.lower()
    if (cat := next((c for needle, c in CATEGORY_RULES if needle in low), None)) is not None:
        return cat
    if code is not None:
        return Category.TYPE  # every coded rustc error is a resolution/type/borrow error
    if any(low.startswith(p) or p in low for p in SYNTAX_PHRASES):
        return Category.SYNTAX
    if any(p in low for p in TYPE_PHRASES):
        return Category.TYPE
    return Category.OTHER_VERIFICATION



# ---------------------------------------------------------------------------------------------
# Output parsing

def _json_summaries(output: str) -> list[dict]:
    """Every `{"verification-results": ...}` object in the output (pretty JSON starts a line with `{`)."""
    decoder = json.JSONDecoder()
    found = []
    for m in re.finditer(r"^\{", output, re.M):
        try:
            obj, _ = decoder.raw_decode(output, m.start())
        except ValueError:
            continue
        if isinstance(obj, dict) and isinstance(obj.get("verification-results"), dict):
            found.append(obj["verification-results"])
    return found


def _summary_from_json(results: dict) -> dict[str, int]:
    vir_error = bool(results.get("encountered-vir-error", False))
    summary = {"verified": int(results.get("verified", 0)), "errors": int(results.get("errors", 0)),
               "vir_error": int(vir_error)}
    if "success" in results:
        summary["success"] = int(bool(results["success"]))
    if vir_error and "errors" not in results:
        summary["errors"] = 1  # Verus omits the counts when the crate was rejected before proving
    return summary


def _strip_json(output: str) -> str:
    """The output without the JSON summary, so diagnostics shown to models stay short."""
    decoder = json.JSONDecoder()
    for m in re.finditer(r"^\{", output, re.M):
        try:
            obj, end = decoder.raw_decode(output, m.start())
        except ValueError:
            continue
        if isinstance(obj, dict) and "verification-results" in obj:
            return output[: m.start()] + output[end:].lstrip("\n")
    return output


def _diagnostics(lines: list[str]) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    current: Diagnostic | None = None
    for line in lines:
        if _NOISE.match(line):
            current = None
            continue
        if (m := _ERROR.match(line)) is not None:
            message = m.group("msg").strip()
            current = Diagnostic(category=categorize(message, m.group("code")), message=message, code=m.group("code"))
            found.append(current)
        elif (m := _LOCATION.match(line)) is not None and current is not None and current.line is None:
            current.line, current.col = int(m.group("line")), int(m.group("col"))
        elif line.startswith(("warning", "note")) and current is not None:
            current = None
        elif current is not None and "failed this postcondition" in line:
            current.related.append(line.strip(" |^-"))
    return found


def parse_output(output: str) -> Parsed:
    lines = output.splitlines()
    diagnostics = _diagnostics(lines)
    summaries = [_summary_from_json(s) for s in _json_summaries(output)]
    for line in lines:
        if (m := _TEXT_SUMMARY.match(line.strip())) is not None:
            summaries.append({"verified": int(m.group("verified")), "errors": int(m.group("errors")), "vir_error": 0})
    infrastructure = next((line.strip() for line in lines if _INFRA.search(line)), None)
    summary = summaries[0] if len(summaries) == 1 else None
    if len(summaries) > 1:
        infrastructure = infrastructure or "verifier printed more than one summary"
    if summary is None and not diagnostics and infrastructure is None:
        infrastructure = "verifier output has neither a summary nor a located error"
    if summary and summary["errors"] and not diagnostics and infrastructure is None:
        diagnostics.append(Diagnostic(category=Category.OTHER_VERIFICATION, source="harness",
                                      message=f"Verus counted {summary['errors']} error(s) but printed none the harness could read"))
    return Parsed(diagnostics=diagnostics, summary=summary, infrastructure=infrastructure,
                  clean_output=_strip_json(output))


def verus_date(version: str) -> tuple[int, int, int] | None:
    m = _VERSION.search(version)
    return (int(m.group(2)), int(m.group(3)), int(m.group(4))) if m else None


# ---------------------------------------------------------------------------------------------
# Erased-Rust check: the file compiled by plain rustc against the crates.io `vstd`, whose
# `verus!` macro erases ghost code. Catches syntax errors and type/borrow errors of exec code.

def cargo_check_files(source: str) -> dict[str, str]:
    manifest = (
        "[package]\n"
        'name = "vericode_verus_check"\n'
        'version = "0.1.0"\n'
        'edition = "2021"\n\n'
        "[dependencies]\n"
        f'vstd = "={VSTD_CRATE_VERSION}"\n'
    )
    return {"Cargo.toml": manifest, "src/main.rs": source}


def cargo_check_command(offline: bool = True) -> list[str]:
    argv = ["cargo", "check", "--quiet", "--message-format", "short"]
    return argv + (["--offline"] if offline else [])


_SHORT = re.compile(r"^(?P<file>[^:\s]+):(?P<line>\d+):(?P<col>\d+): (?P<level>error|warning)(?:\[(?P<code>E\d{4})\])?: (?P<msg>.*)$")


def parse_cargo_check(output: str) -> list[Diagnostic]:
    """Errors of `cargo check --message-format short` (lines `src/main.rs:3:5: error[E0308]: ...`)."""
    found = []
    for line in output.splitlines():
        m = _SHORT.match(line.strip())
        if m is None or m.group("level") != "error":
            continue
        message = m.group("msg").strip()
        category = Category.TYPE if m.group("code") else categorize(message)
        if category is Category.OTHER_VERIFICATION:
            category = Category.SYNTAX
        found.append(Diagnostic(category=category, message=message, line=int(m.group("line")),
                                col=int(m.group("col")), code=m.group("code"), source="cargo-check"))
    return found


# ---------------------------------------------------------------------------------------------

class Verus(TemplateLanguage):
    info = language_info("verus")
    syntax = RUST
    fence_tags = ("rust", "rs", "verus")
    list_open, list_close = "seq![", "]"

    def audit(self, source: str, task: "Task | None" = None) -> list[Diagnostic]:
        found = audit_source(source)
        if task is not None:
            found += shortcut_audit(source, task.files("verus").spec_text, task.meta.entry["verus"],
                                    task.meta.forbidden.get("verus", []))
        return found

    def render_string(self, value: str) -> str:
        # Strings are Seq<char> in Verus contracts (docs/TASKS.md).
        return self.sequence(self._char(c) for c in value)

    @staticmethod
    def _char(c: str) -> str:
        escapes = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0"}
        return "'" + escapes.get(c, c) + "'"

    def vector_check_source(self, task: "Task") -> str:
        """Reference + a second `verus!` block with one proof fn per vector.

        `by (compute)` runs Verus's interpreter first (unfolding spec fns, evaluating arithmetic
        and sequence literals) and hands what it cannot finish, such as quantifiers over the
        sequence, to Z3; `compute_only` would reject those, so it is not used.
        """
        lines = [task.files("verus").reference_text.rstrip("\n"), "", "verus! {", "", "// Generated vector checks"]
        for n, vector in enumerate(task.meta.vectors):
            args = [self.render_value(v) for v in vector.input]
            lines.append(f"proof fn vector_check_{n}() {{")
            lines.append(f"    assert({task.pre_name}({', '.join(args)})) by (compute);")
            for out in vector.correct:
                lines.append(f"    assert({task.post_name}({', '.join(args + [self.render_value(v) for v in out])})) by (compute);")
            for out in vector.wrong:
                lines.append(f"    assert(!{task.post_name}({', '.join(args + [self.render_value(v) for v in out])})) by (compute);")
            lines.append("}")
            lines.append("")
        lines.append("} // verus!")
        return "\n".join(lines) + "\n"

    def version_command(self) -> list[list[str]]:
        return [["verus", "--version"]]

    def parse_version(self, output: str) -> str:
        # `verus --version` prints e.g. "Verus\n  Version: 0.2026.05.05.d03e906\n  Toolchain: ..."
        if (m := re.search(r"Version:\s*(\S+)", output)) is not None:
            return m.group(1)
        m = _VERSION.search(output)
        return m.group(0) if m else ""

    def supports_no_cheating(self, toolchain: Toolchain) -> bool:
        date = verus_date(toolchain.version)
        # Unknown version: ask for it anyway; a Verus without the flag fails loudly (ERROR),
        # which is better than grading without the verifier-side integrity check.
        return date is None or date >= NO_CHEATING_SINCE

    vector_check_names = None  # verifies the whole file

    def command(self, task: "Task", toolchain: Toolchain, time_limit_s: int, nonce: str = "",
                only: str | None = None) -> list[str]:
        rlimit = max(1, min(time_limit_s, MAX_RLIMIT))
        argv = ["verus", "--rlimit", str(rlimit), "--num-threads", "1", "--output-json"]
        if self.supports_no_cheating(toolchain):
            argv.append("--no-cheating")
        return argv + [self.file_name(task)]

    def diagnose(self, output: str, exit_code: int) -> Parsed:
        return parse_output(output)

    def passed(self, parsed: Parsed, exit_code: int) -> bool:
        s = parsed.summary
        return (exit_code == 0 and s is not None and s["errors"] == 0 and s["verified"] >= 1
                and not s.get("vir_error") and s.get("success", 1) == 1 and not parsed.diagnostics
                and parsed.infrastructure is None)

    # -- erased-Rust check --------------------------------------------------------------------

    def cargo_check_sources(self, task: "Task") -> dict[str, str]:
        """The files worth compiling as plain Rust: the reference, and the spec with the trivial
        implementation (the spec with empty regions cannot compile: an empty body has type ())."""
        files = task.files("verus")
        sources = {"reference": files.reference_text}
        trivial = task.meta.trivial.get("verus")
        if trivial:
            sources["spec+trivial"] = splice(files.template, trivial)
        return sources
