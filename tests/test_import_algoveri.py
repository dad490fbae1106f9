"""`vericode import-algoveri`: the seed benchmark's folders (fixtures written here in its format,
tests/data/algoveri/) become `status: imported` tasks with an import report; the Dafny part
resolves with the real Dafny, check-tasks runs its reference-free checks, and `make eval
MODEL=replay:... TASKSET=algoveri` grades them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from runners.importers.algoveri import (Refused, convert_folder, convert_template, entry_name, import_checkout,
                                        split_sections)
from runners.regions import parse_template
from runners.tasks import TaskError, default_statuses, discover, load_task
from tests.conftest import DATA, ROOT, requires_dafny

SEED = DATA / "algoveri"
FOLDERS = SEED / "algoveri_data"


def _imported(tmp_path: Path, resolve=None) -> tuple[Path, dict]:
    into = tmp_path / "tasks-algoveri"
    results = import_checkout(SEED, into, resolve, commit="c0ffee")
    return into, {r.task_id: r for r in results}


# -- pure conversion ---------------------------------------------------------------------------------

def test_locked_sections_are_copied_byte_for_byte_and_editable_ones_become_regions():
    text = (FOLDERS / "linear_search" / "dafny_spec.dfy").read_text()
    spec, notes = convert_template(text, "dafny")
    template = parse_template(spec, "//")
    assert template.region_names == ["helpers", "proofs", "code"]
    for part in split_sections(text, "dafny"):
        if isinstance(part, str):
            assert part in template.locked_text()
        elif part.name in ("preamble", "spec"):
            assert part.open_line + part.body + part.close_line in template.locked_text()
    # `{ // Implement ... }` comments out its own brace: the braces become locked, the comment stays editable.
    assert "{\n// <vc:code>\n  // Implement and verify the linear search here\n// </vc:code>\n}\n" in spec
    assert any("comments out its own closing brace" in n for n in notes)


def test_cheat_placeholders_become_empty_regions_and_are_reported():
    spec, notes = convert_template((FOLDERS / "insertion_sort" / "dafny_spec_new.dfy").read_text(), "dafny")
    assert "assume" not in spec and parse_template(spec, "//").contents()["code"] == ""
    assert any("is a cheat" in n and "assume" in n for n in notes)
    lean, lean_notes = convert_template((FOLDERS / "linear_search" / "lean_spec.lean").read_text(), "lean")
    template = parse_template(lean, "--")
    assert template.region_names == ["helpers", "code", "proofs", "proof"]
    assert "sorry" not in lean and all(v == "" for v in template.contents().values())
    assert sum("sorry" in n for n in lean_notes) == 2
    verus, _ = convert_template((FOLDERS / "linear_search" / "verus_spec.rs").read_text(), "verus")
    assert "assume(false)" not in verus and "fn main() {}" in verus


@pytest.mark.parametrize("text, lang, problem", [
    ("// <spec>\nmethod M()\n// <code>\n{}\n// </code>\n", "dafny", "unbalanced"),
    ("// <code>\n{}\n// </code>\n// <code>\n// </code>\n", "verus", "duplicated"),
    ("// <code>\n{}\n", "dafny", "never closed"),
    ("// </code>\n", "dafny", "no section is open"),
    ("-- !benchmark @start code\n  sorry\n-- !benchmark @end proof\n", "lean", "unbalanced"),
    ("-- !benchmark @start precond\ndef p : Prop := sorry\n-- !benchmark @end precond\n"
     "-- !benchmark @start code\n-- !benchmark @end code\n", "lean", "teacher-owned sorry"),
    ("// <preamble>\nlemma L() ensures false { assume false; }\n// </preamble>\n// <code>\n// </code>\n", "dafny",
     "teacher-owned assume"),
    ("// <preamble>\n// </preamble>\n// <helpers>\n// </helpers>\n", "dafny", "no code section"),
])
def test_unsound_templates_are_refused_with_the_reason(text, lang, problem):
    with pytest.raises(Refused, match=problem):
        convert_template(text, lang)


def test_cheat_words_in_comments_of_locked_text_are_not_refusals():
    text = "// <preamble>\n// do not assume anything; no sorry here\n// </preamble>\n// <code>\n// </code>\n"
    spec, _ = convert_template(text, "dafny")
    assert "do not assume anything" in spec


def test_entries_are_found_in_each_language():
    assert entry_name((FOLDERS / "linear_search" / "dafny_spec.dfy").read_text(), "dafny") == "LinearSearch"
    assert entry_name((FOLDERS / "linear_search" / "verus_spec.rs").read_text(), "verus") == "linear_search"
    assert entry_name((FOLDERS / "linear_search" / "lean_spec.lean").read_text(), "lean") == "linearSearch"


def test_folder_deviations_new_pair_and_misnamed_nl_text():
    sort = convert_folder(FOLDERS / "insertion_sort")
    assert sort.langs["dafny"].source_file == "dafny_spec_new.dfy"
    assert "inserting each element" in sort.langs["dafny"].description
    assert any("dafny_spec.dfy ignored" in n for n in sort.langs["dafny"].notes)
    gcd = convert_folder(FOLDERS / "gcd_euclid")
    assert gcd.langs["lean"].outcome == "repaired"
    assert any("misnamed lean_nl_.txt" in n for n in gcd.langs["lean"].notes)
    assert "Euclid" in gcd.langs["lean"].description
    assert gcd.langs["verus"].outcome == "missing"


# -- a checkout: task set and report -----------------------------------------------------------------

def test_import_writes_imported_tasks_and_a_report(tmp_path):
    into, results = _imported(tmp_path)
    assert sorted(p.name for p in into.iterdir() if p.is_dir()) == ["gcd_euclid", "insertion_sort", "linear_search",
                                                                       "unresolved_max"]
    assert yaml.safe_load((into / "taskset.yaml").read_text())["statuses"] == ["imported"]
    tasks = {t.id: t for t in discover(into)}  # the folder's own default set: its imported tasks
    assert set(tasks) == {"gcd_euclid", "insertion_sort", "linear_search", "unresolved_max"}
    ls = tasks["linear_search"]
    assert ls.meta.status == "imported" and ls.meta.source == "algoveri@c0ffee"
    assert ls.meta.family == "sorting/searching" and sorted(ls.languages) == ["dafny", "lean", "verus"]
    assert ls.meta.entry == {"dafny": "LinearSearch", "verus": "linear_search", "lean": "linearSearch"}
    assert ls.files("dafny").reference_text == "" and ls.files("dafny").reference_regions == {}
    assert not (ls.root / "dafny" / "reference.dfy").exists()
    assert "first index holding the key" in ls.description
    report = json.loads((into / "import-report.json").read_text())
    outcome = {(t["task"], lang): v["outcome"] for t in report["tasks"] for lang, v in t["langs"].items()}
    assert outcome[("broken_tags", "dafny")] == outcome[("broken_tags", "verus")] == "refused"
    assert outcome[("locked_cheat", "dafny")] == outcome[("locked_cheat", "lean")] == "refused"
    assert outcome[("insertion_sort", "dafny")] == "repaired" and outcome[("insertion_sort", "lean")] == "missing"
    md = (into / "import-report.md").read_text()
    assert "| broken_tags | verus | refused | line 13: duplicated tags" in md
    assert "teacher-owned assume" in md and "teacher-owned sorry" in md
    assert not (into / "broken_tags").exists() and not (into / "locked_cheat").exists()


def test_reimport_replaces_imported_tasks_but_never_a_task_of_ours(tmp_path):
    into, _ = _imported(tmp_path)
    (into / "linear_search" / "stale.txt").write_text("x")
    import_checkout(SEED, into, None, commit="c0ffee")
    assert not (into / "linear_search" / "stale.txt").exists()
    (into / "gcd_euclid" / "task.yaml").write_text((ROOT / "tasks" / "gcd" / "task.yaml").read_text())
    with pytest.raises(FileExistsError, match="gcd_euclid"):
        import_checkout(SEED, into, None, commit="c0ffee")
    assert (into / "linear_search" / "task.yaml").exists()  # refused before anything was written


def test_import_never_writes_into_our_task_folder(tmp_path, capsys):
    from runners.cli import main

    ours = tmp_path / "tasks"
    ours.mkdir()
    shutil.copytree(ROOT / "tasks" / "gcd", ours / "gcd")
    assert main(["import-algoveri", str(SEED), "--into", str(ours), "--no-resolve"]) == 2
    assert "not imported (gcd" in capsys.readouterr().err
    assert sorted(p.name for p in ours.iterdir()) == ["gcd"]


def test_only_imported_tasks_may_lack_a_reference(tmp_path):
    into, _ = _imported(tmp_path)
    meta = into / "linear_search" / "task.yaml"
    meta.write_text(meta.read_text().replace("status: imported", "status: stable"))
    with pytest.raises(TaskError, match="only tasks with 'status: imported' may come without one"):
        load_task(into / "linear_search")


def test_task_set_selector(tmp_path):
    from runners.config import ConfigError, taskset_dir, taskset_results
    from runners.cli import main

    # another set's runs go to results/<set>/ (a run id does not depend on the tasks), ours stay put
    assert taskset_results("algoveri", Path("results")) == Path("results/algoveri")
    assert taskset_results("algoveri", tmp_path) == tmp_path
    assert taskset_results("default", Path("results")) == Path("results")

    assert taskset_dir("default") == Path("tasks")
    with pytest.raises(ConfigError, match="unknown task set"):
        taskset_dir("nope")
    assert default_statuses(ROOT / "tasks") == ("stable",)  # ours: the stable tasks
    assert default_statuses(_imported(tmp_path)[0]) == ("imported",)
    if not (ROOT / "tasks-algoveri").exists():
        cwd = os.getcwd()
        os.chdir(ROOT)
        try:
            assert main(["--task-set", "algoveri", "list"]) == 2  # not imported yet: one line, exit 2
        finally:
            os.chdir(cwd)


# -- with the real Dafny ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def imported_with_dafny(tmp_path_factory):
    if shutil.which("dafny") is None:
        pytest.skip("dafny is not on PATH")
    from runners.importers.algoveri import dafny_resolver

    resolve, close = dafny_resolver("local")
    try:
        return _imported(tmp_path_factory.mktemp("import"), resolve)
    finally:
        close()


@requires_dafny
@pytest.mark.dafny
def test_dafny_part_resolves_where_the_template_is_sound(imported_with_dafny, tmp_path):
    into, results = imported_with_dafny
    assert results["unresolved_max"].langs["dafny"].outcome == "refused"
    assert "function 'IsMax' expects 2, got 3" in " ".join(results["unresolved_max"].langs["dafny"].notes)
    assert not (into / "unresolved_max").exists()  # no language left
    written = sorted(into.glob("*/dafny/spec.dfy"))
    assert [p.parent.parent.name for p in written] == ["gcd_euclid", "insertion_sort", "linear_search"]
    for spec in written:  # independently of the importer's own check: Dafny itself resolves each one
        copy = tmp_path / f"{spec.parent.parent.name}.dfy"
        copy.write_text(spec.read_text())
        out = subprocess.run(["dafny", "/noVerify", "/compile:0", "/nologo", str(copy)], capture_output=True,
                             text=True, timeout=300)
        assert out.returncode == 0 and "Error" not in out.stdout and " 0 errors" in out.stdout, out.stdout


@requires_dafny
@pytest.mark.dafny
def test_check_tasks_runs_the_reference_free_checks(imported_with_dafny, tmp_path):
    into, _ = imported_with_dafny
    out = subprocess.run([sys.executable, "-m", "runners", "--tasks-dir", str(into), "check-tasks", "--langs", "dafny",
                          "--backend", "local", "--workers", "2", "--quiet", "--json-out", str(tmp_path / "c.json")],
                         cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stdout + out.stderr
    seen = {(r["task"], r["check"]): r["status"] for r in json.loads((tmp_path / "c.json").read_text())}
    assert seen == {(t, c): s for t in ("gcd_euclid", "insertion_sort", "linear_search")
                    for c, s in (("template", "PASS"), ("empty", "FAIL"))}


@requires_dafny
@pytest.mark.dafny
def test_make_eval_replay_on_the_imported_task_set(imported_with_dafny, tmp_path):
    into, _ = imported_with_dafny
    shutil.copytree(into, tmp_path / "tasks-algoveri")  # TASKSET=algoveri is ./tasks-algoveri
    body = ("  i := 0;\n  while i < a.Length\n    invariant 0 <= i <= a.Length\n"
            "    invariant forall k :: 0 <= k < i ==> a[k] != key\n  {\n    if a[i] == key { return; }\n"
            "    i := i + 1;\n  }\n  i := -1;\n")
    replies = [("linear_search", f"```dafny\n// <vc:code>\n{body}// </vc:code>\n```"),
               ("insertion_sort", "```dafny\n// <vc:code>\n  assume false;\n// </vc:code>\n```"),
               ("gcd_euclid", "```dafny\n// <vc:code>\n  g := 1;\n// </vc:code>\n```")]
    replay = tmp_path / "replies.jsonl"
    replay.write_text("".join(json.dumps({"task": t, "lang": "dafny", "round": 1, "response": r}) + "\n"
                              for t, r in replies))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(["make", "-s", "-f", str(ROOT / "Makefile"), f"PY={sys.executable}", "eval",
                          f"MODEL=replay:{replay}", "TASKSET=algoveri", "ROUNDS=1", "BACKEND=local",
                          f"ARGS=--results {tmp_path / 'results'} --no-cache --quiet --no-fidelity"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stdout + out.stderr
    [attempts] = (tmp_path / "results").glob("*/attempts.jsonl")
    status = {row["task"]: row["verdict"]["status"] for row in map(json.loads, attempts.read_text().splitlines())}
    assert status == {"linear_search": "PASS", "insertion_sort": "CHEAT", "gcd_euclid": "FAIL"}


def test_byte_order_mark_and_differing_nl_texts_are_reported(tmp_path):
    folder = tmp_path / "linear_search"
    shutil.copytree(FOLDERS / "linear_search", folder)
    spec = folder / "dafny_spec.dfy"
    spec.write_text("\ufeff" + spec.read_text())
    (folder / "lean_nl.txt").write_text("Another wording of the linear search.\n")
    result = convert_folder(folder)
    assert result.langs["dafny"].outcome == "repaired" and not result.langs["dafny"].spec.startswith("\ufeff")
    assert any("byte-order mark" in n for n in result.langs["dafny"].notes)
    assert any("NL texts differ" in n for n in result.notes)


def test_a_lifted_body_keeps_its_relative_indentation():
    text = ("// <spec>\nmethod M(n: int) returns (r: int)\n// </spec>\n// <code>\n{\n    r := 0;\n    if n > 0 {\n"
            "        r := n;\n    }\n}\n// </code>\n")
    spec, _ = convert_template(text, "dafny")
    assert parse_template(spec, "//").contents()["code"] == "  r := 0;\n  if n > 0 {\n      r := n;\n  }\n"
    assert spec.endswith("{\n// <vc:code>\n  r := 0;\n  if n > 0 {\n      r := n;\n  }\n// </vc:code>\n}\n")


def test_entry_is_the_executable_fn_or_method():
    verus = ("// <spec>\npub open spec fn helper(x: int) -> bool { x > 0 }\npub fn run(x: i64) -> (r: i64)\n"
             "    ensures helper(r as int),\n// </spec>\n")
    assert entry_name(verus, "verus") == "run"
    dafny = "// <spec>\nlemma {:induction false} SumFormula(n: nat)\n  ensures true\n// </spec>\n"
    assert entry_name(dafny, "dafny") == "SumFormula"
    dafny = "// <spec>\npredicate P(x: int)\nmethod {:verify true} Run(x: int)\n// </spec>\n"
    assert entry_name(dafny, "dafny") == "Run"


def test_lean_entry_theorem_gets_the_harness_name_and_the_lean_audit_reads_it(tmp_path):
    from runners.languages import get_language
    from runners.regions import empty_contents, splice

    into, results = _imported(tmp_path)
    assert any("theorem linearSearch_spec :" in n for n in results["linear_search"].langs["lean"].notes)
    task = load_task(into / "linear_search")
    files = task.files("lean")
    seed = (FOLDERS / "linear_search" / "lean_spec.lean").read_text()
    postcond = "-- !benchmark @start postcond" + seed.split("-- !benchmark @start postcond")[1].split(
        "-- !benchmark @end postcond")[0] + "-- !benchmark @end postcond\n"
    assert postcond in files.spec_text  # locked sections byte for byte
    assert ("theorem linearSearch_spec : ∀ (a : List Int) (key : Int) (h_precond : linearSearch_precond a key), "
            "linearSearch_postcond a key (linearSearch a key h_precond) h_precond := @linearSearch_spec_satisfied\n"
            ) in files.spec_text
    lean = get_language("lean")
    assert lean.audit(splice(files.template, empty_contents(files.template)), task) == []
    cheat = lean.audit(splice(files.template, {"code": "  -1\n", "proof": "  sorry\n"}), task)
    assert cheat and "sorry" in cheat[0].message
