"""Fidelity of Verus files: the erased Rust built natively by cargo against crates.io vstd.

Verus itself does not run here, so the slow rewrites under tests/data/fidelity/verus/ are
executable code only (cost fixtures, not verified solutions); the references are the tasks'.
Skipped when cargo or a cached vstd is not available.
"""

from __future__ import annotations

import shutil

import pytest

from conftest import DATA, TASKS
from runners.fidelity.runner import check_verus
from runners.languages import get_language
from runners.regions import splice
from runners.tasks import load_task

SLOW = sorted((DATA / "fidelity" / "verus").glob("*.md"))


@pytest.fixture(scope="module")
def cargo_ready():
    if shutil.which("cargo") is None:
        pytest.skip("cargo is not on PATH")
    task = load_task(TASKS / "gcd")
    result = check_verus(task, task.files("verus").reference_text)
    if result.verdict == "not_checked":
        pytest.skip(f"the erased Verus build does not run here: {result.reason[:300]}")
    return True


@pytest.mark.slow
@pytest.mark.parametrize("task_id", sorted({p.name.split(".")[0] for p in SLOW}) + ["bst_insert_search", "union_find"])
def test_verus_reference_is_faithful(cargo_ready, task_id):
    task = load_task(TASKS / task_id)
    result = check_verus(task, task.files("verus").reference_text)
    assert result.verdict == "faithful", result.reason
    assert [m.size for m in result.measurements] == task.meta.fidelity.inputs["sizes"]


@pytest.mark.slow
@pytest.mark.parametrize("rewrite", SLOW, ids=lambda p: p.stem)
def test_verus_slow_rewrite_is_too_slow(cargo_ready, rewrite):
    task = load_task(TASKS / rewrite.name.split(".")[0])
    language = get_language("verus")
    source = splice(task.files("verus").template, language.extract(rewrite.read_text(), task))
    result = check_verus(task, source)
    assert result.verdict == "too_slow", result.reason


def test_driver_binds_a_list_of_strings_as_char_rows():
    """A `&Vec<Vec<char>>` entry (several patterns) is given each string's characters, not ints."""
    from runners.fidelity.dafny_cost import Param
    from runners.fidelity.verus_cost import _bind

    lines: list[str] = []
    arg = _bind("pats", Param(name="patterns", type="&Vec<Vec<char>>"), ["ab", "c\"d"], lines)
    assert arg == "&pats"
    assert lines == ['        let mut pats: Vec<Vec<char>> = vec!["ab".chars().collect::<Vec<char>>(), '
                     '"c\\"d".chars().collect::<Vec<char>>()];']
