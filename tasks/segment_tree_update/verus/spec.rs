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
    // </vc:code>
}

fn main() {}

} // verus!
