use vstd::prelude::*;

verus! {

// The sum of a[lo..hi).
pub open spec fn sum(a: Seq<i64>, lo: int, hi: int) -> int
    decreases hi - lo,
{
    if hi <= lo {
        0
    } else {
        sum(a, lo, hi - 1) + a[hi - 1] as int
    }
}

// The segment tree layout: node v covers a[lo..hi); a node with hi - lo >= 2 has the children
// 2v, covering [lo, mid), and 2v + 1, covering [mid, hi), where mid = (lo + hi) / 2; a node with
// hi - lo == 1 is a leaf. seg_ok(a, t, v, lo, hi): node v and every node below it lie in t and
// hold the sum of their range (false for an empty or out-of-range [lo, hi)).
pub open spec fn seg_ok(a: Seq<i64>, t: Seq<i64>, v: int, lo: int, hi: int) -> bool
    decreases hi - lo,
{
    if 0 <= lo < hi <= a.len() {
        &&& 1 <= v < t.len()
        &&& t[v] as int == sum(a, lo, hi)
        &&& (hi - lo >= 2 ==> seg_ok(a, t, 2 * v, lo, (lo + hi) / 2)
                && seg_ok(a, t, 2 * v + 1, (lo + hi) / 2, hi))
    } else {
        false
    }
}

// A range-sum segment tree of a in an array of 4 |a| cells: the root is node 1, covering
// [0, |a|). Cells that are no node of the layout (index 0, unused indices) may hold anything.
pub open spec fn is_segtree(a: Seq<i64>, t: Seq<i64>) -> bool {
    1 <= a.len() && t.len() == 4 * a.len() && seg_ok(a, t, 1, 0, a.len() as int)
}

pub open spec fn elems_bounded(a: Seq<i64>) -> bool {
    forall|i: int| 0 <= i < a.len() ==> -1000000000 <= #[trigger] a[i] <= 1000000000
}

pub open spec fn pre_segment_tree_update(a: Seq<i64>, t: Seq<i64>, i: int, x: i64) -> bool {
    a.len() <= 100000 && elems_bounded(a) && is_segtree(a, t) && 0 <= i < a.len()
        && -1000000000 <= x <= 1000000000
}

// After setting a[i] to x, t2 is a valid segment tree of the updated array.
pub open spec fn post_segment_tree_update(a: Seq<i64>, t: Seq<i64>, i: int, x: i64, t2: Seq<i64>) -> bool {
    0 <= i < a.len() && is_segtree(a.update(i, x), t2)
}

// <vc:helpers>
// desc(j, u): node j lies in the subtree of node u (halving j reaches u).
pub open spec fn desc(j: int, u: int) -> bool
    decreases j,
{
    if u >= 1 && j >= u {
        j == u || desc(j / 2, u)
    } else {
        false
    }
}

// The ancestors of a node form a chain.
proof fn lemma_desc_chain(j: int, x: int, y: int)
    requires
        desc(j, x),
        desc(j, y),
        x <= y,
    ensures
        desc(y, x),
    decreases j,
{
    if j != y {
        lemma_desc_chain(j / 2, x, y);
    }
}

// A node below a child of u is below u; the two subtrees of u are disjoint.
proof fn lemma_desc_children(j: int, u: int)
    requires
        u >= 1,
    ensures
        desc(j, 2 * u) ==> desc(j, u),
        desc(j, 2 * u + 1) ==> desc(j, u),
        !(desc(j, 2 * u) && desc(j, 2 * u + 1)),
    decreases j,
{
    if desc(j, 2 * u) && j != 2 * u {
        lemma_desc_children(j / 2, u);
    }
    if desc(j, 2 * u + 1) && j != 2 * u + 1 {
        lemma_desc_children(j / 2, u);
    }
    assert(desc(u, u));
    assert(desc(2 * u, u));
    assert(desc(2 * u + 1, u));
    if desc(j, 2 * u) && desc(j, 2 * u + 1) {
        lemma_desc_chain(j, 2 * u, 2 * u + 1);
        assert(!desc(u, 2 * u));
    }
}

proof fn lemma_sum_frame(a: Seq<i64>, a2: Seq<i64>, lo: int, hi: int)
    requires
        0 <= lo <= hi <= a.len(),
        a2.len() == a.len(),
        forall|k: int| lo <= k < hi ==> a2[k] == a[k],
    ensures
        sum(a2, lo, hi) == sum(a, lo, hi),
    decreases hi - lo,
{
    if lo < hi {
        lemma_sum_frame(a, a2, lo, hi - 1);
    }
}

proof fn lemma_sum_split(a: Seq<i64>, lo: int, mid: int, hi: int)
    requires
        0 <= lo <= mid <= hi <= a.len(),
    ensures
        sum(a, lo, hi) == sum(a, lo, mid) + sum(a, mid, hi),
    decreases hi - mid,
{
    if hi > mid {
        lemma_sum_split(a, lo, mid, hi - 1);
    }
}

proof fn lemma_sum_bound(a: Seq<i64>, lo: int, hi: int)
    requires
        0 <= lo <= hi <= a.len(),
        a.len() <= 100000,
        elems_bounded(a),
    ensures
        -1000000000 * (hi - lo) <= sum(a, lo, hi) <= 1000000000 * (hi - lo),
        -100000000000000 <= sum(a, lo, hi) <= 100000000000000,
    decreases hi - lo,
{
    if lo < hi {
        lemma_sum_bound(a, lo, hi - 1);
        assert(-1000000000 <= a[hi - 1] <= 1000000000);
    }
    assert(1000000000 * (hi - lo) <= 100000000000000) by (nonlinear_arith)
        requires 0 <= hi - lo <= 100000;
}

// seg_ok of a subtree depends only on the cells of its nodes and on a[lo..hi).
proof fn lemma_seg_frame(a: Seq<i64>, t: Seq<i64>, a2: Seq<i64>, t2: Seq<i64>, v: int, lo: int, hi: int)
    requires
        0 <= lo < hi <= a.len(),
        a2.len() == a.len(),
        t2.len() == t.len(),
        seg_ok(a, t, v, lo, hi),
        forall|j: int| 0 <= j < t.len() && #[trigger] desc(j, v) ==> t2[j] == t[j],
        forall|k: int| lo <= k < hi ==> a2[k] == a[k],
    ensures
        seg_ok(a2, t2, v, lo, hi),
    decreases hi - lo,
{
    lemma_sum_frame(a, a2, lo, hi);
    assert(desc(v, v));
    if hi - lo >= 2 {
        let mid = (lo + hi) / 2;
        assert forall|j: int| 0 <= j < t.len() && #[trigger] desc(j, 2 * v) implies t2[j] == t[j] by {
            lemma_desc_children(j, v);
        }
        assert forall|j: int| 0 <= j < t.len() && #[trigger] desc(j, 2 * v + 1) implies t2[j] == t[j] by {
            lemma_desc_children(j, v);
        }
        lemma_seg_frame(a, t, a2, t2, 2 * v, lo, mid);
        lemma_seg_frame(a, t, a2, t2, 2 * v + 1, mid, hi);
    }
}

// Update the subtree of node v over a[lo..hi) for a[i] := x; only its own cells change.
fn update_node(a: &Vec<i64>, t: &mut Vec<i64>, v: usize, lo: usize, hi: usize, i: usize, x: i64)
    requires
        a.len() <= 100000,
        elems_bounded(a@),
        -1000000000 <= x <= 1000000000,
        lo <= i < hi <= a.len(),
        seg_ok(a@, old(t)@, v as int, lo as int, hi as int),
    ensures
        t.len() == old(t).len(),
        seg_ok(a@.update(i as int, x), t@, v as int, lo as int, hi as int),
        forall|j: int| 0 <= j < t.len() && !(#[trigger] desc(j, v as int)) ==> t@[j] == old(t)@[j],
    decreases hi - lo,
{
    let ghost a2 = a@.update(i as int, x);
    proof {
        assert(desc(v as int, v as int));
        assert forall|k: int| 0 <= k < a2.len() implies -1000000000 <= #[trigger] a2[k] <= 1000000000 by {
            if k != i {
                assert(a2[k] == a@[k]);
            }
        }
    }
    if hi - lo == 1 {
        t.set(v, x);
        assert(sum(a2, lo as int, hi as int) == sum(a2, lo as int, lo as int) + a2[lo as int] as int);
    } else {
        let mid = lo + (hi - lo) / 2;
        assert(mid == (lo + hi) / 2);
        let ghost t0 = t@;
        if i < mid {
            update_node(a, t, 2 * v, lo, mid, i, x);
            proof {
                assert forall|j: int| 0 <= j < t0.len() && #[trigger] desc(j, 2 * v as int + 1) implies t@[j] == t0[j] by {
                    lemma_desc_children(j, v as int);
                }
                lemma_seg_frame(a@, t0, a2, t@, 2 * v as int + 1, mid as int, hi as int);
            }
        } else {
            update_node(a, t, 2 * v + 1, mid, hi, i, x);
            proof {
                assert forall|j: int| 0 <= j < t0.len() && #[trigger] desc(j, 2 * v as int) implies t@[j] == t0[j] by {
                    lemma_desc_children(j, v as int);
                }
                lemma_seg_frame(a@, t0, a2, t@, 2 * v as int, lo as int, mid as int);
            }
        }
        let ghost t1 = t@;
        proof {
            lemma_sum_bound(a2, lo as int, mid as int);
            lemma_sum_bound(a2, mid as int, hi as int);
            lemma_sum_split(a2, lo as int, mid as int, hi as int);
        }
        let y = t[2 * v] + t[2 * v + 1];
        t.set(v, y);
        proof {
            lemma_seg_frame(a2, t1, a2, t@, 2 * v as int, lo as int, mid as int);
            lemma_seg_frame(a2, t1, a2, t@, 2 * v as int + 1, mid as int, hi as int);
            assert forall|j: int| 0 <= j < t.len() && !(#[trigger] desc(j, v as int)) implies t@[j] == old(t)@[j] by {
                lemma_desc_children(j, v as int);
            }
        }
    }
}
// </vc:helpers>

// Point update on the segment tree t of a: set a[i] to x and repair the O(log n) nodes whose
// range contains i.
fn segment_tree_update(a: &Vec<i64>, t: &mut Vec<i64>, i: usize, x: i64)
    requires
        pre_segment_tree_update(a@, old(t)@, i as int, x),
    ensures
        post_segment_tree_update(a@, old(t)@, i as int, x, t@),
{
    // <vc:code>
    update_node(a, t, 1, 0, a.len(), i, x);
    // </vc:code>
}

fn main() {}

} // verus!
