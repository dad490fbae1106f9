"""Lean audit of forbidden constructs in the model-written parts of a file (pure)."""

from __future__ import annotations

from runners.langinfo import language_info
from runners.languages.lean.common import components, flag, template_layout
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
                found.append(flag(prev, HASH_COMMANDS[tok.text]))
            continue
        if tok.text in FORBIDDEN_COMMANDS:
            found.append(flag(tok, FORBIDDEN_COMMANDS[tok.text]))
            continue
        if tok.text == "set_option":
            name = tokens[i + 1].text if i + 1 < len(tokens) else ""
            value = tokens[i + 2] if i + 2 < len(tokens) else None
            if (problem := _option_problem(name, value)) is not None:
                found.append(flag(tok, problem))
            continue
        hit = next((part for part in components(tok.text) if part in FORBIDDEN_NAMES), None)
        if hit is not None:
            found.append(flag(tok, FORBIDDEN_NAMES[hit]))
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
        layout = template_layout(source, template_text)
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
            found.append(flag(None, f"region <vc:{name}> {why}"))
    found.sort(key=lambda d: (d.line or 0, d.col or 0))
    return found
