"""Lean 4: render, extract, audit, verifier argv and diagnostics, with an axiom and statement check.

The exit code of `lean` alone is not trusted. The attempt is compiled to an .olean, then a second
file imports it and (1) restates the template's theorem as `example : ∀ <binders>, <type> :=
@<entry>_spec`, elaborated where the attempt's local notations, `open`s and section variables do not
reach, and (2) runs `#print axioms <entry>_spec`; any axiom beyond propext, Classical.choice and
Quot.sound is CHEAT.

Output formats read here (not captured from a real `lean` on this machine; written from Lean's
sources, its PR #3939 for `--json`, and outputs quoted in public projects, see docs/LANGUAGES.md):
  text:  `VcAttempt.lean:12:4: error: unsolved goals` (line 1-based, column 0-based; the message
         continues on the following lines)
  JSON (`lean --json`, Lean >= 4.9): one object per line,
         {"severity":"error","pos":{"line":12,"column":4},"endPos":...,"fileName":"VcAttempt.lean",
          "data":"unsolved goals\n...","caption":"", "kind": ...}
  axioms: `'lowerBound_spec' depends on axioms: [propext, Classical.choice, Quot.sound]`
          `'lowerBound_spec' does not depend on any axioms`
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from runners.langinfo import language_info
from runners.languages.base import Parsed, TemplateLanguage, Toolchain
from runners.languages.lean.audit import (
    DANGLING_MODIFIERS,
    FORBIDDEN_NAMES,
    MAX_HEARTBEATS,
    OPTION_CAPS,
    audit_source,
)
from runners.languages.lean.commands import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_COMMANDS,
    ALLOWED_HASH_COMMANDS,
    FORBIDDEN_COMMANDS,
    command_words,
    instance_problem,
)
from runners.languages.lean.checkfile import (
    ATTEMPT_MODULE,
    CHECK_MARKER,
    CHECK_MODULE,
    Statement,
    StatementError,
    check_source,
    entry_statement,
)
from runners.languages.lean.declarations import (
    Declaration,
    declarations,
    refers_to,
    spec_names,
    spec_shortcut_audit,
    tainted_declarations,
)
from runners.languages.lean.output import (
    JSON_SINCE,
    STANDARD_AXIOMS,
    LeanMessage,
    categorize,
    lean_version,
    parse_output,
    read_messages,
)
from runners.lexer import LEAN
from runners.taxonomy import Category
from runners.verdict import Diagnostic

if TYPE_CHECKING:
    from runners.tasks import Task

__all__ = [
    "ATTEMPT_MODULE", "CHECK_MARKER", "CHECK_MODULE", "DANGLING_MODIFIERS", "FORBIDDEN_COMMANDS", "FORBIDDEN_NAMES",
    "ALLOWED_ATTRIBUTES", "ALLOWED_COMMANDS", "ALLOWED_HASH_COMMANDS", "command_words", "instance_problem", "JSON_SINCE", "MAX_HEARTBEATS", "OPTION_CAPS", "STANDARD_AXIOMS", "Declaration", "Lean",
    "LeanMessage", "Statement", "StatementError", "audit_source", "categorize", "check_source", "declarations",
    "entry_statement", "lean_version", "parse_output", "read_messages", "refers_to", "spec_names",
    "spec_shortcut_audit", "tainted_declarations",
]


class Lean(TemplateLanguage):
    info = language_info("lean")
    syntax = LEAN
    fence_tags = ("lean", "lean4")

    def audit(self, source: str, task: "Task | None" = None) -> list[Diagnostic]:
        found = audit_source(source, task.files("lean").spec_text if task is not None else None)
        if task is not None:
            try:
                self.statement(task)
            except StatementError as exc:
                found.append(Diagnostic(category=Category.INTEGRITY, source="audit",
                                        message=f"task template problem, cannot check the statement: {exc}"))
            found.extend(spec_shortcut_audit(source, task.files("lean").spec_text, task.meta.entry["lean"],
                                             task.meta.forbidden.get("lean", [])))
        return found

    def theorem_name(self, task: "Task") -> str:
        return f"{task.meta.entry['lean']}_spec"

    def statement(self, task: "Task") -> Statement:
        return entry_statement(task.files("lean").spec_text, self.theorem_name(task))

    def verify_files(self, task: "Task", source: str) -> dict[str, str]:
        return {f"{ATTEMPT_MODULE}.lean": source, f"{CHECK_MODULE}.lean": check_source(self.statement(task))}

    def render_int(self, value: int) -> str:
        # Parenthesized so that `f a (-3)` is not read as `f a - 3`.
        return f"({value})" if value < 0 else str(value)

    def render_string(self, value: str) -> str:
        return json.dumps(value, ensure_ascii=False)  # Lean string escapes agree with JSON's for these

    def vector_check_source(self, task: "Task") -> str:
        """Reference + one `example` per fact, proved by `decide`.

        `decide` evaluates a Decidable instance in the kernel. Instance search does not unfold a
        plain `def`, so `decide` alone fails on `pre_x args` unless pre_x is reducible (`abbrev`)
        or has its own instance; the fallback unfolds the predicate with `simp only` first and
        then decides what is left. Everything under it must still be decidable and reduce by
        structural recursion (well-founded recursion does not reduce in the kernel).
        `native_decide` would be faster but adds the axiom Lean.ofReduceBool.
        """
        lines = [task.files("lean").reference_text.rstrip("\n"), "", "-- Generated vector checks"]
        for vector in task.meta.vectors:
            args = " ".join(self.render_value(v) for v in vector.input)
            lines.append(f"example : {task.pre_name} {args} := {self._decide(task.pre_name)}")
            for out in vector.correct:
                outs = " ".join(self.render_value(v) for v in out)
                lines.append(f"example : {task.post_name} {args} {outs} := {self._decide(task.post_name)}")
            for out in vector.wrong:
                outs = " ".join(self.render_value(v) for v in out)
                lines.append(f"example : ¬ {task.post_name} {args} {outs} := {self._decide(task.post_name)}")
        return "\n".join(lines) + "\n"

    @staticmethod
    def _decide(predicate: str) -> str:
        return f"by first | decide | (simp only [{predicate}] <;> decide)"

    def version_command(self) -> list[list[str]]:
        return [["lean", "--version"]]

    def parse_version(self, output: str) -> str:
        # `Lean (version 4.9.0, x86_64-unknown-linux-gnu, commit ..., Release)`
        m = re.search(r"version (\d+\.\d+\.\d+(?:-rc\d+)?)", output)
        return m.group(1) if m else ""

    vector_check_names = None  # verifies the whole file

    def command(self, task: "Task", toolchain: Toolchain, time_limit_s: int, nonce: str = "",
                only: str | None = None) -> list[str]:
        # Lean has no wall-clock limit of its own; maxHeartbeats (capped by the audit) bounds
        # each declaration, and the sandbox's wall clock bounds the run.
        json_flag = " --json" if lean_version(toolchain.version) >= JSON_SINCE or not toolchain.version else ""
        script = (
            f"lean{json_flag} -o {ATTEMPT_MODULE}.olean {ATTEMPT_MODULE}.lean || exit $?; "
            f"echo '{CHECK_MARKER}'; "
            f'LEAN_PATH="$(lean --print-libdir):$(pwd)" lean{json_flag} {CHECK_MODULE}.lean'
        )
        return ["sh", "-c", script]

    def diagnose(self, output: str, exit_code: int) -> Parsed:
        return parse_output(output)

    def passed(self, parsed: Parsed, exit_code: int) -> bool:
        s = parsed.summary or {}
        return (exit_code == 0 and not parsed.diagnostics and parsed.infrastructure is None
                and s.get("errors", 1) == 0 and s.get("sorry_warnings", 1) == 0
                and s.get("check_reached") == 1 and s.get("axioms_checked") == 1)
