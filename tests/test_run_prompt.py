"""The repair prompt for a real Dafny failure, pinned (defect 10: related locations printed as
`line 15:` with no source text, line numbers referred to a file the model never saw numbered, and
distinct diagnostics on one line were merged)."""

from runners.prompts import repair_prompt, trimmed_diagnostics
from runners.taxonomy import Category
from runners.verdict import Diagnostic, Status, Verdict
from tests.conftest import requires_dafny

WRONG = "```dafny\n// <vc:code>\n  i := 0;\n// </vc:code>\n```"

EXPECTED = """\
The Dafny verifier did not accept your attempt (round 1 of 3).

Result: FAIL (postcondition): A postcondition might not hold on this return path.

Diagnostics; line numbers refer to the file below:
- [postcondition] line 24: A postcondition might not hold on this return path. (BP5003)
      24 | {
    related: line 23: This is the postcondition that might not hold.
      23 |   ensures post_binary_search_lower_bound(a[..], key, i)
    related: line 15
      15 |   (forall k :: i <= k < |a| ==> a[k] >= key)

The file that was graded (your regions spliced into the locked template), with line numbers that are not part of the code:

```text
 1 | predicate sorted_nondecreasing(a: seq<int>)
 2 | {
 3 |   forall i, j :: 0 <= i < j < |a| ==> a[i] <= a[j]
 4 | }
 5 |
 6 | predicate pre_binary_search_lower_bound(a: seq<int>, key: int)
 7 | {
 8 |   sorted_nondecreasing(a)
 9 | }
10 |
11 | predicate post_binary_search_lower_bound(a: seq<int>, key: int, i: int)
12 | {
13 |   0 <= i <= |a| &&
14 |   (forall k :: 0 <= k < i ==> a[k] < key) &&
15 |   (forall k :: i <= k < |a| ==> a[k] >= key)
16 | }
17 |
18 | // <vc:helpers>
19 | // </vc:helpers>
20 |
21 | method LowerBound(a: array<int>, key: int) returns (i: int)
22 |   requires pre_binary_search_lower_bound(a[..], key)
23 |   ensures post_binary_search_lower_bound(a[..], key, i)
24 | {
25 |   // <vc:code>
26 |   i := 0;
27 |   // </vc:code>
28 | }
```

Fix the problem and return the corrected regions, with their marker lines, in one ```dafny code block."""


@requires_dafny
def test_repair_prompt_for_a_real_postcondition_failure_is_pinned(bsearch, local_dafny):
    verdict = local_dafny.grade_response(bsearch, WRONG)
    assert verdict.status is Status.FAIL and verdict.category is Category.POSTCONDITION
    assert repair_prompt(bsearch, "dafny", verdict, 1, 3, verdict.source) == EXPECTED


def _post(related: list[str]) -> Diagnostic:
    return Diagnostic(category=Category.POSTCONDITION, message="A postcondition might not hold on this return path.",
                      line=3, col=0, related=related)


def test_distinct_diagnostics_on_one_line_are_kept_and_exact_repeats_merged():
    source = "method M() returns (r: int)\n  ensures r > 0\n{\n  ensures r < 9\n}\n"
    verdict = Verdict(status=Status.FAIL, category=Category.POSTCONDITION, source=source,
                      diagnostics=[_post(["line 2: This is the postcondition that might not hold."]),
                                   _post(["line 4: This is the postcondition that might not hold."]),
                                   _post(["line 4: This is the postcondition that might not hold."])])
    rendered, omitted = trimmed_diagnostics(verdict, source)
    assert omitted == 0 and len(rendered) == 2
    assert "2 |   ensures r > 0" in rendered[0] and "4 |   ensures r < 9" in rendered[1]


def test_the_run_id_covers_the_prompt_module_as_well_as_the_templates():
    """Issue 8: only *.j2 files were hashed, so changing the trimming constants and resuming fed the
    model a history rendered differently from what it saw."""
    from runners.prompts import template_hashes

    hashes = template_hashes()
    assert {"system.j2", "initial.j2", "repair.j2", "__init__.py"} <= set(hashes)
