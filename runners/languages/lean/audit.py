"""Lean audit of the model-written parts of a file (pure): the command allow-list (commands.py),
`#` commands, `set_option` caps, term-level words that assume instead of prove, and regions whose
last token would attach to the locked declaration after them."""

from __future__ import annotations

from runners.langinfo import language_info
from runners.languages.lean.commands import (
    ALLOWED_HASH_COMMANDS,
    HASH_REASONS,
    audit_commands,
    own_types,
)
from runners.languages.lean.common import components, flag, template_layout
from runners.languages.lean.declarations import declarations
from runners.lexer import LEAN, Token, tokenize
from runners.regions import parse_template
from runners.verdict import Diagnostic

# set_option names a reply may use, with the highest value allowed (None: any value).
MAX_HEARTBEATS = 1_000_000  # 5x Lean's default of 200000
OPTION_CAPS: dict[str, int | None] = {
    "maxHeartbeats": MAX_HEARTBEATS,
    "maxRecDepth": 10_000,
    "synthInstance.maxHeartbeats": 200_000,
    "synthInstance.maxSize": 1_024,
}
OPTION_PREFIXES_ALLOWED = ("linter.", "pp.")

# Term and tactic words that assume instead of prove (a block-list: terms cannot be allow-listed;
# Lean's own `#print axioms` in the check file is the authority, this only saves a run). Matched as
# code tokens, or as one component of a dotted name.
FORBIDDEN_NAMES = {
    "sorry": "`sorry` closes a goal without proof",
    "sorryAx": "`sorryAx` is the axiom behind sorry",
    "admit": "`admit` closes a goal without proof",
    "native_decide": "`native_decide` trusts compiled code (axiom Lean.ofReduceBool)",
    "ofReduceBool": "`Lean.ofReduceBool` trusts compiled code",
    "ofReduceNat": "`Lean.ofReduceNat` trusts compiled code",
    "trustCompiler": "`Lean.trustCompiler` trusts compiled code",
    "unsafe": "`unsafe` code is not checked by the kernel",
    "run_tac": "`run_tac` runs meta code inside a proof",
    "by_elab": "`by_elab` runs meta code inside a term",
}
# Tokens that, ending a region, attach to the locked declaration after it.
DANGLING_MODIFIERS = {"in", "private", "protected", "noncomputable", "partial", "unsafe", "nonrec", "local", "scoped"}


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


def _adjacent(a: Token, b: Token) -> bool:
    return (a.line, a.col + len(a.text)) == (b.line, b.col)


def _audit_words(tokens: list[Token]) -> list[Diagnostic]:
    """Term-level words, `#` commands (an allow-list of their own) and `set_option` caps."""
    found: list[Diagnostic] = []
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok.kind != "ident":
            continue
        if prev is not None and prev.kind == "punct" and prev.text == "#" and _adjacent(prev, tok):
            if tok.text not in ALLOWED_HASH_COMMANDS:
                why = HASH_REASONS.get(tok.text, f"only {', '.join('#' + c for c in sorted(ALLOWED_HASH_COMMANDS))} "
                                                 f"may be used in a model region")
                found.append(flag(prev, f"`#{tok.text}`: {why}"))
            continue
        if tok.text == "native" and ((prev is not None and prev.text == "+" and _adjacent(prev, tok))
                                     or (nxt is not None and nxt.text == ":=")):
            found.append(flag(tok, "`decide +native` trusts compiled code (axiom Lean.ofReduceBool)"))
            continue
        if tok.text == "set_option":
            name = nxt.text if nxt is not None else ""
            value = tokens[i + 2] if i + 2 < len(tokens) else None
            if (problem := _option_problem(name, value)) is not None:
                found.append(flag(tok, problem))
            continue
        hit = next((part for part in components(tok.text) if part in FORBIDDEN_NAMES), None)
        if hit is not None:
            found.append(flag(tok, FORBIDDEN_NAMES[hit]))
    return found


def _dangling(tokens: list[Token]) -> str | None:
    """Why a region's last tokens would attach to the locked declaration after it."""
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


def model_runs(source: str, template_text: str | None) -> list[tuple[str | None, list[Token]]]:
    """The runs of tokens that are not the template's locked text: (region name, its tokens) per
    region, and (None, tokens) for any text appended after the template (the harness's vector checks).

    The locked text is the task author's and is copied byte for byte from the template, so its own
    instances (e.g. `instance : DecidablePred ...` for a sortedness predicate) are not the model's
    doing. When the file is not the template with its regions filled in, the whole file is one run.
    """
    tokens = tokenize(source, LEAN).tokens
    try:
        layout = template_layout(source, template_text) if template_text is not None else None
    except ValueError:
        layout = None
    if layout is None:
        return [(None, tokens)]
    spans, tail_line = layout
    runs: list[tuple[str | None, list[Token]]] = [
        (name, [t for t in tokens if first <= t.line <= last]) for name, (first, last) in spans.items()]
    tail = [t for t in tokens if t.line >= tail_line]
    return runs + ([(None, tail)] if tail else [])


def locked_names(template_text: str | None) -> set[str]:
    """Every name the template's locked text declares."""
    if template_text is None:
        return set()
    try:
        locked = parse_template(template_text, language_info("lean").comment).locked_text()
    except ValueError:
        locked = template_text
    return {d.name for d in declarations(tokenize(locked, LEAN).tokens) if d.name is not None}


def audit_source(source: str, template_text: str | None = None) -> list[Diagnostic]:
    """Constructs outside the allow-lists in a Lean file, matched on code tokens only.

    With the task's `template_text`, only the model-written regions (and text after the template)
    are scanned, each region on its own for scope balance.
    """
    runs = model_runs(source, template_text)
    model_types = own_types([run for _, run in runs])
    protected = locked_names(template_text)
    found: list[Diagnostic] = []
    for region, run in runs:
        found += _audit_words(run)
        found += audit_commands(run, region, protected, model_types)
    if any(region is not None for region, _ in runs):
        ends = {region: run for region, run in runs if region is not None}
    else:
        try:
            ends = {name: tokenize(content, LEAN).tokens
                    for name, content in parse_template(source, language_info("lean").comment).contents().items()}
        except ValueError:
            ends = {}
    for name, tokens in ends.items():
        if (why := _dangling(tokens)) is not None:
            found.append(flag(None, f"region <vc:{name}> {why}"))
    found.sort(key=lambda d: (d.line or 0, d.col or 0))
    return found
