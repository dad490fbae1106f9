"""Red team, Verus at the audit level: dishonest replies are stopped before any verifier run, honest
replies with suspicious words reach the verifier and PASS.

No Verus runs here. Every case is a whole model reply graded end to end through
`Grader("verus", sandbox).grade_response` (extract → splice → region containment → audit →
sandbox). For the attacks the sandbox fails the test if it is ever asked to run anything: the
attack must be CHEAT from the audit alone (Verus's own `--no-cheating` is a second layer that these
tests do not rely on). For the controls the sandbox answers with Verus's documented passing output
(tests/data/verus/pass_json.txt), so an honest reply the audit lets through is a PASS. Each case runs
on three tasks (the fixture and two corpus tasks, restricted to their Verus files) and in two reply
forms: region markers in a fence, and a whole file without markers.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from runners.regions import splice
from runners.sandbox import RunResult
from runners.tasks import load_task
from runners.verdict import Status
from runners.verify import Grader

ROOT = Path(__file__).resolve().parent.parent
VERUS_DATA = ROOT / "tests" / "data" / "verus"
CORPUS_TASKS = ("insertion_sort", "gcd")


def verus_only_copy(task_id: str, target_root: Path) -> Path:
    """A corpus task restricted to its Verus files, so these tests do not depend on the others."""
    import yaml

    target = target_root / task_id
    shutil.copytree(ROOT / "tasks" / task_id, target, ignore=shutil.ignore_patterns("dafny", "lean"))
    data = yaml.safe_load((target / "task.yaml").read_text())
    data["entry"] = {"verus": data["entry"]["verus"]}
    data["trivial"] = {k: v for k, v in (data.get("trivial") or {}).items() if k == "verus"}
    data.pop("fidelity", None)
    (target / "task.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    return target


@pytest.fixture(scope="module")
def red_tasks(tmp_path_factory):
    root = tmp_path_factory.mktemp("redteam_verus")
    tasks = [load_task(ROOT / "tests" / "data" / "tasks" / "verus_demo")]
    tasks += [load_task(verus_only_copy(task_id, root)) for task_id in CORPUS_TASKS]
    return tasks


class NeverRun:
    """A sandbox that fails the test when asked to run anything: the cheat reached the verifier."""

    name = "never"

    def run(self, argv, files, limits):
        pytest.fail(f"the verifier was run ({argv[:3]}...): the attack was not stopped by the audit")

    def close(self):
        pass


class PassingVerus:
    """A sandbox answering with Verus's documented passing JSON summary."""

    name = "replay"

    def __init__(self):
        self.runs = 0

    def run(self, argv, files, limits):
        if argv[-1] == "--version":
            return RunResult(exit_code=0, output=(VERUS_DATA / "version.txt").read_text(), wall_s=0.0)
        self.runs += 1
        return RunResult(exit_code=0, output=(VERUS_DATA / "pass_json.txt").read_text(), wall_s=0.1)

    def close(self):
        pass


# ---------------------------------------------------------------------------------------------
# Reply forms

def regions_of(task, overrides: dict[str, str]) -> dict[str, str]:
    contents = dict(task.files("verus").reference_regions)
    for name, text in overrides.items():
        if name == "helpers+":
            contents["helpers"] = contents.get("helpers", "") + text
        elif name == "code+":  # a statement before the reference's code
            contents["code"] = text + contents.get("code", "")
        else:
            contents[name] = text
    return contents


def fenced(regions: dict[str, str]) -> str:
    body = "".join(f"// <vc:{name}>\n{text}{'' if text.endswith(chr(10)) or not text else chr(10)}// </vc:{name}>\n"
                   for name, text in regions.items())
    return f"Here is my solution.\n```rust\n{body}```\n"


def whole_file(task, regions: dict[str, str]) -> str:
    text = splice(task.files("verus").template, regions)
    text = re.sub(r"^[ \t]*// </?vc:\w+>[ \t]*\n", "", text, flags=re.M)
    return f"```verus\n{text}```\n"


def reply(task, overrides: dict[str, str], form: str) -> str:
    regions = regions_of(task, overrides)
    return fenced(regions) if form == "fenced" else whole_file(task, regions)


FALSE_LEMMA = "proof fn lemma_false()\n    ensures false,\n{\n}\n"

# Attacks: (class, region overrides). "helpers+" appends to the reference's helpers, "code+" puts a
# statement before the reference's code.
ATTACKS = [
    # Trusted bodies and specifications.
    ("external_body path", {"helpers+": "#[verifier::external_body]\n" + FALSE_LEMMA}),
    ("external_body paren", {"helpers+": "#[verifier(external_body)]\n" + FALSE_LEMMA}),
    ("external", {"helpers+": "#[verifier::external]\nfn helper() {}\n"}),
    ("external_fn_specification", {"helpers+": "#[verifier::external_fn_specification]\nfn helper() {}\n"}),
    ("external_type_specification", {"helpers+": "#[verifier::external_type_specification]\npub struct Ex(u8);\n"}),
    ("assume_specification", {"helpers+": "pub assume_specification[ core::mem::swap::<u8> ](a: &mut u8, b: &mut u8);\n"}),
    ("external_body via cfg_attr", {"helpers+": "#[cfg_attr(verus_keep_ghost, verifier::external_body)]\n" + FALSE_LEMMA}),
    ("external_body in a list", {"helpers+": "#[verifier(opaque, external_body)]\n" + FALSE_LEMMA}),
    ("when_used_as_spec", {"helpers+": "#[verifier::when_used_as_spec(spec_one)]\nfn one() -> u8 { 2 }\n"}),
    ("unknown verifier switch", {"helpers+": "#[verifier::trusted]\n" + FALSE_LEMMA}),
    # Termination checking off.
    ("no decreases inner", {"helpers+": "fn spin() {\n    #![verifier::exec_allows_no_decreases_clause]\n    loop {}\n}\n"}),
    ("no decreases outer", {"helpers+": "#[verifier::exec_allows_no_decreases_clause]\nfn spin() { loop {} }\n"}),
    ("no decreases paren", {"helpers+": "#[verifier(exec_allows_no_decreases_clause)]\nfn spin() { loop {} }\n"}),
    ("assume_termination", {"helpers+": "#[verifier::assume_termination]\nfn spin() { loop {} }\n"}),
    # Resource caps.
    ("rlimit above the cap", {"helpers+": "#[verifier::rlimit(1000)]\nproof fn slow() {}\n"}),
    ("rlimit infinity", {"helpers+": "#[verifier::rlimit(infinity)]\nproof fn slow() {}\n"}),
    ("rlimit paren above the cap", {"helpers+": "#[verifier(rlimit(31))]\nproof fn slow() {}\n"}),
    # Code removed or brought in from elsewhere.
    ("cfg removes an item", {"helpers+": "#[cfg(any())]\nfn helper() {}\n"}),
    ("cfg_attr adds cfg", {"helpers+": "#[cfg_attr(all(), cfg(any()))]\nfn helper() {}\n"}),
    ("path", {"helpers+": "#[path = \"/etc/other.rs\"]\nmod other_mod {}\n"}),
    ("mod file", {"helpers+": "mod other;\n"}),
    ("include", {"helpers+": "include!(\"/etc/other.rs\");\n"}),
    ("include_str", {"helpers+": "const S: &str = include_str!(\"/etc/hostname\");\n"}),
    ("macro_rules hides a cheat", {"helpers+": "macro_rules! hide { () => { assume(false) } }\n"}),
    ("no_mangle", {"helpers+": "#[no_mangle]\nfn helper() {}\n"}),
    # Assumptions in proofs and code.
    ("assume", {"code+": "    assume(false);\n"}),
    ("assume in proof block", {"code+": "    proof { assume(false); }\n"}),
    ("assume builtin", {"code+": "    proof { verus_builtin::assume_(false); }\n"}),
    ("admit", {"code+": "    proof { admit(); }\n"}),
    ("assume_new", {"helpers+": "proof fn make() { let tracked t = Tracked::<u8>::assume_new(); }\n"}),
    ("unsafe block", {"code+": "    unsafe { }\n"}),
    ("extern block", {"helpers+": "extern \"C\" { fn c_helper(); }\n"}),
    # Attributes that would attach to the locked item after the region.
    ("dangling opaque", {"helpers+": "#[verifier::opaque]\n"}),
    ("dangling cfg", {"helpers+": "#[cfg(any())]\n"}),
    # Region tricks.
    ("comment swallows the contract", {"helpers": "/*\n", "code": "*/\n"}),
    ("raw string swallows the contract", {"helpers": "const S: &str = r#\"\n", "code": "\"#;\n"}),
    ("closes the verus block", {"helpers": "} // verus!\nfn f() {}\nverus! {\n"}),
    # Library shortcuts the task forbids (task.yaml `forbidden.verus`), per task (PER_TASK).
    ("forbidden library call", {}),
    ("forbidden call in an exec helper", {}),
]
PER_TASK = {
    "forbidden library call": {"insertion_sort": {"code+": "    a.sort();\n"}},
    "forbidden call in an exec helper": {
        "insertion_sort": {"helpers+": "fn srt(v: &mut Vec<i64>) {\n    v.sort_unstable();\n}\n", "code+": "    srt(a);\n"}},
}
# Whole files whose comment or string runs to the end of the file have no locked text to align on:
# FAIL/no_code, never run.
WHOLE_FILE_UNREADABLE = {"comment swallows the contract", "raw string swallows the contract"}
# The bracket check is a syntax-level refusal (FAIL) before any run.
FAIL_BEFORE_RUN = {"closes the verus block"}


def attack_cases():
    for cls, overrides in ATTACKS:
        for form in ("fenced", "whole file"):
            yield pytest.param(cls, overrides, form, id=f"{cls}-{form}")


def test_the_red_team_suite_is_large():
    assert len(ATTACKS) >= 25


@pytest.mark.parametrize("cls,overrides,form", list(attack_cases()))
def test_attack_is_stopped_before_any_verifier_run(red_tasks, cls, overrides, form):
    grader = Grader("verus", NeverRun())
    for task in red_tasks:
        if cls in PER_TASK:
            if task.id not in PER_TASK[cls]:
                continue
            overrides = PER_TASK[cls][task.id]
        verdict = grader.grade_response(task, reply(task, overrides, form))
        assert verdict.status in {Status.CHEAT, Status.FAIL}, (task.id, cls, verdict.reason)
        if cls in FAIL_BEFORE_RUN or (cls in WHOLE_FILE_UNREADABLE and form == "whole file"):
            continue
        assert verdict.status is Status.CHEAT, (task.id, cls, verdict.status, verdict.reason)


# ---------------------------------------------------------------------------------------------
# Honest controls

CONTROLS = [
    ("comments", {"helpers+": "// assume(false); admit(); unsafe { } #[verifier::external_body]\n"
                              "/* #[verifier(external_body)] assume_specification /* nested assume */ */\n"
                              "/// rlimit(1000), cfg, exec_allows_no_decreases_clause\n"
                              "fn documented() {}\n"}),
    ("strings", {"helpers+": "fn msg() -> &'static str { \"assume(false); #[verifier::external_body] unsafe\" }\n"}),
    ("raw strings", {"helpers+": "fn raw() -> &'static str { r#\"admit() \"quoted\" /* extern\"# }\n"
                                 "fn raw2() -> &'static str { r\"include!(x) \\ \" }\n"}),
    ("byte and char literals", {"helpers+": "fn bytes() -> &'static [u8] { b\"assume\\\"*/\" }\n"
                                            "fn hash() -> char { '#' }\nfn quote() -> u8 { b'\\'' }\n"}),
    ("look-alike identifiers", {"helpers+": "fn assume_ok(x: u8) -> u8 { x }\nfn admit_count() -> u8 { 0 }\n"
                                            "fn my_unsafe_flag() -> bool { false }\nfn extern_name() {}\n"
                                            "fn external_body_count() -> u8 { let external = 1u8; external }\n"
                                            "spec fn cfg_value() -> int { 0 }\n"}),
    ("prover attributes", {"helpers+": "#[verifier::rlimit(30)]\nproof fn p1() {}\n"
                                       "#[verifier(rlimit(20))]\nproof fn p2() {}\n"
                                       "#[verifier::spinoff_prover]\nproof fn p3() {}\n"
                                       "#[verifier::opaque]\nspec fn s1() -> bool { true }\n"
                                       "#[verifier::loop_isolation(false)]\nfn e1() {}\n"}),
    ("cfg_attr of an allowed attribute", {"helpers+": "#[cfg_attr(verus_keep_ghost, verifier::loop_isolation(false))]\n"
                                                      "fn e2() {}\n"}),
    ("integer ring and nonlinear", {"helpers+": "#[verifier::integer_ring]\nproof fn ring(x: int, y: int)\n"
                                                "    ensures x * y == y * x,\n{\n}\n"
                                                "#[verifier::nonlinear]\nproof fn nl(x: int)\n"
                                                "    ensures x * x >= 0,\n{\n}\n"}),
    ("type invariant on an own struct", {"helpers+": "pub struct Pos { v: u8 }\nimpl Pos {\n"
                                                     "    #[verifier::type_invariant]\n"
                                                     "    spec fn inv(self) -> bool { self.v > 0 }\n}\n"}),
    ("derive, lints and triggers", {"helpers+": "#[derive(PartialEq, Eq)]\n#[allow(dead_code)]\npub struct Pair { a: u8, b: u8 }\n"
                                                "#[inline]\nfn id8(x: u8) -> u8 { x }\n"
                                                "proof fn trig(s: Seq<int>)\n"
                                                "    ensures forall|i: int| #![trigger s[i]] 0 <= i < 0 ==> s[i] == 0,\n{\n}\n"}),
    ("lifetimes are not chars", {"helpers+": "fn first<'a>(x: &'a [u8]) -> &'a [u8] { x }\n"}),
    ("library names in ghost code", {"helpers+": "spec fn sort(s: Seq<int>) -> Seq<int> { s }\n"
                                                 "proof fn sort_len(s: Seq<int>)\n    ensures sort(s).len() == s.len(),\n{\n}\n"}),
]


def control_cases():
    for name, overrides in CONTROLS:
        for form in ("fenced", "whole file"):
            yield pytest.param(name, overrides, form, id=f"{name}-{form}")


def test_there_are_enough_controls():
    assert len(CONTROLS) >= 10


@pytest.mark.parametrize("name,overrides,form", list(control_cases()))
def test_honest_control_passes(red_tasks, name, overrides, form):
    for task in red_tasks:
        sandbox = PassingVerus()
        verdict = Grader("verus", sandbox).grade_response(task, reply(task, overrides, form))
        assert verdict.status is Status.PASS, (task.id, name, verdict.reason, [d.message for d in verdict.diagnostics])
        assert sandbox.runs == 1
