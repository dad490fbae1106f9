"""Lean 4: render, extract, audit, verifier argv and diagnostics, with an axiom and statement check.

The exit code of `lean` alone is not trusted. The attempt is compiled to an .olean, then a second
file imports it and (1) restates the template's theorem as `example : ∀ <binders>, <type> :=
@<entry>_spec`, elaborated where the attempt's local notations, `open`s and section variables do not
reach, and (2) runs `#print axioms <entry>_spec`; any axiom beyond propext, Classical.choice and
Quot.sound is CHEAT.

Output formats read here (not captured from a real `lean` on this machine; written from Lean's
sources, its PR #3939 for `--json`, and outputs quoted in public projects, see docs/LANGUAGES.md):
  text:  `VcAttempt.lean:12:4: error: unsolved goals` (line 1-based, column 0-based; the message
         continues on the following lines)
  JSON (`lean --json`, Lean >= 4.9): one object per line,
         {"severity":"error","pos":{"line":12,"column":4},"endPos":...,"fileName":"VcAttempt.lean",
          "data":"unsolved goals\n...","caption":"", "kind": ...}
  axioms: `'lowerBound_spec' depends on axioms: [propext, Classical.choice, Quot.sound]`
          `'lowerBound_spec' does not depend on any axioms`
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from runners.langinfo import language_info
from runners.languages.base import Parsed, TemplateLanguage, Toolchain
from runners.lexer import LEAN, Token, tokenize
from runners.regions import parse_template
from runners.taxonomy import Category
from runners.verdict import Diagnostic

if TYPE_CHECKING:
    from runners.tasks import Task

ATTEMPT_MODULE = "VcAttempt"
CHECK_MODULE = "VcCheck"
CHECK_MARKER = "<<vericode: statement and axiom check>>"
STANDARD_AXIOMS = frozenset({"propext", "Classical.choice", "Quot.sound"})
JSON_SINCE = (4, 9)  # `lean --json` (leanprover/lean4 PR #3939, April 2024)

# set_option names a reply may use, with the highest value allowed (None: any value).
MAX_HEARTBEATS = 1_000_000  # 5x Lean's default of 200000
OPTION_CAPS: dict[str, int | None] = {
    "maxHeartbeats": MAX_HEARTBEATS,
    "maxRecDepth": 10_000,
    "synthInstance.maxHeartbeats": 200_000,
    "synthInstance.maxSize": 1_024,
}
OPTION_PREFIXES_ALLOWED = ("linter.", "pp.")

# A cheat wherever it appears as a code token (or as one component of a dotted name).
FORBIDDEN_NAMES = {
    "sorry": "`sorry` closes a goal without proof",
    "sorryAx": "`sorryAx` is the axiom behind sorry",
    "admit": "`admit` closes a goal without proof",
    "axiom": "`axiom` declares an unproven fact",
    "native_decide": "`native_decide` trusts compiled code (axiom Lean.ofReduceBool)",
    "ofReduceBool": "`Lean.ofReduceBool` trusts compiled code",
    "ofReduceNat": "`Lean.ofReduceNat` trusts compiled code",
    "trustCompiler": "`Lean.trustCompiler` trusts compiled code",
    "implemented_by": "`implemented_by` swaps a definition's compiled code",
    "extern": "`extern` declares code the kernel cannot see",
    "csimp": "`@[csimp]` swaps a definition's compiled code",
    "unsafe": "`unsafe` definitions are not checked by the kernel",
    "partial": "`partial` definitions are opaque to proofs and skip termination checking",
}
# Commands that change how later text (the locked statement, or the check file that imports the
# attempt) is parsed or elaborated, or that run meta code at elaboration time.
FORBIDDEN_COMMANDS = {
    "macro": "a macro can change what the locked statement means",
    "macro_rules": "macro rules can change what the locked statement means",
    "syntax": "new syntax can change how the locked statement parses",
    "declare_syntax_cat": "new syntax can change how the locked statement parses",
    "notation": "a notation can change what the locked statement means",
    "infix": "an infix notation can change what the locked statement means",
    "infixl": "an infix notation can change what the locked statement means",
    "infixr": "an infix notation can change what the locked statement means",
    "prefix": "a prefix notation can change what the locked statement means",
    "postfix": "a postfix notation can change what the locked statement means",
    "elab": "an elaborator can change what the locked statement means",
    "elab_rules": "an elaborator can change what the locked statement means",
    "instance": "an instance can change what the locked statement means (e.g. its <, = or Decidable)",
    "default_instance": "a default instance can change what the locked statement means",
    "unif_hint": "a unification hint can change what the statement check accepts",
    "export": "an export alias can make the statement's names resolve elsewhere",
    "prelude": "`prelude` drops Lean's core library",
    "import": "imports are fixed by the template (core Lean only)",
    "variable": "section variables can add hypotheses to the locked theorem",
    "include": "`include` adds section variables to the locked theorem",
    "initialize": "`initialize` runs code at import time",
    "builtin_initialize": "`builtin_initialize` runs code at import time",
    "run_cmd": "`run_cmd` runs meta code that can change the environment",
    "run_elab": "`run_elab` runs meta code that can change the environment",
    "run_meta": "`run_meta` runs meta code that can change the environment",
}
HASH_COMMANDS = {
    "exit": "`#exit` stops checking the rest of the file",
    "eval": "`#eval` runs code that can change the environment",
    "eval!": "`#eval!` runs code that can change the environment",
}
# Tokens that, ending a region, attach to the locked declaration after it.
DANGLING_MODIFIERS = {"in", "private", "protected", "noncomputable", "partial", "unsafe", "nonrec", "local", "scoped"}

CATEGORY_RULES: list[tuple[str, Category]] = [
    ("declaration uses 'sorry'", Category.INTEGRITY),
    ("declaration uses `sorry`", Category.INTEGRITY),
    ("deterministic) timeout", Category.TIMEOUT),
    ("maximum number of heartbeats", Category.TIMEOUT),
    ("maximum recursion depth", Category.TIMEOUT),
    ("timeout", Category.TIMEOUT),
    ("fail to show termination", Category.TERMINATION),
    ("failed to prove termination", Category.TERMINATION),
    ("structural recursion cannot be used", Category.TERMINATION),
    ("cannot use structural recursion", Category.TERMINATION),
    ("termination_by", Category.TERMINATION),
    ("decreasing_by", Category.TERMINATION),
    ("well-founded recursion", Category.TERMINATION),
    ("unexpected token", Category.SYNTAX),
    ("unexpected end of input", Category.SYNTAX),
    ("unterminated comment", Category.SYNTAX),
    ("unterminated string", Category.SYNTAX),
    ("unexpected identifier", Category.SYNTAX),
    ("unknown identifier", Category.TYPE),
    ("unknown constant", Category.TYPE),
    ("unknown namespace", Category.TYPE),
    ("type mismatch", Category.TYPE),
    ("failed to synthesize", Category.TYPE),
    ("function expected", Category.TYPE),
    ("invalid field", Category.TYPE),
    ("ambiguous", Category.TYPE),
    ("has already been declared", Category.TYPE),
    ("unsolved goals", Category.UNSOLVED_GOAL),
    ("failed", Category.UNSOLVED_GOAL),  # linarith/omega/simp/decide/rfl/grind failures
    ("could not prove", Category.UNSOLVED_GOAL),
    ("made no progress", Category.UNSOLVED_GOAL),
    ("no goals", Category.UNSOLVED_GOAL),
]


def categorize(message: str) -> Category:
    low = message.lower()
    first = low.strip().splitlines()[0] if low.strip() else ""
    if first.startswith("expected "):
        return Category.SYNTAX  # the parser's "expected ':=', 'where' or '|'"
    return next((cat for needle, cat in CATEGORY_RULES if needle.lower() in low), Category.OTHER_VERIFICATION)


# ---------------------------------------------------------------------------------------------
# Audit

def _flag(tok: Token | None, message: str) -> Diagnostic:
    return Diagnostic(category=Category.INTEGRITY, source="audit", line=tok.line if tok else None,
                      col=tok.col if tok else None, message=message)


def _components(name: str) -> list[str]:
    return [part.strip("«»") for part in re.split(r"\.(?![^«]*»)", name)]


def _option_problem(name: str, value: Token | None) -> str | None:
    if name.startswith("debug."):
        return f"set_option {name}: debug options can switch kernel or elaborator checks off"
    if name.startswith(OPTION_PREFIXES_ALLOWED):
        return None
    if name not in OPTION_CAPS:
        return f"set_option {name} is not in the allow-list ({', '.join(sorted(OPTION_CAPS))}, linter.*, pp.*)"
    cap = OPTION_CAPS[name]
    if cap is None:
        return None
    if value is None or value.kind != "number":
        return f"set_option {name} needs a plain number"
    digits = value.text.replace("_", "")
    number = int(digits) if digits.isdigit() else -1
    if number == 0 and name.endswith("maxHeartbeats"):
        return f"set_option {name} 0 removes the limit"
    if number < 0 or number > cap:
        return f"set_option {name} {value.text} is above the cap of {cap}"
    return None


def _audit_tokens(tokens: list[Token]) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else None
        if tok.kind != "ident":
            continue
        if prev is not None and prev.text == "#" and prev.kind == "punct" and (prev.line, prev.col + 1) == (tok.line, tok.col):
            if tok.text in HASH_COMMANDS:
                found.append(_flag(prev, HASH_COMMANDS[tok.text]))
            continue
        if tok.text in FORBIDDEN_COMMANDS:
            found.append(_flag(tok, FORBIDDEN_COMMANDS[tok.text]))
            continue
        if tok.text == "set_option":
            name = tokens[i + 1].text if i + 1 < len(tokens) else ""
            value = tokens[i + 2] if i + 2 < len(tokens) else None
            if (problem := _option_problem(name, value)) is not None:
                found.append(_flag(tok, problem))
            continue
        hit = next((part for part in _components(tok.text) if part in FORBIDDEN_NAMES), None)
        if hit is not None:
            found.append(_flag(tok, FORBIDDEN_NAMES[hit]))
    return found


def _dangling(content: str) -> str | None:
    """Why a region's last tokens would attach to the locked declaration after it."""
    tokens = tokenize(content, LEAN).tokens
    if not tokens:
        return None
    last = tokens[-1]
    if last.kind == "ident" and last.text in DANGLING_MODIFIERS:
        return f"ends with `{last.text}`, which would apply to the locked declaration after the region"
    if last.text == "]":
        depth = 0
        for j in range(len(tokens) - 1, -1, -1):
            depth += {"]": 1, "[": -1}.get(tokens[j].text, 0) if tokens[j].kind == "punct" else 0
            if depth == 0:
                if j and tokens[j - 1].text == "@":
                    return "ends with an attribute, which would apply to the locked declaration after the region"
                if j and tokens[j - 1].text == "attribute":
                    return None
                break
    return None


def _model_written(tokens: list[Token], source: str, template_text: str | None) -> list[Token]:
    """The tokens that are not the template's locked text: the regions, and any generated tail.

    The locked text is the task author's and is copied byte for byte from the template, so its own
    instances (e.g. `instance : DecidablePred ...` for a sortedness predicate) are not the model's
    doing. What follows the template (the harness's vector checks) is still scanned. When the file
    is not the template with its regions filled in, every token counts.
    """
    if template_text is None:
        return tokens
    try:
        layout = _template_layout(source, template_text)
    except ValueError:
        return tokens
    if layout is None:
        return tokens
    spans, tail_line = layout
    return [t for t in tokens if t.line >= tail_line or any(first <= t.line <= last for first, last in spans.values())]


def audit_source(source: str, template_text: str | None = None) -> list[Diagnostic]:
    """Forbidden constructs in a Lean file, matched on code tokens only.

    With the task's `template_text`, only the model-written regions are scanned for them.
    """
    found = _audit_tokens(_model_written(tokenize(source, LEAN).tokens, source, template_text))
    try:
        regions = parse_template(source, language_info("lean").comment).contents()
    except ValueError:
        regions = {}
    for name, content in regions.items():
        if (why := _dangling(content)) is not None:
            found.append(_flag(None, f"region <vc:{name}> {why}"))
    found.sort(key=lambda d: (d.line or 0, d.col or 0))
    return found


# ---------------------------------------------------------------------------------------------
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


def _name_parts(name: str) -> tuple[str, ...]:
    parts = _components(name)
    return tuple(parts[1:] if parts and parts[0] == "_root_" else parts)


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
                rooted = _components(declared)[0] == "_root_"
                name = ".".join([*([] if rooted else [n for n in namespaces if n]), *_name_parts(declared)])
            current = {"kind": word, "name": name, "declared": declared, "tokens": []}
            i = j
            continue
        if word in SCOPE_COMMANDS:
            close()
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            named = nxt is not None and nxt.kind == "ident" and nxt.line == tok.line
            if word == "namespace" and named:
                namespaces.extend(_name_parts(nxt.text))
            elif word in {"section", "mutual"}:
                namespaces.append(None)  # scopes that add no namespace; `end` closes them too
            elif word == "end":
                for _ in _name_parts(nxt.text) if named else (None,):
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
    t = _name_parts(token)
    f = _name_parts(name)
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


def tainted_declarations(regions: list[list[Token]], spec: dict[str, str]) -> dict[str, _Taint]:
    """Spec names (types excepted) and every declaration of the model's regions (one token list
    per region) that mentions one, directly or through another tainted declaration."""
    tainted: dict[str, _Taint] = {name: _Taint(kind, name, ()) for name, kind in spec.items()
                                  if kind not in TYPE_DECLARATIONS}
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


def _region_lines(template) -> dict[str, tuple[int, int]]:
    """First and last line (1-based, inclusive) of each region's contents in the file."""
    spans: dict[str, tuple[int, int]] = {}
    line = 1
    for part in template.parts:
        text = part if isinstance(part, str) else part.content
        count = text.count("\n") + (1 if text and not text.endswith("\n") else 0)
        if not isinstance(part, str):
            spans[part.name] = (line, line + count - 1)
        line += count
    return spans


def _template_layout(source: str, template_text: str) -> tuple[dict[str, tuple[int, int]], int] | None:
    """Where the model's regions are in a file made from the template: (each region's first and last
    line, the first line of text appended after the template such as vector checks).

    None when the file's regions or locked text are not the template's; ValueError when its region
    markers cannot be read.
    """
    comment = language_info("lean").comment
    spliced, template = parse_template(source, comment), parse_template(template_text, comment)
    locked, template_locked = spliced.locked_text(), template.locked_text()
    if spliced.region_names != template.region_names or not locked.startswith(template_locked):
        return None
    tail = len(locked) - len(template_locked)
    tail_line = source[:len(source) - tail].count("\n") + 1 if tail else source.count("\n") + 2
    return _region_lines(spliced), tail_line


def _shortcut_message(name: str, taint: _Taint, spec_kind: str) -> str:
    what = "specification theorem" if spec_kind in {"theorem", "lemma"} else "specification function"
    if name == taint.spec:
        return (f"the implementation calls the {what} `{taint.spec}` (declared by the task's locked template); "
                f"it must compute the result itself")
    chain = " → ".join((name, *taint.via, taint.spec))
    helper = "theorem" if taint.kind in {"theorem", "lemma"} else "helper"
    return (f"the implementation uses the {helper} `{name}`, which uses the {what} `{taint.spec}` ({chain}); "
            f"it must compute the result itself (theorems may use the specification, code may not)")


def spec_shortcut_audit(source: str, template_text: str, entry: str) -> list[Diagnostic]:
    """INTEGRITY findings where the `code` region (the entry's body) uses the specification.

    `source` is the spliced file (its region markers are kept), `template_text` the task's locked
    template, `entry` the entry function's name (task.yaml `entry.lean`).
    """
    if CODE_REGION not in parse_template(template_text, language_info("lean").comment).region_names:
        return []
    try:
        layout = _template_layout(source, template_text)
    except ValueError as exc:
        return [_flag(None, f"the file's region markers cannot be read ({exc}); region contents may not contain "
                            f"region marker lines")]
    if layout is None:
        return [_flag(None, "the file's locked text or regions differ from the task's template; region contents "
                            "may not contain region marker lines")]
    spec = spec_names(template_text, entry)
    spans, _ = layout
    tokens = tokenize(source, LEAN).tokens
    code_first, code_last = spans[CODE_REGION]
    model_regions = [[t for t in tokens if first <= t.line <= last]
                     for name, (first, last) in spans.items() if name != CODE_REGION]
    code_tokens = [t for t in tokens if code_first <= t.line <= code_last]
    tainted = tainted_declarations(model_regions, spec)
    hints = _instance_hints(template_text, spec)
    found: list[Diagnostic] = []
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
                found.append(_flag(tok, _shortcut_message(name, taint, spec.get(taint.spec, "def"))))
            continue
        first = _name_parts(tok.text)[0]
        if first.startswith("inst") and (hit := next((h for h in sorted(hints) if h in first.lower()), None)):
            if tok.text not in reported:
                reported.add(tok.text)
                found.append(_flag(tok, f"the implementation uses `{tok.text}`, the template's instance for the "
                                        f"specification `{hit}`; it must compute the result itself"))
    return found


# ---------------------------------------------------------------------------------------------
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


# ---------------------------------------------------------------------------------------------
# Output parsing

@dataclass
class LeanMessage:
    file: str
    line: int
    col: int  # 1-based (Lean prints 0-based columns)
    severity: str  # error | warning | information
    text: str


_TEXT_HEAD = re.compile(r"^(?P<file>[^\s:][^:]*\.lean):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info|information): ?(?P<msg>.*)$")
_AXIOMS = re.compile(r"'(?P<name>[^']+)' (?:depends on axioms: \[(?P<axioms>[^\]]*)\]|does not depend on any axioms)")
_INFRA = re.compile(r"unknown module prefix|object file .* does not exist|failed to read file|"
                    r"INTERNAL PANIC|Stack overflow detected|uncaught exception|file not found", re.I)


def _json_message(line: str) -> LeanMessage | None:
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    if not isinstance(obj, dict) or "severity" not in obj or "data" not in obj:
        return None
    pos = obj.get("pos") or {}
    return LeanMessage(file=str(obj.get("fileName", "")), line=int(pos.get("line", 0)),
                       col=int(pos.get("column", 0)) + 1, severity=str(obj["severity"]), text=str(obj["data"]))


def read_messages(output: str) -> tuple[list[LeanMessage], list[str]]:
    """Messages in either format, and the lines that belong to none."""
    messages: list[LeanMessage] = []
    loose: list[str] = []
    current: LeanMessage | None = None
    for line in output.splitlines():
        if line.startswith("{") and (msg := _json_message(line)) is not None:
            messages.append(msg)
            current = None
        elif (m := _TEXT_HEAD.match(line)) is not None:
            severity = "information" if m.group("sev").startswith("info") else m.group("sev")
            current = LeanMessage(m.group("file"), int(m.group("line")), int(m.group("col")) + 1, severity, m.group("msg"))
            messages.append(current)
        elif current is not None and line.strip() != CHECK_MARKER:
            current.text += "\n" + line
        else:
            loose.append(line)
            current = None
    return messages, loose


def _is_check_file(msg: LeanMessage) -> bool:
    return msg.file.rsplit("/", 1)[-1] == f"{CHECK_MODULE}.lean"


def _axiom_diagnostics(messages: list[LeanMessage]) -> tuple[list[Diagnostic], bool]:
    """INTEGRITY diagnostics for non-standard axioms; and whether an axiom report was seen."""
    found: list[Diagnostic] = []
    seen = False
    for msg in messages:
        for m in _AXIOMS.finditer(msg.text):
            seen = True
            used = [a.strip() for a in (m.group("axioms") or "").split(",") if a.strip()]
            extra = [a for a in used if a not in STANDARD_AXIOMS]
            if extra:
                found.append(Diagnostic(category=Category.INTEGRITY, line=msg.line, col=msg.col,
                                        message=f"'{m.group('name')}' depends on non-standard axioms: {', '.join(extra)}"))
    return found, seen


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def parse_output(output: str) -> Parsed:
    messages, loose = read_messages(output)
    reached_check = any(line.strip() == CHECK_MARKER for line in output.splitlines())
    diagnostics: list[Diagnostic] = []
    infrastructure = next((line.strip() for line in loose if _INFRA.search(line)), None)
    for msg in messages:
        if msg.severity == "information":
            continue
        category = categorize(msg.text)
        if msg.severity == "warning" and category is not Category.INTEGRITY:
            continue  # linter warnings and the like say nothing about correctness
        if _is_check_file(msg):
            if _INFRA.search(msg.text):
                infrastructure = infrastructure or _first_line(msg.text)
                continue
            diagnostics.append(Diagnostic(
                category=Category.INTEGRITY, line=msg.line, col=msg.col, source="verifier",
                message=f"the theorem proved is not the template's statement (statement check: {_first_line(msg.text)})"))
            continue
        diagnostics.append(Diagnostic(category=category, line=msg.line, col=msg.col, message=msg.text.strip()))
    axiom_problems, axioms_seen = _axiom_diagnostics([m for m in messages if _is_check_file(m)])
    diagnostics.extend(axiom_problems)
    errors = sum(1 for m in messages if m.severity == "error")
    sorries = sum(1 for d in diagnostics if "sorry" in d.message and d.category is Category.INTEGRITY)
    summary = {"errors": errors, "sorry_warnings": sorries, "check_reached": int(reached_check),
               "axioms_checked": int(axioms_seen)}
    if not diagnostics and infrastructure is None and reached_check and not axioms_seen:
        infrastructure = "the check file ran but printed no `#print axioms` report"
    return Parsed(diagnostics=diagnostics, summary=summary, infrastructure=infrastructure, clean_output=output)


def lean_version(version: str) -> tuple[int, int]:
    m = re.match(r"(\d+)\.(\d+)", version)
    return (int(m.group(1)), int(m.group(2))) if m else (0, 0)


# ---------------------------------------------------------------------------------------------

class Lean(TemplateLanguage):
    info = language_info("lean")
    syntax = LEAN
    fence_tags = ("lean", "lean4")

    def audit(self, source: str, task: "Task | None" = None) -> list[Diagnostic]:
        found = audit_source(source, task.files("lean").spec_text if task is not None else None)
        if task is not None:
            try:
                self.statement(task)
            except StatementError as exc:
                found.append(Diagnostic(category=Category.INTEGRITY, source="audit",
                                        message=f"task template problem, cannot check the statement: {exc}"))
            found.extend(spec_shortcut_audit(source, task.files("lean").spec_text, task.meta.entry["lean"]))
        return found

    def theorem_name(self, task: "Task") -> str:
        return f"{task.meta.entry['lean']}_spec"

    def statement(self, task: "Task") -> Statement:
        return entry_statement(task.files("lean").spec_text, self.theorem_name(task))

    def verify_files(self, task: "Task", source: str) -> dict[str, str]:
        return {f"{ATTEMPT_MODULE}.lean": source, f"{CHECK_MODULE}.lean": check_source(self.statement(task))}

    def render_int(self, value: int) -> str:
        # Parenthesized so that `f a (-3)` is not read as `f a - 3`.
        return f"({value})" if value < 0 else str(value)

    def render_string(self, value: str) -> str:
        return json.dumps(value, ensure_ascii=False)  # Lean string escapes agree with JSON's for these

    def vector_check_source(self, task: "Task") -> str:
        """Reference + one `example` per fact, proved by `decide`.

        `decide` evaluates a Decidable instance in the kernel. Instance search does not unfold a
        plain `def`, so `decide` alone fails on `pre_x args` unless pre_x is reducible (`abbrev`)
        or has its own instance; the fallback unfolds the predicate with `simp only` first and
        then decides what is left. Everything under it must still be decidable and reduce by
        structural recursion (well-founded recursion does not reduce in the kernel).
        `native_decide` would be faster but adds the axiom Lean.ofReduceBool.
        """
        lines = [task.files("lean").reference_text.rstrip("\n"), "", "-- Generated vector checks"]
        for vector in task.meta.vectors:
            args = " ".join(self.render_value(v) for v in vector.input)
            lines.append(f"example : {task.pre_name} {args} := {self._decide(task.pre_name)}")
            for out in vector.correct:
                outs = " ".join(self.render_value(v) for v in out)
                lines.append(f"example : {task.post_name} {args} {outs} := {self._decide(task.post_name)}")
            for out in vector.wrong:
                outs = " ".join(self.render_value(v) for v in out)
                lines.append(f"example : ¬ {task.post_name} {args} {outs} := {self._decide(task.post_name)}")
        return "\n".join(lines) + "\n"

    @staticmethod
    def _decide(predicate: str) -> str:
        return f"by first | decide | (simp only [{predicate}] <;> decide)"

    def version_command(self) -> list[list[str]]:
        return [["lean", "--version"]]

    def parse_version(self, output: str) -> str:
        # `Lean (version 4.9.0, x86_64-unknown-linux-gnu, commit ..., Release)`
        m = re.search(r"version (\d+\.\d+\.\d+(?:-rc\d+)?)", output)
        return m.group(1) if m else ""

    def command(self, task: "Task", toolchain: Toolchain, time_limit_s: int, nonce: str = "") -> list[str]:
        # Lean has no wall-clock limit of its own; maxHeartbeats (capped by the audit) bounds
        # each declaration, and the sandbox's wall clock bounds the run.
        json_flag = " --json" if lean_version(toolchain.version) >= JSON_SINCE or not toolchain.version else ""
        script = (
            f"lean{json_flag} -o {ATTEMPT_MODULE}.olean {ATTEMPT_MODULE}.lean || exit $?; "
            f"echo '{CHECK_MARKER}'; "
            f'LEAN_PATH="$(lean --print-libdir):$(pwd)" lean{json_flag} {CHECK_MODULE}.lean'
        )
        return ["sh", "-c", script]

    def diagnose(self, output: str, exit_code: int) -> Parsed:
        return parse_output(output)

    def passed(self, parsed: Parsed, exit_code: int) -> bool:
        s = parsed.summary or {}
        return (exit_code == 0 and not parsed.diagnostics and parsed.infrastructure is None
                and s.get("errors", 1) == 0 and s.get("sorry_warnings", 1) == 0
                and s.get("check_reached") == 1 and s.get("axioms_checked") == 1)
