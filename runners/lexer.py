"""A small lexer shared by the language modules' audits.

It only has to tell code from comments and strings and cut code into identifiers, numbers and
punctuation, so that forbidden constructs are matched on real code tokens: never inside a comment
or a string, never as part of a longer identifier. Pure functions only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

OPERATORS = sorted(
    ["<==>", "==>", "<==", "::", ":=", ":|", "==", "!=", "<=", ">=", "&&", "||", "->", "=>", "..", "!!", "<-"],
    key=len,
    reverse=True,
)


@dataclass(frozen=True)
class Syntax:
    """What a language's lexer must agree with the language on: where comments and strings start
    and end. A disagreement lets a region hide code from the audit or swallow locked code."""

    line_comment: str
    block_open: str
    block_close: str
    ident: re.Pattern[str]
    # Openers of strings whose text is taken literally: the regex's group 1 is the run of '#'
    # that must follow the closing quote (Rust r#"..."#, br"..", cr"..", Lean r#"..."#).
    raw_string: re.Pattern[str] | None = None
    # Prefixes of ordinary (escaped) strings: Rust b"..." and c"...".
    string_prefixes: tuple[str, ...] = ()
    # Dafny verbatim strings @"...": no escapes, a doubled quote stands for one quote.
    verbatim_strings: bool = False
    # Rust byte chars b'x'.
    byte_chars: bool = False


DAFNY = Syntax("//", "/*", "*/", re.compile(r"[A-Za-z_][A-Za-z0-9_'?]*"), verbatim_strings=True)
RUST = Syntax("//", "/*", "*/", re.compile(r"[A-Za-z_][A-Za-z0-9_]*"),
              raw_string=re.compile(r'(?:br|cr|r)(#*)"'), string_prefixes=("b", "c"), byte_chars=True)
# Lean identifiers may carry dots (qualified names), primes, ! and ?, Greek and other letter-like
# symbols and subscripts (Lean's isLetterLike / isSubScriptAlnum; λ, Π and Σ are not letters);
# «guillemets» quote any name. Without the Unicode letters `αsorry` would lex as `α` + `sorry`.
_LEAN_FIRST = "A-Za-z_\u03b1-\u03ba\u03bc-\u03c9\u0391-\u039f\u03a1\u03a2\u03a4-\u03a9\u03ca-\u03fb\u1f00-\u1ffe\u2100-\u214f\U0001d49c-\U0001d59f"
_LEAN_REST = _LEAN_FIRST + "0-9'!?\u2080-\u2089\u2090-\u209c\u1d62-\u1d6a\u2c7c"
_LEAN_ATOM = f"(?:[{_LEAN_FIRST}][{_LEAN_REST}]*|«[^»]*»)"
LEAN = Syntax("--", "/-", "-/", re.compile(rf"{_LEAN_ATOM}(?:\.{_LEAN_ATOM})*"),
              raw_string=re.compile(r'r(#*)"'))


class Token(NamedTuple):
    kind: str  # ident | number | punct | string | char
    text: str
    line: int
    col: int


@dataclass(frozen=True)
class Lexed:
    tokens: list[Token]
    unterminated: str | None  # "block comment" / "string" when the text ends inside one


_NUMBER = re.compile(r"0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(?:\.[0-9]+)?(?:[A-Za-z][A-Za-z0-9]*)?")
_CHAR = re.compile(r"'(?:\\(?:x[0-9a-fA-F]{2}|u\{?[0-9a-fA-F]+\}?|.)|[^\\'\n])'")


_PATTERNS: dict[int, re.Pattern[str]] = {}


def _master(syntax: Syntax) -> re.Pattern[str]:
    """One alternation for every token kind, tried in order at each position (compiled once)."""
    key = id(syntax)
    if key not in _PATTERNS:
        parts = [rf"(?P<line>{re.escape(syntax.line_comment)}[^\n]*)",
                 rf"(?P<block>{re.escape(syntax.block_open)})"]
        if syntax.raw_string is not None:
            parts.append(rf"(?P<raw>{syntax.raw_string.pattern})")
        if syntax.verbatim_strings:
            parts.append(r'(?P<verbatim>@"(?:[^"]|"")*")|(?P<verbatim_open>@")')
        prefixes = "|".join(re.escape(p) for p in syntax.string_prefixes)
        lead = f"(?:{prefixes})?" if prefixes else ""
        parts.append(rf'(?P<string>{lead}"(?:[^"\\]|\\.)*")|(?P<string_open>{lead}")')
        if syntax.byte_chars:
            parts.append(rf"(?P<bytechar>b{_CHAR.pattern})")
        parts += [rf"(?P<ident>{syntax.ident.pattern})", rf"(?P<number>{_NUMBER.pattern})",
                  rf"(?P<char>{_CHAR.pattern})",
                  "(?P<op>" + "|".join(re.escape(o) for o in OPERATORS) + ")", r"(?P<other>.)"]
        # Leading white space is folded into every match: one regex call per token.
        _PATTERNS[key] = re.compile(r"\s*(?:" + "|".join(parts) + r"|(?P<end>\Z))", re.S)
    return _PATTERNS[key]


def _block_comment_end(text: str, pos: int, syntax: Syntax) -> int | None:
    """Index just past the (nestable) block comment opening at pos; None when it never closes."""
    edges = re.compile(f"{re.escape(syntax.block_open)}|{re.escape(syntax.block_close)}")
    depth = 0
    for m in edges.finditer(text, pos):
        depth += 1 if m.group(0) == syntax.block_open else -1
        if depth == 0:
            return m.end()
    return None


_KINDS = {"ident": "ident", "number": "number", "char": "char", "bytechar": "char", "op": "punct", "other": "punct",
          "string": "string", "verbatim": "string"}


@lru_cache(maxsize=64)
def tokenize(text: str, syntax: Syntax) -> Lexed:
    """Code tokens of `text`; comments and whitespace dropped. Linear in the text's length (one
    regex call per token: this runs on every reply, whatever its size). The audits of one attempt
    read the same file several times, so recent results are kept: treat them as read-only."""
    tokens: list[Token] = []
    append = tokens.append
    new_token = Token._make
    match = _master(syntax).match
    kinds = _KINDS
    count, rfind = text.count, text.rfind
    pos, n, line, line_start, seen = 0, len(text), 1, 0, 0
    while pos < n:
        m = match(text, pos)
        kind = m.lastgroup
        if kind == "end":
            break
        start, pos = m.start(kind), m.end()
        newlines = count("\n", seen, start)
        if newlines:
            line += newlines
            line_start = rfind("\n", seen, start) + 1
        seen = start
        if kind in kinds:
            append(new_token((kinds[kind], m.group(kind), line, start - line_start + 1)))
        elif kind == "block":
            end = _block_comment_end(text, start, syntax)
            if end is None:
                return Lexed(tokens, "block comment")
            pos = end
        elif kind == "raw":
            closing = '"' + text[start:pos - 1].lstrip("bcr")  # '"' and the run of '#' after the prefix
            close_at = text.find(closing, pos)
            if close_at < 0:
                return Lexed(tokens, "string")
            pos = close_at + len(closing)
            append(new_token(("string", text[start:pos], line, start - line_start + 1)))
        elif kind in ("string_open", "verbatim_open"):
            return Lexed(tokens, "string")
    return Lexed(tokens, None)


BRACKETS = {"(": ")", "[": "]", "{": "}"}


def bracket_problem(tokens: list[Token]) -> tuple[str, Token | None] | None:
    """Why a token run is not bracket-balanced: ('escapes', tok) when it closes a bracket it did
    not open (it reaches into the surrounding locked code), ('unclosed', tok) when it ends with
    brackets open, ('mismatch', tok) for a wrong closer. None when balanced."""
    stack: list[Token] = []
    closers = {v: k for k, v in BRACKETS.items()}
    for tok in tokens:
        if tok.kind != "punct":
            continue
        if tok.text in BRACKETS:
            stack.append(tok)
        elif tok.text in closers:
            if not stack:
                return ("escapes", tok)
            if BRACKETS[stack[-1].text] != tok.text:
                return ("mismatch", tok)
            stack.pop()
    if stack:
        return ("unclosed", stack[-1])
    return None


def matching_closers(tokens: list[Token]) -> list[int]:
    """For each opening bracket token, the index of its closer (len(tokens) when it never closes);
    -1 elsewhere. One pass, so audits that jump over bracketed code stay linear."""
    closes = [-1] * len(tokens)
    stack: list[int] = []
    for i, tok in enumerate(tokens):
        if tok.kind != "punct":
            continue
        if tok.text in BRACKETS:
            stack.append(i)
        elif tok.text in ")]}" and stack:
            closes[stack.pop()] = i
    for i in stack:
        closes[i] = len(tokens)
    return closes


class Code(list):
    """Code tokens with their bracket matches computed once (audits jump over brackets in O(1))."""

    def __init__(self, tokens: list[Token]):
        super().__init__(tokens)
        self.closes = matching_closers(tokens)


def matching_close(tokens: Code, i: int) -> int:
    """The index of the bracket closing tokens[i] (len(tokens) when it never closes)."""
    return tokens.closes[i] if tokens.closes[i] >= 0 else len(tokens)
