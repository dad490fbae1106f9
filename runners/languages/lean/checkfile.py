"""The entry theorem's statement read from the locked template, and the check file (VcCheck) that
restates it and prints its axioms (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from runners.lexer import LEAN, Token, tokenize

ATTEMPT_MODULE = "VcAttempt"
CHECK_MODULE = "VcCheck"
CHECK_MARKER = "<<vericode: statement and axiom check>>"

# The statement of the entry theorem, read from the locked template

@dataclass(frozen=True)
class Statement:
    name: str
    binders: str  # "(a : List Int) (key : Int)" or ""
    type: str
    namespaces: tuple[str, ...]
    opens: tuple[str, ...]

    def as_pi(self) -> str:
        return f"∀ {self.binders}, {self.type}" if self.binders else self.type


class StatementError(ValueError):
    pass


def _offsets(text: str) -> list[int]:
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return starts


def _offset(starts: list[int], tok: Token) -> int:
    return starts[tok.line - 1] + tok.col - 1


def _scope_before(tokens: list[Token], stop: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Namespaces open at token `stop`, and the `open` commands issued at top level before it."""
    stack: list[str | None] = []
    opens: list[str] = []
    for i in range(stop):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < stop else None
        if tok.kind != "ident":
            continue
        if tok.text == "namespace" and nxt is not None:
            stack.append(nxt.text)
        elif tok.text == "section":
            stack.append(None)
        elif tok.text == "end" and stack and (tok.col == 1):
            stack.pop()
        elif tok.text == "open" and tok.col == 1:
            names = []
            for later in tokens[i + 1 : stop]:
                if later.line != tok.line or later.kind != "ident" or later.text == "in":
                    break
                names.append(later.text)
            if names and not any(t.text == "in" and t.line == tok.line for t in tokens[i + 1 : stop]):
                opens.append(" ".join(names))
    return tuple(n for n in stack if n), tuple(opens)


def entry_statement(template_text: str, theorem: str) -> Statement:
    """Binders and type of `theorem <theorem> <binders> : <type> :=` in the locked template."""
    tokens = tokenize(template_text, LEAN).tokens
    starts = _offsets(template_text)
    for i, tok in enumerate(tokens):
        if tok.text in {"theorem", "lemma"} and i + 1 < len(tokens) and tokens[i + 1].text == theorem:
            break
    else:
        raise StatementError(f"the template has no `theorem {theorem}`")
    depth = 0
    colon = assign = None
    for j in range(i + 2, len(tokens)):
        t = tokens[j]
        if t.kind == "punct" and t.text in "([{⦃":
            depth += 1
        elif t.kind == "punct" and t.text in ")]}⦄":
            depth -= 1
        elif depth == 0 and t.text == ":" and colon is None:
            colon = j
        elif depth == 0 and t.text == ":=":
            assign = j
            break
    if colon is None or assign is None:
        raise StatementError(f"cannot find `: <type> :=` of theorem {theorem} in the template")
    after_name = _offset(starts, tokens[i + 1]) + len(theorem)
    binders = template_text[after_name : _offset(starts, tokens[colon])].strip()
    statement_type = template_text[_offset(starts, tokens[colon]) + 1 : _offset(starts, tokens[assign])].strip()
    namespaces, opens = _scope_before(tokens, i)
    return Statement(theorem, " ".join(binders.split()), statement_type, namespaces, opens)


def check_source(statement: Statement) -> str:
    """The file that imports the attempt and checks the proved theorem's statement and axioms."""
    lines = [f"import {ATTEMPT_MODULE}", "set_option autoImplicit false", ""]
    lines += [f"namespace {ns}" for ns in statement.namespaces]
    lines += [f"open {names}" for names in statement.opens]
    lines += [
        "-- The template's statement, elaborated away from the attempt's local notations, `open`s",
        "-- and section variables: the theorem the attempt proved must have exactly this type.",
        f"example : {statement.as_pi()} := @{statement.name}",
        "",
        f"#print axioms {statement.name}",
    ]
    lines += [f"end {ns}" for ns in reversed(statement.namespaces)]
    return "\n".join(lines) + "\n"
