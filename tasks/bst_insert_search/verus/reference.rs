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
// The in-order sequence of a node splits at its key.
proof fn lemma_split_sorted(a: Seq<i64>, k: i64, b: Seq<i64>)
    requires
        strictly_increasing(a + seq![k] + b),
    ensures
        strictly_increasing(a),
        strictly_increasing(b),
        forall|v: i64| a.contains(v) ==> v < k,
        forall|v: i64| b.contains(v) ==> k < v,
{
    let s = a + seq![k] + b;
    assert(s[a.len() as int] == k);
    assert forall|i: int, j: int| 0 <= i < j < a.len() implies #[trigger] a[i] < #[trigger] a[j] by {
        assert(s[i] == a[i] && s[j] == a[j]);
    }
    assert forall|i: int, j: int| 0 <= i < j < b.len() implies #[trigger] b[i] < #[trigger] b[j] by {
        assert(s[a.len() + 1 + i] == b[i] && s[a.len() + 1 + j] == b[j]);
    }
    assert forall|v: i64| a.contains(v) implies v < k by {
        let i = choose|i: int| 0 <= i < a.len() && a[i] == v;
        assert(s[i] == v);
    }
    assert forall|v: i64| b.contains(v) implies k < v by {
        let i = choose|i: int| 0 <= i < b.len() && b[i] == v;
        assert(s[a.len() + 1 + i] == v);
    }
}

// Two sorted sequences on either side of k join into a sorted sequence.
proof fn lemma_join_sorted(a: Seq<i64>, k: i64, b: Seq<i64>)
    requires
        strictly_increasing(a),
        strictly_increasing(b),
        forall|v: i64| a.contains(v) ==> v < k,
        forall|v: i64| b.contains(v) ==> k < v,
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
proof fn lemma_contains_node(a: Seq<i64>, k: i64, b: Seq<i64>, v: i64)
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

// Insert by recursive descent; found tells whether the search met x.
fn insert_rec(t: Tree, x: i64) -> (res: (Tree, bool))
    requires
        strictly_increasing(inorder(t)),
    ensures
        strictly_increasing(inorder(res.0)),
        forall|v: i64| #[trigger] inorder(res.0).contains(v) <==> (inorder(t).contains(v) || v == x),
        res.1 == inorder(t).contains(x),
        res.1 ==> res.0 == t,
        !res.1 ==> grafted(t, res.0, x),
    decreases t,
{
    let ghost keys = inorder(t);
    match t {
        Tree::Leaf => {
            let t2 = Tree::Node(Box::new(Tree::Leaf), x, Box::new(Tree::Leaf));
            proof {
                assert(inorder(t2) =~= seq![x]);
                assert(keys =~= Seq::<i64>::empty());
                assert forall|v: i64| #[trigger] inorder(t2).contains(v) <==> (keys.contains(v) || v == x) by {
                    if inorder(t2).contains(v) {
                        let i = choose|i: int| 0 <= i < inorder(t2).len() && inorder(t2)[i] == v;
                        assert(i == 0);
                    }
                    if v == x {
                        assert(inorder(t2)[0] == x);
                    }
                }
            }
            (t2, false)
        }
        Tree::Node(l, k, r) => {
            let ghost il = inorder(*l);
            let ghost ir = inorder(*r);
            proof {
                assert(keys == il + seq![k] + ir);
                lemma_split_sorted(il, k, ir);
                lemma_contains_node(il, k, ir, x);
            }
            if x < k {
                let (l2, f) = insert_rec(*l, x);
                let t2 = Tree::Node(Box::new(l2), k, r);
                proof {
                    let il2 = inorder(l2);
                    assert(inorder(t2) == il2 + seq![k] + ir);
                    assert forall|v: i64| il2.contains(v) implies v < k by {
                        if il.contains(v) {
                        }
                    }
                    lemma_join_sorted(il2, k, ir);
                    assert forall|v: i64| #[trigger] inorder(t2).contains(v) <==> (keys.contains(v) || v == x) by {
                        lemma_contains_node(il2, k, ir, v);
                        lemma_contains_node(il, k, ir, v);
                    }
                    assert(!ir.contains(x));
                }
                (t2, f)
            } else if k < x {
                let (r2, f) = insert_rec(*r, x);
                let t2 = Tree::Node(l, k, Box::new(r2));
                proof {
                    let ir2 = inorder(r2);
                    assert(inorder(t2) == il + seq![k] + ir2);
                    assert forall|v: i64| ir2.contains(v) implies k < v by {
                        if ir.contains(v) {
                        }
                    }
                    lemma_join_sorted(il, k, ir2);
                    assert forall|v: i64| #[trigger] inorder(t2).contains(v) <==> (keys.contains(v) || v == x) by {
                        lemma_contains_node(il, k, ir2, v);
                        lemma_contains_node(il, k, ir, v);
                    }
                    assert(!il.contains(x));
                }
                (t2, f)
            } else {
                let t2 = Tree::Node(l, k, r);
                proof {
                    assert(inorder(t2) == keys);
                    assert(x == k);
                }
                (t2, true)
            }
        }
    }
}
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
    let ghost keys = inorder(t);
    let res = insert_rec(t, x);
    proof {
        let keys2 = inorder(res.0);
        assert forall|i: int| 0 <= i < keys2.len() implies keys.contains(#[trigger] keys2[i]) || keys2[i] == x by {
            assert(keys2.contains(keys2[i]));
        }
        assert forall|i: int| 0 <= i < keys.len() implies keys2.contains(#[trigger] keys[i]) by {
            assert(keys.contains(keys[i]));
        }
        assert(keys2.contains(x));
    }
    res
    // </vc:code>
}

fn main() {}

} // verus!
