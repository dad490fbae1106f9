"""Fidelity: the pure parts (complexity expressions, generators, instrumentation, driver, fit)
and every task's fidelity declaration."""

from __future__ import annotations

import random

import pytest

from conftest import TASKS
from runners.fidelity import dafny_cost, fit, generators
from runners.fidelity.complexity import ComplexityError, parse
from runners.fidelity.model import Measurement
from runners.tasks import TaskError, load_task


def _loadable_tasks():
    """Every task folder that loads (folders being written are checked by test_tasks, not here)."""
    tasks = []
    for folder in sorted(TASKS.iterdir()):
        try:
            tasks.append(load_task(folder))
        except TaskError:
            continue
    return tasks


# -- complexity ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, values, expected", [
    ("1", {}, 1.0),
    ("log n", {"n": 1024}, 10.0),
    ("n log n", {"n": 1024}, 10240.0),
    ("n^2", {"n": 30}, 900.0),
    ("n*W", {"n": 4, "W": 100}, 400.0),
    ("n + k", {"n": 10, "k": 5}, 15.0),
    ("sqrt n", {"n": 10000}, 100.0),
    ("n log log n", {"n": 2 ** 16}, 2 ** 16 * 4.0),
    ("(n + m)^2", {"n": 1, "m": 2}, 9.0),
    ("log e", {"e": 1}, 1.0),  # log never drops below 1
])
def test_complexity_values(text, values, expected):
    assert parse(text)(values) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "n^", "log", "(n", "n ) m", "n % 2"])
def test_complexity_rejects_malformed(text):
    with pytest.raises(ComplexityError):
        parse(text)


def test_complexity_names_missing_variable():
    with pytest.raises(ComplexityError, match="W"):
        parse("n*W")({"n": 3})


# -- generators ---------------------------------------------------------------------------------

def _sorted(a):
    return all(x <= y for x, y in zip(a, a[1:]))


def _heap(h):
    return all(h[i] >= h[j] for i in range(len(h)) for j in (2 * i + 1, 2 * i + 2) if j < len(h))


def _unimodal(a):
    peak = a.index(max(a))
    return all(x < y for x, y in zip(a[:peak], a[1:peak + 1])) and all(x > y for x, y in zip(a[peak:], a[peak + 1:]))


def _inorder(t):
    if isinstance(t, generators.BalancedTree):
        t = t.to_ctor()
    return [] if t.name == "Leaf" else _inorder(t.args[0]) + [t.args[1]] + _inorder(t.args[2])


def _is_leaf_key(t, x):
    """x is the key of a node whose children are both leaves (plain nodes Node(left, key, right))."""
    if t.name == "Leaf":
        return False
    left, key, right = t.args
    if key == x:
        return left.name == "Leaf" and right.name == "Leaf"
    return _is_leaf_key(left if x < key else right, x)


def _perfect_black(t):
    """Every node black and 2^j - 1 keys: a perfectly balanced all-black LLRB."""
    size = len(t.keys)
    return t.red is not None and not any(t.red) and (size + 1) & size == 0 and list(t.keys) == sorted(set(t.keys))


def _depth(p, i):
    d = 0
    while p[i] != i:
        i, d = p[i], d + 1
    return d


PROPERTIES = {
    "sorted_array_key": lambda a, key: _sorted(a),
    "sorted_with_duplicates": lambda a: _sorted(a),
    "two_sum_absent": lambda a, t: _sorted(a) and all(x + y != t for x in a for y in a),
    "array_absent_key": lambda a, key: key not in a,
    "majority_array": lambda a: max(a.count(v) for v in set(a)) * 2 > len(a),
    "unimodal_array": lambda a: _unimodal(a),
    "three_colors": lambda a: set(a) <= {0, 1, 2},
    "counting_sort": lambda s, k: all(0 <= v <= k for v in s),
    "balanced_brackets": lambda s: s.count("(") == s.count(")") and all(
        s[:i].count("(") >= s[:i].count(")") for i in range(len(s) + 1)),
    "heap_push": lambda buf, size, x: size < len(buf) and _heap(buf[:size]),
    "heap_pop": lambda buf, size: 0 < size <= len(buf) and _heap(buf[:size]),
    "balanced_bst": lambda t, x: _inorder(t) == sorted(set(_inorder(t))) and x not in _inorder(t),
    "random_bst_with_root_child": lambda t, x: x in (t.to_ctor().args[0].args[1], t.to_ctor().args[2].args[1]),
    "random_bst_with_outer_grandchild": lambda t, x: x in (t.to_ctor().args[0].args[0].args[1],
                                                           t.to_ctor().args[2].args[2].args[1]),
    "random_bst_with_inner_grandchild": lambda t, x: x in (t.to_ctor().args[0].args[2].args[1],
                                                           t.to_ctor().args[2].args[0].args[1]),
    "periodic_text_and_pattern": lambda text, pat: 1 <= len(pat) <= len(text),
    "random_llrb_with_4node": lambda t: (lambda c: not c.args[0] and c.args[1].args[0] and c.args[3].args[0])(t.to_ctor()),
    "random_llrb_with_red_right_link": lambda t: t.to_ctor().args[3].args[0] and sum(t.red) == 1,
    "random_llrb_with_red_left_link": lambda t: t.to_ctor().args[1].args[0],
    "random_digraph": lambda n, adj, s: 1 <= n <= 100 and len(adj) == n and all(0 <= v < n for a in adj for v in a),
    "random_undirected_graph": lambda n, adj: len(adj) == n and all(u in adj[v] for u in range(n) for v in adj[u]),
    "random_tree_parent_array": lambda n, parent, u, v: parent[0] == -1 and all(0 <= parent[x] < x for x in range(1, n)),
    "random_weighted_digraph_negative": lambda n, edges, s: len(edges) <= 1000 and all(
        0 <= u < v < n and -1000000 <= w <= 1000000 for u, v, w in edges),
    "random_bytes_text_and_pattern": lambda text, pat: 1 <= len(pat) and all(0 <= b <= 255 for b in text + pat),
    "uf_forest": lambda p, a, b: all(p[i] == i or p[i] > i for i in range(len(p))) and _depth(p, a) >= 3,
    "prime_near": lambda n: n >= 2 and all(n % d for d in range(2, int(n ** 0.5) + 1)),
    "queue_dequeue": lambda buf, head, tail, enq, x: 0 <= head < tail <= len(buf) and not enq,
    "ring_push_full": lambda buf, head, size, push, x: 0 <= head < len(buf) and size == len(buf) and push,
    "stack_push": lambda buf, size, push, x: size < len(buf) and push,
    "knapsack_items": lambda w, v, c: len(w) == len(v) and all(1 <= x <= 4 for x in w) and 0 <= c <= 100000,
    "coins_amount": lambda coins, amount: 1 in coins and all(c >= 1 for c in coins) and amount <= 100000,
    "square_matrices": lambda a, b: len(a) == len(b) == len(a[0]) and all(abs(x) <= 1000 for r in a + b for x in r),
    "power_of_one": lambda b, e: b == 1,
    "exponent": lambda b, e, m: 0 <= b < m <= 10 ** 9,
    "gcd_pair": lambda a, b: 1 <= b <= a <= 10 ** 9,
    "fib_index": lambda n: 0 <= n <= 90,
    "balanced_bst_delete_root": lambda t, x: x == t.to_ctor().args[1],
    "balanced_bst_deep_key": lambda t, x: _is_leaf_key(t.to_ctor(), x),
    "perfect_llrb_absent_key": lambda t, x: _perfect_black(t) and x not in t.keys,
    "perfect_llrb_present_key": lambda t, x: _perfect_black(t) and x in t.keys,
    "long_and_short_runs": lambda a: len(a) <= 100000 and a[:len(a) // 2] == [3] * (len(a) // 2),
}


@pytest.mark.parametrize("name", sorted(generators.GENERATORS))
def test_generator_is_deterministic_and_meets_its_precondition(name):
    gen = generators.get(name)
    for size in (16, 64, 256):
        sample = gen(size, random.Random(size))
        assert sample.args == gen(size, random.Random(size)).args
        assert sample.variables and all(v >= 0 for v in sample.variables.values())
        if name in PROPERTIES:
            assert PROPERTIES[name](*sample.args), (name, size)


def test_unknown_generator_names_the_known_ones():
    with pytest.raises(KeyError, match="sorted_array_key"):
        generators.get("no_such_generator")


def _declaration_problem(task) -> str | None:
    decl = task.meta.fidelity
    try:
        complexity = parse(decl.expect)
        gen = generators.get(decl.inputs.get("generator", ""))
    except (ComplexityError, KeyError) as exc:
        return str(exc).split("; known:")[0]
    sizes = decl.inputs.get("sizes", [])
    if len(sizes) < 3 or sizes != sorted(sizes):
        return f"sizes {sizes}: give three or more, growing"
    params = dafny_cost.entry_params(task.files("dafny").spec_text, task.meta.entry["dafny"])
    sample = gen(sizes[0], random.Random(0))
    if len(sample.args) != len(params):
        return f"generator gives {len(sample.args)} arguments, the entry takes {len(params)}"
    if not complexity.variables <= set(sample.variables):
        return f"expect uses {sorted(complexity.variables)}, the generator gives {sorted(sample.variables)}"
    return None


def test_every_task_declares_a_usable_fidelity():
    problems = {t.id: p for t in _loadable_tasks() if t.meta.fidelity and (p := _declaration_problem(t))}
    assert not problems, problems


def test_the_shipped_tasks_declare_fidelity():
    missing = [t.id for t in _loadable_tasks() if t.meta.status == "stable" and t.meta.fidelity is None]
    assert len(missing) < 5, f"tasks without a fidelity declaration: {missing}"


# -- instrumentation ----------------------------------------------------------------------------

SOURCE = """\
predicate P(x: int) { x > 0 }
lemma L(n: nat) ensures n >= 0 { var i := 0; while i < n { i := i + 1; } }
ghost method G() { var i := 0; while i < 3 { i := i + 1; } }
function method F(n: nat): nat { if n == 0 then 0 else F(n - 1) }
method M(a: array<int>) returns (s: int)
  requires forall k :: 0 <= k < a.Length ==> a[k] >= 0
  ensures s >= 0 || s in {1, 2}
{
  var i := 0;
  s := 0;
  while i < a.Length
    invariant forall k :: 0 <= k < i ==> a[k] >= 0
  {
    var j := 0;
    while j < i { j := j + 1; }  // a string "while x {" and // while comments are not code
    forall k | 0 <= k < 3 ensures k >= 0 { var z := 0; while z < 2 { z := z + 1; } }
    s := s + a[i];
    i := i + 1;
  }
  assert s >= 0 by { var q := 0; while q < 1 { q := q + 1; } }
}
method Main() { var s := M(new int[0]); }
"""


def test_instrument_counts_compiled_code_only():
    out = dafny_cost.instrument(SOURCE)
    lines = out.splitlines()
    assert "VcTick" not in lines[1] and "VcTick" not in lines[2]  # lemma and ghost method bodies
    assert "var vcTick := VcTickF();" in lines[3]  # function method body
    assert out.count("VcTick();") == 4  # M's body, its two loops, the renamed Main's body
    forall_line = next(line for line in lines if line.strip().startswith("forall k |"))
    assert "VcTick" not in forall_line  # loops in proof blocks are ghost
    assert "while q < 1 { q" in out  # loop inside `assert ... by` untouched
    assert "method VcUserMain()" in out and "method Main" not in out


def test_instrument_leaves_comments_and_strings_alone():
    src = 'method M() {\n  var s := "while x { y }"; // while z {\n}\n'
    assert dafny_cost.instrument(src) == 'method M() { VcTick();\n  var s := "while x { y }"; // while z {\n}\n'


def test_entry_params_and_driver(bsearch):
    spec = bsearch.files("dafny").spec_text
    params = dafny_cost.entry_params(spec, "LowerBound")
    assert [(p.name, p.type) for p in params] == [("a", "array<int>"), ("key", "int")]
    sample = generators.Sample([[1, -2, 3], 2], {"n": 3})
    text = dafny_cost.driver(spec, "LowerBound", [(3, sample, 5000)])
    assert 'VcParseInts("1,-2,3")' in text and "VcBegin(3, 5000);" in text
    assert "var vc0_r0 := LowerBound(vc0_0, vc0_1);" in text


def test_literals():
    tree = generators.Ctor("Node", [generators.Ctor("Leaf"), 3, generators.Ctor("Leaf")])
    assert dafny_cost.literal(tree) == "Node(Leaf, 3, Leaf)"
    assert dafny_cost.literal(['a"b', True, [1, 2]]) == '["a\\"b", true, [1, 2]]'


def test_parse_costs():
    out = "noise\nvc-fidelity cost 64 7\nvc-fidelity cost 256 9\nvc-fidelity budget 1024 20001\n"
    assert dafny_cost.parse_costs(out) == [(64, 7, False), (256, 9, False), (1024, 20001, True)]


# -- fit ----------------------------------------------------------------------------------------

def _measure(expect, costs):
    c = parse(expect)
    return [Measurement(size=n, variables={"n": n}, cost=cost, model=c({"n": n})) for n, cost in costs]


def test_fit_faithful_when_the_ratio_stays_bounded():
    r = fit.judge(_measure("log n", [(64, 7), (256, 9), (1024, 11), (4096, 13)]), "log n")
    assert r.verdict == "faithful" and r.slope < 0.1


def test_fit_too_slow_for_a_linear_scan_declared_log():
    r = fit.judge(_measure("log n", [(64, 40), (256, 170), (1024, 700), (4096, 2800)]), "log n")
    assert r.verdict == "too_slow" and r.slope > 0.6


def test_fit_too_slow_for_quadratic_declared_n_log_n():
    costs = [(n, n * n // 4) for n in (64, 256, 1024)]
    assert fit.judge(_measure("n log n", costs), "n log n").verdict == "too_slow"


def test_fit_a_log_factor_is_tolerated():
    costs = [(n, int(n * (n.bit_length() - 1))) for n in (256, 1024, 4096)]
    assert fit.judge(_measure("n", costs), "n").verdict == "faithful"


def test_fit_budget_exceeded_is_too_slow():
    ms = _measure("n^2", [(16, 300)]) + [Measurement(size=32, cost=1_024_001, model=1024.0, exceeded=True)]
    r = fit.judge(ms, "n^2")
    assert r.verdict == "too_slow" and "budget" in r.reason


def test_fit_needs_two_sizes():
    assert fit.judge(_measure("n", [(64, 64)]), "n").verdict == "not_checked"
