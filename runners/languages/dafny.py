"""Dafny: render, extract, audit, verifier argv and diagnostics, for Dafny 2.3 and Dafny 4.x.

Output formats handled (both read from real runs or Dafny's reference manual):
  2.3: `f.dfy(4,0): Error BP5003: A postcondition might not hold on this return path.`
  4.x: `f.dfy(4,0): Error: a postcondition could not be proved on this return path`
  summary: `Dafny program verifier finished with 1 verified, 2 errors[, 1 time out][, 1 out of resource]`
"""

from __future__ import annotations

import re
import shlex
from typing import TYPE_CHECKING

from runners.langinfo import language_info
from runners.languages import dafny_printed
from runners.languages.base import Parsed, TemplateLanguage, Toolchain, diagnostic
from runners.languages.dafny_tokens import BODIED, Code, attribute, body_open
from runners.lexer import DAFNY, Token, tokenize
from runners.taxonomy import Category

if TYPE_CHECKING:
    from runners.verdict import Diagnostic
    from runners.tasks import Task

MAX_TIME_LIMIT_S = dafny_printed.MAX_TIME_LIMIT_S
PRINTED_FILE = "parsed-program.dfy"  # where the verifier run prints the program it parsed

NOISE_START = re.compile(r"^Prover error: line \d+ column \d+: unknown parameter 'model_compress'")
NOISE_BODY = re.compile(r"^(Legal parameters are:|\s+[a-z_0-9]+ \((bool|unsigned int|string|double|symbol)\)( \(default: [^)]*\))?)\s*$")

_LOCATED = re.compile(r"^(?P<file>[^\s()][^()]*)\((?P<line>\d+),(?P<col>\d+)\):\s*(?P<kind>Error|error|Warning|warning|Related location|Related message)(?: (?P<code>[A-Z]+\d+))?:?\s*(?P<msg>.*)$")
_SUMMARY = re.compile(r"^Dafny program verifier finished with (?P<verified>\d+) verified, (?P<errors>\d+) errors?"
                      r"(?:, (?P<inconclusive>\d+) inconclusive)?(?:, (?P<timeouts>\d+) time outs?)?"
                      r"(?:, (?P<oor>\d+) out of resource)?\s*$")
_TIMED_OUT = re.compile(r"^(?:(?P<file>[^()]+)\((?P<line>\d+),(?P<col>\d+)\): )?(?:Verification of '(?P<name>[^']+)' timed out|.*[Tt]imed out)")
_COUNT_LINE = re.compile(r"^(\d+) (parse|resolution/type) errors? detected in ")

CATEGORY_RULES: list[tuple[str, Category]] = [
    ("postcondition", Category.POSTCONDITION),
    ("loop invariant", Category.INVARIANT),
    ("invariant might not", Category.INVARIANT),
    ("invariant could not", Category.INVARIANT),
    ("decreases", Category.TERMINATION),
    ("termination", Category.TERMINATION),
    ("precondition", Category.PRECONDITION),
    ("index out of range", Category.PRECONDITION),
    ("out of range", Category.PRECONDITION),
    ("division by zero", Category.PRECONDITION),
    ("subset constraint", Category.PRECONDITION),
    ("might be null", Category.PRECONDITION),
    ("modifies clause", Category.PRECONDITION),
    ("reads clause", Category.PRECONDITION),
    ("might violate", Category.PRECONDITION),
    ("assertion", Category.ASSERTION),
    ("timed out", Category.TIMEOUT),
    ("out of resource", Category.TIMEOUT),
]


def categorize(message: str) -> Category:
    low = message.lower()
    return next((cat for needle, cat in CATEGORY_RULES if needle in low), Category.OTHER_VERIFICATION)


def strip_prover_noise(output: str) -> str:
    """Remove the harmless `unknown parameter 'model_compress'` blocks Debian's z3 prints.

    Only that exact block is removed; any other prover error stays visible.
    """
    kept: list[str] = []
    in_noise = False
    for line in output.splitlines():
        if NOISE_START.match(line):
            in_noise = True
            continue
        if in_noise and NOISE_BODY.match(line):
            continue
        in_noise = False
        kept.append(line)
    return "\n".join(kept) + ("\n" if kept else "")


# ---------------------------------------------------------------------------------------------
# Audit

def _flag(tok: Token, message: str) -> Diagnostic:
    return diagnostic(category=Category.INTEGRITY, source="audit", line=tok.line, col=tok.col, message=message)


def audit_source(source: str) -> list[Diagnostic]:
    """The fast textual pre-check, on code tokens only: what is a cheat in any reading of the file
    (attributes off the allow-list, `assume`, `include`, `decreases *`, an `expect` statement,
    declarations without a body). The authoritative audit reads the verifier's parsed program
    (dafny_printed); this one only spares a verifier run for obvious cheats, so it flags nothing
    whose meaning depends on a guess about layout (loops and forall statements are left to it)."""
    tokens = Code(tokenize(source, DAFNY).tokens)
    found: list[Diagnostic] = []
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1].text if i else ""
        if tok.kind == "punct" and attribute(tokens, i) is not None:
            if (finding := dafny_printed._attribute_finding(tokens, i)) is not None:
                found.append(_flag(tok, finding.message))
            continue
        if tok.kind != "ident":
            continue
        word = tok.text
        if word == "assume":
            found.append(_flag(tok, "`assume` adds an unproven fact"))
        elif word == "expect" and (i + 1 >= len(tokens) or tokens[i + 1].text not in dafny_printed._EXPECT_AS_NAME) \
                and prev in (";", "{", "}", ""):
            found.append(_flag(tok, "`expect` is a run-time check the verifier assumes"))
        elif word == "include":
            found.append(_flag(tok, "`include` brings in code from outside the graded file"))
        elif word == "decreases" and i + 1 < len(tokens) and tokens[i + 1].text == "*":
            found.append(_flag(tok, "`decreases *` switches termination checking off"))
        elif word in BODIED and not (word == "method" and prev in {"function", "predicate", "by"}):
            if body_open(tokens, i + 1) is None:
                found.append(_flag(tok, f"{word} without a body is an unproven axiom"))
    return found


# ---------------------------------------------------------------------------------------------

class Dafny(TemplateLanguage):
    info = language_info("dafny")
    syntax = DAFNY
    fence_tags = ("dafny", "dfy")

    def audit(self, source: str, task: "Task | None" = None) -> list[Diagnostic]:
        return audit_source(source)

    def render_string(self, value: str) -> str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def _bind(self, name: str, value: object, lines: list[str]) -> str:
        """Bind a vector value to a variable and state its elements, so the element terms exist
        for Z3's quantifier triggers: `!post(...)` needs a witness index to be found."""
        if not isinstance(value, (list, str)):
            return self.render_value(value)
        lines.append(f"  var {name} := {self.render_value(value)};")
        self._state_elements(name, value, lines)
        return name

    def _state_elements(self, term: str, value: object, lines: list[str]) -> None:
        if isinstance(value, str):
            for i, ch in enumerate(value):
                lines.append(f"  assert {term}[{i}] == '{ch}';" if ch not in "'\\" else f"  assert |{term}| == {len(value)};")
        elif isinstance(value, list):
            lines.append(f"  assert |{term}| == {len(value)};")
            for i, item in enumerate(value):
                if isinstance(item, (list, str)):
                    self._state_elements(f"{term}[{i}]", item, lines)
                else:
                    lines.append(f"  assert {term}[{i}] == {self.render_value(item)};")

    def vector_check_source(self, task: "Task") -> str:
        """Reference + one method per vector asserting pre, post on correct outputs, !post on wrong ones."""
        lines = [task.files("dafny").reference_text.rstrip("\n"), "", "// Generated vector checks"]
        for n, vector in enumerate(task.meta.vectors):
            lines += [f"method VectorCheck{n}()", "{"]
            args = [self._bind(f"in{i}", v, lines) for i, v in enumerate(vector.input)]
            lines.append(f"  assert {task.pre_name}({', '.join(args)});")
            for k, out in enumerate(vector.correct):
                outs = [self._bind(f"ok{k}_{i}", v, lines) for i, v in enumerate(out)]
                lines.append(f"  assert {task.post_name}({', '.join(args + outs)});")
            for k, out in enumerate(vector.wrong):
                outs = [self._bind(f"bad{k}_{i}", v, lines) for i, v in enumerate(out)]
                lines.append(f"  assert !{task.post_name}({', '.join(args + outs)});")
            lines.append("}")
        return "\n".join(lines) + "\n"

    has_parsed_view = True
    # Boogie names a method's procedures `Impl$$_module.__default.VectorCheck0` and the like.
    vector_check_names = "*VectorCheck*"

    def version_command(self) -> list[list[str]]:
        # Both 2.3 and 4.x (legacy options) answer /version; --version is the 4.x spelling.
        return [["dafny", "/version"], ["dafny", "--version"]]

    def parse_version(self, output: str) -> str:
        m = re.search(r"Dafny (\d+\.\d+(?:\.\d+)*)", output) or re.search(r"^(\d+\.\d+\.\d+)", output, re.M)
        return m.group(1) if m else ""

    def _flags(self, toolchain: Toolchain) -> list[str]:
        # /noCheating:1 makes Dafny itself check every assumption (assume statements become
        # assertions, free specifications are dropped, body-less clauses are parse errors).
        # 4.x keeps these legacy-form options; /functionSyntax:3 gives plain `function` its 2.3
        # meaning (ghost), so in both versions executable code cannot call the spec.
        flags = ["/compile:0", "/nologo", "/noCheating:1"]
        return flags + (["/functionSyntax:3"] if toolchain.major >= 4 else [])

    def command(self, task: "Task", toolchain: Toolchain, time_limit_s: int, nonce: str = "",
                only: str | None = None) -> list[str]:
        """Verify, and print the program Dafny parsed after a line holding `nonce` (a secret of
        this run: no text in the reply can forge where the verifier's own output ends)."""
        argv = ["dafny", *self._flags(toolchain), f"/timeLimit:{time_limit_s}", "/vcsCores:1"]
        if only:
            # Boogie's procedure filter (2.3 and 4.x legacy options): Dafny still parses, resolves
            # and type-checks the whole file, and the audit still reads all of it.
            argv.append(f"/proc:{only}")
        if not nonce:
            return argv + [self.file_name(task)]
        return self._with_printed(argv + [f"/dprint:{PRINTED_FILE}", self.file_name(task)], nonce)

    def parsed_view_command(self, task: "Task", toolchain: Toolchain, nonce: str) -> list[str]:
        """Only parse and print (no verification): how the template's own text reads to Dafny."""
        return self._with_printed(["dafny", *self._flags(toolchain), "/noVerify", f"/dprint:{PRINTED_FILE}",
                                   self.file_name(task)], nonce)

    @staticmethod
    def _with_printed(argv: list[str], nonce: str) -> list[str]:
        script = shlex.join(argv) + f'; rc=$?; printf "\\n%s\\n" {nonce}; cat {PRINTED_FILE} 2>/dev/null; exit $rc'
        return ["sh", "-c", script]

    def audit_parsed(self, task: "Task", view: str, template_view: str, parsed: Parsed) -> list[Diagnostic]:
        """The authoritative audit on the program the verifier parsed (see dafny_printed)."""
        hosts = template_region_hosts(task)
        stage_failed = any(d.category in (Category.SYNTAX, Category.TYPE) for d in parsed.diagnostics)
        return dafny_printed.audit_printed(view, template_view, hosts, compare_locked=not stage_failed)

    def diagnose(self, output: str, exit_code: int) -> Parsed:
        return parse_output(output)

    def passed(self, parsed: Parsed, exit_code: int) -> bool:
        s = parsed.summary
        return (exit_code == 0 and s is not None and s["errors"] == 0 and s["timeouts"] == 0
                and s["out_of_resource"] == 0 and s["inconclusive"] == 0 and s["verified"] >= 1
                and not parsed.diagnostics)


_HOSTS: dict[tuple[str, str], set[str]] = {}


def template_region_hosts(task: "Task") -> set[str]:
    """The declarations of the task's template whose bodies hold a region (cached per template)."""
    files = task.files("dafny")
    key = (task.id, files.spec_text)
    if key not in _HOSTS:
        lines, line = [], 1
        for part in files.template.parts:
            if isinstance(part, str):
                line += part.count("\n")
            else:
                lines.append(line)
                line += part.content.count("\n")
        _HOSTS[key] = dafny_printed.region_hosts(files.spec_text, lines)
    return _HOSTS[key]


# The verifier's own word that a construct has no body (it then assumes what it states).
_NO_BODY = re.compile(r"this (loop|forall statement) has no body")


def parse_output(output: str) -> Parsed:
    clean = strip_prover_noise(output)
    lines = clean.splitlines()
    diagnostics: list[Diagnostic] = []
    summaries: list[dict[str, int]] = []
    stage_category: Category | None = None
    infrastructure: str | None = None
    for line in lines:
        if (m := _COUNT_LINE.match(line)) is not None:
            stage_category = Category.SYNTAX if m.group(2) == "parse" else Category.TYPE
        elif (m := _SUMMARY.match(line)) is not None:
            summaries.append({
                "verified": int(m.group("verified")), "errors": int(m.group("errors")),
                "inconclusive": int(m.group("inconclusive") or 0), "timeouts": int(m.group("timeouts") or 0),
                "out_of_resource": int(m.group("oor") or 0),
            })
        elif line.startswith("Prover error") or "Unhandled Exception" in line or line.startswith("*** Error"):
            infrastructure = infrastructure or line.strip()
    for line in lines:
        m = _LOCATED.match(line)
        if m is not None:
            kind = m.group("kind").lower()
            message = m.group("msg").strip()
            if kind.startswith("related"):
                if diagnostics:
                    diagnostics[-1].related.append(f"line {m.group('line')}: {message}")
                continue
            if kind == "warning":
                if _NO_BODY.search(message):
                    diagnostics.append(diagnostic(category=Category.INTEGRITY, source="verifier", line=int(m.group("line")),
                                                  col=int(m.group("col")), message=f"{message}: it is assumed, not proved"))
                continue
            category = stage_category or categorize(message)
            diagnostics.append(diagnostic(category=category, message=message, line=int(m.group("line")),
                                          col=int(m.group("col")), code=m.group("code")))
        elif _TIMED_OUT.match(line) and "timed out" in line.lower():
            diagnostics.append(diagnostic(category=Category.TIMEOUT, message=line.strip()))
    summary = summaries[-1] if len(summaries) == 1 else None
    if len(summaries) > 1:
        infrastructure = infrastructure or "verifier printed more than one summary line"
    if summary is None and not diagnostics and infrastructure is None:
        infrastructure = "verifier output has neither a summary nor a located error"
    if summary and summary["timeouts"] + summary["out_of_resource"] and not any(d.category is Category.TIMEOUT for d in diagnostics):
        diagnostics.append(diagnostic(category=Category.TIMEOUT, message="verification timed out (per-obligation limit)"))
    return Parsed(diagnostics=diagnostics, summary=summary, infrastructure=infrastructure, clean_output=clean)
