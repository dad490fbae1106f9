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

// t is a red node.
pub open spec fn is_red(t: Tree) -> bool {
    is_node(t) && red(t)
}

// No node has a red right child: red links lean left.
pub open spec fn no_red_right(t: Tree) -> bool
    decreases t,
{
    match t {
        Tree::Leaf => true,
        Tree::Node(_c, l, _k, r) => !is_red(*r) && no_red_right(*l) && no_red_right(*r),
    }
}

// No red node has a red child: no two red links in a row.
pub open spec fn no_red_red(t: Tree) -> bool
    decreases t,
{
    match t {
        Tree::Leaf => true,
        Tree::Node(c, l, _k, r) => (c ==> !is_red(*l) && !is_red(*r)) && no_red_red(*l) && no_red_red(*r),
    }
}

// t is a left-leaning red-black tree: a binary search tree with no red right link, no two red
// links in a row, perfect black balance, and a black root.
pub open spec fn is_llrb(t: Tree) -> bool {
    is_bst(t) && no_red_right(t) && no_red_red(t) && black_balanced(t) && !is_red(t)
}

// The input (encoded) is a left-leaning red-black tree.
pub open spec fn pre_llrb_delete(s: Seq<Seq<int>>, x: int) -> bool {
    is_tree(s) && is_llrb(tree_of(s))
}

// The output is a left-leaning red-black tree whose keys are the old keys without x.
pub open spec fn post_llrb_delete(s: Seq<Seq<int>>, x: int, s2: Seq<Seq<int>>) -> bool {
    is_tree(s) && is_tree(s2) && is_llrb(tree_of(s2))
    && (forall|i: int| 0 <= i < inorder(tree_of(s2)).len() ==>
        inorder(tree_of(s)).contains(#[trigger] inorder(tree_of(s2))[i]) && inorder(tree_of(s2))[i] != x)
    && (forall|i: int| 0 <= i < inorder(tree_of(s)).len() ==>
        #[trigger] inorder(tree_of(s))[i] == x || inorder(tree_of(s2)).contains(inorder(tree_of(s))[i]))
    && !inorder(tree_of(s2)).contains(x)
}

// <vc:helpers>
// </vc:helpers>

// Delete x from the left-leaning red-black tree t (Sedgewick's top-down deletion for the 2-3
// variant): if x is a key, make the root red when both its children are black, then descend
// keeping the current node or its left child red (moving a red link down with moveRedLeft /
// moveRedRight and rotating a red left link to the right on the way right), remove x (a leaf-level
// node directly, an inner node by replacing its key with the minimum of its right subtree and
// deleting that minimum), and rebalance every node of the path on the way back up (rotate left a
// red right link, rotate right two red links in a row, flip a node with two red children);
// finally color the root black. An absent x leaves the tree unchanged.
fn llrb_delete(t: Tree, x: i64) -> (t2: Tree)
    requires
        pre_llrb_delete(encode(t), x as int),
    ensures
        post_llrb_delete(encode(t), x as int, encode(t2)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
