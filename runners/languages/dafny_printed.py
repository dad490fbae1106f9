"""The authoritative Dafny audit: read the program as Dafny itself parsed it.

The verifier run prints its parsed program (`/dprint`) next to its verdict. In that text comments
are gone, every statement and clause sits on a line of its own and strings are printed as tokens,
so what a reply smuggled past the textual pre-check (a comment that swallows a locked clause, a
verbatim string the pre-check mis-lexed, a legacy spelling) shows up here as what it really is.

Three checks, all on the printed program, all pure:
1. Locked declarations: every declaration of the template is present exactly as the template's
   own printed form (whole, or up to the body for the declarations that host a region).
2. Allow-lists: attributes and declaration kinds the model may use; anything else is CHEAT.
3. No assumption in disguise: `assume`, `free`, `expect`, `include`, `import`, `refines`,
   `module`, `decreases *`, and no body-less method/lemma/function/iterator/loop/forall statement.
Only the model's parts are scanned by 2 and 3 (its own declarations and the bodies it wrote);
the locked declarations are the author's, and check 1 proves they are unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from runners.languages.base import diagnostic
from runners.lexer import DAFNY, Token, matching_closers, tokenize
from runners.taxonomy import Category

if TYPE_CHECKING:
    from runners.verdict import Diagnostic

# Per-obligation limits a reply may set: beyond these one attempt could hold a worker for minutes.
MAX_TIME_LIMIT_S = 60
MAX_TIME_LIMIT_MULTIPLIER = 3

# Attributes that steer the prover without changing what is proved. Everything else (axiom,
# verify false, extern, autocontracts, only, error, ...) is refused.
ALLOWED_ATTRIBUTES = {
    "trigger", "induction", "inductionTrigger", "fuel", "opaque",
    "split_here", "focus", "vcs_max_cost", "vcs_max_splits", "vcs_max_keep_going_splits",
    "vcs_split_on_every_assert", "isolate_assertions",
    "timeLimit", "timeLimitMultiplier",
}

MODIFIERS = {"ghost", "static", "twostate", "least", "greatest", "inductive", "abstract", "protected", "opened",
             "extreme", "opaque"}
KINDS = {"method", "lemma", "function", "predicate", "constructor", "iterator", "colemma", "copredicate", "comethod",
         "class", "trait", "datatype", "codatatype", "type", "newtype", "const", "var", "module", "import", "include"}
BODIED = {"method", "lemma", "function", "predicate", "constructor", "iterator", "colemma", "copredicate", "comethod"}
# Declaration kinds a reply may add; modules, imports and includes would bring in or hide code.
MODEL_KINDS = KINDS - {"module", "import", "include"}

FORBIDDEN_WORDS = {
    "assume": "`assume` adds an unproven fact",
    "free": "a `free` specification is assumed, never checked",
    "include": "`include` brings in code from outside the graded file",
    "import": "`import` brings in a module the task does not have",
    "refines": "`refines` inherits declarations instead of proving them",
    "module": "a reply may not declare modules",
}
# Tokens after which `expect` is a variable (Dafny 2.3), not the run-time-check statement.
_EXPECT_AS_NAME = {":=", ",", ":", "[", ".", ")", ";", ":|", "==", "!="}


@dataclass
class Declaration:
    """One top-level declaration of a printed program."""

    kind: str
    name: str
    tokens: list[Token]
    body: int | None  # index in tokens of the body's '{' (a line of its own at column 1)

    def header(self) -> list[str]:
        return [t.text for t in self.tokens[: self.body if self.body is not None else len(self.tokens)]]

    def texts(self) -> list[str]:
        return [t.text for t in self.tokens]


@dataclass
class PrintedProgram:
    tokens: list[Token]
    declarations: list[Declaration] = field(default_factory=list)
    unterminated: str | None = None


def _kind_and_name(tokens: list[Token]) -> tuple[str, str]:
    kind, i = "", 0
    closes = matching_closers(tokens)
    while i < len(tokens):
        tok = tokens[i]
        if tok.text == "{" and i + 1 < len(tokens) and tokens[i + 1].text == ":":
            i = closes[i] + 1  # an attribute
            continue
        if tok.text in MODIFIERS:
            i += 1
            continue
        if tok.text in KINDS:
            kind = kind or tok.text
            i += 1
            continue
        return kind, tok.text
    return kind, ""


def read_printed(text: str) -> PrintedProgram:
    """Split a printed program into its top-level declarations (each starts in column 1)."""
    lexed = tokenize(text, DAFNY)
    tokens = lexed.tokens
    starts = [i for i, t in enumerate(tokens) if t.col == 1 and t.text not in ("{", "}")]
    declarations = []
    for a, b in zip(starts, starts[1:] + [len(tokens)]):
        chunk = tokens[a:b]
        kind, name = _kind_and_name(chunk)
        body = next((k for k, t in enumerate(chunk) if t.col == 1 and t.text == "{"), None)
        declarations.append(Declaration(kind, name, chunk, body))
    return PrintedProgram(tokens, declarations, lexed.unterminated)


def _finding(message: str, tok: Token | None = None) -> Diagnostic:
    return diagnostic(category=Category.INTEGRITY, source="audit", message=message,
                      line=None, col=None, code="printed-program" if tok is None else f"printed:{tok.line}")


# ---------------------------------------------------------------------------------------------
# 1. Locked declarations

def locked_declaration_findings(candidate: PrintedProgram, template: PrintedProgram,
                                region_hosts: set[str]) -> list[Diagnostic]:
    """Every template declaration must appear once, identical to the template's printed form
    (up to its body when it hosts a region)."""
    found: list[Diagnostic] = []
    by_name: dict[str, list[Declaration]] = {}
    for decl in candidate.declarations:
        by_name.setdefault(decl.name, []).append(decl)
    for locked in template.declarations:
        same = by_name.get(locked.name, [])
        hosted = locked.name in region_hosts
        want = locked.header() if hosted else locked.texts()
        got = [d.header() if hosted else d.texts() for d in same if d.kind == locked.kind]
        if len(same) != 1 or got != [want]:
            what = "signature and contract" if hosted else "text"
            found.append(_finding(
                f"spec tampering: the locked {locked.kind} `{locked.name}` is not the template's in the program "
                f"the verifier parsed ({'missing' if not same else 'declared more than once' if len(same) > 1 else what + ' changed'})"))
    return found


# ---------------------------------------------------------------------------------------------
# 2 and 3. The model's parts

def _model_parts(candidate: PrintedProgram, template: PrintedProgram, region_hosts: set[str]) -> list[list[Token]]:
    locked_names = {d.name for d in template.declarations}
    parts = []
    for decl in candidate.declarations:
        if decl.name not in locked_names:
            parts.append(decl.tokens)
        elif decl.name in region_hosts and decl.body is not None:
            parts.append(decl.tokens[decl.body:])
    return parts


def _lines(tokens: list[Token]) -> tuple[list[bool], dict[int, int]]:
    """first[i]: tokens[i] is the first on its line; last_of_line: line -> index of its last token."""
    first = [i == 0 or tokens[i - 1].line != t.line for i, t in enumerate(tokens)]
    last: dict[int, int] = {}
    for i, t in enumerate(tokens):
        last[t.line] = i
    return first, last


def _has_body(tokens: list[Token], i: int, first: list[bool], last: dict[int, int]) -> bool:
    """In the printed layout a body opens with '{' ending the header's line (or a clause line
    below it), or with '{' alone at the header's indentation right after its clauses."""
    start = i
    while not first[start]:
        start -= 1
    indent = tokens[start].col
    line = tokens[i].line
    j = last[line]
    if tokens[j].text == "{":
        return True
    j += 1
    while j < len(tokens):
        tok = tokens[j]
        if tok.col <= indent:  # first token of the next line at or left of the header
            return tok.text == "{" and tok.col == indent
        j = last[tok.line]
        if tokens[j].text == "{":
            return True
        j += 1
    return False


BINDERS = {"forall", "exists", "set", "iset", "map", "imap"}


def _is_forall_statement(tokens: list[Token], i: int, first: list[bool], last: dict[int, int]) -> bool:
    """A statement `forall` starts a line after a statement boundary, and its line has no `::` of
    its own: every `::` at its nesting level belongs to a quantifier or comprehension nested in
    its range. (A quantifier expression on a line of its own, as after a let, has one more.)"""
    if not first[i] or (i > 0 and tokens[i - 1].text not in (";", "{", "}")):
        return False
    depth, colons, binders = 0, 0, 0
    for k in range(i + 1, last[tokens[i].line] + 1):
        tok = tokens[k]
        if tok.kind == "punct" and tok.text in "([{":
            depth += 1
        elif tok.kind == "punct" and tok.text in ")]}":
            depth -= 1
        elif depth == 0 and tok.text == "::":
            colons += 1
        elif depth == 0 and tok.text in BINDERS and k + 1 < len(tokens) and tokens[k + 1].kind == "ident":
            binders += 1
    return colons <= binders


def _attribute_finding(tokens: list[Token], i: int) -> Diagnostic | None:
    name = tokens[i + 2].text if i + 2 < len(tokens) and tokens[i + 2].kind == "ident" else ""
    arg = tokens[i + 3] if i + 3 < len(tokens) else None
    if name == "verify" and arg is not None and arg.text == "true" and i + 4 < len(tokens) and tokens[i + 4].text == "}":
        return None  # {:verify true} is the default, spelled out
    if name not in ALLOWED_ATTRIBUTES:
        return _finding(f"attribute {{:{name}}} is not on the allow-list (allowed: {', '.join(sorted(ALLOWED_ATTRIBUTES))})",
                        tokens[i])
    limit = {"timeLimit": MAX_TIME_LIMIT_S, "timeLimitMultiplier": MAX_TIME_LIMIT_MULTIPLIER}.get(name)
    if limit is not None:
        try:
            value = float(arg.text.replace("_", "")) if arg is not None and arg.kind == "number" else None
        except ValueError:
            value = None
        if value is None or value > limit:
            return _finding(f"{{:{name}}} must be a number at most {limit}", tokens[i])
    return None


def model_part_findings(tokens: list[Token]) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    first, last = _lines(tokens)
    for i, tok in enumerate(tokens):
        text = tok.text
        if tok.kind == "punct":
            if text == "{" and i + 1 < len(tokens) and tokens[i + 1].text == ":":
                if (f := _attribute_finding(tokens, i)) is not None:
                    found.append(f)
            elif text == "@" and i + 1 < len(tokens) and tokens[i + 1].kind == "ident":
                found.append(_finding(f"attribute @{tokens[i + 1].text} is not on the allow-list", tok))
            continue
        if tok.kind != "ident":
            continue
        if text in FORBIDDEN_WORDS:
            found.append(_finding(FORBIDDEN_WORDS[text], tok))
        elif text == "expect" and first[i] and (i + 1 >= len(tokens) or tokens[i + 1].text not in _EXPECT_AS_NAME):
            found.append(_finding("`expect` is a run-time check the verifier assumes", tok))
        elif text == "decreases" and i + 1 < len(tokens) and tokens[i + 1].text == "*":
            found.append(_finding("`decreases *` switches termination checking off", tok))
        elif text == "while" and not _has_body(tokens, i, first, last):
            found.append(_finding("a loop without a body is assumed, not proved", tok))
        elif text == "forall" and _is_forall_statement(tokens, i, first, last) and not _has_body(tokens, i, first, last):
            found.append(_finding("a forall statement without a body is assumed, not proved", tok))
        elif text in BODIED and _declares(tokens, i, first) and not _has_body(tokens, i, first, last):
            found.append(_finding(f"a {text} without a body is an unproven axiom", tok))
    return found


def _declares(tokens: list[Token], i: int, first: list[bool]) -> bool:
    """tokens[i] is the kind word of a declaration: only modifiers (or `function` before
    `method`) stand before it on its line."""
    j = i
    while not first[j]:
        j -= 1
        if tokens[j].text not in MODIFIERS and tokens[j].text not in BODIED:
            return False
    return not (tokens[i].text == "method" and i > j and tokens[i - 1].text in ("function", "predicate"))


def kind_findings(candidate: PrintedProgram, template: PrintedProgram) -> list[Diagnostic]:
    locked = {d.name for d in template.declarations}
    return [_finding(f"a reply may not declare `{d.kind or d.tokens[0].text}` at top level", d.tokens[0])
            for d in candidate.declarations if d.name not in locked and d.kind not in MODEL_KINDS]


def audit_printed(candidate_text: str, template_text: str, region_hosts: set[str],
                  compare_locked: bool = True) -> list[Diagnostic]:
    """All findings on a candidate's printed program against the template's printed program.

    compare_locked=False when the verifier already rejected the file at parse or resolution
    (a duplicate helper name is then the model's error, not tampering)."""
    candidate, template = read_printed(candidate_text), read_printed(template_text)
    if candidate.unterminated:
        return [_finding(f"the printed program ends inside an unterminated {candidate.unterminated}")]
    found = locked_declaration_findings(candidate, template, region_hosts) if compare_locked else []
    found += kind_findings(candidate, template)
    for part in _model_parts(candidate, template, region_hosts):
        found += model_part_findings(part)
    return found


# ---------------------------------------------------------------------------------------------
# Template facts (computed once per template)

def region_hosts(template_source: str, region_lines: list[int]) -> set[str]:
    """Names of the top-level declarations whose bodies hold a region (the entry, usually).

    `region_lines` are the 1-based lines of the regions' opening markers in `template_source`."""
    tokens = tokenize(template_source, DAFNY).tokens
    hosts: set[str] = set()
    depth, current, start = 0, "", 0
    events = sorted(region_lines)
    k = 0
    for i, tok in enumerate(tokens):
        while k < len(events) and tok.line > events[k]:
            if depth > 0 and current:
                hosts.add(current)
            k += 1
        if depth == 0 and tok.kind == "ident" and (tok.text in KINDS or tok.text in MODIFIERS) and (
                i == 0 or tokens[i - 1].text in ("}", ";") or tokens[i - 1].line != tok.line):
            if not (i > 0 and tokens[i - 1].text in KINDS | MODIFIERS and tokens[i - 1].line == tok.line):
                start = i
                _, current = _kind_and_name(tokens[start:start + 40])
        if tok.kind == "punct" and tok.text == "{":
            depth += 1
        elif tok.kind == "punct" and tok.text == "}":
            depth -= 1
    while k < len(events):
        if depth > 0 and current:
            hosts.add(current)
        k += 1
    return hosts
