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

pub open spec fn pre_segment_tree_query(a: Seq<i64>, t: Seq<i64>, l: int, r: int) -> bool {
    a.len() <= 100000 && elems_bounded(a) && is_segtree(a, t) && 0 <= l <= r <= a.len()
}

// The query returns the sum of a[l..r) (0 for an empty range).
pub open spec fn post_segment_tree_query(a: Seq<i64>, t: Seq<i64>, l: int, r: int, s: i64) -> bool {
    0 <= l <= r <= a.len() && s as int == sum(a, l, r)
}

// <vc:helpers>
// The sum of the part of a[lo..hi) that lies in [l, r).
pub open spec fn overlap(a: Seq<i64>, lo: int, hi: int, l: int, r: int) -> int {
    let ql = if l > lo { l } else { lo };
    let qr = if r < hi { r } else { hi };
    if ql < qr { sum(a, ql, qr) } else { 0 }
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

proof fn lemma_overlap_split(a: Seq<i64>, lo: int, mid: int, hi: int, l: int, r: int)
    requires
        0 <= lo <= mid <= hi <= a.len(),
    ensures
        overlap(a, lo, hi, l, r) == overlap(a, lo, mid, l, r) + overlap(a, mid, hi, l, r),
{
    let ql = if l > lo { l } else { lo };
    let qr = if r < hi { r } else { hi };
    if ql < mid && mid < qr {
        lemma_sum_split(a, ql, mid, qr);
    }
}

// Query the subtree of node v over a[lo..hi): the sum of its part inside [l, r).
fn query_node(a: &Vec<i64>, t: &Vec<i64>, v: usize, lo: usize, hi: usize, l: usize, r: usize) -> (s: i64)
    requires
        a.len() <= 100000,
        elems_bounded(a@),
        lo < hi <= a.len(),
        seg_ok(a@, t@, v as int, lo as int, hi as int),
    ensures
        s as int == overlap(a@, lo as int, hi as int, l as int, r as int),
    decreases hi - lo,
{
    if r <= lo || hi <= l || r <= l {
        return 0;
    }
    if l <= lo && hi <= r {
        return t[v];
    }
    let mid = lo + (hi - lo) / 2;
    assert(mid == (lo + hi) / 2);
    let x = query_node(a, t, 2 * v, lo, mid, l, r);
    let y = query_node(a, t, 2 * v + 1, mid, hi, l, r);
    proof {
        lemma_overlap_split(a@, lo as int, mid as int, hi as int, l as int, r as int);
        let ql = if l > lo { l as int } else { lo as int };
        let qr = if r < hi { r as int } else { hi as int };
        if ql < qr {
            lemma_sum_bound(a@, ql, qr);
        }
    }
    x + y
}
// </vc:helpers>

// Range-sum query on the segment tree t of a: the sum of a[l..r), in O(log n).
fn segment_tree_query(a: &Vec<i64>, t: &Vec<i64>, l: usize, r: usize) -> (s: i64)
    requires
        pre_segment_tree_query(a@, t@, l as int, r as int),
    ensures
        post_segment_tree_query(a@, t@, l as int, r as int, s),
{
    // <vc:code>
    query_node(a, t, 1, 0, a.len(), l, r)
    // </vc:code>
}

fn main() {}

} // verus!
