"""Input generators for fidelity runs: name -> fn(size, rng) -> Sample.

A Sample holds the *entry's* arguments as vector-style values (ints, bools, strings, lists, and
`Ctor` for datatype values such as a tree), in the entry's parameter order, and the values of the
complexity variables (`n`, `m`, `W`, ...) that task.yaml's `expect` is written in. For most tasks
the entry's arguments are exactly pre_<id>'s; data-structure tasks pass a buffer plus indices.
Every sample satisfies the entry's precondition, and is built to exercise the algorithm's
worst (or typical, for quick sort) case, so that a slower algorithm shows its growth.

Generators are deterministic given `rng`: the runner seeds it from the task id and the size.

Why over 400 lines: a catalogue, one short generator per task in one `GENERATORS` index; split
by family it would scatter the index, not simplify any function.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass(frozen=True)
class Ctor:
    """A datatype value: constructor name and arguments (e.g. Ctor("Node", [l, 3, r]))."""

    name: str
    args: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class BalancedTree:
    """The balanced BST of sorted `keys` (root = keys[len // 2], recursively); the Dafny driver
    builds it at run time, since a literal of thousands of nested nodes is slow to resolve.
    Datatype: Tree = Leaf | Node(left: Tree, key: int, right: Tree)."""

    keys: tuple[int, ...]
    # Left-leaning red-black trees (Node(red, left, key, right)): the color of the node holding
    # keys[i] is red[i]. None: plain nodes Node(left, key, right).
    red: tuple[bool, ...] | None = None

    def to_ctor(self) -> "Ctor":
        return _balanced(list(self.keys), self.red)

    def index(self, path: list[int]) -> int:
        """Index in `keys` of the node at `path` from the root (0 = left, 1 = right)."""
        lo, hi = 0, len(self.keys)
        mid = lo + (hi - lo) // 2
        for step in path:
            lo, hi = (lo, mid) if step == 0 else (mid + 1, hi)
            mid = lo + (hi - lo) // 2
        return mid


@dataclass
class Sample:
    args: list[Any]
    variables: dict[str, float]


Generator = Callable[[int, random.Random], Sample]
GENERATORS: dict[str, Generator] = {}


def generator(name: str) -> Callable[[Generator], Generator]:
    def register(fn: Generator) -> Generator:
        if name in GENERATORS:
            raise ValueError(f"generator {name!r} registered twice")
        GENERATORS[name] = fn
        return fn
    return register


def get(name: str) -> Generator:
    if name not in GENERATORS:
        raise KeyError(f"no fidelity generator {name!r}; known: {', '.join(sorted(GENERATORS))}")
    return GENERATORS[name]


BIG = 1_000_000_000


def _ints(rng: random.Random, n: int, lo: int = -BIG, hi: int = BIG) -> list[int]:
    return [rng.randint(lo, hi) for _ in range(n)]


# -- arrays -------------------------------------------------------------------------------------

@generator("random_array")
def random_array(size: int, rng: random.Random) -> Sample:
    """Distinct-ish random values within +-10^9 (sorting, reversal, prefix sums)."""
    return Sample([_ints(rng, size)], {"n": size})


@generator("small_random_array")
def small_random_array(size: int, rng: random.Random) -> Sample:
    """Random values in 0..10^6 (house robber: non-negative, bounded)."""
    return Sample([_ints(rng, size, 0, 1_000_000)], {"n": size})


@generator("subarray_array")
def subarray_array(size: int, rng: random.Random) -> Sample:
    """Non-empty, values within +-10^6 (maximum subarray sum)."""
    return Sample([_ints(rng, max(size, 1), -1_000_000, 1_000_000)], {"n": size})


@generator("three_colors")
def three_colors(size: int, rng: random.Random) -> Sample:
    return Sample([[rng.randint(0, 2) for _ in range(size)]], {"n": size})


@generator("sorted_array_key")
def sorted_array_key(size: int, rng: random.Random) -> Sample:
    """Sorted values and a key from the middle third, so a scan from either end pays ~n/3."""
    a = sorted(_ints(rng, size, -BIG // 2, BIG // 2))
    key = a[rng.randint(size // 3, max(size // 3, 2 * size // 3 - 1))] if size else 0
    return Sample([a, key], {"n": size})


@generator("array_absent_key")
def array_absent_key(size: int, rng: random.Random) -> Sample:
    """A key that does not occur: a linear search must look at every element."""
    return Sample([[2 * v for v in _ints(rng, size, -BIG // 4, BIG // 4)], 1], {"n": size})


@generator("sorted_with_duplicates")
def sorted_with_duplicates(size: int, rng: random.Random) -> Sample:
    return Sample([sorted(_ints(rng, size, -size // 2, size // 2))], {"n": size})


@generator("majority_array")
def majority_array(size: int, rng: random.Random) -> Sample:
    size = max(size, 1)
    winner = rng.randint(-BIG, BIG)
    count = size // 2 + 1
    a = [winner] * count + _ints(rng, size - count)
    rng.shuffle(a)
    return Sample([a], {"n": size})


@generator("jump_array")
def jump_array(size: int, rng: random.Random) -> Sample:
    """Steps 1..3 everywhere: the end is reachable, so no early exit."""
    return Sample([[rng.randint(1, 3) for _ in range(max(size, 1))]], {"n": size})


@generator("rotate_array")
def rotate_array(size: int, rng: random.Random) -> Sample:
    return Sample([_ints(rng, size), rng.randint(0, 3 * size)], {"n": size})


@generator("two_sum_absent")
def two_sum_absent(size: int, rng: random.Random) -> Sample:
    """Sorted even values and an odd target: no pair exists, every pair is ruled out."""
    a = sorted(2 * v for v in _ints(rng, size, -BIG // 4, BIG // 4))
    return Sample([a, 1], {"n": size})


@generator("unimodal_array")
def unimodal_array(size: int, rng: random.Random) -> Sample:
    """Strictly increasing to a peak in the middle third, then strictly decreasing."""
    size = max(size, 1)
    peak = rng.randint(size // 3, max(size // 3, 2 * size // 3 - 1)) if size > 2 else 0
    up = sorted(rng.sample(range(0, 4 * size), peak + 1))
    down = sorted(rng.sample(range(0, up[-1]), size - peak - 1), reverse=True) if size - peak - 1 else []
    return Sample([up + down], {"n": size})


@generator("k_smallest")
def k_smallest(size: int, rng: random.Random) -> Sample:
    k = max(1, size // 16)
    return Sample([_ints(rng, size), k], {"n": size, "k": k})


@generator("counting_sort")
def counting_sort(size: int, rng: random.Random) -> Sample:
    """n values in 0..k with k = n."""
    return Sample([[rng.randint(0, size) for _ in range(size)], size], {"n": size, "k": size})


# -- strings ------------------------------------------------------------------------------------

@generator("balanced_brackets")
def balanced_brackets(size: int, rng: random.Random) -> Sample:
    """A balanced string of '(' and ')' (a random Dyck word) of length ~size."""
    out, depth, half = [], 0, size // 2
    opened = 0
    while opened < half or depth:
        if opened < half and (depth == 0 or rng.random() < 0.5):
            out.append("(")
            opened += 1
            depth += 1
        else:
            out.append(")")
            depth -= 1
    return Sample(["".join(out)], {"n": len(out)})


@generator("string_worst_case")
def string_worst_case(size: int, rng: random.Random) -> Sample:
    """text = a^n, pattern = a^(m-1) b with m = n/4: a naive scan compares ~m characters at each
    of ~3n/4 positions; KMP stays linear."""
    m = max(1, size // 4)
    return Sample(["a" * size, "a" * (m - 1) + "b"], {"n": size, "m": m})


@generator("periodic_text_and_pattern")
def periodic_text_and_pattern(size: int, rng: random.Random) -> Sample:
    """text = a^n, pattern = a^(m-1) b with m = n/16: every position matches m-1 characters before
    failing, so a naive scan pays ~n*m; KMP stays linear. (No occurrence: a result built by
    appending positions would otherwise dominate the run.)"""
    m = max(2, size // 16)
    return Sample(["a" * size, "a" * (m - 1) + "b"], {"n": size, "m": m})


@generator("random_text_and_pattern_small_alphabet")
def random_text_and_pattern_small_alphabet(size: int, rng: random.Random) -> Sample:
    m = max(1, size // 10)
    text = "".join(rng.choice("ab") for _ in range(size))
    return Sample([text, "".join(rng.choice("ab") for _ in range(m))], {"n": size, "m": m})


@generator("random_string_small_alphabet")
def random_string_small_alphabet(size: int, rng: random.Random) -> Sample:
    return Sample(["".join(rng.choice("ab") for _ in range(size))], {"n": size})


@generator("string_pair_long_common_prefix")
def string_pair_long_common_prefix(size: int, rng: random.Random) -> Sample:
    """Two strings of length n that agree on all but the last character: the whole prefix is compared."""
    unit = "".join(rng.choice("abc") for _ in range(3))
    common = (unit * (size // 3 + 1))[:max(size - 1, 0)]
    return Sample([common + "x", common + "y"], {"n": size})


@generator("two_sequences")
def two_sequences(size: int, rng: random.Random) -> Sample:
    """Two random sequences of length size over a small alphabet (edit distance, LCS)."""
    return Sample([[rng.randint(0, 3) for _ in range(size)], [rng.randint(0, 3) for _ in range(size)]],
                  {"n": size, "m": size})


@generator("small_alphabet_sequence")
def small_alphabet_sequence(size: int, rng: random.Random) -> Sample:
    return Sample([[rng.randint(0, 2) for _ in range(size)]], {"n": size})


@generator("lis_sequence")
def lis_sequence(size: int, rng: random.Random) -> Sample:
    return Sample([_ints(rng, size, -1000, 1000)], {"n": size})


# -- numbers ------------------------------------------------------------------------------------

@generator("gcd_pair")
def gcd_pair(size: int, rng: random.Random) -> Sample:
    """a ~ size, b ~ sqrt(size): Euclid needs O(log) division steps, subtraction O(sqrt)."""
    size = max(size, 4)
    a = size - rng.randint(0, size // 10)
    root = max(2, math.isqrt(a))
    b = rng.randint(max(1, root // 2), root)
    return Sample([a, b], {"n": a})


@generator("exponent")
def exponent(size: int, rng: random.Random) -> Sample:
    """ModPow(b, e, m) with e = size and random b, m within 10^9."""
    m = rng.randint(BIG // 2, BIG)
    return Sample([rng.randint(2, m - 1), size, m], {"e": size})


@generator("power_of_one")
def power_of_one(size: int, rng: random.Random) -> Sample:
    """Power(1, e): the only base whose powers stay within the bound for large e."""
    return Sample([1, size], {"e": size})


@generator("fib_index")
def fib_index(size: int, rng: random.Random) -> Sample:
    return Sample([min(size, 90)], {"n": min(size, 90)})


@generator("sqrt_value")
def sqrt_value(size: int, rng: random.Random) -> Sample:
    n = size - rng.randint(0, max(size // 100, 0))
    return Sample([n], {"n": n})


def _is_prime(n: int) -> bool:
    if n < 2:
        return False
    return all(n % d for d in range(2, math.isqrt(n) + 1))


@generator("prime_near")
def prime_near(size: int, rng: random.Random) -> Sample:
    """The largest prime <= size: trial division must try every divisor up to sqrt(n)."""
    n = max(size, 2)
    while not _is_prime(n):
        n -= 1
    return Sample([n], {"n": n})


@generator("sieve_bound")
def sieve_bound(size: int, rng: random.Random) -> Sample:
    return Sample([size], {"n": size})


# -- DP -----------------------------------------------------------------------------------------

@generator("coins_amount")
def coins_amount(size: int, rng: random.Random) -> Sample:
    """size/16 distinct coins (1 included) and amount 4*size."""
    n = max(2, size // 16)
    coins = sorted({1, *(rng.randint(2, max(3, size)) for _ in range(n - 1))})
    amount = 4 * size
    return Sample([coins, amount], {"n": len(coins), "W": amount})


def _knapsack(size: int, rng: random.Random, min_weight: int) -> Sample:
    """size items of weight 1..4 and capacity 2*size: about half the items fit, so naive
    recursion branches on nearly every item (2^n), while the DP costs n*W."""
    weights = [rng.randint(min_weight, 4) for _ in range(size)]
    values = [rng.randint(0, 1000) for _ in range(size)]
    capacity = 2 * size
    return Sample([weights, values, capacity], {"n": size, "W": capacity})


@generator("knapsack_items")
def knapsack_items(size: int, rng: random.Random) -> Sample:
    return _knapsack(size, rng, 1)


@generator("rod_prices")
def rod_prices(size: int, rng: random.Random) -> Sample:
    return Sample([[rng.randint(0, 1_000_000) for _ in range(size)]], {"n": size})


@generator("square_matrices")
def square_matrices(size: int, rng: random.Random) -> Sample:
    def matrix() -> list[list[int]]:
        return [[rng.randint(-1000, 1000) for _ in range(size)] for _ in range(size)]
    return Sample([matrix(), matrix()], {"n": size})


@generator("two_polynomials")
def two_polynomials(size: int, rng: random.Random) -> Sample:
    return Sample([_ints(rng, size, -1000, 1000), _ints(rng, size, -1000, 1000)], {"n": size, "m": size})


# -- data structures ----------------------------------------------------------------------------

@generator("heap_push")
def heap_push(size: int, rng: random.Random) -> Sample:
    """A max-heap of `size` elements (sorted descending) in a buffer with one free slot, and a
    new maximum: it sifts up the whole height."""
    heap = sorted(_ints(rng, size, -BIG // 2, BIG // 2), reverse=True)
    return Sample([heap + [0], size, BIG], {"n": size})


@generator("heap_pop")
def heap_pop(size: int, rng: random.Random) -> Sample:
    """A max-heap (sorted descending): the last element, moved to the root, sifts down the height."""
    size = max(size, 1)
    heap = sorted(_ints(rng, size, -BIG // 2, BIG // 2), reverse=True)
    return Sample([heap, size], {"n": size})


@generator("queue_dequeue")
def queue_dequeue(size: int, rng: random.Random) -> Sample:
    """Dequeue from a queue of `size` elements filling its buffer."""
    size = max(size, 1)
    return Sample([_ints(rng, size), 0, size, False, 0], {"n": size})


@generator("ring_push_full")
def ring_push_full(size: int, rng: random.Random) -> Sample:
    """Push into a full ring whose head is mid-buffer: the oldest element is overwritten."""
    size = max(size, 1)
    return Sample([_ints(rng, size), size // 2, size, True, 7], {"n": size})


@generator("stack_push")
def stack_push(size: int, rng: random.Random) -> Sample:
    """Push onto a stack of size-1 elements in a buffer of `size`."""
    size = max(size, 1)
    return Sample([_ints(rng, size), size - 1, True, 7], {"n": size})


def _balanced(keys: list[int], red: tuple[bool, ...] | None = None, offset: int = 0) -> Any:
    if not keys:
        return Ctor("Leaf")
    mid = len(keys) // 2
    left = _balanced(keys[:mid], red, offset)
    right = _balanced(keys[mid + 1:], red, offset + mid + 1)
    if red is None:
        return Ctor("Node", [left, keys[mid], right])
    return Ctor("Node", [red[offset + mid], left, keys[mid], right])


@generator("balanced_bst")
def balanced_bst(size: int, rng: random.Random) -> Sample:
    """A balanced BST of the even keys 0, 2, ..., and an absent odd key: insertion walks to a leaf."""
    keys = tuple(2 * i for i in range(size))
    return Sample([BalancedTree(keys), 2 * rng.randint(0, max(size - 1, 0)) + 1], {"n": size})


def _spaced_keys(size: int, rng: random.Random) -> tuple[int, ...]:
    """Evenly spaced keys from a random start: the driver builds them with a loop (a literal of
    65536 random keys costs Dafny's front end a minute); the tree's shape does not depend on them."""
    start, step = rng.randint(-BIG // 2, 0), rng.randint(1, 8)
    return tuple(start + step * i for i in range(size))


def _tree_with(size: int, rng: random.Random, path: list[int]) -> Sample:
    """A balanced BST of `size` random keys and the key at `path` from the root (0 = left,
    1 = right; the side is mirrored at random, inner/outer structure kept)."""
    size = max(size, 7)
    tree = BalancedTree(_spaced_keys(size, rng))
    node = tree.to_ctor()
    flip = rng.randint(0, 1)
    for step in path:
        node = node.args[0 if step ^ flip == 0 else 2]
    return Sample([tree, node.args[1]], {"n": size})


@generator("random_bst_with_root_child")
def random_bst_with_root_child(size: int, rng: random.Random) -> Sample:
    return _tree_with(size, rng, [0])


@generator("random_bst_with_inner_grandchild")
def random_bst_with_inner_grandchild(size: int, rng: random.Random) -> Sample:
    return _tree_with(size, rng, [0, 1])


@generator("random_bst_with_outer_grandchild")
def random_bst_with_outer_grandchild(size: int, rng: random.Random) -> Sample:
    return _tree_with(size, rng, [0, 0])


def _llrb(size: int, rng: random.Random, red_paths: list[list[int]]) -> Sample:
    """A balanced BST of `size` random keys, black except the nodes at `red_paths`."""
    size = max(size, 7)
    tree = BalancedTree(_spaced_keys(size, rng))
    reds = {tree.index(path) for path in red_paths}
    return Sample([BalancedTree(tree.keys, tuple(i in reds for i in range(size)))], {"n": size})


@generator("random_llrb_with_4node")
def random_llrb_with_4node(size: int, rng: random.Random) -> Sample:
    """Black root with two red children (a color flip applies)."""
    return _llrb(size, rng, [[0], [1]])


@generator("random_llrb_with_red_right_link")
def random_llrb_with_red_right_link(size: int, rng: random.Random) -> Sample:
    return _llrb(size, rng, [[1]])


@generator("random_llrb_with_red_left_link")
def random_llrb_with_red_left_link(size: int, rng: random.Random) -> Sample:
    return _llrb(size, rng, [[0], [0, 0]])


# -- graphs (vertices 0..n-1, adjacency lists, n <= 100: docs/TASKS.md, Graphs) -----------------

@generator("random_digraph")
def random_digraph(size: int, rng: random.Random) -> Sample:
    """n = size vertices (at most 100), each with up to 4 distinct random successors; source 0."""
    n = max(1, min(size, 100))
    adj = [sorted(rng.sample(range(n), min(n, 4))) for _ in range(n)]
    return Sample([n, adj, 0], {"n": n, "m": sum(len(a) for a in adj)})


@generator("random_digraph_whole")
def random_digraph_whole(size: int, rng: random.Random) -> Sample:
    """As random_digraph, without a source: for tasks over every vertex (e.g. transitive closure)."""
    sample = random_digraph(size, rng)
    return Sample(sample.args[:2], sample.variables)


@generator("random_dag")
def random_dag(size: int, rng: random.Random) -> Sample:
    """n = size vertices (at most 100), each with up to 4 distinct successors of a higher number:
    acyclic, so Kahn's algorithm runs to the end (its worst case)."""
    n = max(1, min(size, 100))
    adj = [sorted(rng.sample(range(u + 1, n), min(n - u - 1, 4))) for u in range(n)]
    return Sample([n, adj], {"n": n, "m": sum(len(a) for a in adj)})


@generator("random_undirected_graph")
def random_undirected_graph(size: int, rng: random.Random) -> Sample:
    """n = size vertices (at most 100), about 2n random undirected edges, listed both ways."""
    n = max(1, min(size, 100))
    nbrs: list[set[int]] = [set() for _ in range(n)]
    for _ in range(2 * n):
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v:
            nbrs[u].add(v)
            nbrs[v].add(u)
    adj = [sorted(s) for s in nbrs]
    return Sample([n, adj], {"n": n, "m": sum(len(a) for a in adj)})


@generator("random_bytes_text_and_pattern")
def random_bytes_text_and_pattern(size: int, rng: random.Random) -> Sample:
    """Random bytes; the pattern (m = n/10) is copied from the text, so it occurs at least once."""
    text = [rng.randint(0, 255) for _ in range(size)]
    m = max(1, size // 10)
    start = rng.randint(0, max(0, size - m))
    pat = text[start:start + m] if size >= m else [rng.randint(0, 255) for _ in range(m)]
    return Sample([text, pat], {"n": size, "m": m})


@generator("random_tree_parent_array")
def random_tree_parent_array(size: int, rng: random.Random) -> Sample:
    """A random recursive tree on n = size vertices (at most 100; parent[v] uniform below v, so
    the height h is O(log n)) and its two deepest vertices; expect is written in h."""
    n = max(1, min(size, 100))
    parent, depth = [-1], [0]
    for v in range(1, n):
        parent.append(rng.randrange(v))
        depth.append(depth[parent[v]] + 1)
    deepest = sorted(range(n), key=lambda v: (-depth[v], v))
    u, w = deepest[0], deepest[min(1, n - 1)]
    return Sample([n, parent, u, w], {"n": n, "h": max(depth) + 1})


@generator("random_weighted_digraph")
def random_weighted_digraph(size: int, rng: random.Random) -> Sample:
    """n = size vertices (at most 100), m = min(4n, 1000) random edges [u, v, w], 0 <= w <= 10^6;
    source 0."""
    n = max(1, min(size, 100))
    m = min(4 * n, 1000)
    edges = [[rng.randrange(n), rng.randrange(n), rng.randint(0, 1_000_000)] for _ in range(m)]
    return Sample([n, edges, 0], {"n": n, "m": m})


@generator("random_weighted_digraph_negative")
def random_weighted_digraph_negative(size: int, rng: random.Random) -> Sample:
    """n = size vertices (at most 100): the chain 0 -> 1 -> ... -> n-1 of weight -1 listed last
    edge first (so each relaxation round advances the frontier by one vertex, even with an early
    exit) plus random forward edges u < v of weight 0..10^6, m = min(4n, 1000) in all; acyclic,
    so no negative cycle. Source 0."""
    n = max(2, min(size, 100))
    chain = [[i, i + 1, -1] for i in reversed(range(n - 1))]
    extra = []
    while len(chain) + len(extra) < min(4 * n, 1000):
        u, v = sorted(rng.sample(range(n), 2))
        extra.append([u, v, rng.randint(0, 1_000_000)])
    edges = extra + chain
    return Sample([n, edges, 0], {"n": n, "m": len(edges)})


@generator("uf_forest")
def uf_forest(size: int, rng: random.Random) -> Sample:
    """Two trees of depth ~log2(n/2) (parent of i is i | (i+1) within each half, links go to
    larger indices); a and b are the deepest nodes of the two trees."""
    size = max(size, 2)
    half = size // 2

    def parents(offset: int, count: int) -> list[int]:
        return [offset + (i | (i + 1)) if (i | (i + 1)) < count else offset + i for i in range(count)]

    p = parents(0, half) + parents(half, size - half)
    return Sample([p, 0, half], {"n": size})


# Per-family generator modules register themselves into GENERATORS on import; imported last
# because they use `generator` and `Sample` from this module.
from runners.fidelity import gens as _gens  # noqa: E402,F401  (registers on import)
