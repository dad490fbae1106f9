"""Inserting ticks into a source by token position (pure), shared by the Dafny and Verus cost
instrumenters: each finds where its language's compiled bodies and loops begin; this module
turns token positions into text offsets and applies the insertions."""

from __future__ import annotations

from typing import Callable

from runners.lexer import Code, Syntax, Token, tokenize

RENAME = "\0rename"  # an insertion that renames the user's entry point instead of adding text


class InstrumentError(ValueError):
    pass


def lex(source: str, syntax: Syntax) -> tuple[Code, Callable[[Token], int]]:
    """The code tokens of `source` with their bracket matches, and tok -> offset; InstrumentError
    when the source ends inside a comment or string (no safe place to insert anything)."""
    lexed = tokenize(source, syntax)
    if lexed.unterminated:
        raise InstrumentError(f"source ends inside a {lexed.unterminated}")
    return Code(lexed.tokens), token_offset(source)


def token_offset(source: str) -> Callable[[Token], int]:
    """tok -> its character offset in `source` (tokens carry 1-based line and column)."""
    starts = [0]
    for line in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return lambda tok: starts[tok.line - 1] + tok.col - 1


def apply_inserts(source: str, inserts: list[tuple[int, str]], entry: str, renamed: str) -> str:
    """`source` with each (offset, text) inserted; a RENAME at an offset replaces `entry` there by
    `renamed` (the harness's driver brings its own entry point). Applied from the end, so the
    offsets stay valid."""
    out = source
    for pos, text in sorted(inserts, reverse=True):
        if text == RENAME:
            out = out[:pos] + renamed + out[pos + len(entry):]
        else:
            out = out[:pos] + text + out[pos:]
    return out
