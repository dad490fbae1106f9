"""End to end with the real Dafny: three runs of differing models (the oracle, litellm against the
local fake OpenAI server, a replay file) → `vericode report` writes every table in every format,
the plots and the HTML report, with the numbers the scripted replies imply; `vericode regrade`
reproduces every verdict on the unchanged grader and counts the verdicts a tampered run changes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from runners.cli import main
from runners.store import RunStore
from runners.tasks import load_task
from tests.conftest import dafny_only_copy, requires_dafny
from tests.fake_llm import FakeLLM
from tests.test_report_browser import check_report_in_browser, requires_chromium

pytestmark = [requires_dafny, pytest.mark.dafny, pytest.mark.slow]

BSEARCH, LINEAR = "binary_search_lower_bound", "linear_search"
TABLES = ["pass_rate", "by_round", "by_family", "by_difficulty", "taxonomy", "transitions", "cost", "common_tasks",
          "paired", "matrix"]
PLOTS = ["success_by_round", "success_vs_cost", "taxonomy", "transitions", "task_matrix"]


def fenced(code: str) -> str:
    return f"```dafny\n// <vc:code>\n{code.rstrip()}\n// </vc:code>\n```\n"


def right(task) -> str:
    return "Here it is:\n" + "".join(
        f"```dafny\n// <vc:{name}>\n{text}// </vc:{name}>\n```\n"
        for name, text in task.files("dafny").reference_regions.items())


WRONG = fenced("  i := 0;")  # postcondition fails in both tasks
TYPE_ERROR = fenced("  i := true;")  # type error
CHEAT = fenced("  assume false;")  # audit: CHEAT, never reaches the verifier


def _run_ids(results: Path) -> dict[str, str]:
    return {json.loads(p.read_text())["model"]: p.parent.name for p in results.glob("*/manifest.json")}


@pytest.fixture(scope="module")
def three_runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("e2e")
    tasks_dir = root / "tasks"
    tasks_dir.mkdir()
    bsearch = load_task(dafny_only_copy(BSEARCH, tasks_dir))
    linear = load_task(dafny_only_copy(LINEAR, tasks_dir))
    results = root / "results"
    common = ["--tasks-dir", str(tasks_dir), "eval", "--results", str(results), "--backend", "local", "--quiet",
              "--rounds", "3", "--langs", "dafny", "--tasks", BSEARCH, LINEAR, "--no-cache"]

    assert main(common + ["--model", "oracle"]) == 0

    def responder(body):  # bsearch: wrong, then right; linear_search: wrong, type error, wrong (fails)
        messages = body["messages"]
        round_no = sum(m["role"] == "assistant" for m in messages) + 1
        if "LinearSearch" in messages[1]["content"]:
            return 200, [WRONG, TYPE_ERROR, WRONG][round_no - 1]
        return 200, WRONG if round_no == 1 else right(bsearch)

    with FakeLLM(responder=responder) as llm:
        assert main(common + ["--model", "openai/fake-model", "--api-base", llm.api_base]) == 0
        requests = len(llm.requests)

    replay = root / "replies.jsonl"  # bsearch: a cheat, then right; linear_search: right at once
    replay.write_text("\n".join(json.dumps(r) for r in [
        {"task": BSEARCH, "lang": "dafny", "round": 1, "response": CHEAT},
        {"task": BSEARCH, "lang": "dafny", "round": 2, "response": right(bsearch)},
        {"task": LINEAR, "lang": "dafny", "round": 1, "response": right(linear)}]) + "\n")
    assert main(common + ["--model", f"replay:{replay}"]) == 0

    out = root / "report"
    assert main(["--tasks-dir", str(tasks_dir), "report", "--results", str(results), "--out", str(out)]) == 0
    return {"root": root, "tasks": tasks_dir, "results": results, "out": out, "requests": requests,
            "ids": _run_ids(results)}


def test_report_writes_every_table_in_every_format_with_the_scripted_numbers(three_runs):
    out = three_runs["out"]
    assert three_runs["requests"] == 5  # 2 rounds for bsearch + 3 for linear_search
    for name in TABLES:
        for suffix in ("md", "csv", "tex"):
            assert (out / "tables" / f"{name}.{suffix}").stat().st_size > 0, f"{name}.{suffix}"
    for name in PLOTS:
        assert (out / "plots" / f"{name}.svg").read_text().lstrip().startswith(("<?xml", "<svg"))
        assert (out / "plots" / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (out / "index.html").exists() and (out / "report.md").exists()

    data = json.loads((out / "report.json").read_text())["data"]
    cells = {c["label"]: c for c in data["cells"]}
    assert set(cells) == {"oracle", "openai/fake-model", "replay:replies.jsonl"}
    oracle, fake, replay = cells["oracle"], cells["openai/fake-model"], cells["replay:replies.jsonl"]
    assert (oracle["keys"], oracle["passed"], oracle["by_round"]) == (2, 2, [1.0, 1.0, 1.0])
    assert (fake["keys"], fake["passed"], fake["by_round"]) == (2, 1, [0.0, 0.5, 0.5])
    assert (replay["keys"], replay["passed"], replay["by_round"]) == (2, 2, [0.5, 1.0, 1.0])
    assert fake["categories"] == {"postcondition": 3, "type": 1}
    assert replay["categories"] == {"integrity": 1} and replay["cheat_rounds"] == 1
    assert data["transitions"]["dafny"] == {"postcondition → PASS": 1, "postcondition → type": 1,
                                            "type → postcondition": 1, "integrity → PASS": 1}
    # the fake server's usage: prompt tokens 100 + request index, 50 completion tokens per reply
    assert fake["cost"]["prompt_tokens"] == sum(100 + i for i in range(5)) and fake["cost"]["completion_tokens"] == 250
    assert fake["cost"]["verifier_s"] > 0
    assert data["matrix"][BSEARCH] == {"oracle / dafny": "r1", "openai/fake-model / dafny": "r2",
                                       "replay:replies.jsonl / dafny": "r2"}
    assert data["matrix"][LINEAR]["openai/fake-model / dafny"] == "fail"
    [pair] = [p for p in data["pairs"] if {p["a"], p["b"]} == {"oracle", "openai/fake-model"}]
    assert pair["common"] == 2 and pair["both"] == 1 and pair["a_not_b"] + pair["b_not_a"] == 1
    assert pair["p_value"] == 1.0
    assert not data["warnings"]
    md = (out / "tables" / "pass_rate.md").read_text()
    assert "| openai/fake-model | dafny | 2 | 2 | 0.0% | 50.0% (1/2) |" in md


def test_regrade_reproduces_every_verdict_on_the_unchanged_grader(three_runs):
    results, ids = three_runs["results"], three_runs["ids"]
    original = ids["openai/fake-model"]
    rc = main(["--tasks-dir", str(three_runs["tasks"]), "regrade", original, "--results", str(results),
               "--backend", "local", "--run-id", "fake-regraded", "--workers", "2"])
    assert rc == 0
    before = RunStore(results, original).attempts()
    after = RunStore(results, "fake-regraded").attempts()
    verdicts = lambda rows: sorted((a.task, a.sample, a.round, a.status.value, str(a.category), a.final) for a in rows)
    assert verdicts(after) == verdicts(before) and len(after) == 5
    assert all(a.response == b.response for a, b in zip(sorted(after, key=lambda a: (a.task, a.round)),
                                                         sorted(before, key=lambda a: (a.task, a.round))))
    manifest = json.loads((results / "fake-regraded" / "manifest.json").read_text())
    assert manifest["regraded_from"] == original and manifest["model"] == "openai/fake-model"

    out = three_runs["root"] / "report-regrade"
    assert main(["--tasks-dir", str(three_runs["tasks"]), "report", "--results", str(results), "--out", str(out),
                 "--runs", original, "fake-regraded", "--no-plots", "--no-html"]) == 0
    [regrade] = json.loads((out / "report.json").read_text())["data"]["regrades"]
    assert (regrade["compared"], regrade["same"], regrade["changed"]) == (5, 5, 0)
    assert "| " + original + " | fake-regraded | 5 | 5 | 0 |" in (out / "tables" / "regrade.md").read_text()


def test_regrade_counts_the_verdicts_that_change(three_runs):
    """A run whose recorded verdicts disagree with the grader: re-grading says which and why."""
    results, ids = three_runs["results"], three_runs["ids"]
    source = results / ids["oracle"]
    tampered = results / "oracle-tampered"
    shutil.copytree(source, tampered)
    manifest = json.loads((tampered / "manifest.json").read_text())
    manifest["run_id"] = "oracle-tampered"
    (tampered / "manifest.json").write_text(json.dumps(manifest))
    rows = [json.loads(line) for line in (tampered / "attempts.jsonl").read_text().splitlines()]
    for row in rows:
        row["run_id"] = "oracle-tampered"
        if row["task"] == LINEAR:  # recorded as a final FAIL in round 3 of 3 although the reply is right
            row.update(status="FAIL", category="postcondition", round=3)
    (tampered / "attempts.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert main(["--tasks-dir", str(three_runs["tasks"]), "regrade", "oracle-tampered", "--results", str(results),
                 "--backend", "local", "--run-id", "tampered-regraded"]) == 0
    out = three_runs["root"] / "report-tampered"
    assert main(["--tasks-dir", str(three_runs["tasks"]), "report", "--results", str(results), "--out", str(out),
                 "--runs", "oracle-tampered", "tampered-regraded", "--no-plots", "--no-html"]) == 0
    [regrade] = json.loads((out / "report.json").read_text())["data"]["regrades"]
    assert (regrade["compared"], regrade["changed"]) == (2, 1)
    assert regrade["status_changes"] == {"FAIL → PASS": 1} and regrade["key_outcomes"] == {"fail → pass": 1}
    [change] = regrade["examples"]
    assert change["task"] == LINEAR and change["before"] == "FAIL/postcondition" and change["after"] == "PASS/none"


@requires_chromium
def test_html_report_of_the_three_runs_in_chromium(three_runs):
    seen = check_report_in_browser(three_runs["out"] / "index.html", three_runs["root"])
    assert seen["problems"] == []
    assert seen["images"] == 5 and seen["key_rounds"] >= 1
    assert sorted(seen["matrix_before"]) == [BSEARCH, LINEAR]
