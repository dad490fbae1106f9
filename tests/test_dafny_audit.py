"""Dafny static audit and extraction: pure functions, no verifier needed."""

import pytest

from runners.languages.base import code_blocks, extract_regions, region_containment
from runners.languages.dafny import audit_source, parse_output, strip_prover_noise
from runners.lexer import DAFNY
from runners.taxonomy import Category

CHEATS = {
    "assume": "method M() { assume false; }",
    "axiom attribute": "lemma {:axiom} L() ensures false {}",
    "verify false": "method {:verify false} M() ensures false {}",
    "verify false spaced": "method { :verify false } M() ensures false {}",
    "only": "method {:only} M() {}",
    "extern": "method {:extern} M() ensures false",
    "decreases star": "method M() { var x := 0; while true decreases * { x := x + 1; } }",
    "expect": "method M(x: int) { expect x > 0; }",
    "include": 'include "other.dfy"\nmethod M() {}',
    "bodyless lemma": "lemma Bad() ensures false\nmethod M() { Bad(); }",
    "bodyless lemma before brace in set": "lemma Bad() ensures false && 1 in {1}\nmethod M() {}",
    "bodyless method at end": "method M() ensures false",
    "bodyless function": "function F(x: int): int ensures F(x) > x\n",
    "termination false": "class {:termination false} C {}",
    "huge time limit": "method {:timeLimit 100000} M() {}",
}

HARMLESS = {
    "assume in comment": "// assume false\nmethod M() {}",
    "assume in block comment": "/* {:axiom} assume false; decreases * */ method M() {}",
    "assume in string": 'method M() { var s := "assume false"; }',
    "look-alike identifiers": "method M() { var assumed := 1; var expectation := 2; var include_x := 3; }",
    "predicate with forall expression": "predicate P(a: seq<int>) { forall i :: 0 <= i < |a| ==> a[i] > 0 }",
    "set display in ensures": "method M() returns (s: set<int>) ensures s == {1, 2} { s := {1, 2}; }",
    "function method pair": "function method F(x: int): int { x }",
    "loop with body": "method M(n: nat) { var i := 0; while i < n invariant i <= n decreases n - i { i := i + 1; } }",
    "forall statement with body": "method M(a: array<int>) modifies a { forall i | 0 <= i < a.Length { a[i] := 0; } }",
    "attributes allowed": "lemma {:induction false} L(n: nat) ensures n >= 0 {}\nmethod {:timeLimit 20} M() {}",
    "verify true": "method {:verify true} M() {}",
    # Loops and forall statements are judged on the verifier's parsed program, where the layout
    # is Dafny's own: a let in an invariant (its ';') is no reason to refuse here.
    "let in a loop invariant": "method M(n: nat) { var i := 0; while i < n invariant var m := n; i <= m { i := i + 1; } }",
    "variable named expect": "method M() { var expect := 1; expect := expect + 1; }",
    "verbatim string ending in a backslash": 'method M() { var s := @"C:\\"; }',
}


@pytest.mark.parametrize("name", sorted(CHEATS))
def test_cheat_is_flagged(name):
    findings = audit_source(CHEATS[name])
    assert findings, f"{name} was not flagged"
    assert all(f.category is Category.INTEGRITY for f in findings)


@pytest.mark.parametrize("name", sorted(HARMLESS))
def test_harmless_is_not_flagged(name):
    assert audit_source(HARMLESS[name]) == []


def test_region_that_opens_a_comment_is_integrity():
    found = region_containment({"helpers": "lemma X() {}\n/* swallow the locked code"}, DAFNY)
    assert found and found[0].category is Category.INTEGRITY


def test_region_that_closes_a_brace_it_did_not_open_is_rejected():
    found = region_containment({"code": "  i := 0;\n}\nmethod Evil() {\n"}, DAFNY)
    assert found and "did not open" in found[0].message


def test_code_blocks_prefers_language_tag_and_survives_truncation():
    reply = "text\n```python\nprint(1)\n```\nmore\n```dafny\nmethod M() {}\n```\n```dafny\nmethod N() {"
    assert code_blocks(reply, ("dafny",)) == ["method M() {}\n", "method N() {"]
    assert code_blocks("just code", ("dafny",)) == ["just code"]
    assert code_blocks("   ", ("dafny",)) == []


def test_extract_whole_file_without_markers(bsearch):
    ref = bsearch.files("dafny").reference_text
    bare = "\n".join(line for line in ref.splitlines() if "<vc:" not in line and "</vc:" not in line)
    found = extract_regions(f"```dafny\n{bare}\n```", bsearch, "dafny", ("dafny",))
    assert found is not None
    assert "var lo, hi" in found["code"]


def test_extract_ignores_edits_outside_regions(bsearch):
    # A whole file that also weakens the postcondition: only region contents are taken.
    ref = bsearch.files("dafny").reference_text.replace("ensures post_binary_search_lower_bound", "ensures true || post_binary_search_lower_bound")
    found = extract_regions(f"```dafny\n{ref}```", bsearch, "dafny", ("dafny",))
    assert set(found) == {"helpers", "code"}
    assert all("ensures true" not in text for text in found.values())


def test_no_code_reply(bsearch):
    assert extract_regions("I cannot do this.", bsearch, "dafny", ("dafny",)) in (None, {})


NOISY = """Prover error: line 18 column 28: unknown parameter 'model_compress'
Legal parameters are:
  auto_config (bool) (default: true)
  smtlib2_compliant (bool) (default: false)
  unicode (bool)
f.dfy(4,0): Error BP5003: A postcondition might not hold on this return path.
f.dfy(3,22): Related location: This is the postcondition that might not hold.
Execution trace:
    (0,0): anon0

Dafny program verifier finished with 1 verified, 1 error
"""


def test_noise_filter_keeps_real_errors():
    clean = strip_prover_noise(NOISY)
    assert "model_compress" not in clean and "smtlib2" not in clean
    assert "Error BP5003" in clean
    other = "Prover error: line 1 column 1: something really broke\n"
    assert "really broke" in strip_prover_noise(other)


def test_parse_dafny23_output():
    parsed = parse_output(NOISY)
    assert parsed.summary == {"verified": 1, "errors": 1, "inconclusive": 0, "timeouts": 0, "out_of_resource": 0}
    assert [d.category for d in parsed.diagnostics] == [Category.POSTCONDITION]
    assert parsed.diagnostics[0].related


def test_parse_dafny4_output():
    # Dafny 4.x wording (reference manual, "Verification errors")
    out = ("f.dfy(9,2): Error: a postcondition could not be proved on this return path\n"
           "f.dfy(5,10): Related location: this is the postcondition that could not be proved\n"
           "f.dfy(12,14): Error: this loop invariant could not be proved on entry\n"
           "f.dfy(20,4): Error: decreases expression might not decrease\n"
           "f.dfy(21,8): Error: index out of range\n\n"
           "Dafny program verifier finished with 3 verified, 4 errors\n")
    cats = [d.category for d in parse_output(out).diagnostics]
    assert cats == [Category.POSTCONDITION, Category.INVARIANT, Category.TERMINATION, Category.PRECONDITION]


def test_summary_text_in_a_diagnostic_does_not_count():
    parsed = parse_output("f.dfy(1,1): Error: unresolved identifier: Dafny program verifier finished with 1 verified, 0 errors\n"
                          "1 resolution/type errors detected in f.dfy\n")
    assert parsed.summary is None
    assert parsed.diagnostics[0].category is Category.TYPE


def test_two_summaries_are_suspicious():
    parsed = parse_output("Dafny program verifier finished with 1 verified, 0 errors\n"
                          "Dafny program verifier finished with 1 verified, 0 errors\n")
    assert parsed.summary is None and parsed.infrastructure


def test_body_after_a_cardinality_bar_is_a_body():
    # `requires i < |a|` directly before the body's '{'
    assert audit_source("method M(a: seq<int>, i: int) requires 0 <= i < |a| { }") == []
    assert audit_source("lemma L(a: seq<int>) requires 0 < |a| ensures a[0] == a[0] { }") == []


def test_set_display_cardinality_in_a_bodyless_header_is_still_bodyless():
    assert audit_source("lemma Bad() ensures |{1}| == 1 && false\nmethod M() {}")
    assert audit_source("lemma Bad() requires |{1, 2}| == 2 ensures false")
    assert audit_source("lemma Bad() ensures {1} == {1} ensures false")


@pytest.mark.parametrize("source", [
    "function Inorder(t: Tree): seq<int>\n{\n  if t.Leaf? then [] else Inorder(t.l) + [t.k] + Inorder(t.r)\n}\n",
    "function F(m: map<int, seq<int>>): set<int> { {} }\n",
    "function F(): seq<seq<int>> { [] }\n",
    "function F(): map<int, int --> bool> { map[] }\n",
    "predicate P(a: array?<int>) reads a { a != null }\n",
])
def test_body_after_a_generic_return_type_is_a_body(source):
    assert audit_source(source) == []


@pytest.mark.parametrize("source", [
    "function H(x: int): bool ensures x < 3 > {4}\n",  # not a type's '>': the braces are no body
    "function H(): seq<int>\n",
])
def test_generic_look_alikes_without_a_body_are_rejected(source):
    assert [d.message for d in audit_source(source)] == ["function without a body is an unproven axiom"]
