use vstd::prelude::*;

verus! {

// A binary tree of integer keys.
pub enum Tree {
    Leaf,
    Node(Box<Tree>, i64, Box<Tree>),
}

// The number of nodes of t.
pub open spec fn size(t: Tree) -> nat
    decreases t,
{
    match t {
        Tree::Leaf => 0,
        Tree::Node(l, _k, r) => size(*l) + 1 + size(*r),
    }
}

// The keys of t in order: left subtree, root, right subtree.
pub open spec fn inorder(t: Tree) -> Seq<int>
    decreases t,
{
    match t {
        Tree::Leaf => Seq::empty(),
        Tree::Node(l, k, r) => inorder(*l) + seq![k as int] + inorder(*r),
    }
}

// s is strictly increasing.
pub open spec fn strictly_increasing(s: Seq<int>) -> bool {
    forall|i: int, j: int| #![trigger s[i], s[j]] 0 <= i < j < s.len() ==> s[i] < s[j]
}

// t is a binary search tree: every key is larger than all keys of its left subtree and smaller
// than all keys of its right subtree; equivalently, its in-order key sequence is strictly
// increasing.
pub open spec fn is_bst(t: Tree) -> bool {
    strictly_increasing(inorder(t))
}

// Trees reach the contract as plain values: the list of nodes in pre-order (root, left subtree,
// right subtree), each node a row [key, number of nodes in its left subtree]. Rows s[i .. i + n)
// encode a tree of n nodes when n = 0, or when row i is the root and the rows after it encode its
// left subtree (s[i][1] nodes) and then its right subtree (the rest).
pub open spec fn encodes_at(s: Seq<Seq<int>>, i: int, n: int) -> bool
    decreases n,
{
    0 <= i && 0 <= n && i + n <= s.len() && (n > 0 ==> (s[i].len() == 2 && 0 <= s[i][1] < n
        && encodes_at(s, i + 1, s[i][1]) && encodes_at(s, i + 1 + s[i][1], n - 1 - s[i][1])))
}

// The tree that rows s[i .. i + n) encode (meaningful when encodes_at(s, i, n); keys are i64 in
// Verus trees, so the encoding of a tree always holds keys in that range).
pub open spec fn decode_at(s: Seq<Seq<int>>, i: int, n: int) -> Tree
    decreases n,
{
    if n <= 0 || !(0 <= s[i][1] < n) {
        Tree::Leaf
    } else {
        Tree::Node(
            Box::new(decode_at(s, i + 1, s[i][1])),
            s[i][0] as i64,
            Box::new(decode_at(s, i + 1 + s[i][1], n - 1 - s[i][1])),
        )
    }
}

// s, all of it, encodes a tree.
pub open spec fn is_tree(s: Seq<Seq<int>>) -> bool {
    encodes_at(s, 0, s.len() as int)
}

// The tree s encodes.
pub open spec fn tree_of(s: Seq<Seq<int>>) -> Tree {
    decode_at(s, 0, s.len() as int)
}

// The encoding of t: pre-order rows [key, size of the left subtree].
pub open spec fn encode(t: Tree) -> Seq<Seq<int>>
    decreases t,
{
    match t {
        Tree::Leaf => Seq::empty(),
        Tree::Node(l, k, r) => seq![seq![k as int, size(*l) as int]] + encode(*l) + encode(*r),
    }
}

// Decoding undoes encoding, wherever the encoding sits in a longer list of rows.
pub proof fn lemma_decode_encode_at(a: Seq<Seq<int>>, t: Tree, b: Seq<Seq<int>>)
    ensures
        encode(t).len() == size(t),
        encodes_at(a + encode(t) + b, a.len() as int, size(t) as int),
        decode_at(a + encode(t) + b, a.len() as int, size(t) as int) == t,
    decreases t,
{
    match t {
        Tree::Leaf => {},
        Tree::Node(l, k, r) => {
            let row = seq![seq![k as int, size(*l) as int]];
            lemma_decode_encode_at(a + row, *l, encode(*r) + b);
            lemma_decode_encode_at(a + row + encode(*l), *r, b);
            let s = a + encode(t) + b;
            assert(a + row + encode(*l) + (encode(*r) + b) =~= s);
            assert(a + row + encode(*l) + encode(*r) + b =~= s);
            assert(s[a.len() as int] =~= seq![k as int, size(*l) as int]);
        },
    }
}

// The contract sees encode(t) for every tree t; this recovers t from it.
pub proof fn lemma_decode_encode(t: Tree)
    ensures
        is_tree(encode(t)),
        tree_of(encode(t)) == t,
{
    lemma_decode_encode_at(Seq::empty(), t, Seq::empty());
    assert(Seq::<Seq<int>>::empty() + encode(t) + Seq::<Seq<int>>::empty() =~= encode(t));
}
// Whether t is a node, and its parts (a leaf has none; these defaults are never used on one).
pub open spec fn is_node(t: Tree) -> bool {
    t is Node
}

pub open spec fn left(t: Tree) -> Tree {
    match t {
        Tree::Node(l, _k, _r) => *l,
        Tree::Leaf => Tree::Leaf,
    }
}

pub open spec fn key(t: Tree) -> int {
    match t {
        Tree::Node(_l, k, _r) => k as int,
        Tree::Leaf => 0,
    }
}

pub open spec fn right(t: Tree) -> Tree {
    match t {
        Tree::Node(_l, _k, r) => *r,
        Tree::Leaf => Tree::Leaf,
    }
}

// A node built from parts (the key must fit in i64, as every key of a Verus tree does).
pub open spec fn node(l: Tree, k: int, r: Tree) -> Tree {
    Tree::Node(Box::new(l), k as i64, Box::new(r))
}

// t2 is t with its leftmost node (the one holding the smallest key, m) spliced out: that node
// has no left child and is replaced by its right subtree; every other node keeps its key and
// its place.
pub open spec fn min_spliced(t: Tree, m: int, t2: Tree) -> bool
    decreases t,
{
    match t {
        Tree::Leaf => false,
        Tree::Node(l, k, r) => if !is_node(*l) {
            m == k as int && t2 == *r
        } else {
            is_node(t2) && key(t2) == k as int && right(t2) == *r && min_spliced(*l, m, left(t2))
        },
    }
}

// t2 is t with the node holding x removed the standard (Hibbard) way: a node with at most one
// child is replaced by that child (or by a leaf); a node with two children takes the key of its
// in-order successor m, the leftmost node of its right subtree, which is spliced out there.
// Every other node keeps its key and its place.
pub open spec fn removed(t: Tree, x: int, t2: Tree) -> bool
    decreases t,
{
    match t {
        Tree::Leaf => false,
        Tree::Node(l, k, r) => if k as int == x {
            if !is_node(*l) {
                t2 == *r
            } else if !is_node(*r) {
                t2 == *l
            } else {
                is_node(t2) && left(t2) == *l && min_spliced(*r, key(t2), right(t2))
            }
        } else {
            is_node(t2) && key(t2) == k as int && (
                (removed(*l, x, left(t2)) && right(t2) == *r)
                || (left(t2) == *l && removed(*r, x, right(t2))))
        },
    }
}

// The input (encoded) is a binary search tree.
pub open spec fn pre_bst_delete(s: Seq<Seq<int>>, x: int) -> bool {
    is_tree(s) && is_bst(tree_of(s))
}

// The output is a binary search tree whose keys are the old keys without x; when x was a key,
// its node is removed the standard way (removed), otherwise the tree is unchanged.
pub open spec fn post_bst_delete(s: Seq<Seq<int>>, x: int, s2: Seq<Seq<int>>) -> bool {
    is_tree(s) && is_tree(s2) && is_bst(tree_of(s2))
    && (forall|i: int| 0 <= i < inorder(tree_of(s2)).len() ==>
        inorder(tree_of(s)).contains(#[trigger] inorder(tree_of(s2))[i]) && inorder(tree_of(s2))[i] != x)
    && (forall|i: int| 0 <= i < inorder(tree_of(s)).len() ==>
        #[trigger] inorder(tree_of(s))[i] == x || inorder(tree_of(s2)).contains(inorder(tree_of(s))[i]))
    && (inorder(tree_of(s)).contains(x) ==> removed(tree_of(s), x, tree_of(s2)))
    && (!inorder(tree_of(s)).contains(x) ==> tree_of(s2) == tree_of(s))
}

// <vc:helpers>
// </vc:helpers>

// Delete x from the binary search tree t: search for x from the root; a found node with at most
// one child is replaced by that child, a found node with two children takes the key of its
// in-order successor (the minimum of its right subtree), whose node is removed from the right
// subtree. An absent x leaves the tree unchanged.
fn bst_delete(t: Tree, x: i64) -> (t2: Tree)
    requires
        pre_bst_delete(encode(t), x as int),
    ensures
        post_bst_delete(encode(t), x as int, encode(t2)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
