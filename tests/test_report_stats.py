"""The report's numbers on a small case computed by hand: Wilson intervals, the exact McNemar
p-value, unbiased pass@k, success by round, taxonomy shares, round-to-round transitions, paired
comparisons on common tasks, configuration rows, and the outputs in every format."""

import csv
import io
import json
from math import isclose

import pytest

from runners.models import Usage
from runners.report import mcnemar_exact, pass_at_k, wilson, write_report
from runners.report.stats import bootstrap_mean
from runners.store import Attempt, Manifest, RunStore
from runners.verdict import Diagnostic, Status, Verdict
from runners.taxonomy import Category


def test_wilson_interval_matches_hand_computation():
    # 7/10: centre (0.7 + z²/20) / (1 + z²/10), half-width z·sqrt(0.021 + z²/400) / (1 + z²/10), z = 1.96
    lo, hi = wilson(7, 10)
    assert isclose(lo, 0.3968, abs_tol=1e-4) and isclose(hi, 0.8922, abs_tol=1e-4)
    lo, hi = wilson(0, 5)  # no success: lower bound 0, upper z²/(n+z²) = 0.4345
    assert lo == 0.0 and isclose(hi, 0.4345, abs_tol=1e-4)
    lo, hi = wilson(3, 4)
    assert isclose(lo, 0.3006, abs_tol=1e-4) and isclose(hi, 0.9544, abs_tol=1e-4)
    assert wilson(0, 0) == (0.0, 1.0)


def test_mcnemar_exact_p_values():
    assert isclose(mcnemar_exact(1, 6), 2 * (1 + 7) / 2**7)  # 0.125
    assert isclose(mcnemar_exact(6, 1), 0.125)
    assert isclose(mcnemar_exact(0, 5), 2 / 2**5)  # 0.0625: five discordant tasks one way is not p < 0.05
    assert isclose(mcnemar_exact(0, 6), 2 / 2**6)  # 0.03125
    assert mcnemar_exact(3, 3) == 1.0 and mcnemar_exact(0, 0) == 1.0


def test_pass_at_k_and_bootstrap():
    assert isclose(pass_at_k(3, 1, 2), 1 - 1 / 3)  # 1 - C(2,2)/C(3,2)
    assert pass_at_k(3, 2, 2) == 1.0
    lo, hi = bootstrap_mean([1.0, 0.0, 0.5, 1.0])
    assert 0.0 <= lo < 0.625 < hi <= 1.0
    assert bootstrap_mean([1.0, 0.0, 0.5, 1.0]) == (lo, hi)  # seeded: reproducible


# -- a small recorded case -------------------------------------------------------------------------

def _manifest(run_id, model, rounds=3, samples=1, created="2025-01-01T00:00:00"):
    return Manifest(run_id=run_id, created=created, harness_version="0", harness_commit="x", model=model,
                    model_params={"temperature": 0.0}, rounds=rounds, samples=samples, langs=["dafny"], tasks={},
                    verifiers={}, prompt_templates={"initial.j2": "abc"})


def _record(root, manifest, keys, lang="dafny"):
    """keys: task -> list of per-round outcomes: 'PASS', 'ERROR', or a failing category ('!cat' = CHEAT)."""
    store = RunStore(root, manifest.run_id)
    store.write_manifest(manifest)
    for (task, sample), rounds in keys.items():
        scored = 0
        for i, outcome in enumerate(rounds):
            if outcome == "ERROR":
                store.append(Attempt(run_id=manifest.run_id, task=task, lang=lang, sample=sample, round=scored + 1,
                                     status=Status.ERROR, category="infrastructure", final=False))
                continue
            scored += 1
            status = Status.PASS if outcome == "PASS" else Status.CHEAT if outcome.startswith("!") else Status.FAIL
            category = "none" if outcome == "PASS" else outcome.lstrip("!")
            final = status is Status.PASS or scored == manifest.rounds
            store.append(Attempt(run_id=manifest.run_id, task=task, lang=lang, sample=sample, round=scored,
                                 status=status, category=category, final=final, response=f"reply {task} {scored}",
                                 usage=Usage(prompt_tokens=100, completion_tokens=20, cost_usd=0.001)))


@pytest.fixture()
def small_case(tmp_path):
    results, tasks = tmp_path / "results", tmp_path / "tasks"
    (tasks / "t1").mkdir(parents=True)
    (tasks / "t1" / "task.yaml").write_text("id: t1\ntitle: T one\nfamily: dp\ndifficulty: easy\n")
    _record(results, _manifest("a", "m-a"), {
        ("t1", 0): ["PASS"], ("t2", 0): ["invariant", "PASS"], ("t3", 0): ["type", "postcondition", "postcondition"],
        ("t4", 0): ["PASS"]})
    _record(results, _manifest("b", "m-b"), {
        ("t1", 0): ["syntax", "PASS"], ("t2", 0): ["invariant", "invariant", "assertion"], ("t3", 0): ["PASS"],
        ("t4", 0): ["ERROR"], ("t5", 0): ["timeout", "timeout", "PASS"]})
    # Same model as `a`, one round only: a different configuration, so a row of its own.
    _record(results, _manifest("a1", "m-a", rounds=1), {("t1", 0): ["PASS"], ("t2", 0): ["!integrity"]})
    # Three samples per task: pass@k.
    _record(results, _manifest("c", "m-c", samples=3), {
        ("t1", 0): ["PASS"], ("t1", 1): ["type", "type", "type"], ("t1", 2): ["PASS"],
        ("t2", 0): ["type", "type", "type"], ("t2", 1): ["PASS"], ("t2", 2): ["type", "type", "type"]})
    return results, tasks


def _cell(report, label):
    return next(c for c in report.data.cells if c.label == label)


def test_small_case_numbers(small_case, tmp_path):
    results, tasks = small_case
    report = write_report(results, tmp_path / "out", tasks, plots=False, html=False)
    labels = {c.label for c in report.data.cells}
    assert labels == {"m-a (R=3)", "m-a (R=1)", "m-b", "m-c"}  # rows are configurations, not model names

    a, b, a1, c = (_cell(report, x) for x in ("m-a (R=3)", "m-b", "m-a (R=1)", "m-c"))
    assert (a.keys, a.passed, a.passed_round1) == (4, 3, 2)
    assert a.by_round == [0.5, 0.75, 0.75]
    assert (a.interval.low, a.interval.high) == pytest.approx(wilson(3, 4)) and a.interval.method == "wilson"
    assert isclose(a.mean_rounds_to_success, (1 + 2 + 1) / 3)
    assert (b.keys, b.passed, b.errors, b.incomplete) == (4, 3, 1, 1)  # t4 only ERROR: never scored
    assert b.by_round == [0.25, 0.5, 0.75]
    assert (a1.keys, a1.passed, a1.cheats, a1.by_round) == (2, 1, 1, [0.5])
    # pass@k over 3 samples: t1 2/3 pass, t2 1/3 → pass@1 = 1/2, pass@3 = 1, interval bootstrapped over tasks
    assert isclose(c.pass_at[1], 0.5) and isclose(c.pass_at[3], 1.0) and c.interval.method == "bootstrap"

    # taxonomy: A fails invariant 1, type 1, postcondition 2; B syntax 1, invariant 2, assertion 1, timeout 2
    assert a.categories == {"invariant": 1, "type": 1, "postcondition": 2}
    assert b.categories == {"syntax": 1, "invariant": 2, "assertion": 1, "timeout": 2}
    assert a.transitions == {"invariant → PASS": 1, "type → postcondition": 1, "postcondition → postcondition": 1}
    assert b.transitions == {"syntax → PASS": 1, "invariant → invariant": 1, "invariant → assertion": 1,
                             "timeout → timeout": 1, "timeout → PASS": 1}

    # A vs B on dafny: common t1 t2 t3 (t4 only A finished, t5 only B); both t1, A only t2, B only t3
    [p] = [p for p in report.data.pairs if {p.a, p.b} == {"m-a (R=3)", "m-b"}]
    if p.a != "m-a (R=3)":
        p.a_not_b, p.b_not_a, p.a_only, p.b_only = p.b_not_a, p.a_not_b, p.b_only, p.a_only
    assert (p.common, p.a_only, p.b_only, p.both, p.neither, p.a_not_b, p.b_not_a) == (3, 1, 1, 1, 0, 1, 1)
    assert p.p_value == 1.0

    # ERROR and incomplete keys are named atop every table
    assert any("m-b / dafny: 1 ERROR round(s) and 1 incomplete key(s)" in w for w in report.data.warnings)
    assert all(t.warnings == report.data.warnings for t in report.tables)
    # families: t1 has one, the others are unassigned
    fam = {(g.label, g.group): (g.passed, g.keys) for g in report.data.families}
    assert fam[("m-a (R=3)", "dp")] == (1, 1) and fam[("m-a (R=3)", "unassigned")] == (2, 3)
    # common tasks across the four rows: t1 and t2 (all finished them); t3..t5 dropped
    [common] = report.data.common
    assert common.tasks == 2 and common.dropped == 3


def test_small_case_formats(small_case, tmp_path):
    results, tasks = small_case
    out = tmp_path / "out"
    report = write_report(results, out, tasks, plots=False, html=False)
    names = {t.name for t in report.tables}
    assert {"pass_rate", "by_round", "by_family", "by_difficulty", "taxonomy", "transitions", "cost", "matrix",
            "paired", "common_tasks"} <= names
    for name in names:
        for suffix in (".md", ".csv", ".tex"):
            assert (out / "tables" / f"{name}{suffix}").stat().st_size > 0
    md = (out / "tables" / "pass_rate.md").read_text()
    assert md.splitlines()[2].startswith("> **Warning:** m-b / dafny: 1 ERROR round")
    assert "| m-a (R=3) | dafny | 4 | 4 | 50.0% | 75.0% (3/4) | [30.1, 95.4] |" in md
    for tex_file in (out / "tables").glob("*.tex"):  # every symbol escaped: pdflatex needs no unicode setup
        assert tex_file.read_text().isascii(), tex_file.name
    tex = (out / "tables" / "pass_rate.tex").read_text()
    assert "\\toprule" in tex and "\\bottomrule" in tex and "75.0\\% (3/4)" in tex
    rows = list(csv.reader(io.StringIO("".join(
        line for line in (out / "tables" / "paired.csv").open() if not line.startswith("#")))))
    assert rows[0][-1] == "p (McNemar)" and all(r[-1] for r in rows[1:])
    trans = (out / "tables" / "transitions.md").read_text()
    assert "| dafny | invariant | PASS | 1 |" in trans
    data = json.loads((out / "report.json").read_text())
    assert {t["name"] for t in data["tables"]} == names
    assert data["data"]["taxonomy"]["dafny"]["invariant"] == 3
    matrix = (out / "tables" / "matrix.md").read_text()
    assert "| t2 | unassigned | unassigned | r2 | cheat | fail | 1/3 |" in matrix
    assert "| t4 | unassigned | unassigned | r1 | – | error | – |" in matrix


def test_filters_and_labels(small_case, tmp_path):
    results, tasks = small_case
    report = write_report(results, tmp_path / "out", tasks, plots=False, html=False, runs=["a", "b"],
                          labels={"a": "Model A", "m-b": "Model B"}, tasks=["t1", "t2", "t3"])
    assert [c.label for c in report.data.cells] == ["Model A", "Model B"]
    assert {o.task for o in report.selection.outcomes} == {"t1", "t2", "t3"}
    assert not report.data.warnings  # t4 (the ERROR) was filtered out
    families = write_report(results, tmp_path / "out2", tasks, plots=False, html=False, families=["dp"])
    assert {o.task for o in families.selection.outcomes} == {"t1"}


def test_duplicate_keys_of_one_configuration_keep_the_latest_run(small_case, tmp_path):
    results, tasks = small_case
    _record(results, _manifest("a-again", "m-a", created="2025-02-01T00:00:00"), {("t3", 0): ["PASS"]})
    report = write_report(results, tmp_path / "out", tasks, plots=False, html=False)
    a = _cell(report, "m-a (R=3)")
    assert a.runs == ["a", "a-again"] and a.passed == 4 and a.keys == 4  # not counted as an extra sample
    assert any("1 key(s) recorded by more than one run" in w for w in report.data.warnings)


def test_categories_are_derived_again_from_stored_verifier_output(tmp_path):
    """A round recorded before the map knew a message is re-categorised by the current map."""
    store = RunStore(tmp_path, "old")
    store.write_manifest(_manifest("old", "m", rounds=1))
    output = ("t.dfy(7,2): Error BP5003: A postcondition might not hold on this return path.\n"
              "Dafny program verifier finished with 1 verified, 1 errors\n")
    stale = Verdict(status=Status.FAIL, category=Category.OTHER_VERIFICATION, output=output, exit_code=4,
                    diagnostics=[Diagnostic(category=Category.OTHER_VERIFICATION, message="A postcondition might not hold")])
    store.append(Attempt(run_id="old", task="t", lang="dafny", sample=0, round=1, status=Status.FAIL,
                         category="other_verification", final=True, verdict=stale))
    report = write_report(tmp_path, tmp_path / "out", tmp_path / "tasks", plots=False, html=False)
    assert report.data.cells[0].categories == {"postcondition": 1}
    assert report.data.cells[0].unmapped == {}


def test_fidelity_record_is_read_from_an_object_or_a_dict():
    from types import SimpleNamespace

    from runners.report.data import fidelity_verdict

    assert fidelity_verdict(SimpleNamespace(fidelity=None)) is None
    assert fidelity_verdict(SimpleNamespace(fidelity={"verdict": "too_slow"})) == "too_slow"
    assert fidelity_verdict(SimpleNamespace(fidelity=SimpleNamespace(verdict="faithful"))) == "faithful"
    assert fidelity_verdict(SimpleNamespace()) is None  # a store without the field


def test_verified_and_verified_faithful_side_by_side(small_case, tmp_path, monkeypatch):
    import runners.report.data as data_module

    verdicts = {("a", "t1"): "faithful", ("a", "t2"): "too_slow", ("a", "t4"): "not_checked"}
    monkeypatch.setattr(data_module, "fidelity_verdict", lambda a: verdicts.get((a.run_id, a.task)))
    results, tasks = small_case
    report = write_report(results, tmp_path / "out", tasks, plots=False, html=False)
    a = _cell(report, "m-a (R=3)")
    assert a.fidelity == {"faithful": 1, "too_slow": 1, "not_checked": 1} and isclose(a.verified_faithful, 1 / 4)
    # m-b has no fidelity record at all: unknown ("–"), not 0 %
    assert report.data.has_fidelity and _cell(report, "m-b").verified_faithful is None
    md = (tmp_path / "out" / "tables" / "fidelity.md").read_text()
    assert "| m-a (R=3) | dafny | 75.0% (3/4) | 25.0% | 1 | 1 | 1 | 0 |" in md
    assert "| m-b | dafny | 75.0% (3/4) | – | 0 | 0 | 0 | 3 |" in md
    assert "verified + faithful" in (tmp_path / "out" / "tables" / "pass_rate.md").read_text()


@pytest.mark.skipif("fidelity" not in Attempt.model_fields, reason="the store's Attempt has no fidelity field yet")
def test_fidelity_field_of_the_store_reaches_the_report(tmp_path):
    store = RunStore(tmp_path, "f")
    store.write_manifest(_manifest("f", "m", rounds=1))
    for task, verdict in (("t1", "faithful"), ("t2", "too_slow")):
        row = Attempt(run_id="f", task=task, lang="dafny", sample=0, round=1, status=Status.PASS, category="none",
                      final=True).model_dump(mode="json")
        row["fidelity"] = {"verdict": verdict}
        store.append(Attempt.model_validate(row))
    report = write_report(tmp_path, tmp_path / "out", tmp_path / "tasks", plots=False, html=False)
    assert report.data.cells[0].fidelity == {"faithful": 1, "too_slow": 1}


def test_language_pairs_compare_one_configuration_across_languages(tmp_path):
    results = tmp_path / "results"
    # dafny passes t1..t6, lean passes t1 only and never finished t6: 5 tasks paired, all discordant one way
    keys = {(f"t{i}", 0): ["PASS"] for i in range(1, 7)}
    _record(results, _manifest("x", "m"), keys, lang="dafny")
    lean = {("t1", 0): ["PASS"], **{(f"t{i}", 0): ["type", "type", "type"] for i in range(2, 6)}, ("t6", 0): ["ERROR"]}
    _record(results, _manifest("x", "m"), lean, lang="lean")
    report = write_report(results, tmp_path / "out", tmp_path / "tasks", plots=False, html=False)
    [p] = report.data.pairs
    assert (p.kind, p.a_lang, p.b_lang, p.common, p.a_only, p.b_only) == ("language", "dafny", "lean", 5, 1, 0)
    assert (p.both, p.a_not_b, p.b_not_a) == (1, 4, 0) and isclose(p.p_value, 2 / 2**4)
    assert "| language | m | dafny | lean | 5 | 1 | 100.0% | 20.0% | 1 | 0 | 4 | 0 | 0.125 |" in \
        (tmp_path / "out" / "tables" / "paired.md").read_text()
