"""Lean declarations of a token run, the template's specification names, and the shortcut audit:
the entry's code may not compute its result by calling the specification, a renamed copy of it, or a
library function the task forbids (runners/shortcuts.py), directly or through helpers (pure)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from runners import shortcuts

from runners.langinfo import language_info
from runners.languages.lean.common import components, flag, name_parts, template_layout
from runners.lexer import LEAN, Token, tokenize
from runners.regions import parse_template
from runners.verdict import Diagnostic

# Spec shortcut: the entry's code may not compute its result by calling the specification
#
# Every Lean `def` is computable, so an entry body `bestUnbounded w v n c` (the recursive function
# the template's post_<id> is stated with) plus `rfl` would "verify" without any algorithm. The
# names declared in the template's locked text are the specification; the `code` region may not
# mention them, nor any model-written declaration that mentions them, directly or transitively.
# Declarations of the model are only tainted, never rejected: theorems may mention the spec
# freely, and the proof region may use anything. Theorems that mention the spec are tainted too,
# so code cannot use them either: the elaborator fills holes from a theorem's statement, e.g.
# `(fun (x : Int) (_ : x = x) => x) _ (t l)` with `t l : spec l = spec l` evaluates `spec l`.

# Commands that start a declaration, and the kinds that are types (data, not computation).
DECLARATION_KEYWORDS = frozenset({"def", "abbrev", "theorem", "lemma", "instance", "structure", "class",
                                  "inductive", "opaque", "axiom", "example"})
TYPE_DECLARATIONS = frozenset({"structure", "class", "inductive"})
# Other commands that end the declaration before them; none of them can occur inside a term.
# (`open ... in` and `set_option ... in` can, so they never end one: a declaration is cut late
# rather than early, which can only taint more.)
SCOPE_COMMANDS = frozenset({"namespace", "section", "end", "mutual", "attribute"})
CODE_REGION = "code"


@dataclass(frozen=True)
class Declaration:
    kind: str  # the keyword: def, theorem, instance, ...
    name: str | None  # full name (enclosing namespaces applied); None for `example`, unnamed instances
    declared: str | None  # the name as written
    tokens: tuple[Token, ...]  # everything after the name, up to the next command: signature and body



def declarations(tokens: list[Token], *, lemma_keyword: bool = True) -> list[Declaration]:
    """Top-level declarations of a token run, each with the tokens of its signature and body.

    `lemma` is not a command of core Lean (Mathlib adds it); with lemma_keyword=False it is read
    as an identifier, so model text cannot use it to cut a definition short.
    """
    keywords = DECLARATION_KEYWORDS if lemma_keyword else DECLARATION_KEYWORDS - {"lemma"}
    found: list[Declaration] = []
    namespaces: list[str | None] = []
    current: dict | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            found.append(Declaration(current["kind"], current["name"], current["declared"], tuple(current["tokens"])))
        current = None

    i = 0
    while i < len(tokens):
        tok = tokens[i]
        word = tok.text if tok.kind == "ident" else None
        if word in keywords:
            close()
            j = i + 1
            if word == "instance" and j + 1 < len(tokens) and tokens[j].text == "(" and tokens[j + 1].text == "priority":
                depth = 0
                while j < len(tokens):
                    depth += {"(": 1, ")": -1}.get(tokens[j].text, 0) if tokens[j].kind == "punct" else 0
                    j += 1
                    if depth == 0:
                        break
            if word == "class" and j < len(tokens) and tokens[j].text in {"inductive", "abbrev"}:
                j += 1
            declared = None
            if word != "example" and j < len(tokens) and tokens[j].kind == "ident":
                declared = tokens[j].text  # `instance : C` and `instance [..] : C` have none
                j += 1
            name = None
            if declared is not None:
                rooted = components(declared)[0] == "_root_"
                name = ".".join([*([] if rooted else [n for n in namespaces if n]), *name_parts(declared)])
            current = {"kind": word, "name": name, "declared": declared, "tokens": []}
            i = j
            continue
        if word in SCOPE_COMMANDS:
            close()
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            named = nxt is not None and nxt.kind == "ident" and nxt.line == tok.line
            if word == "namespace" and named:
                namespaces.extend(name_parts(nxt.text))
            elif word in {"section", "mutual"}:
                namespaces.append(None)  # scopes that add no namespace; `end` closes them too
            elif word == "end":
                for _ in name_parts(nxt.text) if named else (None,):
                    if namespaces:
                        namespaces.pop()
            i += 2 if named and word in {"namespace", "section", "end"} else 1
            continue
        if current is not None:
            current["tokens"].append(tok)
        i += 1
    close()
    return found


def spec_names(template_text: str, entry: str) -> dict[str, str]:
    """Names the template's locked text declares, with their kind (def, theorem, structure, ...).

    The entry function and its theorem `<entry>_spec` are not specification.
    """
    try:
        locked = parse_template(template_text, language_info("lean").comment).locked_text()
    except ValueError:
        locked = template_text
    names: dict[str, str] = {}
    for decl in declarations(tokenize(locked, LEAN).tokens):
        if decl.name is None:
            continue
        if {decl.name, decl.declared} & {entry, f"{entry}_spec"}:
            continue
        names.setdefault(decl.name, decl.kind)
    return names


def _instance_hints(template_text: str, spec: dict[str, str]) -> set[str]:
    """Lower-cased spec names mentioned by the template's unnamed instances.

    Lean names `instance : Decidable (post_x a b)` itself (`instDecidablePost_x`); a code token
    `inst...` containing one of these names is taken to be such an instance.
    """
    try:
        locked = parse_template(template_text, language_info("lean").comment).locked_text()
    except ValueError:
        locked = template_text
    hints: set[str] = set()
    for decl in declarations(tokenize(locked, LEAN).tokens):
        if decl.kind == "instance" and decl.name is None:
            for tok in decl.tokens:
                if tok.kind == "ident" and tok.text in spec and spec[tok.text] not in TYPE_DECLARATIONS:
                    hints.add(tok.text.lower())
    return hints


def refers_to(token: str, name: str, after_dot: bool = False) -> bool:
    """Whether identifier token `token` can denote the declaration `name` (or one of its auxiliary
    declarations such as `name.go`, `name.eq_1`).

    `token` may drop leading namespaces of `name` (written inside the namespace or after `open`);
    a namespaced `name` (`List.sumTo`) is also reached by generalized field notation: `l.sumTo`,
    `l |>.sumTo`.
    """
    t = name_parts(token)
    f = name_parts(name)
    if any(t[:j] == f[-j:] for j in range(1, len(f) + 1)):
        return True
    return len(f) >= 2 and (len(t) >= 2 or after_dot) and t[-1] == f[-1]


@dataclass(frozen=True)
class _Taint:
    kind: str
    spec: str  # the specification name at the root of the chain
    via: tuple[str, ...]  # helper names between (outermost first)


def _after_dot(tokens: list[Token] | tuple[Token, ...], i: int) -> bool:
    if i == 0:
        return False
    prev, tok = tokens[i - 1], tokens[i]
    return prev.kind == "punct" and prev.text == "." and (prev.line, prev.col + 1) == (tok.line, tok.col)


def _first_reference(tokens: tuple[Token, ...] | list[Token], names: dict[str, _Taint],
                     skip: str | None = None) -> tuple[Token, str] | None:
    for i, tok in enumerate(tokens):
        if tok.kind != "ident":
            continue
        dot = _after_dot(tokens, i)
        for name in names:
            if name != skip and refers_to(tok.text, name, dot):
                return tok, name
    return None


def tainted_declarations(regions: list[list[Token]], spec: dict[str, str],
                         roots: dict[str, str] | None = None) -> dict[str, _Taint]:
    """Spec names (types excepted), the model's own `roots` (declarations that are shortcuts by
    themselves, name → kind), and every declaration of the model's regions (one token list per
    region) that mentions one, directly or through another tainted declaration."""
    tainted: dict[str, _Taint] = {name: _Taint(kind, name, ()) for name, kind in spec.items()
                                  if kind not in TYPE_DECLARATIONS}
    tainted.update({name: _Taint(kind, name, ()) for name, kind in (roots or {}).items()})
    decls = [d for tokens in regions for d in declarations(tokens, lemma_keyword=False) if d.name is not None]
    changed = True
    while changed:
        changed = False
        for decl in decls:
            if decl.name in tainted:
                continue
            hit = _first_reference(decl.tokens, tainted, skip=decl.name)
            if hit is not None:
                source = tainted[hit[1]]
                via = (hit[1], *source.via) if hit[1] != source.spec else ()
                tainted[decl.name] = _Taint(decl.kind, source.spec, via)
                changed = True
    return tainted


def _shortcut_message(name: str, taint: _Taint, spec_kind: str) -> str:
    what = "specification theorem" if spec_kind in {"theorem", "lemma"} else "specification function"
    if name == taint.spec:
        return (f"the implementation calls the {what} `{taint.spec}` (declared by the task's locked template); "
                f"it must compute the result itself")
    chain = " → ".join((name, *taint.via, taint.spec))
    helper = "theorem" if taint.kind in {"theorem", "lemma"} else "helper"
    return (f"the implementation uses the {helper} `{name}`, which uses the {what} `{taint.spec}` ({chain}); "
            f"it must compute the result itself (theorems may use the specification, code may not)")


def _root_message(name: str, taint: _Taint, reason: str) -> str:
    if name == taint.spec:
        return f"the implementation uses `{name}`, where: {reason}"
    chain = " → ".join((name, *taint.via, taint.spec))
    return f"the implementation uses `{name}`, which uses `{taint.spec}` ({chain}), where: {reason}"


def split_names(tokens: Sequence[Token]) -> list[Token]:
    """Dotted identifiers cut into their components with `.` between (`l.maximum?.getD` → `l` `.`
    `maximum?` `.` `getD`), so that a library name in the middle of a chain of field accesses is
    seen as the member use it is. Positions stay those of each component."""
    out: list[Token] = []
    for tok in tokens:
        if tok.kind != "ident" or "." not in tok.text.strip("«»"):
            out.append(tok)
            continue
        col = tok.col
        for k, part in enumerate(re.split(r"\.(?![^«]*»)", tok.text)):
            if k:
                out.append(Token("punct", ".", tok.line, col))
                col += 1
            out.append(Token("ident", part, tok.line, col))
            col += len(part)
    return out


def _calls(tokens: Sequence[Token], forbidden: Sequence[str], local: set[str]) -> list[Diagnostic]:
    return shortcuts.forbidden_calls(split_names(tokens), forbidden, local)


def _model_roots(model_regions: list[list[Token]], template_text: str, entry: str,
                 forbidden: Sequence[str]) -> dict[str, tuple[str, str]]:
    """Model declarations that are shortcuts by themselves: a renamed copy of a locked definition,
    or a use of one of the task's forbidden library names. name → (kind, reason)."""
    try:
        locked = parse_template(template_text, language_info("lean").comment).locked_text()
    except ValueError:
        locked = template_text
    locked_tokens = tokenize(locked, LEAN).tokens
    locked_defs = {name: body for name, body in shortcuts.definitions(locked_tokens, "lean").items()
                   if name not in {entry, f"{entry}_spec"}}
    decls = [d for tokens in model_regions for d in declarations(tokens, lemma_keyword=False) if d.name is not None]
    local = {d.name for d in declarations(locked_tokens) if d.name} | {d.name for d in decls if d.name}
    local |= {name_parts(n)[-1] for n in local}
    by_written = {}
    for d in decls:
        by_written.setdefault(d.declared, d)
    roots: dict[str, tuple[str, str]] = {}
    for tokens in model_regions:
        for written, body in shortcuts.definitions(tokens, "lean").items():
            copies = shortcuts.renamed_copies({written: body}, locked_defs)
            decl = by_written.get(written)
            if copies and decl is not None:
                roots[decl.name] = (decl.kind, copies[0].message)
    for decl in decls:
        if decl.name in roots or not forbidden:
            continue
        calls = _calls(decl.tokens, forbidden, local)
        if calls:
            roots[decl.name] = (decl.kind, calls[0].message)
    return roots


def spec_shortcut_audit(source: str, template_text: str, entry: str,
                        forbidden: Sequence[str] = ()) -> list[Diagnostic]:
    """INTEGRITY findings where the `code` region (the entry's body) uses the specification, a
    renamed copy of a locked definition, or one of the task's `forbidden` library names (task.yaml
    `forbidden.lean`), directly or through the model's helpers.

    `source` is the spliced file (its region markers are kept), `template_text` the task's locked
    template, `entry` the entry function's name (task.yaml `entry.lean`). Theorems and proofs may
    use all of these freely; only what the code computes with may not (a theorem the code uses is
    code: the elaborator fills holes from its statement).
    """
    if CODE_REGION not in parse_template(template_text, language_info("lean").comment).region_names:
        return []
    try:
        layout = template_layout(source, template_text)
    except ValueError as exc:
        return [flag(None, f"the file's region markers cannot be read ({exc}); region contents may not contain "
                            f"region marker lines")]
    if layout is None:
        return [flag(None, "the file's locked text or regions differ from the task's template; region contents "
                            "may not contain region marker lines")]
    spec = spec_names(template_text, entry)
    spans, _ = layout
    tokens = tokenize(source, LEAN).tokens
    code_first, code_last = spans[CODE_REGION]
    model_regions = [[t for t in tokens if first <= t.line <= last]
                     for name, (first, last) in spans.items() if name != CODE_REGION]
    code_tokens = [t for t in tokens if code_first <= t.line <= code_last]
    roots = _model_roots(model_regions, template_text, entry, forbidden)
    tainted = tainted_declarations(model_regions, spec, {name: kind for name, (kind, _) in roots.items()})
    hints = _instance_hints(template_text, spec)
    found: list[Diagnostic] = []
    if forbidden:
        local = {n for n in spec} | {name_parts(n)[-1] for n in spec} | {entry}
        local |= {d.name for tokens in model_regions for d in declarations(tokens, lemma_keyword=False) if d.name}
        found += _calls(code_tokens, forbidden, local)
    reported: set[str] = set()
    for i, tok in enumerate(code_tokens):
        if tok.kind != "ident":
            continue
        dot = _after_dot(code_tokens, i)
        name = next((n for n in tainted if refers_to(tok.text, n, dot)), None)
        if name is not None:
            if name not in reported:
                reported.add(name)
                taint = tainted[name]
                if taint.spec in roots:
                    found.append(flag(tok, _root_message(name, taint, roots[taint.spec][1])))
                else:
                    found.append(flag(tok, _shortcut_message(name, taint, spec.get(taint.spec, "def"))))
            continue
        first = name_parts(tok.text)[0]
        if first.startswith("inst") and (hit := next((h for h in sorted(hints) if h in first.lower()), None)):
            if tok.text not in reported:
                reported.add(tok.text)
                found.append(flag(tok, f"the implementation uses `{tok.text}`, the template's instance for the "
                                        f"specification `{hit}`; it must compute the result itself"))
    return found
