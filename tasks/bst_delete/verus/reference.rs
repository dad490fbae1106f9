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

// Whether t is a leaf.
fn is_leaf(t: &Tree) -> (b: bool)
    ensures
        b == !is_node(*t),
{
    match t {
        Tree::Leaf => true,
        Tree::Node(_, _, _) => false,
    }
}

// Remove the leftmost node of a non-empty tree; the first component is its key.
fn delete_min(t: Tree) -> (res: (i64, Tree))
    requires
        is_node(t),
    ensures
        min_spliced(t, res.0 as int, res.1),
        inorder(t) == seq![res.0 as int] + inorder(res.1),
    decreases t,
{
    let ghost keys = inorder(t);
    match t {
        Tree::Node(l, k, r) => {
            if is_leaf(&*l) {
                proof {
                    assert(keys =~= seq![k as int] + inorder(*r));
                }
                (k, *r)
            } else {
                let ghost il = inorder(*l);
                let (m, l2) = delete_min(*l);
                let t2 = Tree::Node(Box::new(l2), k, r);
                proof {
                    assert(keys == il + seq![k as int] + inorder(*r));
                    assert(inorder(t2) == inorder(l2) + seq![k as int] + inorder(*r));
                    assert(keys =~= seq![m as int] + inorder(t2));
                }
                (m, t2)
            }
        },
        Tree::Leaf => (0, Tree::Leaf),
    }
}

// Delete by recursive descent.
fn delete_rec(t: Tree, x: i64) -> (t2: Tree)
    requires
        is_bst(t),
    ensures
        is_bst(t2),
        forall|v: int| #[trigger] inorder(t2).contains(v) <==> (inorder(t).contains(v) && v != x as int),
        inorder(t).contains(x as int) ==> removed(t, x as int, t2),
        !inorder(t).contains(x as int) ==> t2 == t,
    decreases t,
{
    let ghost keys = inorder(t);
    match t {
        Tree::Leaf => Tree::Leaf,
        Tree::Node(l, k, r) => {
            let ghost il = inorder(*l);
            let ghost ir = inorder(*r);
            let ghost kk = k as int;
            proof {
                assert(keys == il + seq![kk] + ir);
                lemma_split_sorted(il, kk, ir);
                lemma_contains_node(il, kk, ir, x as int);
            }
            if x < k {
                let l2 = delete_rec(*l, x);
                let t2 = Tree::Node(Box::new(l2), k, r);
                proof {
                    let il2 = inorder(l2);
                    assert(inorder(t2) == il2 + seq![kk] + ir);
                    assert forall|v: int| il2.contains(v) implies v < kk by {
                        assert(il.contains(v));
                    }
                    lemma_join_sorted(il2, kk, ir);
                    assert forall|v: int| #[trigger] inorder(t2).contains(v) <==> (keys.contains(v) && v != x as int) by {
                        lemma_contains_node(il2, kk, ir, v);
                        lemma_contains_node(il, kk, ir, v);
                    }
                    assert(!ir.contains(x as int));
                }
                t2
            } else if k < x {
                let r2 = delete_rec(*r, x);
                let t2 = Tree::Node(l, k, Box::new(r2));
                proof {
                    let ir2 = inorder(r2);
                    assert(inorder(t2) == il + seq![kk] + ir2);
                    assert forall|v: int| ir2.contains(v) implies kk < v by {
                        assert(ir.contains(v));
                    }
                    lemma_join_sorted(il, kk, ir2);
                    assert forall|v: int| #[trigger] inorder(t2).contains(v) <==> (keys.contains(v) && v != x as int) by {
                        lemma_contains_node(il, kk, ir2, v);
                        lemma_contains_node(il, kk, ir, v);
                    }
                    assert(!il.contains(x as int));
                }
                t2
            } else if is_leaf(&*l) {
                proof {
                    assert(il =~= Seq::<int>::empty());
                    assert forall|v: int| #[trigger] ir.contains(v) <==> (keys.contains(v) && v != x as int) by {
                        lemma_contains_node(il, kk, ir, v);
                    }
                }
                *r
            } else if is_leaf(&*r) {
                proof {
                    assert(ir =~= Seq::<int>::empty());
                    assert forall|v: int| #[trigger] il.contains(v) <==> (keys.contains(v) && v != x as int) by {
                        lemma_contains_node(il, kk, ir, v);
                    }
                }
                *l
            } else {
                let (m, r2) = delete_min(*r);
                let t2 = Tree::Node(l, m, Box::new(r2));
                proof {
                    let ir2 = inorder(r2);
                    let mm = m as int;
                    assert(Seq::<int>::empty() + seq![mm] + ir2 =~= ir);
                    lemma_split_sorted(Seq::<int>::empty(), mm, ir2);
                    assert(ir[0] == mm);
                    assert(ir.contains(mm));
                    assert(inorder(t2) == il + seq![mm] + ir2);
                    lemma_join_sorted(il, mm, ir2);
                    assert forall|v: int| #[trigger] inorder(t2).contains(v) <==> (keys.contains(v) && v != x as int) by {
                        lemma_contains_node(il, mm, ir2, v);
                        lemma_contains_node(il, kk, ir, v);
                        lemma_contains_node(Seq::<int>::empty(), mm, ir2, v);
                    }
                }
                t2
            }
        },
    }
}
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
    proof {
        lemma_decode_encode(t);
    }
    let ghost keys = inorder(t);
    let t2 = delete_rec(t, x);
    proof {
        lemma_decode_encode(t2);
        let keys2 = inorder(t2);
        assert forall|i: int| 0 <= i < keys2.len() implies keys.contains(#[trigger] keys2[i]) && keys2[i] != x as int by {
            assert(keys2.contains(keys2[i]));
        }
        assert forall|i: int| 0 <= i < keys.len() implies #[trigger] keys[i] == x as int || keys2.contains(keys[i]) by {
            assert(keys.contains(keys[i]));
        }
    }
    t2
    // </vc:code>
}

fn main() {}

} // verus!
