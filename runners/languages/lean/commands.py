"""The command allow-list for model-written Lean (pure).

A model region may hold only the commands of ALLOWED_COMMANDS (declarations of its own helpers and
proofs, scopes it opens and closes itself, options within caps); every other command keyword of
Lean is CHEAT, grouped in classes by what it can do to the graded result:

- syntax extensions (`macro`, `notation`, `infix`, `syntax`, `elab`, ..., in any of their `local` /
  `scoped` forms): they can change how the locked statement parses in the attempt *and* how the
  check file (VcCheck), which imports the attempt, reads the restated statement, so the statement
  check could agree with a statement that means something else. None of them is allowed anywhere in
  a model region, which is what keeps the statement check sound;
- meta code run while the file is elaborated (`run_cmd`, `#eval`, `initialize`, simprocs, ...);
- changes to name resolution or to the environment seen later (`export`, `import`, `include`,
  `unif_hint`, `seal`, ...);
- unproven facts (`axiom`, `opaque`).

Three allowed commands carry conditions:
- `instance` (and `deriving instance`) only for the model's own types: every instance must be keyed
  by a structure, inductive or class the model declared. An instance on existing types (`LE Int`,
  `Membership MyElem (List Int)`, `HAdd Int Int MyType`) could be picked when the locked statement
  is elaborated, in the attempt and in the check file alike. The Decidable classes are the
  exception: an instance of `Decidable p` is `isTrue (h : p)` or `isFalse (h : ¬p)` with a real proof
  (sorry and axioms are caught), and Decidable is a subsingleton, so it decides the same proposition
  whatever its key and cannot change what a statement means;
- `attribute [...]` / `@[...]`: attribute names from ALLOWED_ATTRIBUTES only, and `attribute [...]`
  never on a name the template declares;
- `namespace` / `section` / `mutual` must be closed by `end` in the same region, and `variable`
  only inside such a region-local scope: a scope left open would wrap the locked declarations.
"""

from __future__ import annotations

from runners.languages.lean.common import flag, name_parts
from runners.languages.lean.declarations import TYPE_DECLARATIONS, declarations, refers_to
from runners.lexer import Token
from runners.taxonomy import Category
from runners.verdict import Diagnostic

ALLOWED_COMMANDS = frozenset({
    "def", "theorem", "lemma", "abbrev", "example", "instance", "structure", "inductive", "class",
    "namespace", "section", "end", "mutual", "open", "universe", "set_option", "attribute", "deriving",
    "variable",
})
# Words that may precede a declaration. `partial def` is allowed: Lean compiles it to an opaque
# constant (no axiom), so proofs cannot unfold it; using one makes the proof impossible, not easier.
MODIFIERS = frozenset({"private", "protected", "noncomputable", "partial", "nonrec", "local", "scoped"})

_SYNTAX = "a syntax extension can change how the locked statement (and the check file's restatement) is read"
_META = "runs meta code while the file is elaborated"
FORBIDDEN_COMMANDS: dict[str, str] = {
    **{word: _SYNTAX for word in (
        "macro", "macro_rules", "syntax", "declare_syntax_cat", "notation", "notation3", "infix", "infixl",
        "infixr", "prefix", "postfix", "elab", "elab_rules", "binder_predicate", "binder_notation")},
    **{word: _META for word in (
        "run_cmd", "run_elab", "run_meta", "initialize", "builtin_initialize", "simproc", "dsimproc",
        "simproc_decl", "dsimproc_decl", "builtin_simproc", "builtin_dsimproc", "builtin_simproc_decl",
        "builtin_dsimproc_decl", "register_simp_attr", "register_option", "register_builtin_option",
        "register_label_attr", "register_tactic_tag", "tactic_extension", "declare_config_elab",
        "declare_command_config_elab", "declare_simp_like_tactic", "grind_pattern", "register_parser_alias",
        "register_error_explanation", "add_decl_doc", "gen_injective_theorems", "compile_inductive",
        "init_quot", "recommended_spelling")},
    "export": "an export alias can make the statement's names resolve elsewhere",
    "import": "imports are fixed by the template (core Lean only)",
    "prelude": "`prelude` drops Lean's core library",
    "include": "`include` adds section variables to the declarations after it",
    "omit": "`omit` changes which section variables the declarations after it take",
    "unif_hint": "a unification hint can change what the statement check accepts",
    "seal": "`seal` changes how locked definitions unfold",
    "unseal": "`unseal` changes how locked definitions unfold",
    "axiom": "`axiom` declares an unproven fact",
    "opaque": "`opaque` declares a constant with no definition",
}
# `#` commands: an allow-list of its own (any `#word` is a command).
ALLOWED_HASH_COMMANDS = frozenset({"check"})
HASH_REASONS = {
    "exit": "`#exit` stops checking the rest of the file",
    "eval": "`#eval` runs code that can change the environment",
    "eval!": "`#eval!` runs code that can change the environment",
    "guard_msgs": "`#guard_msgs` hides the messages of the command it wraps",
}

ALLOWED_ATTRIBUTES = frozenset({
    "simp", "reducible", "irreducible", "semireducible", "inline", "noinline", "specialize",
    "induction_eliminator", "cases_eliminator", "elab_as_elim", "match_pattern", "ext", "grind", "refl",
    "symm", "trans", "congr", "norm_cast", "push_cast", "deprecated", "inherit_doc", "simps",
})
ATTRIBUTE_REASONS = {
    "implemented_by": "`implemented_by` swaps a definition's compiled code",
    "extern": "`extern` declares code the kernel cannot see",
    "export": "`export` gives a definition a foreign symbol",
    "csimp": "`csimp` swaps a definition's compiled code",
    "instance": "the `instance` attribute makes a declaration an instance without the instance rule; "
                "use an `instance` command for the model's own types",
    "default_instance": "a default instance can change what the locked statement means",
    "class": "the `class` attribute turns an existing structure into a class",
}

DECIDABLE_CLASSES = frozenset({"Decidable", "DecidablePred", "DecidableRel", "DecidableEq"})
# Classes whose first explicit parameter is an input (never an outParam): an instance whose first
# argument holds one of the model's own types can only be picked for terms of that type. For any
# other class every explicit argument must hold one (outParams are unknown here).
FIRST_ARGUMENT_CLASSES = frozenset({
    "OfNat", "Inhabited", "Nonempty", "Repr", "ToString", "BEq", "Hashable", "LT", "LE", "Ord", "Max", "Min",
    "Add", "Sub", "Mul", "Div", "Mod", "Neg", "Pow", "HAdd", "HSub", "HMul", "HDiv", "HMod", "HPow", "HAppend",
    "Append", "Coe", "CoeTail", "CoeHead", "CoeOut", "CoeSort", "CoeFun", "CoeDep", "EmptyCollection",
    "GetElem", "Functor", "Monad", "Pure", "Bind", "Seq", "SeqLeft", "SeqRight", "Applicative", "Subsingleton",
    "Setoid", "Zero", "One", "Std.ToFormat",
}) | DECIDABLE_CLASSES
# Core type names a model type may not borrow: inside its namespace, `Int` would resolve to both.
CORE_TYPE_NAMES = frozenset({
    "Nat", "Int", "List", "Array", "Bool", "Prop", "String", "Char", "Option", "Fin", "Float", "Prod", "Sum",
    "Unit", "PUnit", "Subtype", "Sigma", "UInt8", "UInt16", "UInt32", "UInt64", "USize", "Type", "Sort",
    "Decidable", "Except", "Id", "True", "False", "And", "Or", "Not", "Eq", "Iff", "Exists",
})
_OPEN = {"(": ")", "[": "]", "{": "}", "⦃": "⦄", "⟨": "⟩"}
_CLOSE = set(_OPEN.values())
_BINDER_ARROWS = {"→", "->", ",", "∀"}


def command_words() -> frozenset[str]:
    """Every command keyword the audit knows: allowed or not."""
    return ALLOWED_COMMANDS | frozenset(FORBIDDEN_COMMANDS)


def _is_word(tok: Token, words) -> bool:
    return tok.kind == "ident" and tok.text in words


def _group_end(tokens: list[Token], i: int) -> int:
    """Index just past the bracket group opened at tokens[i]."""
    depth = 0
    for j in range(i, len(tokens)):
        t = tokens[j]
        if t.kind == "punct" and t.text in _OPEN:
            depth += 1
        elif t.kind == "punct" and t.text in _CLOSE:
            depth -= 1
            if depth == 0:
                return j + 1
    return len(tokens)


# ---------------------------------------------------------------------------------------------
# Attributes

def attribute_names(tokens: list[Token], open_bracket: int) -> tuple[list[Token], int]:
    """The attribute name tokens of `[a, local b args, -c]` opening at tokens[open_bracket], and the
    index just past its `]`."""
    end = _group_end(tokens, open_bracket)
    names: list[Token] = []
    expect_name = True
    depth = 0
    for t in tokens[open_bracket + 1 : end - 1]:
        if t.kind == "punct" and t.text in _OPEN:
            depth += 1
        elif t.kind == "punct" and t.text in _CLOSE:
            depth -= 1
        elif depth == 0 and t.kind == "punct" and t.text == ",":
            expect_name = True
        elif expect_name and depth == 0 and not (t.kind == "punct" and t.text == "-") \
                and not _is_word(t, {"local", "scoped"}):
            names.append(t)
            expect_name = False
    return names, end


def _attribute_problem(name: Token) -> str | None:
    text = name.text
    if text in ALLOWED_ATTRIBUTES:
        return None
    why = ATTRIBUTE_REASONS.get(text, "it is not in the allow-list (" + ", ".join(sorted(ALLOWED_ATTRIBUTES)) + ")")
    return f"attribute `{text}`: {why}"


# ---------------------------------------------------------------------------------------------
# Instances

def _instance_type(tokens: list[Token], i: int) -> list[Token]:
    """The class application of the `instance` at tokens[i]: what follows its depth-0 `:` up to
    `:=`, `where`, `|` or the next command, with leading binders (`∀ x,` / `A →`) dropped."""
    j = i + 1
    if j < len(tokens) and tokens[j].text == "(" and j + 1 < len(tokens) and tokens[j + 1].text == "priority":
        j = _group_end(tokens, j)
    while j < len(tokens) and not (tokens[j].kind == "punct" and tokens[j].text == ":"):
        if tokens[j].kind == "punct" and tokens[j].text in _OPEN:
            j = _group_end(tokens, j)
            continue
        if tokens[j].text in {":=", "where"} or _is_word(tokens[j], command_words() - {"instance"}):
            return []
        j += 1
    found: list[Token] = []
    j += 1
    while j < len(tokens):
        t = tokens[j]
        if t.text in {":=", "where", "|"} or _is_word(t, command_words() | MODIFIERS):
            break
        if t.kind == "punct" and t.text in _OPEN:
            end = _group_end(tokens, j)
            found.extend(tokens[j:end])
            j = end
            continue
        if t.text in _BINDER_ARROWS:
            found = []
        else:
            found.append(t)
        j += 1
    return found


def _arguments(type_tokens: list[Token]) -> tuple[str, list[list[Token]]]:
    """Class name and explicit arguments (each an identifier or a bracket group) of a class application."""
    toks = [t for t in type_tokens if t.text != "@"]
    if not toks or toks[0].kind != "ident":
        return "", []
    args: list[list[Token]] = []
    j = 1
    while j < len(toks):
        if toks[j].kind == "punct" and toks[j].text in _OPEN:
            end = _group_end(toks, j)
            if toks[j].text in {"(", "⟨"}:
                args.append(toks[j:end])
            j = end
            continue
        args.append([toks[j]])
        j += 1
    return toks[0].text, args


def _holds(arg: list[Token], names: set[str]) -> bool:
    return any(t.kind == "ident" and any(refers_to(t.text, n) for n in names) for t in arg)


def instance_problem(type_tokens: list[Token], own_types: set[str]) -> str | None:
    """Why an instance of this class application could change what locked text means, or None."""
    cls, args = _arguments(type_tokens)
    if not cls:
        return "the instance's class cannot be read; instances are allowed only for the model's own types"
    base = ".".join(name_parts(cls)[-1:])
    if base in DECIDABLE_CLASSES:
        return None
    keys = own_types
    if not args:
        return f"an instance of `{cls}` with no argument of the model's own types"
    if base in FIRST_ARGUMENT_CLASSES or cls in FIRST_ARGUMENT_CLASSES:
        if _holds(args[0], keys):
            return None
        return f"an instance of `{cls}` whose first argument is not one of the model's own types"
    if all(_holds(arg, keys) for arg in args):
        return None
    return (f"an instance of `{cls}` with an argument that is not one of the model's own types "
            f"(it could be picked for the locked statement)")


def own_types(runs: list[list[Token]]) -> set[str]:
    """The types (structure, inductive, class) the model declares in its regions; one named like a
    core type is not counted as the model's own."""
    return {decl.name for tokens in runs for decl in declarations(tokens, lemma_keyword=False)
            if decl.name is not None and decl.kind in TYPE_DECLARATIONS
            and name_parts(decl.name)[-1] not in CORE_TYPE_NAMES}


# ---------------------------------------------------------------------------------------------
# The command scan of one model-written run of tokens

def audit_commands(run: list[Token], region: str | None, locked_names: set[str],
                   model_types: set[str]) -> list[Diagnostic]:
    """Commands outside the allow-list, and allowed ones used outside their conditions, in one region
    (`region` None: text that is not a region, such as generated checks after the template)."""
    found: list[Diagnostic] = []
    scopes: list[Token] = []
    i = 0
    while i < len(run):
        tok = run[i]
        nxt = run[i + 1] if i + 1 < len(run) else None
        if tok.kind == "punct" and tok.text == "@" and nxt is not None and nxt.text == "[":
            names, i = attribute_names(run, i + 1)
            found += [flag(n, p) for n in names if (p := _attribute_problem(n)) is not None]
            continue
        if tok.kind != "ident":
            i += 1
            continue
        word = tok.text
        if word in FORBIDDEN_COMMANDS:
            found.append(flag(tok, f"`{word}` is not an allowed command in a model region: {FORBIDDEN_COMMANDS[word]}"))
        elif word == "attribute" and nxt is not None and nxt.text == "[":
            names, j = attribute_names(run, i + 1)
            found += [flag(n, p) for n in names if (p := _attribute_problem(n)) is not None]
            while j < len(run) and run[j].kind == "ident" and run[j].text not in command_words() | MODIFIERS | {"in"}:
                target = run[j]
                if any(refers_to(target.text, n) for n in locked_names):
                    found.append(flag(target, f"`attribute [...] {target.text}`: the template's declarations "
                                              f"may not be given attributes"))
                j += 1
            i = j
            continue
        elif word == "instance" and not (i and run[i - 1].text == "deriving"):
            if (problem := instance_problem(_instance_type(run, i), model_types)) is not None:
                found.append(flag(tok, f"{problem}; instances are allowed only for the model's own types"))
        elif word == "deriving" and nxt is not None and nxt.text == "instance":
            j = i + 2
            while j < len(run) and run[j].text != "for":
                j += 1
            j += 1
            while j < len(run) and (run[j].kind == "ident" or run[j].text == ","):
                t = run[j]
                if t.kind == "ident" and t.line != run[j - 1].line and run[j - 1].text != ",":
                    break
                if t.kind == "ident" and not _holds([t], model_types):
                    found.append(flag(t, f"`deriving instance ... for {t.text}`: instances are allowed only "
                                         f"for the model's own types"))
                j += 1
            i = j
            continue
        elif word in {"namespace", "section", "mutual"}:
            scopes.append(tok)
        elif word == "end":
            if scopes:
                scopes.pop()
            elif region is not None:
                found.append(Diagnostic(category=Category.SYNTAX, source="audit", line=tok.line, col=tok.col,
                                        message=f"region <vc:{region}> has an `end` that closes no scope it opened"))
        elif word == "variable" and not scopes:
            found.append(flag(tok, "`variable` outside a section or namespace opened and closed in the same region "
                                   "would add parameters to the locked declarations"))
        i += 1
    if region is not None:
        for tok in scopes:
            found.append(flag(tok, f"region <vc:{region}> leaves `{tok.text}` open, which would wrap the locked "
                                   f"declarations after it; close it with `end` in the region"))
    return found


__all__ = ["ALLOWED_ATTRIBUTES", "ALLOWED_COMMANDS", "ALLOWED_HASH_COMMANDS", "FORBIDDEN_COMMANDS", "HASH_REASONS",
           "MODIFIERS", "attribute_names", "audit_commands", "command_words", "instance_problem",
           "own_types"]
