"""Fidelity generators for the tree / advanced data structure tasks of batch C: the ranked
union-find forest (union_find_path_compression), tries and ternary search trees."""

from __future__ import annotations

import random

from runners.fidelity.generators import Ctor, Sample, generator


@generator("uf_ranked_forest")
def uf_ranked_forest(size: int, rng: random.Random) -> Sample:
    """A forest built by union by rank (no compression) that pairs up equal-rank trees level by
    level: a binomial tree of depth log2(n) (for n a power of two), with its labels shuffled.
    x is the deepest node, so find walks and compresses a path of length log2(n)."""
    n = max(size, 2)
    p, rk = list(range(n)), [0] * n

    def find(i: int) -> int:
        while p[i] != i:
            i = p[i]
        return i

    step = 1
    while step < n:
        for m in range(0, n - step, 2 * step):
            a, b = find(m), find(m + step)
            if rk[a] > rk[b]:
                a, b = b, a
            p[a] = b
            if rk[a] == rk[b]:
                rk[b] += 1
        step *= 2
    depth = [0] * n
    for i in range(n):
        j = i
        while p[j] != j:
            j, depth[i] = p[j], depth[i] + 1
    x = max(range(n), key=lambda i: depth[i])
    perm = list(range(n))
    rng.shuffle(perm)
    p2, rk2 = [0] * n, [0] * n
    for i in range(n):
        p2[perm[i]], rk2[perm[i]] = perm[p[i]], rk[i]
    return Sample([p2, rk2, perm[x]], {"n": n})


def _side(n: int) -> int:
    """The number of one-letter side words hung at every level: n/8, at least 1 and at most 17
    (path letters are at most 8 and side letters lie above them, below 26)."""
    return max(1, min(17, (n + 7) // 8))


def _trie_list(labels: list[int], child) -> Ctor:
    """A sibling list (Trie = Nil | Node(ch, end, child, next)) of word-end entries with the
    given increasing labels, each with child list child(label)."""
    t = Ctor("Nil")
    for c in reversed(labels):
        t = Ctor("Node", [c, True, child(c), t])
    return t


def _trie_path(depth: int, letters: list[int], last_end: bool, m: int) -> Ctor:
    """A trie holding the path letters[:depth] (a word end at its last entry when last_end). At
    every level the path's entry comes first in its sibling list and is followed by m one-letter
    words (letters above it), so the trie has about n*m entries (n*n/8 up to n = 136): an
    algorithm that walks the whole trie instead of one path shows its growth, and the literal
    stays small enough for Dafny's front end. Below the path sits one more list of leaves. The
    value nests about one level per letter (plus m), which keeps recursive writers and
    comparisons of it within Python's recursion limit."""
    skip = letters[depth] if depth < len(letters) else -1
    t = _trie_list([c for c in range(8) if c != skip], lambda c: Ctor("Nil"))
    for j in range(depth - 1, -1, -1):
        x = letters[j]
        side = _trie_list(list(range(x + 1, x + 1 + m)), lambda c: Ctor("Nil"))
        t = Ctor("Node", [x, last_end and j == depth - 1, t, side])
    return t


# A word of length n nests a trie value about n levels deep, and Python compares and writes
# datatype values recursively (about four frames a level): word lengths stop at MAX_WORD, above
# every size the trie and TST tasks declare; `n` is always the actual length.
MAX_WORD = 140


def _letters(size: int, rng: random.Random) -> list[int]:
    return [rng.randint(3, 8) for _ in range(size)]


@generator("trie_insert_deep")
def trie_insert_deep(size: int, rng: random.Random) -> Sample:
    """Insert a word w of length n whose first n-1 letters are a stored word (in a trie of about
    n*n/8 entries): the insertion walks n levels and splices one entry in at the bottom."""
    n = min(max(size, 2), MAX_WORD)
    w = _letters(n, rng)
    return Sample([_trie_path(n - 1, w, True, _side(n)), w], {"n": n})


@generator("trie_search_deep")
def trie_search_deep(size: int, rng: random.Random) -> Sample:
    """Search (or delete) the deepest stored word w, of length n, in a trie of about n*n/8
    entries: the walk visits n levels."""
    n = min(max(size, 1), MAX_WORD)
    w = _letters(n, rng)
    return Sample([_trie_path(n, w, True, _side(n)), w], {"n": n})


def _leaf3(c: int) -> Ctor:
    return Ctor("Node", [c, True, Ctor("Nil"), Ctor("Nil"), Ctor("Nil")])


def _tst_bst(labels: list[int], eq) -> Ctor:
    """A balanced binary search tree, through lo and hi links, of word-end nodes with the given
    increasing letters, each with eq subtree eq(letter)."""
    if not labels:
        return Ctor("Nil")
    mid = len(labels) // 2
    c = labels[mid]
    lo, hi = _tst_bst(labels[:mid], eq), _tst_bst(labels[mid + 1:], eq)
    return Ctor("Node", [c, True, lo, eq(c), hi])


def _tst_path(depth: int, letters: list[int], last_end: bool, m: int) -> Ctor:
    """A ternary search tree (Tst = Nil | Node(ch, end, lo, eq, hi)) holding the path
    letters[:depth] through eq links (a word end at its last node when last_end). At every level
    the path's node has the one-letter word letter - 1 in lo and, in hi, m one-letter words
    (letters above it, a balanced tree), so the tree has about n*m nodes (n*n/8 up to n = 136):
    an algorithm that walks the whole tree instead of one path shows its growth. Below the path
    sits the one-letter word 0. The value nests about one level per letter."""
    t = _leaf3(0)
    for j in range(depth - 1, -1, -1):
        c = letters[j]
        side = _tst_bst(list(range(c + 1, c + 1 + m)), lambda _: Ctor("Nil"))
        t = Ctor("Node", [c, last_end and j == depth - 1, _leaf3(c - 1), t, side])
    return t


@generator("tst_insert_deep")
def tst_insert_deep(size: int, rng: random.Random) -> Sample:
    """Insert a word w of length n whose first n-1 letters are a stored word (in a tree of about
    n*n/8 nodes): the insertion walks n levels and hangs one node at the bottom."""
    n = min(max(size, 2), MAX_WORD)
    w = _letters(n, rng)
    return Sample([_tst_path(n - 1, w, True, _side(n)), w], {"n": n})


@generator("tst_search_deep")
def tst_search_deep(size: int, rng: random.Random) -> Sample:
    """Search (or delete) the deepest stored word w, of length n, in a tree of about n*n/8 nodes:
    the walk visits n levels."""
    n = min(max(size, 1), MAX_WORD)
    w = _letters(n, rng)
    return Sample([_tst_path(n, w, True, _side(n)), w], {"n": n})
