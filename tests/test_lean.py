"""Lean 4 language module: audit, statement extraction, check file, argv, output parsing.

Output fixtures are in tests/data/lean/ (README there says where each format comes from). No
real `lean` runs here; the integration test at the end runs only when one is on PATH.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from runners.languages import get_language
from runners.languages.base import Toolchain
from runners.languages.lean import (
    CHECK_MARKER,
    MAX_HEARTBEATS,
    StatementError,
    audit_source,
    categorize,
    check_source,
    entry_statement,
    declarations,
    parse_output,
    read_messages,
    refers_to,
    spec_names,
    spec_shortcut_audit,
)
from runners.lexer import LEAN, tokenize
from runners.regions import parse_template, splice
from runners.sandbox import Limits, LocalSandbox, RunResult
from runners.tasks import load_task
from runners.taxonomy import Category
from runners.verdict import Status
from runners.verify import Verifier

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "lean"
TASK_DIR = ROOT / "tests" / "data" / "tasks" / "lean_demo"


@pytest.fixture(scope="module")
def task():
    return load_task(TASK_DIR)


@pytest.fixture(scope="module")
def lean():
    return get_language("lean")


def fixture(name: str) -> str:
    return (OUT / name).read_text(encoding="utf-8")


def with_regions(task, **regions: str) -> str:
    contents = dict(task.files("lean").reference_regions)
    contents.update(regions)
    return splice(task.files("lean").template, contents)


# ---------------------------------------------------------------------------------------------
# Audit: every cheat of DESIGN.md's Lean list (and the additions) is rejected ...

PROOF_CHEATS = {
    "sorry": "  sorry\n",
    "admit": "  admit\n",
    "native_decide": "  intro h; native_decide\n",
    "ofReduceBool": "  exact Lean.ofReduceBool _ _ rfl\n",
    "sorryAx": "  exact sorryAx _\n",
    "guillemet_sorry": "  exact «sorry»\n",
    "exit": "  simp\n#exit\n",
    "debug_option": "  set_option debug.skipKernelTC true in simp\n",
}
HELPER_CHEATS = {
    "axiom": "axiom cheat : False\n",
    "implemented_by": "@[implemented_by listMax] def fast (l : List Int) : Int := 0\n",
    "extern": "@[extern \"c_max\"] opaque cmax : List Int → Int\n",
    "csimp": "@[csimp] theorem t : @id = @id := rfl\n",
    "unsafe": "unsafe def u : Nat := 0\n",
    "max_heartbeats_0": "set_option maxHeartbeats 0\n",
    "max_heartbeats_high": f"set_option maxHeartbeats {MAX_HEARTBEATS + 1}\n",
    "option_not_allowed": "set_option autoImplicit true\n",
    "debug_option": "set_option debug.skipKernelTC true\n",
    "import": "import Lean\n",
    "macro": "macro \"evil\" : term => `(True)\n",
    "macro_rules": "macro_rules | `(pre_lean_demo $l) => `(True)\n",
    "syntax": "syntax \"evil\" : term\n",
    "notation": "notation \"pre_lean_demo\" => True\n",
    "local_notation": "local notation a \" ≤ \" b => True\n",
    "infix": "infixl:50 \" ≤ \" => fun _ _ => True\n",
    "prefix": "prefix:max \"¬\" => id\n",
    "instance": "instance : LE Int := ⟨fun _ _ => True⟩\n",
    "attribute_instance": "attribute [instance] Int.instLEInt\n",
    "elab": "elab \"evil\" : term => return default\n",
    "export": "namespace Evil\ndef pre_lean_demo (l : List Int) : Prop := True\nend Evil\nexport Evil (pre_lean_demo)\n",
    "variable": "variable (h : False)\n",
    "include": "include h\n",
    "eval": "#eval 1\n",
    "run_cmd": "run_cmd pure ()\n",
    "initialize": "initialize pure ()\n",
    "unif_hint": "unif_hint (x : Nat) where x =?= 0 ⊢ x =?= 0\n",
    "dangling_in": "set_option maxRecDepth 100 in\n",
    "dangling_attribute": "@[simp]\n",
    "dangling_private": "private\n",
}


@pytest.mark.parametrize("name", sorted(PROOF_CHEATS))
def test_audit_rejects_cheat_in_proof(task, name):
    findings = audit_source(with_regions(task, proof=PROOF_CHEATS[name]))
    assert findings and all(f.category is Category.INTEGRITY for f in findings), name


@pytest.mark.parametrize("name", sorted(HELPER_CHEATS))
def test_audit_rejects_cheat_in_helpers(task, name):
    base = task.files("lean").reference_regions["helpers"]
    findings = audit_source(with_regions(task, helpers=base + HELPER_CHEATS[name]))
    assert findings and all(f.category is Category.INTEGRITY for f in findings), name


# ... and look-alike identifiers, comments and strings are not.

LOOK_ALIKES = {
    "identifiers": ("def sorry_count : Nat := 0\ndef admit_ok : Nat := 1\ndef axiomatic : Nat := 2\n"
                    "def partial_sum (l : List Int) : Int := l.foldl (· + ·) 0\ndef instanceCount : Nat := 3\n"
                    "def native_decide_free : Bool := true\ndef unsafeFlag : Bool := false\n"
                    "def importance : Nat := 4\ndef notation_like : Nat := 5\ndef macro_count : Nat := 6\n"
                    "theorem exit_ok : True := trivial\ndef αsorry : Nat := 7\ndef sorry₁ : Nat := 8\n"),
    "comments": ("-- sorry admit axiom native_decide #exit set_option debug.skipKernelTC true\n"
                 "/- instance macro notation import /- nested sorry -/ unsafe partial -/\n"
                 "/-- doc comment: uses `sorry` nowhere, no `implemented_by` -/\ndef documented : Nat := 0\n"),
    "strings": ("def msg : String := \"sorry, admit this axiom; #exit; set_option debug.x; instance\"\n"
                "def c : Char := 'a'\n"),
    "allowed_options": ("set_option maxHeartbeats 400000 in\ntheorem t1 : True := trivial\n"
                        "set_option linter.unusedVariables false\nset_option pp.all true in\n#check t1\n"
                        f"set_option maxRecDepth 2000 in\ntheorem t2 : True := trivial\n"),
    "attribute_simp_ok": "attribute [simp] maxFrom\n@[simp] theorem t3 : True := trivial\n",
    # Opaque to proofs, no axiom: using one makes a proof impossible, not easier.
    "partial_def": "partial def loop (n : Nat) : Nat := loop n\n",
}


@pytest.mark.parametrize("name", sorted(LOOK_ALIKES))
def test_audit_accepts_look_alikes(task, name):
    base = task.files("lean").reference_regions["helpers"]
    assert audit_source(with_regions(task, helpers=base + LOOK_ALIKES[name])) == []


def test_audit_accepts_reference_and_points_at_the_token(task, lean):
    assert lean.audit(task.files("lean").reference_text, task) == []
    source = with_regions(task, proof="  exact sorry\n")
    (finding,) = audit_source(source)
    assert source.splitlines()[finding.line - 1][finding.col - 1 :].startswith("sorry")


def test_audit_reports_template_without_entry_theorem(task, lean):
    broken = task.model_copy(update={"meta": task.meta.model_copy(update={"entry": {"lean": "nope"}})})
    assert any("task template problem" in f.message for f in lean.audit(task.files("lean").reference_text, broken))


# ---------------------------------------------------------------------------------------------
# Spec shortcut: the code region may not compute its result by calling the template's own
# specification functions (every Lean `def` is computable, so `specMax l` + `rfl` would pass).

def shortcut(task, **regions: str) -> list:
    source = with_regions(task, **regions)
    return spec_shortcut_audit(source, task.files("lean").spec_text, task.meta.entry["lean"])


def test_spec_names_of_the_fixture(task):
    assert spec_names(task.files("lean").spec_text, "listMax") == {
        "specMax": "def", "pre_lean_demo": "def", "post_lean_demo": "def"}


SHORTCUTS = {
    "direct": ({}, "  specMax l\n", "specMax"),
    "qualified_and_explicit": ({}, "  @_root_.specMax l\n", "specMax"),
    "post_by_decide": ({}, "  if decide (post_lean_demo l 0) then 0 else 1\n", "post_lean_demo"),
    "via_helper": ({"helpers": "def myMax (l : List Int) : Int := specMax l\n"}, "  myMax l\n", "myMax"),
    "via_two_helpers": ({"helpers": "def a (l : List Int) : Int := specMax l\n\ndef b (l : List Int) : Int := a l + 0\n"},
                        "  b l\n", "b"),
    "helper_defined_later_in_mutual": (
        {"helpers": "mutual\ndef f : List Int → Int\n  | [] => 0\n  | _ :: xs => g xs\n"
                    "def g : List Int → Int\n  | [] => specMax []\n  | _ :: xs => f xs\nend\n"}, "  f l\n", "f"),
    "helper_abbrev": ({"helpers": "abbrev M := specMax\n"}, "  M l\n", "M"),
    "helper_where": ({"helpers": "def outer (l : List Int) : Int := go l\nwhere go (l : List Int) : Int := specMax l\n"},
                     "  outer.go l\n", "outer"),
    "helper_let_rec": ({"helpers": "def outer (l : List Int) : Int :=\n  let rec go (k : List Int) : Int := specMax k\n  go l\n"},
                       "  outer l\n", "outer"),
    "helper_in_namespace": ({"helpers": "namespace Impl\ndef best (l : List Int) : Int := specMax l\nend Impl\n"},
                            "  Impl.best l\n", "Impl.best"),
    "helper_field_notation": ({"helpers": "def List.best (l : List Int) : Int := specMax l\n"}, "  l.best\n", "List.best"),
    "helper_signature_pins_value": ({"helpers": "def pinned (l : List Int) : {m : Int // m = specMax l} := ⟨_, rfl⟩\n"},
                                    "  (pinned l).val\n", "pinned"),
    # A theorem may mention the spec, but code may not use it: holes are filled from its statement.
    "theorem_statement_leak": ({"helpers": "theorem same (l : List Int) : specMax l = specMax l := rfl\n"},
                               "  (fun (x : Int) (_ : x = x) => x) _ (same l)\n", "same"),
    "theorem_where_aux": ({"helpers": "theorem t : True := trivial\nwhere aux (l : List Int) : Int := specMax l\n"},
                          "  t.aux l\n", "t"),
    # `lemma` is no command in core Lean: it cannot cut a definition short.
    "lemma_identifier_trick": ({"helpers": "def sneaky (l : List Int) : Int := let\nlemma := 0; specMax l + lemma\n"},
                               "  sneaky l\n", "sneaky"),
}


@pytest.mark.parametrize("name", sorted(SHORTCUTS))
def test_spec_shortcut_rejected(task, lean, name):
    helpers, code, culprit = SHORTCUTS[name]
    source = with_regions(task, code=code, **helpers)
    findings = spec_shortcut_audit(source, task.files("lean").spec_text, "listMax")
    assert findings and all(f.category is Category.INTEGRITY for f in findings), name
    assert f"`{culprit}`" in findings[0].message and "must compute the result itself" in findings[0].message
    line = source.splitlines()[findings[0].line - 1]  # points into the code region, at an identifier
    assert line in code.splitlines() and (line[findings[0].col - 1].isalpha() or line[findings[0].col - 1] == "_")
    assert any(f.message == findings[0].message for f in lean.audit(source, task))


def test_spec_shortcut_message_names_the_spec_and_the_chain(task):
    (finding,) = shortcut(task, code="  specMax l\n")
    assert finding.message.startswith("the implementation calls the specification function `specMax`")
    (finding,) = shortcut(task, helpers="def a (l : List Int) : Int := specMax l\ndef b (l : List Int) : Int := a l\n",
                          code="  b l\n")
    assert "`b`" in finding.message and "b → a → specMax" in finding.message


ACCEPTED = {
    "reference": ({}, None),
    "helper_theorem_mentions_spec": (
        {"helpers": "def maxFrom (acc : Int) : List Int → Int\n  | [] => acc\n  | x :: xs => maxFrom (max acc x) xs\n\n"
                    "theorem maxFrom_eq_specMax (x : Int) (xs : List Int) : maxFrom x xs = specMax (x :: xs) := by\n"
                    "  induction xs generalizing x <;> simp_all [maxFrom, specMax, List.foldl]\n"},
        "  match l with\n  | [] => 0\n  | x :: xs => maxFrom x xs\n"),
    "entry_recursion": ({"helpers": ""},
                        "  match l with\n  | [] => 0\n  | [x] => x\n  | x :: xs => max x (listMax xs)\n"),
    "comment_and_string": ({}, "  -- specMax l would be the specification's answer\n  /- specMax -/\n"
                               "  match l, \"specMax\" with\n  | [], _ => 0\n  | x :: xs, _ => maxFrom x xs\n"),
    "look_alike_names": ({"helpers": "def specMaxLike (l : List Int) : Int := l.foldl max 0\n"
                                     "def mySpecMax (l : List Int) : Int := l.foldl max 0\n"},
                         "  specMaxLike l + mySpecMax l - specMaxLike.match_1\n"),
    "spec_in_proof_region": ({"proof": "  have _h : specMax [1] = 1 := rfl\n  exact listMax_ok l\n"}, None),
}


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_spec_shortcut_accepts(task, name):
    regions, code = ACCEPTED[name]
    regions = dict(regions)
    if code is not None:
        regions["code"] = code
    assert shortcut(task, **regions) == [], name


def test_spec_shortcut_accepts_reference_and_vector_checks(task, lean):
    assert lean.audit(task.files("lean").reference_text, task) == []
    assert lean.audit(lean.vector_check_source(task), task) == []


def test_spec_shortcut_rejects_marker_lines_in_a_region(task):
    (finding,) = shortcut(task, code="  specMax l -- <vc:hide\n")
    assert finding.category is Category.INTEGRITY and "region marker" in finding.message
    (finding,) = shortcut(task, code="  specMax l\n  -- </vc:code>\n  -- <vc:other>\n")
    assert finding.category is Category.INTEGRITY


def test_grading_spec_shortcut_is_cheat_and_never_runs_lean(task):
    sandbox = ReplaySandbox(fixture("pass_json.txt"), 0)
    verdict = Verifier("lean", sandbox).grade_contents(task, {"helpers": "", "code": "  specMax l\n", "proof": "  rfl\n"})
    assert verdict.status is Status.CHEAT and verdict.category is Category.INTEGRITY and sandbox.files == []
    assert "specMax" in verdict.reason


INLINE_TEMPLATE = """\
structure Acc where
  best : Int
  seen : Nat

def List.sumTo (l : List Int) : Nat → Int
  | 0 => 0
  | n + 1 => l.getD n 0 + l.sumTo n

namespace Spec
def total (l : List Int) : Int := l.sumTo l.length
end Spec

def post_x (l : List Int) (r : Int) : Prop := r = Spec.total l

instance (l : List Int) (r : Int) : Decidable (post_x l r) := by unfold post_x; infer_instance

-- <vc:helpers>
-- </vc:helpers>

def entry (l : List Int) : Int :=
  -- <vc:code>
  -- </vc:code>

theorem entry_spec (l : List Int) : post_x l (entry l) := by
  -- <vc:proof>
  -- </vc:proof>
"""


def inline_audit(code: str, helpers: str = "") -> list:
    source = splice(parse_template(INLINE_TEMPLATE, "--"), {"helpers": helpers, "code": code, "proof": "  sorry\n"})
    return spec_shortcut_audit(source, INLINE_TEMPLATE, "entry")


def test_spec_names_with_namespaces_types_and_instances():
    assert spec_names(INLINE_TEMPLATE, "entry") == {
        "Acc": "structure", "List.sumTo": "def", "Spec.total": "def", "post_x": "def"}
    decls = declarations(tokenize(
        "namespace A.B\ndef f := 1\nend A.B\nsection\ninstance (priority := low) g : C := x\nend\n"
        "class inductive K | k\nnamespace N\ntheorem _root_.t : True := trivial\nend N\n", LEAN).tokens)
    assert [(d.kind, d.name) for d in decls] == [("def", "A.B.f"), ("instance", "g"), ("class", "K"), ("theorem", "t")]


@pytest.mark.parametrize("code", [
    "  Spec.total l\n",                 # namespaced spec, qualified
    "  open Spec in total l\n",         # ... and after `open`
    "  l.sumTo l.length\n",             # generalized field notation on a namespaced spec
    "  (l |>.sumTo 3)\n",
    "  List.sumTo l 2\n",
    "  if instDecidablePost_x l 0 |>.decide then 0 else 1\n",  # the template's auto-named instance
])
def test_inline_template_shortcuts_rejected(code):
    findings = inline_audit(code)
    assert findings and all(f.category is Category.INTEGRITY for f in findings), code


@pytest.mark.parametrize("code", [
    "  (({ best := 0, seen := 0 } : Acc)).best\n",   # the template's types are data, not computation
    "  (Acc.mk (l.foldl (· + ·) 0) 0).best\n",
    "  l.foldl (· + ·) 0\n",
    "  go l\nwhere go : List Int → Int\n    | [] => 0\n    | x :: xs => x + go xs\n",
])
def test_inline_template_honest_code_accepted(code):
    assert inline_audit(code) == [], code


def test_refers_to():
    assert refers_to("specMax", "specMax") and refers_to("specMax.eq_1", "specMax")
    assert refers_to("_root_.specMax", "specMax") and refers_to("«specMax»", "specMax")
    assert not refers_to("specMaxLike", "specMax") and not refers_to("Nat.specMax", "specMax")
    assert not refers_to("l.specMax", "specMax")  # would be List.specMax, another name
    assert refers_to("sumTo", "List.sumTo") and refers_to("l.sumTo", "List.sumTo")
    assert refers_to("sumTo", "List.sumTo", after_dot=True)


# ---------------------------------------------------------------------------------------------
# The statement check

def test_entry_statement_from_template(task):
    statement = entry_statement(task.files("lean").spec_text, "listMax_spec")
    assert statement.binders == "(l : List Int)"
    assert statement.type == "pre_lean_demo l → post_lean_demo l (listMax l)"
    assert statement.as_pi() == "∀ (l : List Int), pre_lean_demo l → post_lean_demo l (listMax l)"
    assert statement.namespaces == () and statement.opens == ()


def test_entry_statement_with_namespace_open_and_no_binders():
    text = ("namespace Demo\nopen List\n\ndef f : Nat := 1\n\n"
            "theorem f_spec : f = 1 ∧ ∀ {n : Nat}, n = n := by\n  -- <vc:proof>\n  -- </vc:proof>\nend Demo\n")
    statement = entry_statement(text, "f_spec")
    assert statement.binders == "" and statement.type == "f = 1 ∧ ∀ {n : Nat}, n = n"
    assert statement.namespaces == ("Demo",) and statement.opens == ("List",)
    check = check_source(statement)
    assert "namespace Demo\nopen List\n" in check and check.rstrip().endswith("end Demo")
    assert "example : f = 1 ∧ ∀ {n : Nat}, n = n := @f_spec" in check


def test_entry_statement_missing():
    with pytest.raises(StatementError):
        entry_statement("def f : Nat := 1\n", "f_spec")


def test_verify_files_hold_attempt_and_check(task, lean):
    files = lean.verify_files(task, "SRC")
    assert files["VcAttempt.lean"] == "SRC"
    check = files["VcCheck.lean"]
    assert check.startswith("import VcAttempt\n")
    assert "example : ∀ (l : List Int), pre_lean_demo l → post_lean_demo l (listMax l) := @listMax_spec" in check
    assert "#print axioms listMax_spec" in check


def test_command_compiles_attempt_then_runs_check(task, lean):
    argv = lean.command(task, Toolchain("lean", "4.12.0"), 30)
    assert argv[:2] == ["sh", "-c"]
    script = argv[2]
    assert script.index("-o VcAttempt.olean VcAttempt.lean") < script.index(CHECK_MARKER) < script.index("VcCheck.lean")
    assert "|| exit $?" in script and "--json" in script and "LEAN_PATH=" in script
    assert "--json" not in lean.command(task, Toolchain("lean", "4.3.0"), 30)[2]


def test_parse_version(lean):
    assert lean.parse_version(fixture("version.txt")) == "4.12.0"
    assert lean.parse_version("Lean (version 4.15.0-rc1, x86_64)") == "4.15.0-rc1"
    assert lean.parse_version("nothing") == ""


def test_render_value_and_vector_checks(task, lean):
    assert lean.render_value([3, -1]) == "[3, (-1)]"
    assert lean.render_value(-5) == "(-5)"
    assert lean.render_value(False) == "false"
    assert lean.render_value('a"b') == '"a\\"b"'
    with pytest.raises(ValueError):
        lean.render_value(None)
    text = lean.vector_check_source(task)
    assert "example : pre_lean_demo [3, (-1), 7, 2] := by first | decide | (simp only [pre_lean_demo] <;> decide)" in text
    assert "example : post_lean_demo [3, (-1), 7, 2] 7 :=" in text
    assert "example : ¬ post_lean_demo [3, (-1), 7, 2] 8 :=" in text
    assert audit_source(text) == []


def test_extract_from_lean_fence(task, lean):
    reply = "```lean\n-- <vc:helpers>\n-- </vc:helpers>\n-- <vc:code>\n  0\n-- </vc:code>\n-- <vc:proof>\n  simp\n-- </vc:proof>\n```"
    assert lean.extract(reply, task) == {"helpers": "", "code": "  0\n", "proof": "  simp\n"}


# ---------------------------------------------------------------------------------------------
# Output parsing

def test_read_messages_text_and_json():
    messages, _ = read_messages(fixture("unsolved_text.txt"))
    (msg,) = messages
    assert (msg.file, msg.line, msg.col, msg.severity) == ("VcAttempt.lean", 35, 3, "error")
    assert msg.text.startswith("unsolved goals\ncase cons")
    messages, _ = read_messages(fixture("errors_json.txt"))
    assert len(messages) == 7 and messages[0].col == 5


def test_parse_json_error_categories():
    parsed = parse_output(fixture("errors_json.txt"))
    assert [d.category for d in parsed.diagnostics] == [
        Category.TYPE, Category.TYPE, Category.SYNTAX, Category.TIMEOUT, Category.TERMINATION, Category.UNSOLVED_GOAL]
    assert parsed.summary["errors"] == 6  # the linter warning is not a diagnostic


def test_parse_unsolved_goals_text():
    (d,) = parse_output(fixture("unsolved_text.txt")).diagnostics
    assert d.category is Category.UNSOLVED_GOAL and d.line == 35


@pytest.mark.parametrize("message,category", [
    ("unsolved goals\n⊢ False", Category.UNSOLVED_GOAL),
    ("type mismatch\n  h\nhas type", Category.TYPE),
    ("application type mismatch", Category.TYPE),
    ("unknown identifier 'foo'", Category.TYPE),
    ("Unknown identifier `foo`", Category.TYPE),
    ("unknown constant 'Nat.foo'", Category.TYPE),
    ("failed to synthesize\n  Decidable (pre_x l)", Category.TYPE),
    ("unexpected token 'theorem'; expected term", Category.SYNTAX),
    ("expected ':=', 'where' or '|'", Category.SYNTAX),
    ("(deterministic) timeout at `isDefEq`, maximum number of heartbeats (200000) has been reached", Category.TIMEOUT),
    ("maximum recursion depth has been reached", Category.TIMEOUT),
    ("fail to show termination for\n  f", Category.TERMINATION),
    ("failed to prove termination, possible solutions:", Category.TERMINATION),
    ("structural recursion cannot be used", Category.TERMINATION),
    ("linarith failed to find a contradiction", Category.UNSOLVED_GOAL),
    ("simp made no progress", Category.UNSOLVED_GOAL),
    ("declaration uses 'sorry'", Category.INTEGRITY),
    ("declaration uses `sorry`", Category.INTEGRITY),
    ("some new message", Category.OTHER_VERIFICATION),
])
def test_categorize(message, category):
    assert categorize(message) is category


def test_pass_needs_clean_axioms_and_check(lean):
    for name in ("pass_json.txt", "pass_text.txt"):
        parsed = parse_output(fixture(name))
        assert parsed.diagnostics == [] and lean.passed(parsed, 0), name
        assert not lean.passed(parsed, 1)
    # Compiled, but no check output at all (the check was never reached): not a pass.
    assert not lean.passed(parse_output(""), 0)
    assert parse_output("").infrastructure is None or not lean.passed(parse_output(""), 0)


def test_sorry_warning_and_sorry_axiom_are_integrity(lean):
    parsed = parse_output(fixture("sorry_json.txt"))
    assert parsed.diagnostics and all(d.category is Category.INTEGRITY for d in parsed.diagnostics)
    assert any("sorryAx" in d.message for d in parsed.diagnostics)
    assert not lean.passed(parsed, 0)


def test_non_standard_axiom_is_integrity(lean):
    (d,) = parse_output(fixture("native_decide_text.txt")).diagnostics
    assert d.category is Category.INTEGRITY and "Lean.ofReduceBool" in d.message
    assert "Classical.choice" not in d.message


def test_statement_mismatch_is_integrity():
    parsed = parse_output(fixture("statement_mismatch_json.txt"))
    (d,) = parsed.diagnostics
    assert d.category is Category.INTEGRITY and "not the template's statement" in d.message


def test_missing_module_is_infrastructure():
    parsed = parse_output(fixture("missing_module.txt"))
    assert parsed.diagnostics == [] and "unknown module prefix" in parsed.infrastructure


# ---------------------------------------------------------------------------------------------
# Grading end to end with a fake sandbox that replays fixture output

class ReplaySandbox:
    name = "replay"

    def __init__(self, output: str, exit_code: int):
        self.output, self.exit_code = output, exit_code
        self.files: list[dict[str, str]] = []

    def run(self, argv, files, limits):
        if argv[-1] == "--version":
            return RunResult(exit_code=0, output=fixture("version.txt"), wall_s=0.0)
        self.files.append(files)
        return RunResult(exit_code=self.exit_code, output=self.output, wall_s=0.1)

    def close(self):
        pass


@pytest.mark.parametrize("name,exit_code,status,category", [
    ("pass_json.txt", 0, Status.PASS, Category.NONE),
    ("unsolved_text.txt", 1, Status.FAIL, Category.UNSOLVED_GOAL),
    ("errors_json.txt", 1, Status.FAIL, Category.SYNTAX),
    ("sorry_json.txt", 0, Status.CHEAT, Category.INTEGRITY),
    ("native_decide_text.txt", 0, Status.CHEAT, Category.INTEGRITY),
    ("statement_mismatch_json.txt", 1, Status.CHEAT, Category.INTEGRITY),
    ("missing_module.txt", 1, Status.ERROR, Category.INFRASTRUCTURE),
])
def test_grading_with_replayed_output(task, name, exit_code, status, category):
    sandbox = ReplaySandbox(fixture(name), exit_code)
    verdict = Verifier("lean", sandbox).grade_source(task, task.files("lean").reference_text)
    assert (verdict.status, verdict.category) == (status, category)
    assert set(sandbox.files[0]) == {"VcAttempt.lean", "VcCheck.lean"}


def test_grading_audit_cheat_never_runs_lean(task):
    sandbox = ReplaySandbox(fixture("pass_json.txt"), 0)
    verdict = Verifier("lean", sandbox).grade_contents(task, {"proof": "  sorry\n"})
    assert verdict.status is Status.CHEAT and sandbox.files == []


# ---------------------------------------------------------------------------------------------
# Integration with a real Lean (skipped here: no Lean toolchain on this machine)

@pytest.mark.skipif(shutil.which("lean") is None, reason="lean is not on PATH (install elan/Lean 4 or use containers/lean)")
def test_real_lean_grades_reference_trivial_and_cheats(task):
    verifier = Verifier("lean", LocalSandbox(), limits=Limits(wall_s=600))
    assert verifier.grade_source(task, task.files("lean").reference_text).status is Status.PASS
    assert verifier.grade_contents(task, task.meta.trivial["lean"]).status is Status.FAIL
    assert verifier.grade_contents(task, {"proof": "  sorry\n"}).status is Status.CHEAT


def test_audit_trusts_the_templates_own_instance_but_not_a_models():
    """The locked text is the task author's: its `instance ... Decidable` is not the model's doing."""
    honest = splice(parse_template(INLINE_TEMPLATE, "--"), {"helpers": "", "code": "  l.foldl (· + ·) 0\n",
                                                            "proof": "  rfl\n"})
    assert audit_source(honest, INLINE_TEMPLATE) == []
    # Without the template every token counts; a Decidable instance keyed by a predicate the file
    # itself declares is allowed either way.
    assert audit_source(honest) == []
    sneaky = splice(parse_template(INLINE_TEMPLATE, "--"), {
        "helpers": "instance : LE Int := ⟨fun _ _ => True⟩\n", "code": "  0\n", "proof": "  rfl\n"})
    assert any("instance" in d.message for d in audit_source(sneaky, INLINE_TEMPLATE))
    # Text appended after the template (the harness's vector checks) is scanned; the template is not.
    assert audit_source(honest + "example : post_x [] 0 := by decide\n", INLINE_TEMPLATE) == []
    tail = audit_source(honest + "instance : LE Int := ⟨fun _ _ => True⟩\n", INLINE_TEMPLATE)
    assert [d.line for d in tail if "instance" in d.message] == [honest.count("\n") + 1]
    # A file whose locked text is not the template's is scanned whole.
    edited = honest.replace("def post_x", "instance : LE Int := ⟨fun _ _ => True⟩\ndef post_x")
    # (the `LE Int` instance; the Decidable one keyed by the file's own `post_x` is allowed)
    assert [d.line for d in audit_source(edited, INLINE_TEMPLATE) if "instance" in d.message] == [
        edited.splitlines().index("instance : LE Int := ⟨fun _ _ => True⟩") + 1]


# ---------------------------------------------------------------------------------------------
# Command allow-list: instances only for the model's own types, scopes closed in their region

@pytest.mark.parametrize("helpers,allowed", [
    ("structure P where\n  x : Int\ninstance : LE P := ⟨fun a b => a.x ≤ b.x⟩\n", True),
    ("structure P where\n  x : Int\ninstance : HAdd P Int P := ⟨fun a n => ⟨a.x + n⟩⟩\n", True),  # first argument own
    ("structure P where\n  x : Int\ninstance : HAdd Int Int P := ⟨fun a b => ⟨a + b⟩⟩\n", False),  # outParam only
    ("inductive T | a | b\ninstance : Membership T (List T) := ⟨fun _ _ => True⟩\n", True),
    ("inductive T | a | b\ninstance : Membership T (List Int) := ⟨fun _ _ => True⟩\n", False),
    ("instance (l : List Int) : Decidable (pre_lean_demo l) := by unfold pre_lean_demo; infer_instance\n", True),
    ("instance : DecidablePred pre_lean_demo := fun l => by unfold pre_lean_demo; infer_instance\n", True),
    ("def MyInt := Int\ninstance : LE MyInt := ⟨fun _ _ => True⟩\n", False),  # a def is not a type of its own
    ("instance {α : Type} [Inhabited α] : LE α := ⟨fun _ _ => True⟩\n", False),
    ("structure W (α : Type) where\n  v : α\ninstance {α : Type} [BEq α] : BEq (W α) := ⟨fun a b => a.v == b.v⟩\n", True),
    ("inductive Color | red | green\n  deriving Repr, DecidableEq\nderiving instance Hashable for Color\n", True),
    ("deriving instance Hashable for Nat\n", False),
    ("attribute [local simp] Nat.add_comm in\ntheorem t (a b : Nat) : a + b = b + a := by simp\n", True),
    ("attribute [simp] specMax\n", False),  # a template name
    ("@[simp, grind =] theorem t (a : Nat) : a + 0 = a := rfl\n", True),
    ("@[simp, implemented_by id] def f (a : Nat) : Nat := a\n", False),
    ("namespace A\nnamespace B\ndef f : Nat := 1\nend B\nend A\n", True),
    ("namespace A\ndef f : Nat := 1\n", False),
    ("section\nvariable (k : Nat)\ndef addK (n : Nat) := n + k\nend\n", True),
    ("#check Nat.add\n", True),
    ("#print axioms Nat.add\n", False),
    ("#reduce 1 + 1\n", False),
])
def test_command_allow_list(task, helpers, allowed):
    base = task.files("lean").reference_regions["helpers"]
    source = with_regions(task, helpers=base + helpers)
    findings = audit_source(source, task.files("lean").spec_text)
    assert (findings == []) is allowed, [f.message for f in findings]


def test_unbalanced_end_is_a_syntax_failure_not_a_cheat(task):
    """A Lean 3 style `begin ... end` proof is the model's mistake, not an attack."""
    source = with_regions(task, proof="begin\n  simp\nend\n")
    findings = audit_source(source, task.files("lean").spec_text)
    assert findings and all(f.category is Category.SYNTAX for f in findings)


def test_every_known_command_is_allowed_or_forbidden_never_both():
    from runners.languages.lean import ALLOWED_COMMANDS, FORBIDDEN_COMMANDS, command_words

    assert not ALLOWED_COMMANDS & set(FORBIDDEN_COMMANDS)
    assert command_words() == ALLOWED_COMMANDS | set(FORBIDDEN_COMMANDS)


# ---------------------------------------------------------------------------------------------
# Forbidden shortcuts (task.yaml `forbidden.lean`) and renamed copies of locked definitions: what
# the code computes with may not use them, directly or through helpers; theorems may.

def with_forbidden(task, names):
    return task.model_copy(update={"meta": task.meta.model_copy(update={"forbidden": {"lean": names}})})


@pytest.mark.parametrize("regions,rejected", [
    ({"code": "  l.maximum?.getD 0\n"}, True),                                    # member use
    ({"code": "  (List.maximum? l).getD 0\n"}, True),                             # qualified
    ({"helpers": "def best (l : List Int) : Int := (List.maximum? l).getD 0\n", "code": "  best l\n"}, True),
    ({"helpers": "def a (l : List Int) : Int := l.maximum?.getD 0\ndef b (l : List Int) : Int := a l\n",
      "code": "  b l\n"}, True),                                                   # through two helpers
    ({"helpers": "theorem same (l : List Int) : l.maximum? = l.maximum? := rfl\n"}, False),  # a theorem may
    ({"helpers": "theorem same (l : List Int) : l.maximum? = l.maximum? := rfl\n",
      "code": "  (fun (x : Int) (_ : l.maximum? = l.maximum?) => x) 0 (same l)\n"}, True),  # ... unless code uses it
    ({"code": "  match l with\n  | [] => 0\n  | x :: xs => 2 ^ 0 * maxFrom x xs\n"}, True),  # the power operator
    ({"helpers": "theorem p (n : Nat) : 2 ^ n > 0 := Nat.pos_pow_of_pos n (by decide)\n"}, False),
    ({"helpers": "def maximum? (l : List Int) : Option Int := l.head?\n", "code": "  (maximum? l).getD 0\n"}, False),
])
def test_forbidden_library_calls(task, lean, regions, rejected):
    source = with_regions(task, **regions)
    findings = lean.audit(source, with_forbidden(task, ["List.maximum?", "^"]))
    assert bool(findings) is rejected, [f.message for f in findings]
    assert all(f.category is Category.INTEGRITY for f in findings)


COPY = "def myMax : List Int → Int\n  | [] => 0\n  | y :: ys => ys.foldl max y\n"


def test_renamed_copy_of_a_locked_definition(task, lean):
    (finding,) = lean.audit(with_regions(task, helpers=COPY, code="  myMax l\n"), task)
    assert "`myMax` is a renamed copy of the locked definition `specMax`" in finding.message
    chained = with_regions(task, helpers=COPY + "def viaCopy (l : List Int) : Int := myMax l\n", code="  viaCopy l\n")
    (finding,) = lean.audit(chained, task)
    assert "viaCopy → myMax" in finding.message
    # A copy the code never uses (e.g. to state a lemma) is not a shortcut.
    assert lean.audit(with_regions(task, helpers=task.files("lean").reference_regions["helpers"] + COPY), task) == []


def test_grading_forbidden_call_is_cheat_and_never_runs_lean(task):
    sandbox = ReplaySandbox(fixture("pass_json.txt"), 0)
    verdict = Verifier("lean", sandbox).grade_contents(
        with_forbidden(task, ["List.maximum?"]), {"helpers": "", "code": "  l.maximum?.getD 0\n", "proof": "  simp\n"})
    assert verdict.status is Status.CHEAT and sandbox.files == [] and "List.maximum?" in verdict.reason
