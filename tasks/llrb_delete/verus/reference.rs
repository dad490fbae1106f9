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
// Split a node into its parts (the caller knows it is a node).
fn split(t: Tree) -> (parts: (bool, Tree, i64, Tree))
    requires
        is_node(t),
    ensures
        t == Tree::Node(parts.0, Box::new(parts.1), parts.2, Box::new(parts.3)),
{
    match t {
        Tree::Node(c, l, k, r) => (c, *l, k, *r),
        Tree::Leaf => (false, Tree::Leaf, 0, Tree::Leaf),
    }
}

fn mk(c: bool, l: Tree, k: i64, r: Tree) -> (t: Tree)
    ensures
        t == node(c, l, k as int, r),
{
    Tree::Node(c, Box::new(l), k, Box::new(r))
}

// Whether t is a red node; whether t is a red node whose left child is red.
fn is_red_exec(t: &Tree) -> (b: bool)
    ensures
        b == is_red(*t),
{
    match t {
        Tree::Node(c, _, _, _) => *c,
        Tree::Leaf => false,
    }
}

fn red_left_red(t: &Tree) -> (b: bool)
    ensures
        b == (is_red(*t) && is_red(left(*t))),
{
    match t {
        Tree::Node(c, l, _, _) => *c && is_red_exec(&**l),
        Tree::Leaf => false,
    }
}

// Rotate a red right link to the left: Node(c, A, k, Node(red, B, y, C)) becomes
// Node(c, Node(red, A, k, B), y, C).
fn rotate_left(h: Tree) -> (t: Tree)
    requires
        is_node(h),
        is_node(right(h)),
    ensures
        t == node(red(h), node(true, left(h), key(h), left(right(h))), key(right(h)), right(right(h))),
        inorder(t) == inorder(h),
{
    let (c, a, k, r) = split(h);
    let (_rc, b, y, cc) = split(r);
    let t = mk(c, mk(true, a, k, b), y, cc);
    proof {
        assert(inorder(t) =~= inorder(h));
    }
    t
}

// Rotate a red left link to the right: Node(c, Node(red, A, y, B), k, C) becomes
// Node(c, A, y, Node(red, B, k, C)).
fn rotate_right(h: Tree) -> (t: Tree)
    requires
        is_node(h),
        is_node(left(h)),
    ensures
        t == node(red(h), left(left(h)), key(left(h)), node(true, right(left(h)), key(h), right(h))),
        inorder(t) == inorder(h),
{
    let (c, l, k, cc) = split(h);
    let (_lc, a, y, b) = split(l);
    let t = mk(c, a, y, mk(true, b, k, cc));
    proof {
        assert(inorder(t) =~= inorder(h));
    }
    t
}

// Whether t is a node whose left child is red; whether t is a leaf.
fn left_is_red(t: &Tree) -> (b: bool)
    ensures
        b == (is_node(*t) && is_red(left(*t))),
{
    match t {
        Tree::Node(_, l, _, _) => is_red_exec(&**l),
        Tree::Leaf => false,
    }
}

fn is_leaf(t: &Tree) -> (b: bool)
    ensures
        b == !is_node(*t),
{
    match t {
        Tree::Leaf => true,
        Tree::Node(_, _, _, _) => false,
    }
}

fn key_of(t: &Tree) -> (k: i64)
    requires
        is_node(*t),
    ensures
        k as int == key(*t),
{
    match t {
        Tree::Node(_, _, k, _) => *k,
        Tree::Leaf => 0,
    }
}

// Flip the colors of a node and its two children (split a 4-node, or, in deletion, join two
// 2-nodes with their parent into a 4-node).
fn flip(h: Tree) -> (t: Tree)
    requires
        is_node(h),
        is_node(left(h)),
        is_node(right(h)),
    ensures
        inorder(t) == inorder(h),
{
    let (c, l, k, r) = split(h);
    let (lc, a, y, b) = split(l);
    let (rc, d, z, e) = split(r);
    let t = mk(!c, mk(!lc, a, y, b), k, mk(!rc, d, z, e));
    proof {
        assert(inorder(t) =~= inorder(h));
    }
    t
}

// Restore the invariants at a node on the way up.
fn balance(h: Tree) -> (t: Tree)
    requires
        is_node(h),
{
    let mut t = h;
    let (c, l, k, r) = split(t);
    let l_red = is_red_exec(&l);
    let r_red = is_red_exec(&r);
    t = mk(c, l, k, r);
    if r_red && !l_red {
        t = rotate_left(t);
    }
    if left_left_red(&t) {
        t = rotate_right(t);
    }
    let (c2, l2, k2, r2) = split(t);
    let both = is_red_exec(&l2) && is_red_exec(&r2);
    t = mk(c2, l2, k2, r2);
    if both {
        t = flip(t);
    }
    t
}

// Whether t's left child is red and so is that child's left child.
fn left_left_red(t: &Tree) -> (b: bool)
{
    match t {
        Tree::Node(_, l, _, _) => red_left_red(&**l),
        Tree::Leaf => false,
    }
}

// Make h.left or one of its children red (h red, h.left and h.left.left black).
fn move_red_left(h: Tree) -> (t: Tree)
    requires
        is_node(h),
{
    let t = flip(h);
    let (c, l, k, r) = split(t);
    if left_is_red(&r) {
        let r2 = rotate_right(r);
        rotate_left(mk(c, l, k, r2))
    } else {
        mk(c, l, k, r)
    }
}

// Make h.right or one of its children red (h red, h.right and h.right.left black).
fn move_red_right(h: Tree) -> (t: Tree)
    requires
        is_node(h),
{
    let t = flip(h);
    let (c, l, k, r) = split(t);
    let ll_red = left_is_red(&l);
    let t = mk(c, l, k, r);
    if ll_red {
        flip(rotate_right(t))
    } else {
        t
    }
}

// Delete the minimum of h; the first component is its key.
fn delete_min(h: Tree) -> (res: (i64, Tree))
    requires
        is_node(h),
    decreases size(h),
{
    let (c, l, k, r) = split(h);
    if is_leaf(&l) {
        return (k, Tree::Leaf);
    }
    let move_needed = !is_red_exec(&l) && !left_is_red(&l);
    let mut g = mk(c, l, k, r);
    if move_needed {
        g = move_red_left(g);
    }
    let (gc, gl, gk, gr) = split(g);
    let (m, l2) = delete_min(gl);
    (m, balance(mk(gc, l2, gk, gr)))
}

// Delete x, a key of h.
fn delete_rec(h: Tree, x: i64) -> (t: Tree)
    requires
        is_node(h),
    decreases size(h),
{
    let mut g = h;
    if x < key_of(&g) {
        let (c, l, k, r) = split(g);
        let move_needed = !is_red_exec(&l) && !left_is_red(&l);
        g = mk(c, l, k, r);
        if move_needed {
            g = move_red_left(g);
        }
        let (gc, gl, gk, gr) = split(g);
        let l2 = delete_rec(gl, x);
        balance(mk(gc, l2, gk, gr))
    } else {
        if left_is_red(&g) {
            g = rotate_right(g);
        }
        let (c, l, k, r) = split(g);
        if x == k && is_leaf(&r) {
            return Tree::Leaf;
        }
        let move_needed = !is_red_exec(&r) && !left_is_red(&r);
        g = mk(c, l, k, r);
        if move_needed {
            g = move_red_right(g);
        }
        let (gc, gl, gk, gr) = split(g);
        if x == gk {
            let (m, r2) = delete_min(gr);
            balance(mk(gc, gl, m, r2))
        } else {
            let r2 = delete_rec(gr, x);
            balance(mk(gc, gl, gk, r2))
        }
    }
}

// Whether x is a key of the binary search tree t.
fn contains(t: &Tree, x: i64) -> (b: bool)
    decreases t,
{
    match t {
        Tree::Leaf => false,
        Tree::Node(_, l, k, r) => {
            if x < *k {
                contains(&**l, x)
            } else if *k < x {
                contains(&**r, x)
            } else {
                true
            }
        },
    }
}
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
    proof {
        lemma_decode_encode(t);
    }
    if !contains(&t, x) {
        return t;
    }
    let (c, l, k, r) = split(t);
    let make_red = !is_red_exec(&l) && !is_red_exec(&r);
    let h = mk(c || make_red, l, k, r);
    let h = delete_rec(h, x);
    if is_leaf(&h) {
        return h;
    }
    let (_c, l, k, r) = split(h);
    mk(false, l, k, r)
    // </vc:code>
}

fn main() {}

} // verus!
