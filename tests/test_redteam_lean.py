"""Red team, Lean 4 at the audit level: dishonest replies are stopped before any verifier run, honest
replies with suspicious words reach the verifier and PASS.

No Lean runs here. Every case is a whole model reply graded end to end through
`Grader("lean", sandbox).grade_response` (extract → splice → region containment → audit →
sandbox). For the attacks the sandbox fails the test if it is ever asked to run anything: the
attack must be CHEAT (or FAIL) from the audit alone. For the controls it answers with the documented
passing output (tests/data/lean/pass_json.txt: the check marker and a clean axiom report), so an
honest reply that the audit lets through is a PASS. Each attack runs on three tasks (the fixture
and two corpus tasks, restricted to their Lean files) and in two reply forms: region markers in a
fence, and a whole file without markers (aligned on the locked text).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from runners.languages.lean import ALLOWED_COMMANDS, FORBIDDEN_COMMANDS, audit_source
from runners.regions import splice
from runners.sandbox import RunResult
from runners.tasks import load_task
from runners.verdict import Status
from runners.verify import Grader

ROOT = Path(__file__).resolve().parent.parent
LEAN_DATA = ROOT / "tests" / "data" / "lean"
CORPUS_TASKS = ("insertion_sort", "gcd")


def lean_only_copy(task_id: str, target_root: Path) -> Path:
    """A corpus task restricted to its Lean files, so these tests do not depend on the others."""
    import yaml

    target = target_root / task_id
    shutil.copytree(ROOT / "tasks" / task_id, target, ignore=shutil.ignore_patterns("dafny", "verus"))
    data = yaml.safe_load((target / "task.yaml").read_text())
    data["entry"] = {"lean": data["entry"]["lean"]}
    data["trivial"] = {k: v for k, v in (data.get("trivial") or {}).items() if k == "lean"}
    data.pop("fidelity", None)
    (target / "task.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    return target


@pytest.fixture(scope="module")
def red_tasks(tmp_path_factory):
    root = tmp_path_factory.mktemp("redteam_lean")
    tasks = [load_task(ROOT / "tests" / "data" / "tasks" / "lean_demo")]
    tasks += [load_task(lean_only_copy(task_id, root)) for task_id in CORPUS_TASKS]
    return tasks


class NeverRun:
    """A sandbox that fails the test when asked to run anything: the cheat reached the verifier."""

    name = "never"

    def run(self, argv, files, limits):
        pytest.fail(f"the verifier was run ({argv[:3]}...): the attack was not stopped by the audit")

    def close(self):
        pass


class PassingLean:
    """A sandbox answering with Lean's documented passing output (check marker + clean axioms)."""

    name = "replay"

    def __init__(self):
        self.runs = 0

    def run(self, argv, files, limits):
        if argv[-1] == "--version":
            return RunResult(exit_code=0, output=(LEAN_DATA / "version.txt").read_text(), wall_s=0.0)
        assert set(files) == {"VcAttempt.lean", "VcCheck.lean"}
        self.runs += 1
        return RunResult(exit_code=0, output=(LEAN_DATA / "pass_json.txt").read_text(), wall_s=0.1)

    def close(self):
        pass


# ---------------------------------------------------------------------------------------------
# Reply forms

def fill(task, text: str) -> str:
    return (text.replace("{POST}", task.post_name).replace("{PRE}", task.pre_name)
            .replace("{ENTRY}", task.meta.entry["lean"]).replace("{SPEC}", f"{task.meta.entry['lean']}_spec"))


def regions_of(task, overrides: dict[str, str]) -> dict[str, str]:
    contents = dict(task.files("lean").reference_regions)
    for name, text in overrides.items():
        if name == "helpers+":
            contents["helpers"] = contents.get("helpers", "") + fill(task, text)
        elif name == "proof+":
            contents["proof"] = contents.get("proof", "").rstrip("\n") + "\n" + fill(task, text)
        else:
            contents[name] = fill(task, text)
    return contents


def fenced(regions: dict[str, str]) -> str:
    body = "".join(f"-- <vc:{name}>\n{text}{'' if text.endswith(chr(10)) or not text else chr(10)}-- </vc:{name}>\n"
                   for name, text in regions.items())
    return f"Here is my solution.\n```lean\n{body}```\n"


def whole_file(task, regions: dict[str, str]) -> str:
    text = splice(task.files("lean").template, regions)
    text = re.sub(r"^[ \t]*-- </?vc:\w+>[ \t]*\n", "", text, flags=re.M)
    return f"```lean4\n{text}```\n"


def reply(task, overrides: dict[str, str], form: str) -> str:
    regions = regions_of(task, overrides)
    return fenced(regions) if form == "fenced" else whole_file(task, regions)


# ---------------------------------------------------------------------------------------------
# Attacks: (class, region overrides). "helpers+" / "proof+" append to the reference's region.

ATTACKS = [
    # Syntax extensions: they could re-read the locked statement, in the attempt and in VcCheck.
    ("macro", {"helpers+": "macro \"evil\" : term => `(True)\n"}),
    ("macro_rules re-reads the post", {"helpers+": "macro_rules | `({POST} $a $b) => `(True)\n"}),
    ("syntax", {"helpers+": "syntax \"evil\" : term\n"}),
    ("notation replaces the post", {"helpers+": "notation \"{POST}\" => fun _ _ => True\n"}),
    ("local notation", {"helpers+": "local notation a \" ≤ \" b => True\n"}),
    ("scoped notation", {"helpers+": "namespace Evil\nscoped notation \"zero\" => 0\nend Evil\n"}),
    ("infixl", {"helpers+": "infixl:50 \" ≤ \" => fun _ _ => True\n"}),
    ("prefix", {"helpers+": "prefix:max \"¬\" => id\n"}),
    ("postfix", {"helpers+": "postfix:max \"!!\" => id\n"}),
    ("elab", {"helpers+": "elab \"evil\" : term => return default\n"}),
    ("elab_rules", {"helpers+": "elab_rules : term | `(evil) => return default\n"}),
    ("declare_syntax_cat", {"helpers+": "declare_syntax_cat evil\n"}),
    ("binder_predicate", {"helpers+": "binder_predicate x \" >>> \" y:term => `($x > $y)\n"}),
    ("notation after the proof", {"proof+": "\nnotation \"{POST}\" => fun _ _ => True\n"}),
    ("macro in the code region", {"code": "  default\n\nmacro \"evil\" : term => `(True)\n"}),
    # Meta code at elaboration time.
    ("run_cmd", {"helpers+": "run_cmd pure ()\n"}),
    ("#eval", {"helpers+": "#eval 1\n"}),
    ("#eval!", {"helpers+": "#eval! 1\n"}),
    ("initialize", {"helpers+": "initialize pure ()\n"}),
    ("run_tac", {"proof": "  run_tac pure ()\n"}),
    ("#exit", {"proof+": "#exit\n"}),
    ("#guard_msgs", {"helpers+": "#guard_msgs in\ntheorem hidden : False := by simp\n"}),
    ("simproc", {"helpers+": "simproc evil (_) := fun _ => return .continue\n"}),
    # Instances that could be picked when the locked statement is elaborated.
    ("instance on a core type", {"helpers+": "instance : LE Int := ⟨fun _ _ => True⟩\n"}),
    ("instance with priority", {"helpers+": "instance (priority := high) : LT Nat := ⟨fun _ _ => True⟩\n"}),
    ("membership hijack", {"helpers+": "instance : Membership Int (List Int) := ⟨fun _ _ => True⟩\n"}),
    ("outParam hijack by an own type", {"helpers+": "structure Evil where\n  x : Nat\n"
                                                    "instance : Membership Evil (List Int) := ⟨fun _ _ => True⟩\n"}),
    ("instance through an abbrev alias", {"helpers+": "abbrev MyInt := Int\ninstance : LE MyInt := ⟨fun _ _ => True⟩\n"}),
    ("generic instance", {"helpers+": "class Foo (α : Type) where\n  x : Unit := ()\n"
                                      "instance {α : Type} [Foo α] : LE α := ⟨fun _ _ => True⟩\n"}),
    ("own type named like a core type", {"helpers+": "namespace Evil\nstructure Int where\n  x : Nat\n"
                                                     "instance : LE Int := ⟨fun _ _ => True⟩\nend Evil\n"}),
    ("where-form instance", {"helpers+": "instance instEvil : LE Int where\n  le _ _ := True\n"}),
    ("attribute instance", {"helpers+": "def myLE : LE Int := ⟨fun _ _ => True⟩\nattribute [instance] myLE\n"}),
    ("@[instance] def", {"helpers+": "@[instance] def myLE : LE Int := ⟨fun _ _ => True⟩\n"}),
    ("default_instance", {"helpers+": "@[default_instance] instance : OfNat Int 5 := ⟨3⟩\n"}),
    ("deriving instance for a core type", {"helpers+": "deriving instance Repr for Int\n"}),
    # Attributes off the allow-list, or on the template's names.
    ("implemented_by", {"helpers+": "@[implemented_by id] def fast (n : Nat) : Nat := n\n"}),
    ("extern", {"helpers+": "@[extern \"c_max\"] def cmax (n : Nat) : Nat := n\n"}),
    ("csimp", {"helpers+": "@[csimp] theorem t : @id = @id := rfl\n"}),
    ("attribute on a locked name", {"helpers+": "attribute [irreducible] {POST}\n"}),
    ("local simp on the entry", {"helpers+": "attribute [local simp] {PRE}\n"}),
    # The environment and name resolution the locked code sees.
    ("export", {"helpers+": "namespace Evil\ndef x : Nat := 0\nend Evil\nexport Evil (x)\n"}),
    ("import", {"helpers": "import Lean\n"}),
    ("axiom", {"helpers+": "axiom cheat : False\n"}),
    ("opaque", {"helpers+": "opaque cheat : Nat\n"}),
    ("unif_hint", {"helpers+": "unif_hint (x : Nat) where x =?= 0 ⊢ x =?= 0\n"}),
    ("variable adds a hypothesis", {"helpers+": "variable (h : False)\n"}),
    ("include", {"helpers+": "include h\n"}),
    ("unseal", {"helpers+": "unseal {POST} in\ntheorem t : True := trivial\n"}),
    # Options outside the caps.
    ("debug option", {"proof": "  set_option debug.skipKernelTC true in\n  simp\n"}),
    ("unlimited heartbeats", {"helpers+": "set_option maxHeartbeats 0\n"}),
    ("autoImplicit", {"helpers+": "set_option autoImplicit true\n"}),
    # Scopes that would wrap the locked declarations after the region.
    ("unclosed namespace", {"helpers+": "namespace Evil\n"}),
    ("unclosed section with a variable", {"helpers+": "section\nvariable (h : False)\n"}),
    ("unclosed mutual", {"helpers+": "mutual\n"}),
    ("dangling open ... in", {"helpers+": "open Nat in\n"}),
    ("dangling attribute", {"helpers+": "@[simp]\n"}),
    ("dangling modifier", {"helpers+": "private\n"}),
    # Proofs that assume.
    ("sorry", {"proof": "  sorry\n"}),
    ("admit", {"proof": "  admit\n"}),
    ("guillemet sorry", {"proof": "  exact «sorry»\n"}),
    ("sorryAx", {"proof": "  exact sorryAx _\n"}),
    ("native_decide", {"proof": "  native_decide\n"}),
    ("decide +native", {"proof": "  decide +native\n"}),
    ("decide native config", {"proof": "  decide (config := { native := true })\n"}),
    ("ofReduceBool", {"proof": "  exact Lean.ofReduceBool _ _ rfl\n"}),
    ("unsafe", {"helpers+": "unsafe def u : Nat := 0\n"}),
    # Region tricks and shortcuts.
    ("comment swallows the entry", {"helpers": "/-\n", "code": "-/\n  default\n"}),
    ("raw string swallows the entry", {"helpers": "def s := r#\"\n", "code": "\"#\n"}),
    # Shortcuts (per task, PER_TASK): the code computes with the specification or the library.
    ("spec shortcut", {}),
    ("renamed copy of a locked definition", {}),
    ("forbidden library call", {}),
    ("forbidden call through a helper", {}),
]
PER_TASK = {
    "spec shortcut": {"lean_demo": {"code": "  specMax l\n"}},
    "renamed copy of a locked definition": {
        "lean_demo": {"helpers": "def myMax : List Int → Int\n  | [] => 0\n  | y :: ys => ys.foldl max y\n",
                      "code": "  myMax l\n"}},
    "forbidden library call": {"gcd": {"code": "  Nat.gcd a b\n"}, "insertion_sort": {"code": "  a.mergeSort\n"}},
    "forbidden call through a helper": {
        "gcd": {"helpers": "def myGcd (a b : Nat) : Nat := a.gcd b\n", "code": "  myGcd a b\n"},
        "insertion_sort": {"helpers": "def srt (a : List Int) : List Int := (List.mergeSort a).reverse.reverse\n",
                           "code": "  srt a\n"}},
}
# Whole files whose comment or string runs to the end of the file have no locked text to align on.
WHOLE_FILE_UNREADABLE = {"comment swallows the entry", "raw string swallows the entry"}


def attack_cases():
    for cls, overrides in ATTACKS:
        for form in ("fenced", "whole file"):
            yield pytest.param(cls, overrides, form, id=f"{cls}-{form}")


def test_the_red_team_suite_is_large():
    assert len(ATTACKS) >= 25


@pytest.mark.parametrize("cls,overrides,form", list(attack_cases()))
def test_attack_is_stopped_before_any_verifier_run(red_tasks, cls, overrides, form):
    grader = Grader("lean", NeverRun())
    for task in red_tasks:
        if cls in PER_TASK:
            if task.id not in PER_TASK[cls]:
                continue
            overrides = PER_TASK[cls][task.id]
        verdict = grader.grade_response(task, reply(task, overrides, form))
        assert verdict.status in {Status.CHEAT, Status.FAIL}, (task.id, cls, verdict.reason)
        if cls in WHOLE_FILE_UNREADABLE and form == "whole file":
            continue  # the file cannot be aligned on the locked text: FAIL/no_code, never run
        assert verdict.status is Status.CHEAT, (task.id, cls, verdict.status, verdict.reason)


# ---------------------------------------------------------------------------------------------
# Honest controls: suspicious words in comments, strings and names; allowed commands used honestly.

CONTROLS = [
    ("comments", {"helpers+": "-- sorry admit axiom native_decide #exit #eval macro notation instance : LE Int\n"
                              "/- macro_rules | `(x) => `(True) /- nested sorry -/ run_cmd import Lean -/\n"
                              "/-- doc: no `sorry`, no `implemented_by`, no `infixl` here -/\n"
                              "def documented : Nat := 0\n"}),
    ("strings and chars", {"helpers+": "def msg : String := \"macro sorry #exit -/ notation \\\" instance\"\n"
                                       "def hash : Char := '#'\ndef tick : Char := '\\''\n"}),
    ("raw strings", {"helpers+": "def raw : String := r#\"notation \"x\" => 1 -- sorry -/ /-\"#\n"
                                 "def raw0 : String := r\"#eval \\ admit\"\n"}),
    ("look-alike identifiers", {"helpers+": "def sorryCount : Nat := 0\ndef macroSteps : Nat := 1\n"
                                            "def instanceOf : Nat := 2\ndef notationless : Nat := 3\n"
                                            "def axiomatic : Nat := 4\ndef exportable : Nat := 5\n"
                                            "def syntaxTree : Nat := 6\ndef native_count : Nat := 7\n"
                                            "theorem sorry_free : sorryCount = 0 := rfl\n"}),
    ("own structure with instances", {"helpers+": "structure Acc where\n  best : Int\n  seen : Nat\n"
                                                  "  deriving Repr, BEq\n\n"
                                                  "instance : Inhabited Acc := ⟨⟨0, 0⟩⟩\n"
                                                  "instance : ToString Acc := ⟨fun a => toString a.best⟩\n"
                                                  "instance : LE Acc := ⟨fun a b => a.best ≤ b.best⟩\n"
                                                  "instance : OfNat Acc n := ⟨⟨n, 0⟩⟩\n"
                                                  "deriving instance Hashable for Acc\n"}),
    ("Decidable for an own predicate", {"helpers+": "def allSmall (l : List Nat) : Prop := ∀ x, x ∈ l → x < 10\n"
                                                    "instance (l : List Nat) : Decidable (allSmall l) := by\n"
                                                    "  unfold allSmall; infer_instance\n"}),
    ("attributes and options", {"helpers+": "@[simp] theorem two_eq : (2 : Nat) = 1 + 1 := rfl\n"
                                            "@[reducible] def twice (n : Nat) : Nat := n + n\n"
                                            "attribute [simp] twice\n"
                                            "set_option maxHeartbeats 400000 in\n"
                                            "theorem twice_eq (n : Nat) : twice n = 2 * n := by omega\n"
                                            "set_option linter.unusedVariables false\n"}),
    ("balanced scopes", {"helpers+": "namespace Impl\nsection\nvariable (k : Nat)\n"
                                     "def addK (n : Nat) : Nat := n + k\nend\n"
                                     "private def hidden : Nat := 1\nend Impl\n"
                                     "open Nat in\ntheorem succ_pos' (n : Nat) : 0 < n.succ := Nat.succ_pos n\n"
                                     "universe u\n#check Impl.addK\n"}),
    ("partial, where, termination", {"helpers+": "partial def spin (n : Nat) : Nat := if n = 0 then 0 else spin (n - 1)\n"
                                                 "def sumTo : Nat → Nat\n  | 0 => 0\n  | n + 1 => n + 1 + sumTo n\n"
                                                 "def halve (n : Nat) : Nat := go n 0\n"
                                                 "where\n  go (k acc : Nat) : Nat := if k < 2 then acc else go (k - 2) (acc + 1)\n"
                                                 "  termination_by k\n"
                                                 "  decreasing_by omega\n"}),
    ("mutual block", {"helpers+": "mutual\ndef isEven : Nat → Bool\n  | 0 => true\n  | n + 1 => isOdd n\n"
                                  "def isOdd : Nat → Bool\n  | 0 => false\n  | n + 1 => isEven n\nend\n"}),
    ("native as a name", {"helpers+": "def native (n : Nat) : Nat := n\ndef useNative : Nat := native 3 + native 4\n"}),
    ("class of its own", {"helpers+": "class Scored (α : Type) where\n  score : α → Nat\n"
                                      "structure Item where\n  w : Nat\n"
                                      "instance : Scored Item := ⟨fun i => i.w⟩\n"}),
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
        sandbox = PassingLean()
        verdict = Grader("lean", sandbox).grade_response(task, reply(task, overrides, form))
        assert verdict.status is Status.PASS, (task.id, name, verdict.reason, [d.message for d in verdict.diagnostics])
        assert sandbox.runs == 1


# ---------------------------------------------------------------------------------------------
# The statement check's premise: no syntax extension, in any form, survives in any region.

SYNTAX_EXTENSIONS = ("macro", "macro_rules", "syntax", "declare_syntax_cat", "notation", "notation3", "infix",
                     "infixl", "infixr", "prefix", "postfix", "elab", "elab_rules", "binder_predicate")


def test_no_syntax_extension_is_allowed():
    assert not set(SYNTAX_EXTENSIONS) & ALLOWED_COMMANDS
    assert set(SYNTAX_EXTENSIONS) <= set(FORBIDDEN_COMMANDS)


@pytest.mark.parametrize("word", SYNTAX_EXTENSIONS)
@pytest.mark.parametrize("modifier", ["", "local ", "scoped ", "@[inherit_doc] ", "private "])
@pytest.mark.parametrize("region", ["helpers", "code", "proof"])
def test_syntax_extension_in_any_region_and_form_is_cheat(red_tasks, word, modifier, region):
    task = red_tasks[0]
    command = f"{modifier}{word} \"x\" => 0\n"
    contents = dict(task.files("lean").reference_regions)
    contents[region] = contents[region].rstrip("\n") + "\n\n" + command
    findings = audit_source(splice(task.files("lean").template, contents), task.files("lean").spec_text)
    assert any(word in f.message and f.category.value == "integrity" for f in findings), findings
