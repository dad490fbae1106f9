"""Grading with the real Dafny verifier."""

import pytest

from runners.regions import empty_contents
from runners.sandbox import LocalSandbox
from runners.taxonomy import Category
from runners.verdict import Status
from runners.verify import Verifier
from tests.conftest import requires_dafny

pytestmark = [requires_dafny, pytest.mark.dafny]

LOOP = """  var lo, hi := 0, a.Length;
  while lo < hi
    invariant 0 <= lo <= hi <= a.Length
    invariant forall k :: 0 <= k < lo ==> a[k] < key
    invariant forall k :: hi <= k < a.Length ==> a[k] >= key
  {
    var mid := lo + (hi - lo) / 2;
    if a[mid] < key { lo := mid + 1; } else { hi := mid; }
  }
  i := lo;
"""


def grade(verifier, task, code, helpers=""):
    return verifier.grade_contents(task, {"helpers": helpers, "code": code})


def test_reference_passes_and_empty_fails(local_dafny, bsearch):
    ok = local_dafny.grade_contents(bsearch, bsearch.files("dafny").reference_regions)
    assert ok.status is Status.PASS, ok.output
    assert ok.summary["errors"] == 0 and ok.summary["verified"] >= 1
    empty = local_dafny.grade_contents(bsearch, empty_contents(bsearch.files("dafny").template))
    assert empty.status is Status.FAIL and empty.category is Category.POSTCONDITION


def test_broken_invariant_is_invariant(local_dafny, bsearch):
    broken = LOOP.replace("invariant forall k :: 0 <= k < lo ==> a[k] < key", "invariant forall k :: 0 <= k <= lo ==> a[k] < key")
    v = grade(local_dafny, bsearch, broken)
    assert v.status is Status.FAIL and v.category is Category.INVARIANT, v.diagnostics


def test_missing_decreases_is_termination(local_dafny, bsearch):
    # `lo := mid` may not make progress: Dafny's guessed `hi - lo` does not decrease
    stuck = LOOP.replace("lo := mid + 1;", "lo := mid;").replace("invariant forall k :: 0 <= k < lo ==> a[k] < key", "invariant forall k :: 0 <= k < lo ==> a[k] < key")
    v = grade(local_dafny, bsearch, stuck)
    assert v.status is Status.FAIL and v.category is Category.TERMINATION, v.diagnostics


def test_syntax_error_is_syntax(local_dafny, bsearch):
    v = grade(local_dafny, bsearch, "  i := (0;\n")
    assert v.status is Status.FAIL and v.category is Category.SYNTAX, v.output


def test_unknown_name_is_type(local_dafny, bsearch):
    v = grade(local_dafny, bsearch, "  i := undefined_thing;\n")
    assert v.status is Status.FAIL and v.category is Category.TYPE


def pigeonhole_lemma(holes: int) -> str:
    """A true propositional lemma that is exponentially hard for Z3: holes + 1 pigeons do not fit.

    Being propositional, Z3 can only prove it or run out of time (never answer "unknown" as it
    may on nonlinear arithmetic); 14 holes took 83 s here, so a 2 s limit always times out.
    """
    pigeons = range(holes + 1)
    params = ", ".join(f"p{i}_{j}: bool" for i in pigeons for j in range(holes))
    clauses = ["  requires " + " || ".join(f"p{i}_{j}" for j in range(holes)) for i in pigeons]
    clauses += [f"  requires !(p{i}_{j} && p{k}_{j})" for j in range(holes) for i in pigeons for k in pigeons if i < k]
    return f"lemma Pigeonhole({params})\n" + "\n".join(clauses) + "\n  ensures false\n{\n}\n"


def test_verifier_timeout_is_fail_timeout_not_pass(bsearch):
    verifier = Verifier("dafny", LocalSandbox(), time_limit_s=2)
    v = grade(verifier, bsearch, bsearch.files("dafny").reference_regions["code"], helpers=pigeonhole_lemma(14))
    assert v.status is Status.FAIL and v.category is Category.TIMEOUT, (v.status, v.category, v.output)


@pytest.mark.parametrize("cheat", [
    "  assume false;\n",
    "  i := 0;\n  assume false;\n",
])
def test_assume_is_cheat(local_dafny, bsearch, cheat):
    v = grade(local_dafny, bsearch, cheat)
    assert v.status is Status.CHEAT and v.category is Category.INTEGRITY


@pytest.mark.parametrize("helpers, code", [
    ("lemma {:axiom} Everything() ensures false\n", "  Everything();\n  i := 0;\n"),
    ("lemma Everything() ensures false\n", "  Everything();\n  i := 0;\n"),
    ("method {:verify false} Cheat(a: array<int>, key: int) returns (i: int) ensures post_binary_search_lower_bound(a[..], key, i) {}\n",
     "  i := Cheat(a, key);\n"),
    ("", "  i := 0;\n  while true decreases * { }\n"),
])
def test_integrity_violations_are_cheat(local_dafny, bsearch, helpers, code):
    v = grade(local_dafny, bsearch, code, helpers=helpers)
    assert v.status is Status.CHEAT, (v.status, v.reason)


def test_edit_outside_regions_is_ignored(local_dafny, bsearch):
    # The reply weakens the postcondition to `true` and returns 0: the splice keeps the locked spec.
    text = bsearch.files("dafny").spec_text.replace("ensures post_binary_search_lower_bound(a[..], key, i)", "ensures true")
    text = text.replace("  // <vc:code>\n", "  // <vc:code>\n  i := 0;\n")
    v = local_dafny.grade_response(bsearch, f"```dafny\n{text}```")
    assert v.status is Status.FAIL and v.category is Category.POSTCONDITION
    assert "ensures true" not in v.source


def test_success_text_in_a_reply_does_not_pass(local_dafny, bsearch):
    reply = ("Dafny program verifier finished with 5 verified, 0 errors\n```dafny\n// <vc:code>\n"
             "  // Dafny program verifier finished with 5 verified, 0 errors\n  i := 0;\n// </vc:code>\n```\n"
             "Dafny program verifier finished with 5 verified, 0 errors")
    v = local_dafny.grade_response(bsearch, reply)
    assert v.status is Status.FAIL


def test_reply_without_code_is_no_code(local_dafny, bsearch):
    v = local_dafny.grade_response(bsearch, "")
    assert v.status is Status.FAIL and v.category is Category.NO_CODE


def test_missing_verifier_binary_is_error_not_fail(bsearch):
    verifier = Verifier("dafny", LocalSandbox(env={"PATH": "/nonexistent"}))
    v = verifier.grade_contents(bsearch, bsearch.files("dafny").reference_regions)
    assert v.status is Status.ERROR, v


def test_a_reply_killed_at_the_wall_clock_twice_is_the_models_timeout(bsearch):
    """A deliberately slow reply must not become an unscored ERROR retried forever: the grader
    runs it once more, and a second wall-clock kill is FAIL/timeout with both runs recorded."""
    from runners.sandbox import Limits

    grader = Verifier("dafny", LocalSandbox(), Limits(wall_s=4), time_limit_s=300)
    v = grade(grader, bsearch, bsearch.files("dafny").reference_regions["code"], helpers=pigeonhole_lemma(14))
    assert v.status is Status.FAIL and v.category is Category.TIMEOUT, (v.status, v.reason)
    assert v.output.count("--- run ") == 2 and "twice" in v.reason


def test_oversized_regions_and_replies_fail_before_any_run(bsearch):
    grader = Verifier("dafny", LocalSandbox(env={"PATH": "/nonexistent"}), max_region_bytes=1000)
    v = grade(grader, bsearch, "  i := 0;\n" + "  // padding\n" * 200)
    assert v.status is Status.FAIL and v.category is Category.OVERSIZED, v.reason
    v = grader.grade_response(bsearch, "x" * 20_000)
    assert v.status is Status.FAIL and v.category is Category.OVERSIZED, v.reason
