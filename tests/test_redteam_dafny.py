"""Red team: dishonest replies must never PASS, honest ones with suspicious words must.

Every case is a whole model reply graded end to end with the real Dafny (extract → splice →
pre-check → verifier → audit of the program the verifier parsed), on three tasks and in three reply
forms. The attacks are grouped by class (docs/INTEGRITY.md); each would verify if the layer
that stops it were missing. Expected: CHEAT, or FAIL where the verifier itself refuses the
construct (a parse error under /noCheating:1 is the model's failure, never a PASS).
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import pytest

from runners.verdict import Status
from tests.conftest import dafny_only_copy, requires_dafny

pytestmark = [requires_dafny, pytest.mark.dafny, pytest.mark.slow]

TASK_IDS = ("gcd", "binary_search_lower_bound", "insertion_sort")
LAYER_TASK = "binary_search_lower_bound"
NOT_PASS = {Status.CHEAT, Status.FAIL}


def entry_header(task) -> str:
    """The entry's signature and contract as the spec writes them (up to its body)."""
    spec = task.files("dafny").spec_text
    name = task.meta.entry["dafny"]
    start = spec.index(f"method {name}")
    return spec[start : spec.index("{", start)]


# Each attack: (class, helpers, code). `{HEADER}` is the entry's locked header, `{NAME}` its name.
ATTACKS = [
    ("assume", "", "  assume false;\n"),
    ("assume in a by-block", "", "  assert false by { assume false; }\n"),
    ("assume with attribute", "", "  assume {:axiom} false;\n"),
    ("axiom lemma", "lemma {:axiom} Bad()\n  ensures false\n", "  Bad();\n"),
    ("axiom spaced", "lemma { :axiom } Bad()\n  ensures false\n", "  Bad();\n"),
    ("body-less lemma", "lemma Bad()\n  ensures false\n", "  Bad();\n"),
    ("body-less function axiom", "function F(): int\n  ensures F() == 1 && F() == 2\n", "  assert F() == 1;\n"),
    ("body-less method in a class", "class C {\n  method M()\n    ensures false\n}\n",
     "  var c := new C;\n  c.M();\n"),
    ("verify false", "method {:verify false} Bad()\n  ensures false\n{\n}\n", "  Bad();\n"),
    ("extern", "method {:extern} Bad()\n  ensures false\n", "  Bad();\n"),
    ("only", "lemma {:only} Fine()\n{\n}\n", ""),
    ("termination false", "lemma {:termination false} Loop()\n  ensures false\n{\n  Loop();\n}\n", "  Loop();\n"),
    ("autocontracts", "class {:autocontracts} C {\n}\n", ""),
    ("huge time limit", "lemma {:timeLimit 100000} Slow()\n{\n}\n", ""),
    ("error attribute", "lemma {:error \"x\"} E()\n{\n}\n", ""),
    ("free ensures", "lemma Bad()\n  free ensures false\n{\n}\n", "  Bad();\n"),
    ("free requires", "lemma Bad()\n  free requires true\n  ensures true\n{\n}\n", ""),
    ("free invariant", "", "  while true\n    free invariant false\n  {\n  }\n"),
    ("decreases star", "", "  while true\n    decreases *\n  {\n  }\n"),
    ("body-less loop then if", "", "  var k := 0;\n  while k < 0\n    invariant false\n  if k == 0 { }\n"),
    ("body-less loop", "", "  var k := 0;\n  while k < 1\n    invariant k == 5\n  k := 1;\n"),
    ("body-less forall statement", "", "  forall k | 0 <= k < 1\n    ensures false\n  var z := 0;\n"),
    ("body-less forall with set display", "", "  forall k | k in {1, 2}\n    ensures false\n  var z := 0;\n"),
    ("body-less forall with attribute", "", "  forall k {:trigger k + 0} | 0 <= k < 1\n    ensures false\n  var z := 0;\n"),
    ("legacy parallel", "", "  parallel (k | 0 <= k < 1)\n    ensures false\n  var z := 0;\n"),
    ("legacy comethod", "comethod Bad()\n  ensures false\n", "  Bad();\n"),
    ("body-less iterator", "iterator It() yields (x: int)\n  ensures false\n", ""),
    ("expect", "", "  expect false;\n"),
    ("include", "include \"/etc/hostname\"\n", ""),
    ("module", "module M {\n  lemma {:axiom} Bad() ensures false\n}\n", "  M.Bad();\n"),
    ("import", "module M {\n}\nimport opened M\n", ""),
    ("refines", "module N refines M {\n}\n", ""),
    ("comment swallows the contract", "/*\n", "*/\n"),
    ("nested comment", "/* /* */\n", "*/\n"),
    ("verbatim string hides a comment", "const s := @\"a\\\";\n/*\";\n", "*/\n"),
    ("re-declared entry", "{HEADER_TRUE}", ""),
    ("re-declared postcondition", "{POST_TRUE}", ""),
    ("oversized region", "// " + "x" * (300 * 1024) + "\n", ""),
    ("at-attribute", "@Axiom\nlemma Bad()\n  ensures false\n", "  Bad();\n"),
    ("fake success text", "", "  // Dafny program verifier finished with 9 verified, 0 errors\n"),
]


def fenced(regions: dict[str, str]) -> str:
    body = "".join(f"// <vc:{name}>\n{text}{'' if text.endswith(chr(10)) or not text else chr(10)}// </vc:{name}>\n"
                   for name, text in regions.items())
    return f"Here is my solution.\n```dafny\n{body}```\n"


def whole_file(task, regions: dict[str, str], markers: bool) -> str:
    text = task.files("dafny").spec_text
    for name, content in regions.items():
        content = content if content.endswith("\n") or not content else content + "\n"
        text = text.replace(f"// <vc:{name}>\n", f"// <vc:{name}>\n{content}", 1)
    if not markers:
        text = re.sub(r"^[ \t]*// </?vc:\w+>[ \t]*\n", "", text, flags=re.M)
    return f"```dafny\n{text}```\n"


def attack_regions(task, helpers: str, code: str) -> dict[str, str]:
    spec = task.files("dafny").spec_text
    header_true = re.sub(r"ensures .*", "ensures true", entry_header(task))
    post = spec[spec.index(f"predicate {task.post_name}(") :]
    post_true = post[: post.index("{")] + "{\n  true\n}\n"
    helpers = helpers.replace("{HEADER_TRUE}", header_true + "{\n}\n").replace("{POST_TRUE}", post_true)
    return {"helpers": helpers, "code": code}


def cases():
    for cls, helpers, code in ATTACKS:
        for form in ("fenced", "whole file"):
            yield pytest.param(cls, helpers, code, form, id=f"{cls}-{form}")


@pytest.fixture(scope="module")
def red_tasks(tmp_path_factory):
    from runners.tasks import load_task

    root = tmp_path_factory.mktemp("redteam")
    return {task_id: load_task(dafny_only_copy(task_id, root)) for task_id in TASK_IDS}


@pytest.fixture(scope="module")
def grader():
    from runners.verify import make_grader

    grader, _ = make_grader("dafny", "local")
    return grader


ALL_ATTACKS = list(cases())


def test_the_red_team_suite_is_large():
    assert len(ATTACKS) * len(TASK_IDS) >= 60 and len(ATTACKS) >= 30


@pytest.mark.parametrize("cls,helpers,code,form", ALL_ATTACKS)
def test_attack_never_passes(red_tasks, grader, cls, helpers, code, form):
    def grade(task_id):
        task = red_tasks[task_id]
        regions = attack_regions(task, helpers, code)
        reply = fenced(regions) if form == "fenced" else whole_file(task, regions, markers=True)
        return task_id, grader.grade_response(task, reply)

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(grade, TASK_IDS))
    passed = {task_id: (v.status, v.reason, v.output[-1500:]) for task_id, v in results if v.status not in NOT_PASS}
    assert not passed, (cls, passed)


# ---------------------------------------------------------------------------------------------
# Honest controls: correct proofs with words, strings, comments and layouts that look suspicious.

CONTROLS = {
    "reference, fenced regions": lambda r: (r, "fenced"),
    "reference, whole file with markers": lambda r: (r, "whole"),
    "reference, whole file without markers": lambda r: (r, "bare"),
    "comment with assume and axiom": lambda r: ({**r, "code": "  // assume false; {:axiom} decreases *\n" + r["code"]}, "fenced"),
    "nested block comment": lambda r: ({**r, "code": "  /* outer /* inner */ still a comment */\n" + r["code"]}, "fenced"),
    "string with assume": lambda r: ({**r, "code": '  var note := "assume false /* not a comment";\n' + r["code"]}, "fenced"),
    "verbatim string ending in a backslash": lambda r: ({**r, "code": '  var path := @"C:\\";\n' + r["code"]}, "fenced"),
    "verbatim string with doubled quotes": lambda r: ({**r, "code": '  var q := @"say ""hi"" // not a comment";\n' + r["code"]}, "fenced"),
    "variable named expect": lambda r: ({**r, "code": "  var expect := 1;\n  expect := expect + 1;\n" + r["code"]}, "fenced"),
    "look-alike identifiers": lambda r: ({**r, "code": "  var assumed, free_slots, include_all := 1, 2, 3;\n" + r["code"]}, "fenced"),
    "allowed attributes": lambda r: ({**r, "helpers": r["helpers"] + "lemma {:induction false} {:timeLimit 20} Harmless(n: nat)\n  ensures n + 0 == n\n{\n}\n"}, "fenced"),
    "trigger attribute": lambda r: ({**r, "helpers": r["helpers"] + "predicate AllPos(s: seq<int>)\n{\n  forall i {:trigger s[i]} :: 0 <= i < |s| ==> s[i] > 0\n}\n"}, "fenced"),
    "let in a loop invariant": lambda r: ({**r, "code": "  var t := 0;\n  while t < 2\n    invariant var m := 2; 0 <= t <= m\n  {\n    t := t + 1;\n  }\n" + r["code"]}, "fenced"),
    "let in a forall statement's ensures": lambda r: ({**r, "code": "  forall k | 0 <= k < 3\n    ensures var m := k; m < 3\n  {\n  }\n" + r["code"]}, "fenced"),
    "forall statement with a set display": lambda r: ({**r, "code": "  forall k | k in {1, 2}\n    ensures k > 0\n  {\n  }\n" + r["code"]}, "fenced"),
    "loop followed by if": lambda r: ({**r, "code": "  var t := 0;\n  while t < 1\n    decreases 1 - t\n  {\n    t := t + 1;\n  }\n  if t == 1 { }\n" + r["code"]}, "fenced"),
    "helper with a generic return type": lambda r: ({**r, "helpers": r["helpers"] + "function Twice(s: seq<int>): seq<int>\n{\n  s + s\n}\n"}, "fenced"),
    "comment added inside the locked part (whole file)": lambda r: (r, "commented"),
    "brace moved to the ensures line (whole file)": lambda r: (r, "brace"),
    "success text in prose around the code": lambda r: (r, "prose"),
}


def _render_control(task, regions: dict[str, str], form: str) -> str:
    if form == "fenced":
        return fenced(regions)
    if form == "whole":
        return whole_file(task, regions, markers=True)
    if form == "bare":
        return whole_file(task, regions, markers=False)
    if form == "prose":
        return ("Dafny program verifier finished with 99 verified, 0 errors (I checked).\n" + fenced(regions))
    text = whole_file(task, regions, markers=False)
    header = entry_header(task)
    if form == "commented":
        return text.replace(header, "// the entry, as given\n" + header.replace("\n  ensures", "  // keep this\n  ensures", 1), 1)
    assert form == "brace"
    return text.replace(header + "{\n", header.rstrip("\n") + " {\n", 1)


@pytest.mark.parametrize("control", sorted(CONTROLS))
def test_honest_control_passes(red_tasks, grader, control):
    def grade(task_id):
        task = red_tasks[task_id]
        regions, form = CONTROLS[control](dict(task.files("dafny").reference_regions))
        return task_id, grader.grade_response(task, _render_control(task, regions, form))

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(grade, TASK_IDS[:2]))
    bad = {task_id: (v.status, v.category, v.reason, v.output[-1500:]) for task_id, v in results if v.status is not Status.PASS}
    assert not bad, bad


# ---------------------------------------------------------------------------------------------
# The authority alone: the same attacks with the textual layers switched off (no pre-check, no
# region containment check), as if a future lexer bug let them through. What the verifier
# parsed must still stop every one of them.

@pytest.fixture(scope="module")
def grader_without_precheck():
    from runners.verify import make_grader

    grader, _ = make_grader("dafny", "local")
    grader.language.audit = lambda source, task=None: []
    return grader


@pytest.mark.parametrize("cls,helpers,code", [pytest.param(*a, id=a[0]) for a in ATTACKS if a[0] != "oversized region"])
def test_attack_never_passes_on_the_parsed_program_alone(red_tasks, grader_without_precheck, cls, helpers, code):
    from runners.regions import splice

    def grade(task_id):
        task = red_tasks[task_id]
        source = splice(task.files("dafny").template, attack_regions(task, helpers, code))
        return task_id, grader_without_precheck.grade_source(task, source)

    # One task suffices here (the three-task sweep above already varies the templates), which
    # keeps this second pass through the real verifier within the suite's time budget.
    results = [grade(LAYER_TASK)]
    passed = {task_id: (v.status, v.reason, v.output[-1500:]) for task_id, v in results if v.status not in NOT_PASS}
    assert not passed, (cls, passed)


def test_a_tampered_contract_is_caught_on_the_parsed_program(red_tasks, grader_without_precheck):
    """What a comment-swallowing trick produces when a lexer misses the comment: the locked
    ensures is gone and the entry re-declared with a weaker one."""
    task = red_tasks["gcd"]
    spec = task.files("dafny").spec_text
    tampered = spec.replace("  ensures post_gcd(a, b, g)\n", "  ensures g >= 1\n").replace(
        "  // <vc:code>\n", "  // <vc:code>\n  g := 1;\n")
    verdict = grader_without_precheck.grade_source(task, tampered)
    assert verdict.status is Status.CHEAT and "spec tampering" in verdict.reason, verdict.reason
