"""runners.shortcuts: forbidden library calls and renamed copies of locked definitions, on real
lexer tokens of Lean, Verus (Rust) and Dafny text."""

import pytest

from runners.lexer import DAFNY, LEAN, RUST, tokenize
from runners.shortcuts import definitions, forbidden_calls, renamed_copies
from runners.taxonomy import Category


def lean(text):
    return tokenize(text, LEAN).tokens


def rust(text):
    return tokenize(text, RUST).tokens


def flagged(diags):
    return [(d.line, d.col) for d in diags]


# ---------------------------------------------------------------- forbidden_calls


@pytest.mark.parametrize("code", [
    "def g (a b : Nat) : Nat := Nat.gcd a b",
    "def g (a b : Nat) : Nat := a.gcd b",
    "open Nat in\ndef g (a b : Nat) : Nat := gcd a b",
    "theorem t : g 4 6 = 2 := by simp [Nat.gcd]",
])
def test_lean_gcd_in_any_spelling_is_forbidden(code):
    [d] = forbidden_calls(lean(code), ["Nat.gcd"])
    assert d.category is Category.INTEGRITY and d.source == "audit"
    assert "Nat.gcd" in d.message and d.line is not None


def test_lean_lemma_names_and_comments_and_strings_are_not_calls():
    code = ('-- Nat.gcd would be cheating\n'
            'def g (a b : Nat) : Nat := if b = 0 then a else g b (a % b)\n'
            'theorem t (a b : Nat) : True := by have := Nat.gcd_comm a b; trivial\n'
            'def s : String := "Nat.gcd"')
    assert forbidden_calls(lean(code), ["Nat.gcd"]) == []


def test_lean_own_helper_with_the_bare_name_is_allowed_but_member_use_is_not():
    own = "def gcd : Nat → Nat → Nat\n  | a, 0 => a\n  | a, b + 1 => gcd (b + 1) (a % (b + 1))\ndef h (a b : Nat) := gcd a b"
    assert forbidden_calls(lean(own), ["Nat.gcd"]) == []
    assert len(forbidden_calls(lean(own + "\ndef k (a b : Nat) := a.gcd b"), ["Nat.gcd"])) == 1


def test_lean_power_operator_is_forbidden_alone_and_xor_is_not():
    code = "def p (b e : Nat) : Nat := b ^ e\ndef x (a b : Nat) : Nat := a ^^^ b"
    diags = forbidden_calls(lean(code), ["^", "Nat.pow"])
    assert flagged(diags) == [(1, code.index("^") + 1)]
    assert forbidden_calls(lean("def p (b : Nat) : Nat := Nat.pow b 3"), ["^", "Nat.pow"])
    assert forbidden_calls(lean("def p (b e : Nat) : Nat := b ^ e"), ["Nat.pow"]) == []  # `^` not listed


def test_lean_merge_sort_and_reverse():
    diags = forbidden_calls(lean("def s (l : List Int) := (l.mergeSort (· ≤ ·)).reverse"), ["List.mergeSort"])
    assert len(diags) == 1 and "List.mergeSort" in diags[0].message


@pytest.mark.parametrize("code", [
    "fn f(v: &mut Vec<i64>) { v.sort(); }",
    "fn f(v: &mut Vec<i64>) { v.sort_unstable(); }",
    "fn f(v: &mut [i64]) { <[i64]>::sort(v); }",
    "fn f(v: &mut [i64]) { slice::sort(v); }",
])
def test_rust_sort_family_is_forbidden(code):
    assert len(forbidden_calls(rust(code), ["sort", "sort_unstable", "slice::sort"])) == 1


def test_rust_pow_method_and_path_are_forbidden_own_fn_is_not():
    assert len(forbidden_calls(rust("fn f(b: u64) -> u64 { b.pow(3) + i64::pow(2, 3) as u64 }"), ["pow"])) == 2
    own = "fn pow(b: u64, e: u64) -> u64 { if e == 0 { 1 } else { b * pow(b, e - 1) } }"
    assert forbidden_calls(rust(own), ["pow"]) == []
    # Rust `^` is xor; it is only forbidden when a task lists it.
    assert forbidden_calls(rust("fn f(a: u8) -> u8 { a ^ 1 }"), ["pow"]) == []


def test_rust_names_inside_longer_identifiers_strings_and_comments_do_not_count():
    code = 'fn f() { let sorted = 1; let sort_key = 2; // v.sort()\n let s = "v.sort()"; }'
    assert forbidden_calls(rust(code), ["sort"]) == []


def test_binary_search_and_positions_point_at_the_use():
    code = "fn f(v: &Vec<i64>, k: i64) -> usize {\n    match v.binary_search(&k) { Ok(i) => i, Err(i) => i }\n}"
    [d] = forbidden_calls(rust(code), ["binary_search"])
    assert (d.line, d.col) == (2, 13)


def test_local_names_of_the_template_are_not_the_library_s():
    # The template defines its own `pow` spec function and the entry `insertionSort`.
    code = rust("proof fn l(b: int) ensures pow(b, 0) == 1 { } fn f(x: u64) -> u64 { x.pow(2) }")
    assert len(forbidden_calls(code, ["pow"], local_names={"pow"})) == 1  # only the method call
    code = lean("def insertionSort (l : List Int) : List Int := l.foldr ins []")
    assert forbidden_calls(code, ["List.insertionSort"], local_names={"insertionSort"}) == []


def test_no_names_no_findings():
    assert forbidden_calls(lean("def f := Nat.gcd 4 6"), []) == []


# ---------------------------------------------------------------- renamed_copies

LOCKED_LEAN = """
def fib : Nat → Nat
  | 0 => 0
  | 1 => 1
  | n + 2 => fib n + fib (n + 1)

def pre_fibonacci (n : Nat) : Prop := n ≤ 90
"""


def test_lean_renamed_copy_of_a_spec_function_is_found():
    model = """
def myFib : Nat → Nat
  | 0 => 0
  | 1 => 1
  | k + 2 => myFib k + myFib (k + 1)
"""
    [d] = renamed_copies(definitions(lean(model), "lean"), definitions(lean(LOCKED_LEAN), "lean"))
    assert d.category is Category.INTEGRITY and "myFib" in d.message and "fib" in d.message
    assert d.line == 2


def test_lean_real_implementation_is_not_a_copy():
    model = """
def fibPair : Nat → Nat × Nat
  | 0 => (0, 1)
  | n + 1 => let p := fibPair n; (p.2, p.1 + p.2)
"""
    assert renamed_copies(definitions(lean(model), "lean"), definitions(lean(LOCKED_LEAN), "lean")) == []


def test_renaming_must_be_consistent():
    # `n` would have to become both `k` and `m`: not a renaming.
    model = """
def myFib : Nat → Nat
  | 0 => 0
  | 1 => 1
  | k + 2 => myFib m + myFib (k + 1)
"""
    assert renamed_copies(definitions(lean(model), "lean"), definitions(lean(LOCKED_LEAN), "lean")) == []


def test_changed_constant_or_operator_is_not_a_copy():
    model = """
def myFib : Nat → Nat
  | 0 => 0
  | 1 => 2
  | k + 2 => myFib k + myFib (k + 1)
"""
    assert renamed_copies(definitions(lean(model), "lean"), definitions(lean(LOCKED_LEAN), "lean")) == []


def test_keywords_are_not_renamed_and_short_bodies_are_ignored():
    locked = definitions(lean("def sq (x : Int) : Int := x * x"), "lean")
    assert renamed_copies(definitions(lean("def sq2 (y : Int) : Int := y * y"), "lean"), locked, min_tokens=20) == []
    assert renamed_copies(definitions(lean("def sq2 (y : Int) : Int := y * y"), "lean"), locked, min_tokens=5)
    # `Int` is fixed: the same shape over Nat is a different definition.
    assert renamed_copies(definitions(lean("def sq2 (y : Nat) : Nat := y * y"), "lean"), locked, min_tokens=5) == []


def test_the_template_s_own_definition_is_not_a_copy_of_itself():
    locked = definitions(lean(LOCKED_LEAN), "lean")
    assert renamed_copies(locked, locked) == []


def test_verus_renamed_spec_copy_is_found_and_definitions_stop_at_the_body():
    locked = rust("""
pub open spec fn pow_spec(b: int, e: nat) -> int decreases e {
    if e == 0 { 1 } else { b * pow_spec(b, (e - 1) as nat) }
}
fn main() {}
""")
    model = rust("""
spec fn my_pow(x: int, k: nat) -> int decreases k {
    if k == 0 { 1 } else { x * my_pow(x, (k - 1) as nat) }
}
""")
    defs = definitions(locked, "verus")
    assert set(defs) == {"pow_spec", "main"} and defs["pow_spec"][-1].text == "}"
    [d] = renamed_copies(definitions(model, "verus"), defs)
    assert "my_pow" in d.message


def test_dafny_definitions_and_copy():
    locked = tokenize("function Fib(n: nat): nat decreases n { if n < 2 then n else Fib(n - 1) + Fib(n - 2) }\n"
                      "predicate pre_x(n: int) { n >= 0 }", DAFNY).tokens
    model = tokenize("function F2(k: nat): nat decreases k { if k < 2 then k else F2(k - 1) + F2(k - 2) }", DAFNY).tokens
    assert set(definitions(locked, "dafny")) == {"Fib", "pre_x"}
    assert len(renamed_copies(definitions(model, "dafny"), definitions(locked, "dafny"))) == 1


# ---------------------------------------------------------------- the corpus

from runners.lexer import Syntax  # noqa: E402
from runners.tasks import TaskError, load_task  # noqa: E402
from tests.conftest import TASKS  # noqa: E402

SYNTAX: dict[str, Syntax] = {"dafny": DAFNY, "verus": RUST, "lean": LEAN}


def _corpus():
    """Every task that loads (one that does not fails its own tests in test_tasks.py)."""
    tasks = []
    for d in sorted(p for p in TASKS.iterdir() if (p / "task.yaml").exists()):
        try:
            tasks.append(load_task(d))
        except TaskError:
            continue
    return tasks


def _code_tokens(task, lang):
    """The executable part of the reference's regions: the `code` region, plus Lean `def`s and
    Verus `fn`s other than spec and proof ones (proofs may reason with library facts)."""
    files = task.files(lang)
    regions = files.reference_regions
    text = regions.get("code", "")
    if lang == "lean":
        helpers = tokenize(regions.get("helpers", ""), LEAN).tokens
        defs = definitions(helpers, "lean")
        kinds = {helpers[i + 1].text: t.text for i, t in enumerate(helpers[:-1]) if t.text in ("def", "abbrev", "theorem", "lemma")}
        tokens = tokenize(text, LEAN).tokens + [tok for name, body in defs.items() if kinds.get(name) in ("def", "abbrev")
                                                for tok in body]
    elif lang == "verus":
        helpers = tokenize(regions.get("helpers", ""), RUST).tokens
        ghost = {helpers[i + 2].text for i, t in enumerate(helpers[:-2]) if t.text in ("spec", "proof") and helpers[i + 1].text == "fn"}
        tokens = tokenize(text, RUST).tokens + [tok for name, body in definitions(helpers, "verus").items()
                                                if name not in ghost for tok in body]
    else:
        tokens = tokenize("\n".join(regions.values()), DAFNY).tokens
    locked = definitions(tokenize(files.template.locked_text(), SYNTAX[lang]).tokens, lang)
    return tokens, set(locked)


def test_forbidden_lists_name_real_languages_and_references_respect_them():
    """Every reference is an honest solution: its executable code uses none of its task's
    forbidden shortcuts."""
    bad = {}
    listed = 0
    for task in _corpus():
        for lang, names in task.meta.forbidden.items():
            listed += 1
            tokens, local = _code_tokens(task, lang)
            if found := forbidden_calls(tokens, names, local):
                bad[f"{task.id}/{lang}"] = [d.message for d in found]
    assert listed >= 20 and not bad, bad


# A reference helper that is the locked definition up to names, and why it stays (none now:
# union_find's Lean find was the spec's rootF renamed and is written with its own structure).
KNOWN_COPIES: dict[str, str] = {}


def _executable_defs(tokens, lang):
    """The definitions that can compute: Lean defs/abbrevs, Verus fns other than spec and proof
    ones, Dafny methods (a copy of a ghost definition computes nothing)."""
    defs = definitions(tokens, lang)
    kinds = {}
    for i, t in enumerate(tokens[:-1]):
        if tokens[i + 1].kind != "ident":
            continue
        if lang == "verus" and t.text == "fn":
            kinds[tokens[i + 1].text] = "ghost" if i and tokens[i - 1].text in ("spec", "proof") else "exec"
        elif t.text in ("def", "abbrev", "method"):
            kinds[tokens[i + 1].text] = "exec"
    return {name: body for name, body in defs.items() if kinds.get(name) == "exec"}


def test_no_reference_helper_is_a_renamed_copy_of_its_locked_definitions():
    found_copies = {}
    for task in _corpus():
        for lang in task.languages:
            files = task.files(lang)
            locked = definitions(tokenize(files.template.locked_text(), SYNTAX[lang]).tokens, lang)
            model = _executable_defs(tokenize("\n".join(files.reference_regions.values()), SYNTAX[lang]).tokens, lang)
            for d in renamed_copies(model, locked):
                found_copies[f"{task.id}/{lang}"] = d.message.split("`")[1]
    unexpected = {k: v for k, v in found_copies.items() if KNOWN_COPIES.get(k) != v}
    assert not unexpected, unexpected
