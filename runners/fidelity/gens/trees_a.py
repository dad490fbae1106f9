"""Fidelity generators for tree tasks (bst_delete, splay, llrb_insert, llrb_delete)."""

from __future__ import annotations

import random

from runners.fidelity.generators import BalancedTree, Sample, generator


def _even_keys(size: int) -> tuple[int, ...]:
    return tuple(2 * i for i in range(max(size, 1)))


@generator("balanced_bst_delete_root")
def balanced_bst_delete_root(size: int, rng: random.Random) -> Sample:
    """A balanced BST of the even keys 0, 2, ... and its root's key: the root has two children
    (for size >= 3), so deletion walks down the right subtree's left spine to the successor."""
    size = max(size, 3)
    tree = BalancedTree(_even_keys(size))
    root = tree.keys[tree.index([])]
    return Sample([tree, root], {"n": size})


@generator("balanced_bst_deep_key")
def balanced_bst_deep_key(size: int, rng: random.Random) -> Sample:
    """A balanced BST of the even keys 0, 2, ... and the key of a random deepest-level node (a
    random left/right walk down to a node without children): splaying it takes about log2(n)
    rotations, mixing zig-zig and zig-zag steps."""
    size = max(size, 3)
    tree = BalancedTree(_even_keys(size))
    node = tree.to_ctor()
    while True:
        children = [c for c in (node.args[0], node.args[2]) if c.name == "Node"]
        if not children:
            break
        node = children[rng.randint(0, len(children) - 1)]
    return Sample([tree, node.args[1]], {"n": size})


@generator("perfect_llrb_absent_key")
def perfect_llrb_absent_key(size: int, rng: random.Random) -> Sample:
    """An all-black perfect tree of n = 2^j - 1 even keys (n the largest such value <= size, at
    least 3), a valid left-leaning red-black tree, and an absent odd key: insertion walks to the
    bottom and rebalances on the way back, O(log n)."""
    n = max((1 << (max(size, 4).bit_length() - 1)) - 1, 3)
    keys = _even_keys(n)
    tree = BalancedTree(keys, tuple(False for _ in keys))
    return Sample([tree, 2 * rng.randint(0, n - 1) + 1], {"n": n})


@generator("perfect_llrb_present_key")
def perfect_llrb_present_key(size: int, rng: random.Random) -> Sample:
    """An all-black perfect tree of n = 2^j - 1 even keys (as perfect_llrb_absent_key) and one of
    its keys at random: deletion walks down O(log n) levels and rebalances on the way back."""
    n = max((1 << (max(size, 4).bit_length() - 1)) - 1, 3)
    keys = _even_keys(n)
    tree = BalancedTree(keys, tuple(False for _ in keys))
    return Sample([tree, keys[rng.randint(0, n - 1)]], {"n": n})
