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

// x is the key of the left child of the root's left child, or of the right child of the root's
// right child (the zig-zig case of splaying).
pub open spec fn outer_grandchild(t: Tree, x: int) -> bool {
    is_node(t) && (
        (is_node(left(t)) && is_node(left(left(t))) && key(left(left(t))) == x)
        || (is_node(right(t)) && is_node(right(right(t))) && key(right(right(t))) == x))
}

// t2 is t after the zig-zig step that lifts the outer grandchild with key x to the root: two
// rotations in the same direction, first at the root, then at the new root:
// Node(Node(Node(A, x, B), p, C), g, D) becomes Node(A, x, Node(B, p, Node(C, g, D))), and
// Node(A, g, Node(B, p, Node(C, x, D))) becomes Node(Node(Node(A, g, B), p, C), x, D).
pub open spec fn zigzig(t: Tree, x: int, t2: Tree) -> bool {
    is_node(t) && (
        (is_node(left(t)) && is_node(left(left(t))) && key(left(left(t))) == x
            && t2 == node(left(left(left(t))), x,
                node(right(left(left(t))), key(left(t)), node(right(left(t)), key(t), right(t)))))
        || (is_node(right(t)) && is_node(right(right(t))) && key(right(right(t))) == x
            && t2 == node(node(node(left(t), key(t), left(right(t))), key(right(t)), left(right(right(t)))),
                x, right(right(right(t))))))
}

// The input (encoded) is a binary search tree, and x is the key of an outer grandchild of its root.
pub open spec fn pre_bst_rotate_zigzig(s: Seq<Seq<int>>, x: int) -> bool {
    is_tree(s) && is_bst(tree_of(s)) && outer_grandchild(tree_of(s), x)
}

// The output is a binary search tree with the same in-order keys, shaped as the zig-zig step
// that lifts x to the root defines.
pub open spec fn post_bst_rotate_zigzig(s: Seq<Seq<int>>, x: int, s2: Seq<Seq<int>>) -> bool {
    is_tree(s) && is_tree(s2)
    && is_bst(tree_of(s2)) && inorder(tree_of(s2)) == inorder(tree_of(s))
    && zigzig(tree_of(s), x, tree_of(s2))
}

// <vc:helpers>
// Split a node into its parts (the caller knows it is a node).
fn split(t: Tree) -> (parts: (Tree, i64, Tree))
    requires
        is_node(t),
    ensures
        t == Tree::Node(Box::new(parts.0), parts.1, Box::new(parts.2)),
{
    match t {
        Tree::Node(l, k, r) => (*l, k, *r),
        Tree::Leaf => (Tree::Leaf, 0, Tree::Leaf),
    }
}

// Whether t is a node with key x.
fn key_is(t: &Tree, x: i64) -> (b: bool)
    ensures
        b == (is_node(*t) && key(*t) == x as int),
{
    match t {
        Tree::Node(_, k, _) => *k == x,
        Tree::Leaf => false,
    }
}

// Whether t has a left child that is a node with key x.
fn left_key_is(t: &Tree, x: i64) -> (b: bool)
    ensures
        b == (is_node(*t) && is_node(left(*t)) && key(left(*t)) == x as int),
{
    match t {
        Tree::Node(l, _, _) => key_is(&**l, x),
        Tree::Leaf => false,
    }
}

fn mk(l: Tree, k: i64, r: Tree) -> (t: Tree)
    ensures
        t == node(l, k as int, r),
{
    Tree::Node(Box::new(l), k, Box::new(r))
}
// </vc:helpers>

// Lift the outer grandchild x of the root to the root: rotate at the root first (its child on x's
// side goes up), then rotate the new root (x goes up).
fn bst_rotate_zigzig(t: Tree, x: i64) -> (t2: Tree)
    requires
        pre_bst_rotate_zigzig(encode(t), x as int),
    ensures
        post_bst_rotate_zigzig(encode(t), x as int, encode(t2)),
{
    // <vc:code>
    proof { lemma_decode_encode(t); }
    let ghost t0 = t;
    let (l, g, r) = split(t);
    if left_key_is(&l, x) {
        let (xn, p, c) = split(l);
        let (a, xk, b) = split(xn);
        let t2 = mk(a, xk, mk(b, p, mk(c, g, r)));
        proof {
            lemma_decode_encode(t2);
            assert(inorder(t2) =~= inorder(t0));
        }
        t2
    } else {
        let (b, p, xn) = split(r);
        let (c, xk, d) = split(xn);
        let t2 = mk(mk(mk(l, g, b), p, c), xk, d);
        proof {
            lemma_decode_encode(t2);
            assert(inorder(t2) =~= inorder(t0));
        }
        t2
    }
    // </vc:code>
}

fn main() {}

} // verus!
