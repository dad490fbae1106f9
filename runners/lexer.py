"""A small lexer shared by the language modules' audits.

It only has to tell code from comments and strings and cut code into identifiers, numbers and
punctuation, so that forbidden constructs are matched on real code tokens: never inside a comment
or a string, never as part of a longer identifier. Pure functions only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPERATORS = sorted(
    ["<==>", "==>", "<==", "::", ":=", ":|", "==", "!=", "<=", ">=", "&&", "||", "->", "=>", "..", "!!", "<-"],
    key=len,
    reverse=True,
)


@dataclass(frozen=True)
class Syntax:
    line_comment: str
    block_open: str
    block_close: str
    ident: re.Pattern[str]
    raw_strings: bool = False  # Rust r"..." / r#"..."#


DAFNY = Syntax("//", "/*", "*/", re.compile(r"[A-Za-z_][A-Za-z0-9_'?]*"))
RUST = Syntax("//", "/*", "*/", re.compile(r"[A-Za-z_][A-Za-z0-9_]*"), raw_strings=True)
# Lean identifiers may carry dots (qualified names), primes, ! and ?, Greek and other letter-like
# symbols and subscripts (Lean's isLetterLike / isSubScriptAlnum; λ, Π and Σ are not letters);
# «guillemets» quote any name. Without the Unicode letters `αsorry` would lex as `α` + `sorry`.
_LEAN_FIRST = "A-Za-z_\u03b1-\u03ba\u03bc-\u03c9\u0391-\u039f\u03a1\u03a2\u03a4-\u03a9\u03ca-\u03fb\u1f00-\u1ffe\u2100-\u214f\U0001d49c-\U0001d59f"
_LEAN_REST = _LEAN_FIRST + "0-9'!?\u2080-\u2089\u2090-\u209c\u1d62-\u1d6a\u2c7c"
_LEAN_ATOM = f"(?:[{_LEAN_FIRST}][{_LEAN_REST}]*|«[^»]*»)"
LEAN = Syntax("--", "/-", "-/", re.compile(rf"{_LEAN_ATOM}(?:\.{_LEAN_ATOM})*"))


@dataclass(frozen=True)
class Token:
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
_RAW_STRING = re.compile(r'b?r(#*)"')


class _Cursor:
    def __init__(self, text: str):
        self.text = text
        self.pos = 0
        self.line = 1
        self.col = 1

    def advance(self, n: int) -> None:
        chunk = self.text[self.pos : self.pos + n]
        newlines = chunk.count("\n")
        if newlines:
            self.line += newlines
            self.col = len(chunk) - chunk.rfind("\n")
        else:
            self.col += n
        self.pos += n

    def startswith(self, s: str) -> bool:
        return self.text.startswith(s, self.pos)


def _skip_block_comment(cur: _Cursor, syntax: Syntax) -> bool:
    """Skip a (nestable) block comment; return False when it never closes."""
    depth = 0
    while cur.pos < len(cur.text):
        if cur.startswith(syntax.block_open):
            depth += 1
            cur.advance(len(syntax.block_open))
        elif cur.startswith(syntax.block_close):
            depth -= 1
            cur.advance(len(syntax.block_close))
            if depth == 0:
                return True
        else:
            cur.advance(1)
    return False


def _string_end(text: str, start: int) -> int | None:
    """Index just past the closing quote of the string starting at `start` (a '"')."""
    i = start + 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
        elif text[i] == '"':
            return i + 1
        else:
            i += 1
    return None


def tokenize(text: str, syntax: Syntax) -> Lexed:
    tokens: list[Token] = []
    cur = _Cursor(text)
    while cur.pos < len(text):
        ch = text[cur.pos]
        if ch in " \t\r\n":
            cur.advance(1)
        elif cur.startswith(syntax.line_comment):
            end = text.find("\n", cur.pos)
            cur.advance((len(text) if end < 0 else end) - cur.pos)
        elif cur.startswith(syntax.block_open):
            if not _skip_block_comment(cur, syntax):
                return Lexed(tokens, "block comment")
        elif syntax.raw_strings and (m := _RAW_STRING.match(text, cur.pos)):
            closing = '"' + m.group(1)
            end = text.find(closing, m.end())
            if end < 0:
                return Lexed(tokens, "string")
            tokens.append(Token("string", text[cur.pos : end + len(closing)], cur.line, cur.col))
            cur.advance(end + len(closing) - cur.pos)
        elif ch == '"' or (ch == "b" and text.startswith('b"', cur.pos) and syntax.raw_strings):
            start = cur.pos + (1 if ch == "b" else 0)
            end = _string_end(text, start)
            if end is None:
                return Lexed(tokens, "string")
            tokens.append(Token("string", text[cur.pos : end], cur.line, cur.col))
            cur.advance(end - cur.pos)
        elif (m := syntax.ident.match(text, cur.pos)) and m.end() > cur.pos:
            tokens.append(Token("ident", m.group(0), cur.line, cur.col))
            cur.advance(m.end() - cur.pos)
        elif ch.isdigit() and (m := _NUMBER.match(text, cur.pos)):
            tokens.append(Token("number", m.group(0), cur.line, cur.col))
            cur.advance(m.end() - cur.pos)
        elif ch == "'" and (m := _CHAR.match(text, cur.pos)):
            tokens.append(Token("char", m.group(0), cur.line, cur.col))
            cur.advance(m.end() - cur.pos)
        else:
            op = next((o for o in OPERATORS if text.startswith(o, cur.pos)), ch)
            tokens.append(Token("punct", op, cur.line, cur.col))
            cur.advance(len(op))
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
