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
