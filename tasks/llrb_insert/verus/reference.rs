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
pub open spec fn pre_llrb_insert(s: Seq<Seq<int>>, x: int) -> bool {
    is_tree(s) && is_llrb(tree_of(s))
}

// The output is a left-leaning red-black tree whose keys are the old keys plus x.
pub open spec fn post_llrb_insert(s: Seq<Seq<int>>, x: int, s2: Seq<Seq<int>>) -> bool {
    is_tree(s) && is_tree(s2) && is_llrb(tree_of(s2))
    && (forall|i: int| 0 <= i < inorder(tree_of(s2)).len() ==>
        inorder(tree_of(s)).contains(#[trigger] inorder(tree_of(s2))[i]) || inorder(tree_of(s2))[i] == x)
    && (forall|i: int| 0 <= i < inorder(tree_of(s)).len() ==>
        inorder(tree_of(s2)).contains(#[trigger] inorder(tree_of(s))[i]))
    && inorder(tree_of(s2)).contains(x)
}

// <vc:helpers>
// The in-order sequence of a node splits at its key.
proof fn lemma_split_sorted(a: Seq<int>, k: int, b: Seq<int>)
    requires
        strictly_increasing(a + seq![k] + b),
    ensures
        strictly_increasing(a),
        strictly_increasing(b),
        forall|v: int| a.contains(v) ==> v < k,
        forall|v: int| b.contains(v) ==> k < v,
{
    let s = a + seq![k] + b;
    assert(s[a.len() as int] == k);
    assert forall|i: int, j: int| 0 <= i < j < a.len() implies #[trigger] a[i] < #[trigger] a[j] by {
        assert(s[i] == a[i] && s[j] == a[j]);
    }
    assert forall|i: int, j: int| 0 <= i < j < b.len() implies #[trigger] b[i] < #[trigger] b[j] by {
        assert(s[a.len() + 1 + i] == b[i] && s[a.len() + 1 + j] == b[j]);
    }
    assert forall|v: int| a.contains(v) implies v < k by {
        let i = choose|i: int| 0 <= i < a.len() && a[i] == v;
        assert(s[i] == v);
    }
    assert forall|v: int| b.contains(v) implies k < v by {
        let i = choose|i: int| 0 <= i < b.len() && b[i] == v;
        assert(s[a.len() + 1 + i] == v);
    }
}

// Two sorted sequences on either side of k join into a sorted sequence.
proof fn lemma_join_sorted(a: Seq<int>, k: int, b: Seq<int>)
    requires
        strictly_increasing(a),
        strictly_increasing(b),
        forall|v: int| a.contains(v) ==> v < k,
        forall|v: int| b.contains(v) ==> k < v,
    ensures
        strictly_increasing(a + seq![k] + b),
{
    let s = a + seq![k] + b;
    assert forall|i: int, j: int| 0 <= i < j < s.len() implies #[trigger] s[i] < #[trigger] s[j] by {
        if j < a.len() {
            assert(s[i] == a[i] && s[j] == a[j]);
        } else if j == a.len() {
            assert(s[i] == a[i] && a.contains(a[i]));
        } else if i < a.len() {
            assert(s[i] == a[i] && a.contains(a[i]));
            assert(s[j] == b[j - a.len() - 1] && b.contains(b[j - a.len() - 1]));
        } else if i == a.len() {
            assert(s[j] == b[j - a.len() - 1] && b.contains(b[j - a.len() - 1]));
        } else {
            assert(s[i] == b[i - a.len() - 1] && s[j] == b[j - a.len() - 1]);
        }
    }
}

// Membership in the in-order sequence of a node.
proof fn lemma_contains_node(a: Seq<int>, k: int, b: Seq<int>, v: int)
    ensures
        (a + seq![k] + b).contains(v) <==> (a.contains(v) || v == k || b.contains(v)),
{
    let s = a + seq![k] + b;
    if s.contains(v) {
        let i = choose|i: int| 0 <= i < s.len() && s[i] == v;
        if i < a.len() {
            assert(a[i] == v);
        } else if i > a.len() {
            assert(b[i - a.len() - 1] == v);
        }
    }
    if a.contains(v) {
        let i = choose|i: int| 0 <= i < a.len() && a[i] == v;
        assert(s[i] == v);
    }
    if v == k {
        assert(s[a.len() as int] == v);
    }
    if b.contains(v) {
        let i = choose|i: int| 0 <= i < b.len() && b[i] == v;
        assert(s[a.len() + 1 + i] == v);
    }
}

// The invariants of a subtree, whatever the color of its root.
pub open spec fn ok(t: Tree) -> bool {
    no_red_right(t) && no_red_red(t) && black_balanced(t)
}

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

// Split a 4-node: the node turns red, its two children black.
fn flip_colors(h: Tree) -> (t: Tree)
    requires
        is_node(h),
        is_node(left(h)),
        is_node(right(h)),
    ensures
        t == node(true, node(false, left(left(h)), key(left(h)), right(left(h))), key(h),
            node(false, left(right(h)), key(right(h)), right(right(h)))),
        inorder(t) == inorder(h),
{
    let (_c, l, k, r) = split(h);
    let (_lc, a, y, b) = split(l);
    let (_rc, d, z, e) = split(r);
    let t = mk(true, mk(false, a, y, b), k, mk(false, d, z, e));
    proof {
        assert(inorder(t) =~= inorder(h));
    }
    t
}

// The left subtree came back red with a red left child: h is black; rotating right and
// flipping the colors gives a red node with two black children.
proof fn lemma_ins_left_split(h: Tree, l2: Tree)
    requires
        is_node(h),
        ok(h),
        is_red(l2),
        is_red(left(l2)),
        black_balanced(l2),
        black_height(l2) == black_height(left(h)),
        no_red_right(l2),
        !is_red(left(h)) ==> no_red_red(l2),
        is_red(left(h)) ==> no_red_red(left(l2)) && no_red_red(right(l2)),
    ensures
        !red(h),
        is_red(left(h)),
        black_balanced(node(true, node(false, left(left(l2)), key(left(l2)), right(left(l2))), key(l2),
            node(false, right(l2), key(h), right(h)))),
        black_height(node(true, node(false, left(left(l2)), key(left(l2)), right(left(l2))), key(l2),
            node(false, right(l2), key(h), right(h)))) == black_height(h),
        no_red_right(node(true, node(false, left(left(l2)), key(left(l2)), right(left(l2))), key(l2),
            node(false, right(l2), key(h), right(h)))),
        no_red_red(node(true, node(false, left(left(l2)), key(left(l2)), right(left(l2))), key(l2),
            node(false, right(l2), key(h), right(h)))),
{
    let a = left(l2);
    assert(black_height(l2) == black_height(a));
    assert(black_height(a) == black_height(left(a)));
}

// The right subtree came back red and the left child is red: flip the colors.
proof fn lemma_ins_right_flip(h: Tree, r2: Tree)
    requires
        is_node(h),
        ok(h),
        is_red(r2),
        is_red(left(h)),
        black_balanced(r2),
        black_height(r2) == black_height(right(h)),
        no_red_right(r2),
        no_red_red(r2),
    ensures
        !red(h),
        black_balanced(node(true, node(false, left(left(h)), key(left(h)), right(left(h))), key(h),
            node(false, left(r2), key(r2), right(r2)))),
        black_height(node(true, node(false, left(left(h)), key(left(h)), right(left(h))), key(h),
            node(false, left(r2), key(r2), right(r2)))) == black_height(h),
        no_red_right(node(true, node(false, left(left(h)), key(left(h)), right(left(h))), key(h),
            node(false, left(r2), key(r2), right(r2)))),
        no_red_red(node(true, node(false, left(left(h)), key(left(h)), right(left(h))), key(h),
            node(false, left(r2), key(r2), right(r2)))),
{
    let l = left(h);
    assert(black_height(l) == black_height(left(l)));
    assert(black_height(r2) == black_height(left(r2)));
}

// The right subtree came back red and the left child is black: rotate left.
proof fn lemma_ins_right_rotate(h: Tree, r2: Tree)
    requires
        is_node(h),
        ok(h),
        is_red(r2),
        !is_red(left(h)),
        black_balanced(r2),
        black_height(r2) == black_height(right(h)),
        no_red_right(r2),
        no_red_red(r2),
    ensures
        black_balanced(node(red(h), node(true, left(h), key(h), left(r2)), key(r2), right(r2))),
        black_height(node(red(h), node(true, left(h), key(h), left(r2)), key(r2), right(r2))) == black_height(h),
        no_red_right(node(red(h), node(true, left(h), key(h), left(r2)), key(r2), right(r2))),
        !red(h) ==> no_red_red(node(red(h), node(true, left(h), key(h), left(r2)), key(r2), right(r2))),
        red(h) ==> no_red_red(node(true, left(h), key(h), left(r2))) && no_red_red(right(r2)),
{
    assert(black_height(r2) == black_height(left(r2)));
}

// Insert into a subtree satisfying the invariants. A black (or empty) subtree comes back with
// the invariants (its root may have turned red); a red one comes back red, possibly with a red
// left child, which its black parent repairs.
fn ins(h: Tree, x: i64) -> (h2: Tree)
    requires
        is_bst(h),
        ok(h),
    ensures
        is_bst(h2),
        is_node(h2),
        forall|v: int| #[trigger] inorder(h2).contains(v) <==> (inorder(h).contains(v) || v == x as int),
        black_balanced(h2),
        black_height(h2) == black_height(h),
        no_red_right(h2),
        !is_red(h) ==> no_red_red(h2),
        is_red(h) ==> is_red(h2) && no_red_red(left(h2)) && no_red_red(right(h2)),
    decreases h,
{
    let ghost h0 = h;
    let ghost keys = inorder(h);
    match h {
        Tree::Leaf => {
            let h2 = mk(true, Tree::Leaf, x, Tree::Leaf);
            proof {
                assert(inorder(h2) =~= seq![x as int]);
                assert forall|v: int| #[trigger] inorder(h2).contains(v) <==> (keys.contains(v) || v == x as int) by {
                    if inorder(h2).contains(v) {
                        let i = choose|i: int| 0 <= i < inorder(h2).len() && inorder(h2)[i] == v;
                        assert(i == 0);
                    }
                    if v == x as int {
                        assert(inorder(h2)[0] == v);
                    }
                }
            }
            h2
        },
        Tree::Node(c, l, k, r) => {
            let ghost il = inorder(*l);
            let ghost ir = inorder(*r);
            let ghost kk = k as int;
            proof {
                assert(keys == il + seq![kk] + ir);
                lemma_split_sorted(il, kk, ir);
            }
            if x < k {
                let ghost lg = *l;
                let l2 = ins(*l, x);
                let ghost l2g = l2;
                let split_needed = red_left_red(&l2);
                let t = mk(c, l2, k, *r);
                proof {
                    let il2 = inorder(l2);
                    assert(inorder(t) == il2 + seq![kk] + ir);
                    assert forall|v: int| il2.contains(v) implies v < kk by {
                        if il.contains(v) {
                        }
                    }
                    lemma_join_sorted(il2, kk, ir);
                    assert forall|v: int| #[trigger] inorder(t).contains(v) <==> (keys.contains(v) || v == x as int) by {
                        lemma_contains_node(il2, kk, ir, v);
                        lemma_contains_node(il, kk, ir, v);
                    }
                }
                if split_needed {
                    proof {
                        lemma_ins_left_split(h0, l2g);
                    }
                    let t1 = rotate_right(t);
                    let h2 = flip_colors(t1);
                    h2
                } else {
                    t
                }
            } else if k < x {
                let r2 = ins(*r, x);
                let ghost r2g = r2;
                let l_red = is_red_exec(&*l);
                let r2_red = is_red_exec(&r2);
                let t = mk(c, *l, k, r2);
                proof {
                    let ir2 = inorder(r2);
                    assert(inorder(t) == il + seq![kk] + ir2);
                    assert forall|v: int| ir2.contains(v) implies kk < v by {
                        if ir.contains(v) {
                        }
                    }
                    lemma_join_sorted(il, kk, ir2);
                    assert forall|v: int| #[trigger] inorder(t).contains(v) <==> (keys.contains(v) || v == x as int) by {
                        lemma_contains_node(il, kk, ir2, v);
                        lemma_contains_node(il, kk, ir, v);
                    }
                }
                if r2_red {
                    if l_red {
                        proof {
                            lemma_ins_right_flip(h0, r2g);
                        }
                        flip_colors(t)
                    } else {
                        proof {
                            lemma_ins_right_rotate(h0, r2g);
                        }
                        rotate_left(t)
                    }
                } else {
                    t
                }
            } else {
                proof {
                    lemma_contains_node(il, kk, ir, x as int);
                }
                mk(c, *l, k, *r)
            }
        },
    }
}
// </vc:helpers>

// Insert x into the left-leaning red-black tree t (Sedgewick's 2-3 variant): descend as in a
// binary search tree and attach a new red node; on the way back up, at each node rotate left a
// red right link whose sibling is black, rotate right two red links in a row on the left, and
// flip the colors of a node with two red children; finally color the root black. An x already
// in t leaves the keys unchanged.
fn llrb_insert(t: Tree, x: i64) -> (t2: Tree)
    requires
        pre_llrb_insert(encode(t), x as int),
    ensures
        post_llrb_insert(encode(t), x as int, encode(t2)),
{
    // <vc:code>
    proof {
        lemma_decode_encode(t);
    }
    let ghost keys = inorder(t);
    let t1 = ins(t, x);
    let (_c, l, k, r) = split(t1);
    let t2 = mk(false, l, k, r);
    proof {
        lemma_decode_encode(t2);
        let keys2 = inorder(t2);
        assert(keys2 == inorder(t1));
        assert forall|i: int| 0 <= i < keys2.len() implies keys.contains(#[trigger] keys2[i]) || keys2[i] == x as int by {
            assert(keys2.contains(keys2[i]));
        }
        assert forall|i: int| 0 <= i < keys.len() implies keys2.contains(#[trigger] keys[i]) by {
            assert(keys.contains(keys[i]));
        }
    }
    t2
    // </vc:code>
}

fn main() {}

} // verus!
