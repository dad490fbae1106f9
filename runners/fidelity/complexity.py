"""Complexity expressions of task.yaml's `fidelity.expect`: "1", "log n", "n log n", "n^2", "n*W",
"n + k", "sqrt n", "n log log n", "n*m"; parsed once into a function of the input's size variables.

Grammar (juxtaposition multiplies, so "n log n" is n * log(n)):
    sum     := product ('+' product)*
    product := power (['*'] power)*
    power   := atom ['^' number]
    atom    := number | name | ('log' | 'sqrt') atom | '(' sum ')'
`log x` is log2(max(x, 2)), so it is never below 1 and nested logs stay defined.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable

_TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)|(?P<op>[-+*^()·]))")
FUNCTIONS = {"log": lambda x: math.log2(max(x, 2.0)), "sqrt": lambda x: math.sqrt(max(x, 0.0))}


class ComplexityError(ValueError):
    pass


@dataclass(frozen=True)
class Complexity:
    text: str
    variables: frozenset[str]
    _fn: Callable[[dict[str, float]], float]

    def __call__(self, values: dict[str, float]) -> float:
        missing = self.variables - set(values)
        if missing:
            raise ComplexityError(f"'{self.text}' needs values for {sorted(missing)}")
        return max(self._fn(values), 1.0)


def _tokens(text: str) -> list[str]:
    out, pos = [], 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ComplexityError(f"cannot read '{text[pos:]}' in complexity '{text}'")
        out.append(m.group(m.lastgroup).replace("·", "*"))
        pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return out


def parse(text: str) -> Complexity:
    """Parse an expect string; raises ComplexityError naming the problem."""
    toks = _tokens(text)
    names: set[str] = set()
    pos = 0

    def peek() -> str | None:
        return toks[pos] if pos < len(toks) else None

    def take() -> str:
        nonlocal pos
        if pos >= len(toks):
            raise ComplexityError(f"complexity '{text}' ends too early")
        pos += 1
        return toks[pos - 1]

    def atom() -> Callable[[dict[str, float]], float]:
        tok = take()
        if tok == "(":
            inner = sum_()
            if take() != ")":
                raise ComplexityError(f"unbalanced parenthesis in '{text}'")
            return inner
        if tok in FUNCTIONS:
            fn, arg = FUNCTIONS[tok], atom()
            return lambda v: fn(arg(v))
        if re.fullmatch(r"\d+(?:\.\d+)?", tok):
            value = float(tok)
            return lambda v: value
        if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", tok):
            names.add(tok)
            return lambda v: float(v[tok])
        raise ComplexityError(f"unexpected '{tok}' in complexity '{text}'")

    def power() -> Callable[[dict[str, float]], float]:
        base = atom()
        if peek() == "^":
            take()
            exponent = float(take())
            return lambda v: base(v) ** exponent
        return base

    def product() -> Callable[[dict[str, float]], float]:
        factors = [power()]
        while peek() is not None and peek() not in {"+", ")"}:
            if peek() == "*":
                take()
            factors.append(power())
        return lambda v: math.prod(f(v) for f in factors)

    def sum_() -> Callable[[dict[str, float]], float]:
        terms = [product()]
        while peek() == "+":
            take()
            terms.append(product())
        return lambda v: sum(t(v) for t in terms)

    if not toks:
        raise ComplexityError("empty complexity")
    fn = sum_()
    if pos != len(toks):
        raise ComplexityError(f"unexpected '{toks[pos]}' in complexity '{text}'")
    return Complexity(text=text, variables=frozenset(names), _fn=fn)
