use vstd::prelude::*;

verus! {

// A binary tree of integer keys.
pub enum Tree {
    Leaf,
    Node(Box<Tree>, i64, Box<Tree>),
}

// The keys of t in order: left subtree, root, right subtree.
pub open spec fn inorder(t: Tree) -> Seq<i64>
    decreases t,
{
    match t {
        Tree::Leaf => Seq::empty(),
        Tree::Node(l, k, r) => inorder(*l) + seq![k] + inorder(*r),
    }
}

// s is strictly increasing. A tree is a binary search tree (every key larger than all keys of its
// left subtree and smaller than all keys of its right subtree) exactly when its in-order key
// sequence is strictly increasing.
pub open spec fn strictly_increasing(s: Seq<i64>) -> bool {
    forall|i: int, j: int| #![trigger s[i], s[j]] 0 <= i < j < s.len() ==> s[i] < s[j]
}

// t2 is t with exactly one empty subtree (Leaf) replaced by the one-node tree holding x; every
// other node keeps its key and its place. Together with the ordering of t2 this is the plain
// insertion: the new leaf sits where the search for x in t ends.
pub open spec fn grafted(t: Tree, t2: Tree, x: i64) -> bool
    decreases t,
{
    match t {
        Tree::Leaf => t2 == Tree::Node(Box::new(Tree::Leaf), x, Box::new(Tree::Leaf)),
        Tree::Node(l, k, r) => match t2 {
            Tree::Node(l2, k2, r2) => k2 == k && ((grafted(*l, *l2, x) && *r2 == *r) || (*l2 == *l && grafted(*r, *r2, x))),
            Tree::Leaf => false,
        },
    }
}

// The input tree (given by its in-order keys) is a binary search tree.
pub open spec fn pre_bst_insert_search(keys: Seq<i64>, x: i64) -> bool {
    strictly_increasing(keys)
}

// The new tree is a binary search tree whose keys are the old keys plus x, and found tells
// whether x was already a key.
pub open spec fn post_bst_insert_search(keys: Seq<i64>, x: i64, keys2: Seq<i64>, found: bool) -> bool {
    strictly_increasing(keys2)
    && (forall|i: int| 0 <= i < keys2.len() ==> keys.contains(#[trigger] keys2[i]) || keys2[i] == x)
    && (forall|i: int| 0 <= i < keys.len() ==> keys2.contains(#[trigger] keys[i]))
    && keys2.contains(x)
    && found == keys.contains(x)
}

// <vc:helpers>
// </vc:helpers>

// Insert x into the binary search tree t: descend from the root (left when x is smaller than the
// key, right when larger) and put a new leaf where the search ends; if the search finds x, the
// tree is unchanged. found reports whether the search found x.
fn bst_insert(t: Tree, x: i64) -> (res: (Tree, bool))
    requires
        pre_bst_insert_search(inorder(t), x),
    ensures
        post_bst_insert_search(inorder(t), x, inorder(res.0), res.1),
        res.1 ==> res.0 == t,
        !res.1 ==> grafted(t, res.0, x),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
