"""Verus audit (pure): attributes by allow-list, words that assume instead of prove, code from
other files, regions whose last attribute would attach to the locked item after them, and (with the
task) forbidden library shortcuts and renamed copies in the model's executable code."""

from __future__ import annotations

from collections.abc import Sequence

from runners import shortcuts
from runners.langinfo import language_info
from runners.lexer import RUST, Token, tokenize
from runners.regions import parse_template
from runners.taxonomy import Category
from runners.verdict import Diagnostic


# Verus's rlimit is "roughly seconds" of Z3 work per function (default 10). A reply may raise it
# for one function up to this cap; beyond it one attempt could hold a worker for minutes.
MAX_RLIMIT = 30

# Words that are a cheat wherever they appear as a code token (Verus builtins and vstd helpers
# whose whole purpose is to assume a fact).
FORBIDDEN_WORDS = {
    "assume": "`assume` adds an unproven fact",
    "assume_": "`assume_` (the builtin behind assume) adds an unproven fact",
    "admit": "`admit` closes a proof without proving it",
    "assume_specification": "`assume_specification` gives a function a specification without proof",
    "assume_new": "`assume_new` creates a ghost/tracked value from nothing",
    "unsafe": "`unsafe` code is outside what Verus verifies",
    "extern": "`extern` declares code the verifier cannot see",
    "macro_rules": "a macro can hide forbidden constructs from the audit",
}
# Attributes by allow-list: anything else in a `#[...]` / `#![...]` is CHEAT.
# `verifier::X` (also written `verifier(X)`) that only steer the prover, never trust anything:
ALLOWED_VERIFIER_ATTRIBUTES = frozenset({
    "rlimit",  # capped at MAX_RLIMIT
    "loop_isolation", "spinoff_prover", "opaque", "type_invariant", "integer_ring", "nonlinear",
    "bit_vector", "memoize", "inline", "ext_equal", "reject_recursive_types", "accept_recursive_types",
    "truncate", "custom_err", "custom_req_err", "broadcast_forall", "allow_in_spec", "auto", "trigger",
})
# Attributes of Rust and Verus outside `verifier` that say nothing about what is proved.
ALLOWED_ATTRIBUTES = frozenset({
    "trigger", "auto", "all_triggers", "allow", "warn", "deny", "expect", "derive", "inline", "must_use",
    "doc", "is_variant", "rustfmt::skip", "verusfmt::skip", "verifier",
})
ATTRIBUTE_REASONS = {
    "external_body": "external_body trusts a function's specification without checking its body",
    "external": "external hides an item from the verifier",
    "external_fn_specification": "external_fn_specification trusts a specification without proof",
    "external_type_specification": "external_type_specification trusts a type without proof",
    "external_trait_specification": "external_trait_specification trusts a trait without proof",
    "exec_allows_no_decreases_clause": "exec_allows_no_decreases_clause switches termination checking off",
    "assume_termination": "assume_termination switches termination checking off",
    "when_used_as_spec": "when_used_as_spec swaps an exec function for a spec function in specifications",
    "cfg": "conditional compilation can remove code from what is verified",
    "path": "#[path] loads code from outside the graded file",
}
# Kept for callers that read the old name: the reasons of the best-known refusals.
FORBIDDEN_ATTRIBUTE_WORDS = ATTRIBUTE_REASONS


def _flag(tok: Token, message: str) -> Diagnostic:
    return Diagnostic(category=Category.INTEGRITY, source="audit", line=tok.line, col=tok.col, message=message)


def _closing(tokens: list[Token], i: int) -> int:
    """Index of the bracket closing tokens[i] (an opening bracket), or len(tokens)."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    depth = 0
    for j in range(i, len(tokens)):
        tok = tokens[j]
        if tok.kind == "punct" and tok.text in pairs:
            depth += 1
        elif tok.kind == "punct" and tok.text in pairs.values():
            depth -= 1
            if depth == 0:
                return j
    return len(tokens)


def attribute_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, last) token indices of each `#[...]` / `#![...]` attribute."""
    spans = []
    for i, tok in enumerate(tokens):
        if tok.text != "#" or tok.kind != "punct":
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].text == "!":
            j += 1
        if j < len(tokens) and tokens[j].text == "[":
            spans.append((i, _closing(tokens, j)))
    return spans


def _items(tokens: list[Token], first: int, last: int) -> list[tuple[int, int]]:
    """Comma-separated items (index ranges, end exclusive) between tokens[first] and tokens[last]."""
    items, start, depth = [], first, 0
    for k in range(first, last):
        tok = tokens[k]
        if tok.kind == "punct" and tok.text in "([{":
            depth += 1
        elif tok.kind == "punct" and tok.text in ")]}":
            depth -= 1
        elif depth == 0 and tok.kind == "punct" and tok.text == ",":
            items.append((start, k))
            start = k + 1
    if start < last:
        items.append((start, last))
    return items


def _path(tokens: list[Token], k: int, end: int) -> tuple[str, int]:
    """The path `a::b::c` starting at tokens[k], and the index after it."""
    parts = []
    while k < end and tokens[k].kind == "ident":
        parts.append(tokens[k].text)
        if k + 1 < end and tokens[k + 1].text == "::":
            k += 2
            continue
        k += 1
        break
    return "::".join(parts), k


def _verifier_problem(tokens: list[Token], k: int, end: int) -> Diagnostic | None:
    """An allow-list check of one `verifier` attribute name at tokens[k] (e.g. `rlimit(20)`)."""
    tok = tokens[k]
    name = tok.text
    if tok.kind != "ident" or name not in ALLOWED_VERIFIER_ATTRIBUTES:
        why = ATTRIBUTE_REASONS.get(name, "it is not in the allow-list ("
                                    + ", ".join(sorted(ALLOWED_VERIFIER_ATTRIBUTES)) + ")")
        return _flag(tok, f"#[verifier::{name}]: {why}")
    if name == "rlimit":
        value = tokens[k + 2].text if k + 2 < end and tokens[k + 1].text == "(" else ""
        try:
            too_high = float(value.replace("_", "")) > MAX_RLIMIT
        except ValueError:
            too_high = True  # `infinity` or anything that is not a plain number
        if too_high:
            return _flag(tok, f"#[verifier::rlimit({value})] is above the cap of {MAX_RLIMIT}")
    return None


def _audit_item(tokens: list[Token], start: int, end: int) -> list[Diagnostic]:
    """One attribute (`path`, `path(args)` or `path = value`) spanning tokens[start:end]."""
    path, k = _path(tokens, start, end)
    if not path:
        return [_flag(tokens[start], "an attribute the audit cannot read")] if start < end else []
    if path.startswith("verifier::"):
        return [d for d in [_verifier_problem(tokens, start + 2, end)] if d is not None]
    if path == "verifier" and k < end and tokens[k].text == "(":
        close = _closing(tokens, k)
        return [d for a, b in _items(tokens, k + 1, close) if a < b
                for d in [_verifier_problem(tokens, a, b)] if d is not None]
    if path == "cfg_attr" and k < end and tokens[k].text == "(":
        # Allowed when every attribute it may add is: then whatever its condition, the item ends up
        # with allowed attributes or none.
        close = _closing(tokens, k)
        found: list[Diagnostic] = []
        for a, b in _items(tokens, k + 1, close)[1:]:
            found += _audit_item(tokens, a, b)
        return found
    if path in ALLOWED_ATTRIBUTES and path != "verifier":
        return []
    last = path.rsplit("::", 1)[-1]
    why = ATTRIBUTE_REASONS.get(last, "it is not in the allow-list (" + ", ".join(sorted(ALLOWED_ATTRIBUTES - {"verifier"}))
                                + ", and verifier::" + "/".join(sorted(ALLOWED_VERIFIER_ATTRIBUTES)) + ")")
    return [_flag(tokens[start], f"#[{path}]: {why}")]


def _audit_attribute(tokens: list[Token], start: int, end: int) -> list[Diagnostic]:
    """The attribute `#[...]` / `#![...]` from tokens[start] (`#`) to tokens[end] (`]`)."""
    bracket = start + (2 if tokens[start + 1].text == "!" else 1)
    return _audit_item(tokens, bracket + 1, min(end, len(tokens)))  # one attribute per #[...]


def _region_spans(source: str) -> list[tuple[str, str]]:
    """(name, content) of each editable region of a spliced file (markers are locked text)."""
    try:
        template = parse_template(source, language_info("verus").comment)
    except ValueError:
        return []
    return list(template.contents().items())


def dangling_attribute(content: str) -> Token | None:
    """The `#` of an attribute that ends a region: it would attach to the locked item after it."""
    tokens = tokenize(content, RUST).tokens
    spans = attribute_spans(tokens)
    if spans and spans[-1][1] >= len(tokens) - 1:
        return tokens[spans[-1][0]]
    return None


def audit_source(source: str) -> list[Diagnostic]:
    """Forbidden constructs in a Verus file, matched on code tokens only."""
    tokens = tokenize(source, RUST).tokens
    found: list[Diagnostic] = []
    for start, end in attribute_spans(tokens):
        found.extend(_audit_attribute(tokens, start, end))
    for i, tok in enumerate(tokens):
        if tok.kind != "ident":
            continue
        if tok.text in FORBIDDEN_WORDS:
            found.append(_flag(tok, FORBIDDEN_WORDS[tok.text]))
        elif tok.text in {"include", "include_str", "include_bytes"} and i + 1 < len(tokens) and tokens[i + 1].text == "!":
            found.append(_flag(tok, f"`{tok.text}!` brings in text from outside the graded file"))
        elif tok.text == "mod" and i + 2 < len(tokens) and tokens[i + 2].text == ";":
            found.append(_flag(tok, "`mod name;` loads a module from another file"))
    for name, content in _region_spans(source):
        if (tok := dangling_attribute(content)) is not None:
            found.append(Diagnostic(category=Category.INTEGRITY, source="audit",
                                    message=f"region <vc:{name}> ends with an attribute, which would apply to the locked item after the region"))
    found.sort(key=lambda d: (d.line or 0, d.col or 0))
    return found



# ---------------------------------------------------------------------------------------------
# Forbidden shortcuts in executable code
#
# Only exec code computes the result: spec and proof functions, proof blocks, assertions and the
# requires/ensures/invariant/decreases clauses are erased before the program runs, and exec code
# cannot call a spec function (Verus's mode checking). So a library name in a lemma or an
# invariant, or a spec helper that restates a locked spec function, is no shortcut; a library call
# or a copied definition in exec code is.

GHOST_FN_MODES = frozenset({"spec", "proof"})
CLAUSES = frozenset({"requires", "ensures", "invariant", "invariant_except_break", "invariant_ensures",
                     "decreases", "recommends", "opens_invariants", "returns"})


def _skip_braced(tokens: list[Token], i: int) -> int:
    """Index after the item or block starting at tokens[i]: through its first depth-0 `{...}`, or
    to a depth-0 `;` that comes first (a body-less declaration)."""
    depth = 0
    for j in range(i, len(tokens)):
        tok = tokens[j]
        if tok.kind != "punct":
            continue
        if tok.text in "([" :
            depth += 1
        elif tok.text in ")]":
            depth -= 1
        elif tok.text == ";" and depth == 0:
            return j + 1
        elif tok.text == "{" and depth == 0:
            return _closing(tokens, j) + 1
    return len(tokens)


def exec_tokens(tokens: list[Token]) -> list[Token]:
    """The tokens of executable code: without spec/proof functions, proof blocks, assertions and
    specification clauses."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok.kind == "ident" and tok.text in GHOST_FN_MODES and nxt is not None and nxt.text == "fn":
            i = _skip_braced(tokens, i)
            continue
        if tok.kind == "ident" and tok.text == "proof" and nxt is not None and nxt.text == "{":
            i = _closing(tokens, i + 1) + 1
            continue
        if tok.kind == "ident" and tok.text in {"assert", "assert_by_contradiction"} and nxt is not None and nxt.text == "(":
            j = _closing(tokens, i + 1) + 1
            if j < len(tokens) and tokens[j].text == "by":
                j += 1
                if j < len(tokens) and tokens[j].text == "(":
                    j = _closing(tokens, j) + 1
                if j < len(tokens) and tokens[j].text == "{":
                    j = _closing(tokens, j) + 1
            i = j
            continue
        if tok.kind == "ident" and tok.text in CLAUSES:
            j = i + 1
            depth = 0
            while j < len(tokens) and not (depth == 0 and tokens[j].kind == "punct" and tokens[j].text == "{"):
                if tokens[j].kind == "punct" and tokens[j].text in "([":
                    depth += 1
                elif tokens[j].kind == "punct" and tokens[j].text in ")]":
                    depth -= 1
                j += 1
            i = j
            continue
        out.append(tok)
        i += 1
    return out


def _model_tokens(source: str, template_text: str) -> tuple[list[Token], list[Token]]:
    """(tokens of the model's regions, tokens of the template's locked text). When the file is not
    the template with its regions filled in, every token of the file counts as the model's."""
    comment = language_info("verus").comment
    try:
        spliced, template = parse_template(source, comment), parse_template(template_text, comment)
    except ValueError:
        return tokenize(source, RUST).tokens, []
    locked = tokenize(template.locked_text(), RUST).tokens
    if spliced.region_names != template.region_names or spliced.locked_text() != template.locked_text():
        return tokenize(source, RUST).tokens, locked
    model: list[Token] = []
    line = 1
    for part in spliced.parts:
        text = part if isinstance(part, str) else part.content
        if not isinstance(part, str):
            model += [tok._replace(line=tok.line + line - 1) for tok in tokenize(text, RUST).tokens]
        line += text.count("\n") + (1 if text and not text.endswith("\n") else 0)
    return model, locked


def shortcut_audit(source: str, template_text: str, entry: str, forbidden: Sequence[str] = ()) -> list[Diagnostic]:
    """INTEGRITY findings in the model's executable code: a library name the task forbids
    (task.yaml `forbidden.verus`) and an exec function that is a renamed copy of a locked one."""
    model, locked = _model_tokens(source, template_text)
    code = exec_tokens(model)
    local = shortcuts.defined_names(tokenize(source, RUST).tokens)
    found = list(shortcuts.forbidden_calls(code, forbidden, local)) if forbidden else []
    locked_defs = {name: body for name, body in shortcuts.definitions(locked, "verus").items()
                   if name not in {entry, "main"}}
    found += shortcuts.renamed_copies(shortcuts.definitions(code, "verus"), locked_defs)
    return found
