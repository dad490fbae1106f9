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


def _trie_level(rest: Ctor, letter: int, end: bool, below: int, above: int) -> Ctor:
    """One sibling list in first-child / next-sibling form: leaf words labelled 0 .. below-1,
    then the entry `letter` (child list `rest`, word end `end`), then leaf words labelled
    letter+1 .. letter+above."""
    tail = Ctor("Nil")
    for c in range(letter + above, letter, -1):
        tail = Ctor("Node", [c, True, Ctor("Nil"), tail])
    lst = Ctor("Node", [letter, end, rest, tail])
    for c in range(below - 1, -1, -1):
        lst = Ctor("Node", [c, True, Ctor("Nil"), lst])
    return lst


def _trie_path(depth: int, letters: list[int], last_end: bool) -> Ctor:
    """A trie (Trie = Nil | Node(ch, end, child, next)) holding the path letters[:depth] (a word
    end at its last entry when last_end) and, at every level, one-letter branches around the
    path's letter (three after it, none before: the datatype value then nests one level per
    letter, which keeps recursive writers and comparisons of it within Python's recursion
    limit);
    below the path one more level of branches."""
    skip = letters[depth] if depth < len(letters) else -1
    below = Ctor("Nil")
    for c in range(7, -1, -1):
        if c != skip:
            below = Ctor("Node", [c, True, Ctor("Nil"), below])
    t = below
    for j in range(depth - 1, -1, -1):
        t = _trie_level(t, letters[j], last_end and j == depth - 1, 0, 3)
    return t


# A word of length n nests a trie value n levels deep, and Python compares and writes datatype
# values recursively (about four frames a level): word lengths stop at MAX_WORD, above every size
# the trie tasks declare; `n` is always the actual length.
MAX_WORD = 160


def _letters(size: int, rng: random.Random) -> list[int]:
    return [rng.randint(3, 8) for _ in range(size)]


@generator("trie_insert_deep")
def trie_insert_deep(size: int, rng: random.Random) -> Sample:
    """Insert a word w of length n whose first n-1 letters are a stored word: the insertion walks
    n levels, scanning a few siblings at each, and splices one entry in at the bottom."""
    n = min(max(size, 2), MAX_WORD)
    w = _letters(n, rng)
    return Sample([_trie_path(n - 1, w, True), w], {"n": n})


@generator("trie_search_deep")
def trie_search_deep(size: int, rng: random.Random) -> Sample:
    """Search (or delete) the deepest stored word w, of length n: the walk visits n levels,
    scanning a few siblings at each."""
    n = min(max(size, 1), MAX_WORD)
    w = _letters(n, rng)
    return Sample([_trie_path(n, w, True), w], {"n": n})


def _leaf3(c: int) -> Ctor:
    return Ctor("Node", [c, True, Ctor("Nil"), Ctor("Nil"), Ctor("Nil")])


def _tst_path(depth: int, letters: list[int], last_end: bool) -> Ctor:
    """A ternary search tree (Tst = Nil | Node(ch, end, lo, eq, hi)) holding the path
    letters[:depth] through eq links (a word end at its last node when last_end); at every
    level the path's node has a one-letter word on each side (lo: letter - 1, hi: letter + 1),
    and below the path sits the one-letter word 0. The value nests one level per letter."""
    t = _leaf3(0)
    for j in range(depth - 1, -1, -1):
        c = letters[j]
        t = Ctor("Node", [c, last_end and j == depth - 1, _leaf3(c - 1), t, _leaf3(c + 1)])
    return t


@generator("tst_insert_deep")
def tst_insert_deep(size: int, rng: random.Random) -> Sample:
    """Insert a word w of length n whose first n-1 letters are a stored word: the insertion
    walks n levels and hangs one node at the bottom."""
    n = min(max(size, 2), MAX_WORD)
    w = _letters(n, rng)
    return Sample([_tst_path(n - 1, w, True), w], {"n": n})


@generator("tst_search_deep")
def tst_search_deep(size: int, rng: random.Random) -> Sample:
    """Search (or delete) the deepest stored word w, of length n: the walk visits n levels."""
    n = min(max(size, 1), MAX_WORD)
    w = _letters(n, rng)
    return Sample([_tst_path(n, w, True), w], {"n": n})
