use vstd::prelude::*;

verus! {

// A binary tree of integer keys whose nodes are red or black (red: the link from the parent is red).
pub enum Tree {
    Leaf,
    Node(bool, Box<Tree>, i64, Box<Tree>),
}

// The number of nodes of t.
pub open spec fn size(t: Tree) -> nat
    decreases t,
{
    match t {
        Tree::Leaf => 0,
        Tree::Node(_c, l, _k, r) => size(*l) + 1 + size(*r),
    }
}

// The keys of t in order: left subtree, root, right subtree.
pub open spec fn inorder(t: Tree) -> Seq<int>
    decreases t,
{
    match t {
        Tree::Leaf => Seq::empty(),
        Tree::Node(_c, l, k, r) => inorder(*l) + seq![k as int] + inorder(*r),
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

// The number of black nodes on the path from t down its left spine to a leaf.
pub open spec fn black_height(t: Tree) -> nat
    decreases t,
{
    match t {
        Tree::Leaf => 0,
        Tree::Node(c, l, _k, _r) => (if c { 0nat } else { 1nat }) + black_height(*l),
    }
}

// Perfect black balance: every path from a node down to a leaf passes the same number of black
// nodes (so black_height is that number).
pub open spec fn black_balanced(t: Tree) -> bool
    decreases t,
{
    match t {
        Tree::Leaf => true,
        Tree::Node(_c, l, _k, r) => black_balanced(*l) && black_balanced(*r)
            && black_height(*l) == black_height(*r),
    }
}

// Trees reach the contract as plain values: the list of nodes in pre-order (root, left subtree,
// right subtree), each node a row [key, number of nodes in its left subtree, 1 if red else 0].
// Rows s[i .. i + n) encode a tree of n nodes when n = 0, or when row i is the root and the rows
// after it encode its left subtree (s[i][1] nodes) and then its right subtree (the rest).
pub open spec fn encodes_at(s: Seq<Seq<int>>, i: int, n: int) -> bool
    decreases n,
{
    0 <= i && 0 <= n && i + n <= s.len() && (n > 0 ==> (s[i].len() == 3 && 0 <= s[i][1] < n
        && 0 <= s[i][2] <= 1
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
            s[i][2] == 1,
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

// The encoding of t: pre-order rows [key, size of the left subtree, 1 if red else 0].
pub open spec fn encode(t: Tree) -> Seq<Seq<int>>
    decreases t,
{
    match t {
        Tree::Leaf => Seq::empty(),
        Tree::Node(c, l, k, r) => seq![seq![k as int, size(*l) as int, if c { 1int } else { 0int }]]
            + encode(*l) + encode(*r),
    }
}

// e occurs in s at position i.
pub open spec fn occurs_at(s: Seq<Seq<int>>, i: int, e: Seq<Seq<int>>) -> bool {
    0 <= i && i + e.len() <= s.len() && forall|j: int| 0 <= j < e.len() ==> s[i + j] == #[trigger] e[j]
}

pub proof fn lemma_encode_size(t: Tree)
    ensures
        encode(t).len() == size(t),
    decreases t,
{
    match t {
        Tree::Leaf => {},
        Tree::Node(_c, l, _k, r) => {
            lemma_encode_size(*l);
            lemma_encode_size(*r);
        },
    }
}

// Decoding undoes encoding, wherever the encoding sits in a longer list of rows.
pub proof fn lemma_decode_encode_at(s: Seq<Seq<int>>, i: int, t: Tree)
    requires
        occurs_at(s, i, encode(t)),
    ensures
        encodes_at(s, i, size(t) as int),
        decode_at(s, i, size(t) as int) == t,
    decreases t,
{
    lemma_encode_size(t);
    match t {
        Tree::Leaf => {},
        Tree::Node(c, l, k, r) => {
            let row = seq![k as int, size(*l) as int, if c { 1int } else { 0int }];
            let e = encode(t);
            lemma_encode_size(*l);
            lemma_encode_size(*r);
            assert(e =~= seq![row] + encode(*l) + encode(*r));
            assert(s[i] == e[0]);
            assert(e[0] == row);
            assert forall|j: int| 0 <= j < encode(*l).len() implies s[i + 1 + j] == #[trigger] encode(*l)[j] by {
                assert(s[i + (1 + j)] == e[1 + j]);
                assert(e[1 + j] == encode(*l)[j]);
            }
            assert forall|j: int| 0 <= j < encode(*r).len() implies s[i + 1 + size(*l) + j] == #[trigger] encode(*r)[j] by {
                assert(s[i + (1 + size(*l) + j)] == e[1 + size(*l) + j]);
                assert(e[1 + size(*l) + j] == encode(*r)[j]);
            }
            lemma_decode_encode_at(s, i + 1, *l);
            lemma_decode_encode_at(s, i + 1 + size(*l), *r);
        },
    }
}

// The contract sees encode(t) for every tree t; this recovers t from it.
pub proof fn lemma_decode_encode(t: Tree)
    ensures
        is_tree(encode(t)),
        tree_of(encode(t)) == t,
{
    lemma_encode_size(t);
    lemma_decode_encode_at(encode(t), 0, t);
}

// Whether t is a node, and its parts (a leaf has none; these defaults are never used on one).
pub open spec fn is_node(t: Tree) -> bool {
    t is Node
}

pub open spec fn red(t: Tree) -> bool {
    match t {
        Tree::Node(c, _l, _k, _r) => c,
        Tree::Leaf => false,
    }
}

pub open spec fn left(t: Tree) -> Tree {
    match t {
        Tree::Node(_c, l, _k, _r) => *l,
        Tree::Leaf => Tree::Leaf,
    }
}

pub open spec fn key(t: Tree) -> int {
    match t {
        Tree::Node(_c, _l, k, _r) => k as int,
        Tree::Leaf => 0,
    }
}

pub open spec fn right(t: Tree) -> Tree {
    match t {
        Tree::Node(_c, _l, _k, r) => *r,
        Tree::Leaf => Tree::Leaf,
    }
}

// A node built from parts (the key must fit in i64, as every key of a Verus tree does).
pub open spec fn node(c: bool, l: Tree, k: int, r: Tree) -> Tree {
    Tree::Node(c, Box::new(l), k as i64, Box::new(r))
}

// t is a node with two children that have the same color, opposite to t's own color.
pub open spec fn flippable(t: Tree) -> bool {
    is_node(t) && is_node(left(t)) && is_node(right(t))
    && red(left(t)) == red(right(t)) && red(t) != red(left(t))
}

// t2 is t with the colors of the root and of both children flipped; shape and keys unchanged.
pub open spec fn flipped(t: Tree, t2: Tree) -> bool {
    is_node(t) && is_node(left(t)) && is_node(right(t))
    && t2 == node(!red(t), node(!red(left(t)), left(left(t)), key(left(t)), right(left(t))), key(t),
        node(!red(right(t)), left(right(t)), key(right(t)), right(right(t))))
}

// The input (encoded) is a binary search tree whose root and children can be flipped.
pub open spec fn pre_llrb_flip_colors(s: Seq<Seq<int>>) -> bool {
    is_tree(s) && is_bst(tree_of(s)) && flippable(tree_of(s))
}

// The output is a binary search tree with the same in-order keys and shape, the root's and its
// children's colors flipped; it keeps perfect black balance and the black height when the input
// had it.
pub open spec fn post_llrb_flip_colors(s: Seq<Seq<int>>, s2: Seq<Seq<int>>) -> bool {
    is_tree(s) && is_tree(s2)
    && is_bst(tree_of(s2)) && inorder(tree_of(s2)) == inorder(tree_of(s))
    && flipped(tree_of(s), tree_of(s2))
    && (black_balanced(tree_of(s)) ==> black_balanced(tree_of(s2))
        && black_height(tree_of(s2)) == black_height(tree_of(s)))
}

// <vc:helpers>
// </vc:helpers>

// Flip the colors of the root and its two children (splitting or merging a temporary 4-node of a
// left-leaning red-black tree).
fn llrb_flip_colors(t: Tree) -> (t2: Tree)
    requires
        pre_llrb_flip_colors(encode(t)),
    ensures
        post_llrb_flip_colors(encode(t), encode(t2)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
