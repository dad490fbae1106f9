"""The authoritative Dafny audit on printed programs (pure; the layouts below are Dafny 2.3's
`/dprint` output as captured from real runs). tests/test_redteam_dafny.py runs the same layer
end to end with the real verifier."""

import pytest

from runners.languages.dafny_printed import audit_printed, read_printed, region_hosts
from runners.taxonomy import Category

TEMPLATE = """\
// Dafny 2.3.0.10506
// Command Line Options: /compile:0 /noVerify /dprint:parsed-program.dfy gcd.dfy
// gcd.dfy

predicate pre_gcd(a: int, b: int)
{
  0 <= a <= 1000000000 &&
  0 <= b <= 1000000000 &&
  a + b > 0
}

predicate post_gcd(a: int, b: int, g: int)
{
  1 <= g &&
  a % g == 0 &&
  b % g == 0 &&
  forall d :: 
    1 <= d <= a + b &&
    a % d == 0 &&
    b % d == 0 ==>
      d <= g
}

method Gcd(a: int, b: int) returns (g: int)
  requires pre_gcd(a, b)
  ensures post_gcd(a, b, g)
{
}
"""

HOSTS = {"Gcd"}


def candidate(helpers: str = "", body: str = "  g := 1;\n", header: str | None = None) -> str:
    head, _, _ = TEMPLATE.partition("method Gcd")
    entry = header or "method Gcd(a: int, b: int) returns (g: int)\n  requires pre_gcd(a, b)\n  ensures post_gcd(a, b, g)\n"
    return head + helpers + entry + "{\n" + body + "}\n"


def messages(text: str) -> list[str]:
    found = audit_printed(text, TEMPLATE, HOSTS)
    assert all(f.category is Category.INTEGRITY for f in found)
    return [f.message for f in found]


def test_an_honest_program_has_no_findings():
    helpers = ("lemma {:induction false} L(n: nat)\n  ensures n >= 0\n  decreases n\n{\n}\n\n"
               "function F(x: int): int\n{\n  x + 1\n}\n\n")
    body = ("  var x := 0;\n  while x < 3\n    invariant 0 <= x <= 3\n  {\n    x := x + 1;\n  }\n"
            "  forall d | 0 <= d < 3\n    ensures d < 3\n  {\n  }\n  var expect := 1;\n"
            "  var s := @\"a\"\"b\";\n  g := 1;\n")
    assert messages(candidate(helpers, body)) == []


@pytest.mark.parametrize("header,what", [
    ("method Gcd(a: int, b: int) returns (g: int)\n  requires pre_gcd(a, b)\n", "ensures dropped"),
    ("method Gcd(a: int, b: int) returns (g: int)\n  requires pre_gcd(a, b)\n  ensures true\n", "ensures replaced"),
    ("method Gcd(a: int, b: int) returns (g: int)\n  requires pre_gcd(a, b) && false\n  ensures post_gcd(a, b, g)\n", "pre strengthened"),
    ("method Gcd(a: int, b: int) returns (g: int)\n  requires pre_gcd(a, b)\n  ensures post_gcd(a, b, g)\n  decreases *\n", "decreases added"),
])
def test_a_changed_entry_contract_is_tampering(header, what):
    found = messages(candidate(header=header))
    assert any("spec tampering" in m and "`Gcd`" in m for m in found), what


def test_a_changed_locked_predicate_is_tampering():
    text = candidate().replace("      d <= g\n", "      true\n")
    assert any("`post_gcd`" in m for m in messages(text))


def test_a_missing_or_duplicated_locked_declaration_is_tampering():
    missing = candidate().replace(TEMPLATE[TEMPLATE.index("predicate post_gcd"):TEMPLATE.index("method Gcd")], "")
    assert any("`post_gcd`" in m and "missing" in m for m in messages(missing))
    twice = candidate(helpers="predicate pre_gcd(a: int, b: int)\n{\n  true\n}\n\n")
    assert any("`pre_gcd`" in m for m in messages(twice))


def test_duplicates_are_left_to_the_verifier_when_it_rejected_the_file():
    twice = candidate(helpers="predicate pre_gcd(a: int, b: int)\n{\n  true\n}\n\n")
    assert audit_printed(twice, TEMPLATE, HOSTS, compare_locked=False) == []


@pytest.mark.parametrize("helpers,body,needle", [
    ("lemma {:axiom} Ax()\n  ensures false\n\n", "", "{:axiom}"),
    ("", "  assume false;\n", "`assume`"),
    ("lemma L()\n  free ensures false\n{\n}\n\n", "", "`free`"),
    ("method {:verify false} V()\n  ensures false\n{\n}\n\n", "", "{:verify}"),
    ("method {:extern} E()\n  ensures false\n\n", "", "{:extern}"),
    ("", "  expect a > 0;\n", "`expect`"),
    ("lemma NoBody()\n  ensures false\n\n", "", "lemma without a body"),
    ("function G(x: int): int\n  ensures G(x) == 5 && G(x) == 6\n\n", "", "function without a body"),
    ("class C {\n  method N()\n    ensures false\n}\n\n", "", "method without a body"),
    ("iterator It() yields (x: int)\n  ensures false\n\n", "", "iterator without a body"),
    ("", "  while g < 3\n    invariant true\n  if g == 1 {\n  }\n", "loop without a body"),
    ("", "  forall d | 0 <= d < 3\n    ensures d < 0\n  g := 1;\n", "forall statement without a body"),
    ("", "  forall d | 0 <= d < 3 && forall k :: k < d ==> k < 3\n    ensures d < 0\n  g := 1;\n",
     "forall statement without a body"),
    ("", "  var x := 0;\n  while true\n    decreases *\n  {\n  }\n", "`decreases *`"),
    ("module M {\n}\n\n", "", "modules"),
    ("import opened M\n\n", "", "`import`"),
    ("method {:timeLimit 100000} T()\n{\n}\n\n", "", "{:timeLimit}"),
    ("lemma {:autocontracts} A()\n{\n}\n\n", "", "{:autocontracts}"),
])
def test_cheats_in_the_model_parts_are_found(helpers, body, needle):
    found = messages(candidate(helpers, body or "  g := 1;\n"))
    assert any(needle in m for m in found), found


def test_quantifier_after_a_let_is_not_a_forall_statement():
    helpers = "predicate Q(s: seq<int>)\n{\n  var n := |s|;\n  forall i :: \n    0 <= i < n ==>\n      s[i] > 0\n}\n\n"
    assert messages(candidate(helpers)) == []


def test_declarations_split_on_column_one():
    program = read_printed(candidate("lemma {:induction false} L(n: nat)\n  ensures n >= 0\n{\n}\n\n"))
    assert [(d.kind, d.name) for d in program.declarations] == [
        ("predicate", "pre_gcd"), ("predicate", "post_gcd"), ("lemma", "L"), ("method", "Gcd")]


def test_verbatim_string_spanning_lines_is_one_token():
    text = candidate(body='  var s := @"x\nmethod Fake()\n{\n}\n";\n  g := 1;\n')
    assert [d.name for d in read_printed(text).declarations][-1] == "Gcd"
    assert messages(text) == []


def test_region_hosts_are_the_declarations_around_regions():
    source = ("predicate P(x: int) { {1} <= {x} }\n// <vc:helpers>\n// </vc:helpers>\n"
              "method {:induction false} M(x: int)\n  requires P(x)\n{\n  // <vc:code>\n  // </vc:code>\n}\n")
    assert region_hosts(source, [3, 8]) == {"M"}
