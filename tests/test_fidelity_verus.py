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
@pytest.mark.parametrize("task_id", sorted({p.name.split(".")[0] for p in SLOW}) + ["bst_insert_search", "union_find", "trie_insert", "tst_search"])
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


def test_driver_builds_a_datatype_value_at_run_time():
    """A trie/TST argument (a Ctor tree) is encoded in pre-order and rebuilt by a generated
    decoder, so no nested literal has to be compiled."""
    from runners.fidelity.dafny_cost import Param
    from runners.fidelity.generators import Ctor
    from runners.fidelity.verus_cost import _bind, decoders, enum_variants

    spec = "verus! {\npub enum Tst {\n    Nil,\n    Node(u8, bool, Box<Tst>, Box<Tst>, Box<Tst>),\n}\n}\n"
    enums = enum_variants(spec)
    assert enums == {"Tst": {"Nil": [], "Node": ["u8", "bool", "Box<Tst>", "Box<Tst>", "Box<Tst>"]}}
    nil = Ctor("Nil")
    value = Ctor("Node", [7, True, nil, Ctor("Node", [3, False, nil, nil, nil]), nil])
    lines: list[str] = []
    assert _bind("t", Param(name="t", type="&Tst"), value, lines, enums) == "&t"
    assert lines == ['        let mut t: Tst = vc_dec_Tst(&mut vc_ints("1,7,1,0,1,3,0,0,0,0,0").iter());']
    code = decoders(enums)
    assert "0 => Tst::Nil," in code
    assert ("1 => Tst::Node((*it.next().unwrap() as u8), (*it.next().unwrap() != 0), Box::new(vc_dec_Tst(it)), "
            "Box::new(vc_dec_Tst(it)), Box::new(vc_dec_Tst(it)))," in code)


def test_a_match_or_if_in_a_clause_is_not_taken_for_the_body():
    """`ensures match t { ... }` and `invariant x == if c { a } else { b }` are expressions: the
    tick goes into the fn and loop bodies, never into a clause (where erasure would drop it)."""
    from runners.fidelity.verus_cost import instrument

    source = """verus! {
fn f(t: u8, n: usize) -> (r: u8)
    ensures
        match t { 0 => r == 0, _ => true },
{
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            i == if n > 0 { i } else { 0 },
        decreases n - i,
    {
        i = i + 1;
    }
    t
}
}
"""
    out = instrument(source)
    assert "match t { 0 => r == 0, _ => true }," in out
    assert "i == if n > 0 { i } else { 0 }," in out
    assert out.count("vc_tick();") == 2  # the fn's body and the loop's
    assert "{ vc_tick();\n    let mut i" in out
    assert "    { vc_tick();\n        i = i + 1;" in out
