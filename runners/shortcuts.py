"""Forbidden shortcuts: library calls a task bans, and renamed copies of locked definitions.

Pure functions over lexer tokens (runners.lexer); the language audits decide which tokens are
the model's and call these. Two checks:

- `forbidden_calls(tokens, names)`: a name from the task's `forbidden:` list used in code the
  model wrote. A qualified name (`Nat.gcd`, `slice::sort`) matches when it is written out, and
  also through its last component (`gcd`, `sort`) when that is reached as a member or path
  (`a.gcd b`, `v.sort()`, `<[T]>::sort`) or used bare, since `open Nat` or a `use` makes the
  bare name the library's. A bare use is not counted when the model defines that name itself
  (its own helper `gcd` is allowed; a member or qualified use still is not). The entry `^`
  forbids the power operator (a lone `^`; Lean's `^^^` is xor).
- `renamed_copies(model_defs, locked_defs)`: a model definition whose tokens equal a locked
  definition's modulo a consistent renaming of identifiers (alpha-equivalence on token streams):
  copying `fib` as `myFib` and calling the copy is calling the spec.

`definitions(tokens, language)` cuts a token stream into top-level definitions for the second
check. Diagnostics are INTEGRITY findings from the audit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from runners.lexer import Token
from runners.taxonomy import Category
from runners.verdict import Diagnostic

POWER_OPERATOR = "^"

# Words that must match literally in a renamed copy (never renamed): the languages' keywords and
# the logical/structural vocabulary that gives a definition its shape.
KEYWORDS: dict[str, frozenset[str]] = {
    "lean": frozenset("""
        def theorem lemma abbrev instance structure inductive class where match with fun if then
        else let have show from by at in do return for unless mut termination_by decreasing_by
        partial private protected noncomputable namespace section end open variable true false
        True False Prop Type Sort Nat Int Bool List Array String Char Option some none
        """.split()),
    "verus": frozenset("""
        fn pub open closed spec proof exec let mut if else match while loop for in return
        requires ensures invariant decreases recommends forall exists choose assert assume by
        struct enum impl trait use mod const static as ref self Self true false int nat bool
        Seq Set Map Vec Option Some None i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize
        """.split()),
    "dafny": frozenset("""
        function predicate method lemma ghost var if then else match case while for forall
        exists returns requires ensures invariant decreases reads modifies old fresh new
        return assert calc datatype class true false int nat bool seq set map multiset array
        string char real
        """.split()),
}

# Tokens that introduce a top-level definition, and the keyword that names it.
_DEF_KEYWORDS: dict[str, frozenset[str]] = {
    "lean": frozenset({"def", "abbrev", "theorem", "lemma", "instance", "inductive", "structure"}),
    "verus": frozenset({"fn"}),
    "dafny": frozenset({"function", "predicate", "method", "lemma"}),
}
_MODIFIERS = frozenset({"pub", "open", "closed", "spec", "proof", "exec", "ghost", "private",
                        "protected", "noncomputable", "partial", "@[simp]"})
_PATH_SEPARATORS = frozenset({".", "::"})
MIN_COPY_TOKENS = 8  # a shorter definition (`x + 1`) matches by accident, not by copying


def _finding(message: str, tok: Token | None) -> Diagnostic:
    return Diagnostic(category=Category.INTEGRITY, message=message, line=tok.line if tok else None,
                      col=tok.col if tok else None, source="audit")


def _last(name: str) -> str:
    return name.replace("::", ".").rsplit(".", 1)[-1]


def defined_names(tokens: Sequence[Token]) -> set[str]:
    """Names the tokens define (`def gcd`, `fn gcd`, `function gcd`, ...), in any language."""
    keywords = frozenset().union(*_DEF_KEYWORDS.values())
    return {tokens[i + 1].text for i, tok in enumerate(tokens[:-1])
            if tok.kind == "ident" and tok.text in keywords and tokens[i + 1].kind == "ident"}


def _power_operators(tokens: Sequence[Token]) -> list[Token]:
    """Lone `^` tokens (a run of adjacent `^` on one line, such as Lean's `^^^`, is another operator)."""
    found = []
    for i, tok in enumerate(tokens):
        if tok.kind != "punct" or tok.text != POWER_OPERATOR:
            continue
        prev, nxt = tokens[i - 1] if i else None, tokens[i + 1] if i + 1 < len(tokens) else None
        glued = any(t is not None and t.kind == "punct" and t.text == POWER_OPERATOR and t.line == tok.line
                    and abs(t.col - tok.col) == 1 for t in (prev, nxt))
        if not glued:
            found.append(tok)
    return found


def _path_before(tokens: Sequence[Token], i: int) -> list[str]:
    """The qualifier written before tokens[i] with `::` or `.` separators (Rust `slice::sort`)."""
    parts: list[str] = []
    j = i - 1
    while j >= 1 and tokens[j].kind == "punct" and tokens[j].text in _PATH_SEPARATORS and tokens[j - 1].kind == "ident":
        parts.insert(0, tokens[j - 1].text)
        j -= 2
    return parts


def forbidden_calls(tokens: Sequence[Token], names: Iterable[str], local_names: Iterable[str] = ()) -> list[Diagnostic]:
    """Uses of forbidden library names (or `^`) in the model's code tokens, one finding each.

    `local_names` are names the rest of the file defines (the template's own `pow` or `fib`, the
    entry `insertionSort`): a bare use of such a name is that definition, not the library's.
    """
    names = [n for n in dict.fromkeys(names) if n]
    found: list[Diagnostic] = []
    if POWER_OPERATOR in names:
        found += [_finding(f"forbidden shortcut `{POWER_OPERATOR}`: this task asks for the power to be "
                           "computed, not taken from the library operator", tok) for tok in _power_operators(tokens)]
    own = defined_names(tokens) | set(local_names)
    wanted = {n: (n.replace("::", "."), _last(n)) for n in names if n != POWER_OPERATOR}
    for i, tok in enumerate(tokens):
        if tok.kind != "ident":
            continue
        text = tok.text.replace("::", ".")
        path = _path_before(tokens, i)
        qualified = ".".join(path + [text])
        member = bool(path) or (i > 0 and tokens[i - 1].kind == "punct" and tokens[i - 1].text in _PATH_SEPARATORS)
        defines = i > 0 and tokens[i - 1].kind == "ident" and tokens[i - 1].text in frozenset().union(*_DEF_KEYWORDS.values())
        for name, (full, last) in wanted.items():
            if defines:
                break
            dotted = "." in text
            hit = (("." in full and (qualified == full or qualified.endswith("." + full)))
                   or (dotted and _last(text) == last and text not in own)
                   or (not dotted and text == last and (member or text not in own)))
            if hit:
                found.append(_finding(f"forbidden shortcut `{name}` (used as `{tok.text}`): this task asks "
                                      "for the algorithm to be implemented, not taken from the library", tok))
                break
    return found


def _alpha_equivalent(a: Sequence[Token], b: Sequence[Token], seed: dict[str, str], fixed: frozenset[str]) -> bool:
    """Same token stream up to a bijective renaming of identifiers not in `fixed` (extends `seed`)."""
    if len(a) != len(b):
        return False
    fwd, back = dict(seed), {v: k for k, v in seed.items()}
    for x, y in zip(a, b):
        if x.kind != y.kind:
            return False
        if x.kind != "ident" or x.text in fixed or y.text in fixed:
            if x.text != y.text:
                return False
            continue
        if fwd.setdefault(x.text, y.text) != y.text or back.setdefault(y.text, x.text) != x.text:
            return False
    return True


def renamed_copies(model_defs: Mapping[str, Sequence[Token]], locked_defs: Mapping[str, Sequence[Token]],
                   fixed: Iterable[str] = (), min_tokens: int = MIN_COPY_TOKENS) -> list[Diagnostic]:
    """Model definitions that are a locked definition up to consistent renaming of identifiers.

    Each mapping takes a definition's name to its tokens after the name (parameters, type, body).
    The model's name corresponds to the locked name (so recursion matches), other identifiers
    map one-to-one; identifiers in `fixed` (keywords, by default those of every language) must
    be equal. Definitions shorter than `min_tokens` are not compared. A model definition that is
    literally the locked one under the same name is the template's own text, not a copy.
    """
    keep = frozenset(fixed) | frozenset().union(*KEYWORDS.values())
    found = []
    for model_name, body in model_defs.items():
        if len(body) < min_tokens:
            continue
        for locked_name, locked_body in locked_defs.items():
            if model_name == locked_name and [t.text for t in body] == [t.text for t in locked_body]:
                continue
            if _alpha_equivalent(body, locked_body, {model_name: locked_name}, keep):
                first = body[0] if body else None
                found.append(_finding(f"`{model_name}` is a renamed copy of the locked definition `{locked_name}`: "
                                      "the implementation must not compute its result with the specification", first))
                break
    return found


def definitions(tokens: Sequence[Token], language: str) -> dict[str, list[Token]]:
    """Top-level definitions of a token stream: name -> the tokens after the name up to the next
    definition keyword (Lean) or the end of the definition's outermost braces (Verus, Dafny)."""
    starts = _DEF_KEYWORDS[language]
    out: dict[str, list[Token]] = {}
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if not (tok.kind == "ident" and tok.text in starts and i + 1 < n and tokens[i + 1].kind == "ident"):
            i += 1
            continue
        name, j = tokens[i + 1].text, i + 2
        if language == "lean":
            k = j
            while k < n and not (tokens[k].kind == "ident" and tokens[k].text in starts and _line_start(tokens, k)):
                k += 1
            out[name] = list(tokens[j:k])
            i = k
            continue
        k, depth, opened = j, 0, False
        while k < n:
            t = tokens[k]
            if t.kind == "punct" and t.text == "{":
                depth, opened = depth + 1, True
            elif t.kind == "punct" and t.text == "}":
                depth -= 1
                if opened and depth == 0:
                    k += 1
                    break
            elif not opened and t.kind == "ident" and t.text in starts:
                break  # a body-less declaration
            k += 1
        out[name] = list(tokens[j:k])
        i = k
    return out


def _line_start(tokens: Sequence[Token], k: int) -> bool:
    """tokens[k] begins a command: first on its line, or after modifiers / an attribute that are."""
    j = k - 1
    while j >= 0 and tokens[j].line == tokens[k].line:
        if tokens[j].kind == "ident" and tokens[j].text in _MODIFIERS:
            j -= 1
            continue
        if tokens[j].text == "]":  # @[simp] def ...
            while j >= 0 and tokens[j].text != "@" and tokens[j].line == tokens[k].line:
                j -= 1
            j -= 1
            continue
        return False
    return True
