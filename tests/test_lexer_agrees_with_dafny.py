"""Property test: the lexer and the real Dafny parser agree on where comments and strings end.

Random programs mix comments (line, block, nested), ordinary strings with escapes, verbatim
strings with doubled quotes and trailing backslashes, and char literals; inside each comment
and string stand decoy declarations and comment/string openers. Dafny prints the program it
parsed (`/dprint`); if the lexer disagreed with Dafny about one extent, a decoy would be code for
one of them and not the other, and the declared names or the string literals would differ.
"""

from __future__ import annotations

import random
import re

import pytest

from runners.lexer import DAFNY, tokenize
from runners.sandbox import Limits, LocalSandbox
from tests.conftest import requires_dafny

pytestmark = [requires_dafny, pytest.mark.dafny]

CHARS = ["'\\''", "'/'", "'*'", "'\\\\'", "'@'", "'\"'"]
DECOYS = ["var decoy{n} := 1;", "/*", "*/", "//", '"', '@"', "'", "\\", '""', "/* var decoy{n} := 2; */"]


def _decoy(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(DECOYS).format(n=n) for _ in range(rng.randint(1, 3)))


def _fragment(rng: random.Random, n: int) -> str:
    """One statement of real code, with a comment or a tricky literal around it."""
    kind = rng.choice(["line", "block", "nested", "string", "verbatim", "char", "plain"])
    if kind == "line":
        return f"var real{n} := 0; // {_decoy(rng, n).replace(chr(10), ' ')}\n"
    if kind == "block":
        text = _decoy(rng, n).replace("*/", "* /").replace("/*", "/ *")
        return f"/* {text}\n {text} */ var real{n} := 0;\n"
    if kind == "nested":
        inner = _decoy(rng, n).replace("*/", "* /").replace("/*", "/ *")
        return f"/* outer /* {inner} */ still comment {inner} */ var real{n} := 0;\n"
    if kind == "string":
        body = _decoy(rng, n).replace("\\", "\\\\").replace('"', '\\"')
        return f'var real{n} := "{body}";\n'
    if kind == "verbatim":
        body = _decoy(rng, n).replace('"', '""')
        if rng.random() < 0.5:
            body += "\\"  # a verbatim string may end in a backslash
        return f'var real{n} := @"{body}";\n'
    if kind == "char":
        return f"var real{n} := {rng.choice(CHARS)};\n"
    return f"var real{n} := {n};\n"


def random_program(seed: int, size: int = 25) -> str:
    rng = random.Random(seed)
    body = "".join("  " + _fragment(rng, n) for n in range(size))
    return f"method M()\n{{\n{body}}}\n"


def declared_by_lexer(text: str) -> list[str]:
    tokens = tokenize(text, DAFNY).tokens
    return [tokens[i + 1].text for i, t in enumerate(tokens[:-1]) if t.text == "var"]


def strings_by_lexer(text: str) -> list[str]:
    return [t.text for t in tokenize(text, DAFNY).tokens if t.kind in ("string", "char")]


def printed_by_dafny(text: str) -> str:
    script = "dafny /noVerify /compile:0 /nologo /dprint:p.dfy f.dfy >/dev/null 2>&1; cat p.dfy"
    result = LocalSandbox().run(["sh", "-c", script], {"f.dfy": text}, Limits(wall_s=120))
    assert result.exit_code == 0 and "method M" in result.output, result.output[-2000:]
    return result.output


@pytest.mark.parametrize("seed", range(6))
def test_lexer_and_dafny_agree_on_comment_and_string_extents(seed):
    program = random_program(seed)
    printed = printed_by_dafny(program)
    assert declared_by_lexer(program) == [f"real{n}" for n in range(25)]
    assert declared_by_lexer(printed) == declared_by_lexer(program)
    # Dafny prints every literal as it read it; the lexer must have cut the same literals.
    assert strings_by_lexer(printed) == strings_by_lexer(program)


def test_the_generator_exercises_every_kind():
    text = "".join(random_program(seed) for seed in range(6))
    for needle in ['@"', "/* outer /*", "//", "'", '\\"', '""']:
        assert needle in text
    assert re.search(r'@"[^"\n]*\\";', text), "no verbatim string ending in a backslash"
