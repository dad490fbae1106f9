"""Reading Lean's output (text or `--json`) into diagnostics, the axiom report and a PASS summary (pure)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from runners.languages.base import Parsed
from runners.languages.lean.checkfile import CHECK_MARKER, CHECK_MODULE
from runners.taxonomy import Category
from runners.verdict import Diagnostic

STANDARD_AXIOMS = frozenset({"propext", "Classical.choice", "Quot.sound"})
JSON_SINCE = (4, 9)  # `lean --json` (leanprover/lean4 PR #3939, April 2024)

CATEGORY_RULES: list[tuple[str, Category]] = [
    ("declaration uses 'sorry'", Category.INTEGRITY),
    ("declaration uses `sorry`", Category.INTEGRITY),
    ("deterministic) timeout", Category.TIMEOUT),
    ("maximum number of heartbeats", Category.TIMEOUT),
    ("maximum recursion depth", Category.TIMEOUT),
    ("timeout", Category.TIMEOUT),
    ("fail to show termination", Category.TERMINATION),
    ("failed to prove termination", Category.TERMINATION),
    ("structural recursion cannot be used", Category.TERMINATION),
    ("cannot use structural recursion", Category.TERMINATION),
    ("termination_by", Category.TERMINATION),
    ("decreasing_by", Category.TERMINATION),
    ("well-founded recursion", Category.TERMINATION),
    ("unexpected token", Category.SYNTAX),
    ("unexpected end of input", Category.SYNTAX),
    ("unterminated comment", Category.SYNTAX),
    ("unterminated string", Category.SYNTAX),
    ("unexpected identifier", Category.SYNTAX),
    ("unknown identifier", Category.TYPE),
    ("unknown constant", Category.TYPE),
    ("unknown namespace", Category.TYPE),
    ("type mismatch", Category.TYPE),
    ("failed to synthesize", Category.TYPE),
    ("function expected", Category.TYPE),
    ("invalid field", Category.TYPE),
    ("ambiguous", Category.TYPE),
    ("has already been declared", Category.TYPE),
    ("unsolved goals", Category.UNSOLVED_GOAL),
    ("failed", Category.UNSOLVED_GOAL),  # linarith/omega/simp/decide/rfl/grind failures
    ("could not prove", Category.UNSOLVED_GOAL),
    ("made no progress", Category.UNSOLVED_GOAL),
    ("no goals", Category.UNSOLVED_GOAL),
]


def categorize(message: str) -> Category:
    low = message.lower()
    first = low.strip().splitlines()[0] if low.strip() else ""
    if first.startswith("expected "):
        return Category.SYNTAX  # the parser's "expected ':=', 'where' or '|'"
    return next((cat for needle, cat in CATEGORY_RULES if needle.lower() in low), Category.OTHER_VERIFICATION)


# Output parsing

@dataclass
class LeanMessage:
    file: str
    line: int
    col: int  # 1-based (Lean prints 0-based columns)
    severity: str  # error | warning | information
    text: str


_TEXT_HEAD = re.compile(r"^(?P<file>[^\s:][^:]*\.lean):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info|information): ?(?P<msg>.*)$")
_AXIOMS = re.compile(r"'(?P<name>[^']+)' (?:depends on axioms: \[(?P<axioms>[^\]]*)\]|does not depend on any axioms)")
_INFRA = re.compile(r"unknown module prefix|object file .* does not exist|failed to read file|"
                    r"INTERNAL PANIC|Stack overflow detected|uncaught exception|file not found", re.I)


def _json_message(line: str) -> LeanMessage | None:
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict) or "severity" not in obj or "data" not in obj:
        return None
    pos = obj.get("pos") or {}
    return LeanMessage(file=str(obj.get("fileName", "")), line=int(pos.get("line", 0)),
                       col=int(pos.get("column", 0)) + 1, severity=str(obj["severity"]), text=str(obj["data"]))


def read_messages(output: str) -> tuple[list[LeanMessage], list[str]]:
    """Messages in either format, and the lines that belong to none."""
    messages: list[LeanMessage] = []
    loose: list[str] = []
    current: LeanMessage | None = None
    for line in output.splitlines():
        if line.startswith("{") and (msg := _json_message(line)) is not None:
            messages.append(msg)
            current = None
        elif (m := _TEXT_HEAD.match(line)) is not None:
            severity = "information" if m.group("sev").startswith("info") else m.group("sev")
            current = LeanMessage(m.group("file"), int(m.group("line")), int(m.group("col")) + 1, severity, m.group("msg"))
            messages.append(current)
        elif current is not None and line.strip() != CHECK_MARKER:
            current.text += "\n" + line
        else:
            loose.append(line)
            current = None
    return messages, loose


def _is_check_file(msg: LeanMessage) -> bool:
    return msg.file.rsplit("/", 1)[-1] == f"{CHECK_MODULE}.lean"


def _axiom_diagnostics(messages: list[LeanMessage]) -> tuple[list[Diagnostic], bool]:
    """INTEGRITY diagnostics for non-standard axioms; and whether an axiom report was seen."""
    found: list[Diagnostic] = []
    seen = False
    for msg in messages:
        for m in _AXIOMS.finditer(msg.text):
            seen = True
            used = [a.strip() for a in (m.group("axioms") or "").split(",") if a.strip()]
            extra = [a for a in used if a not in STANDARD_AXIOMS]
            if extra:
                found.append(Diagnostic(category=Category.INTEGRITY, line=msg.line, col=msg.col,
                                        message=f"'{m.group('name')}' depends on non-standard axioms: {', '.join(extra)}"))
    return found, seen


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def parse_output(output: str) -> Parsed:
    messages, loose = read_messages(output)
    reached_check = any(line.strip() == CHECK_MARKER for line in output.splitlines())
    diagnostics: list[Diagnostic] = []
    infrastructure = next((line.strip() for line in loose if _INFRA.search(line)), None)
    for msg in messages:
        if msg.severity == "information":
            continue
        category = categorize(msg.text)
        if msg.severity == "warning" and category is not Category.INTEGRITY:
            continue  # linter warnings and the like say nothing about correctness
        if _is_check_file(msg):
            if _INFRA.search(msg.text):
                infrastructure = infrastructure or _first_line(msg.text)
                continue
            diagnostics.append(Diagnostic(
                category=Category.INTEGRITY, line=msg.line, col=msg.col, source="verifier",
                message=f"the theorem proved is not the template's statement (statement check: {_first_line(msg.text)})"))
            continue
        diagnostics.append(Diagnostic(category=category, line=msg.line, col=msg.col, message=msg.text.strip()))
    axiom_problems, axioms_seen = _axiom_diagnostics([m for m in messages if _is_check_file(m)])
    diagnostics.extend(axiom_problems)
    errors = sum(1 for m in messages if m.severity == "error")
    sorries = sum(1 for d in diagnostics if "sorry" in d.message and d.category is Category.INTEGRITY)
    summary = {"errors": errors, "sorry_warnings": sorries, "check_reached": int(reached_check),
               "axioms_checked": int(axioms_seen)}
    if not diagnostics and infrastructure is None and reached_check and not axioms_seen:
        infrastructure = "the check file ran but printed no `#print axioms` report"
    return Parsed(diagnostics=diagnostics, summary=summary, infrastructure=infrastructure, clean_output=output)


def lean_version(version: str) -> tuple[int, int]:
    m = re.match(r"(\d+)\.(\d+)", version)
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)
