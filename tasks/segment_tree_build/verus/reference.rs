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

pub open spec fn pre_segment_tree_build(a: Seq<i64>) -> bool {
    1 <= a.len() <= 100000 && elems_bounded(a)
}

// The result is a valid segment tree of a.
pub open spec fn post_segment_tree_build(a: Seq<i64>, t: Seq<i64>) -> bool {
    is_segtree(a, t)
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

proof fn lemma_half_bound(d: int, s: int, p: int)
    requires
        2 * d <= s,
        p >= 0,
    ensures
        d * (2 * p) <= s * p,
{
    assert(d * (2 * p) <= s * p) by (nonlinear_arith)
        requires 2 * d <= s, p >= 0;
}

// Depth bookkeeping: a node v at depth d (p = 2^d <= v < 2p) covering s >= 2 elements has
// (s - 1) p < n, so p < n and both children 2v, 2v + 1 < 4n; the children keep the bound.
proof fn lemma_child_bounds(n: int, v: int, p: int, lo: int, hi: int)
    requires
        0 <= lo,
        hi - lo >= 2,
        1 <= p <= v < 2 * p,
        (hi - lo - 1) * p < n,
    ensures
        2 * v + 1 < 4 * n,
        ((lo + hi) / 2 - lo - 1) * (2 * p) < n,
        (hi - (lo + hi) / 2 - 1) * (2 * p) < n,
{
    assert(p <= (hi - lo - 1) * p) by (nonlinear_arith)
        requires hi - lo - 1 >= 1, p >= 1;
    let mid = (lo + hi) / 2;
    lemma_half_bound(mid - lo - 1, hi - lo - 1, p);
    lemma_half_bound(hi - mid - 1, hi - lo - 1, p);
}

// Build the subtree of node v over a[lo..hi) in t; the ghost p is the power of two of v's depth.
fn build_node(a: &Vec<i64>, t: &mut Vec<i64>, v: usize, lo: usize, hi: usize, Ghost(p): Ghost<int>)
    requires
        pre_segment_tree_build(a@),
        lo < hi <= a.len(),
        old(t).len() == 4 * a.len(),
        1 <= p <= v < 2 * p,
        (hi - lo - 1) * p < a.len(),
        v < old(t).len(),
    ensures
        t.len() == old(t).len(),
        seg_ok(a@, t@, v as int, lo as int, hi as int),
        forall|j: int| 0 <= j < t.len() && !(#[trigger] desc(j, v as int)) ==> t@[j] == old(t)@[j],
    decreases hi - lo,
{
    assert(desc(v as int, v as int));
    if hi - lo == 1 {
        t.set(v, a[lo]);
        assert(sum(a@, lo as int, hi as int) == sum(a@, lo as int, lo as int) + a@[lo as int] as int);
    } else {
        let mid = lo + (hi - lo) / 2;
        assert(mid == (lo + hi) / 2);
        proof {
            lemma_child_bounds(a.len() as int, v as int, p, lo as int, hi as int);
        }
        build_node(a, t, 2 * v, lo, mid, Ghost(2 * p));
        let ghost t1 = t@;
        build_node(a, t, 2 * v + 1, mid, hi, Ghost(2 * p));
        let ghost t2 = t@;
        proof {
            assert forall|j: int| 0 <= j < t1.len() && #[trigger] desc(j, 2 * v as int) implies t2[j] == t1[j] by {
                lemma_desc_children(j, v as int);
            }
            lemma_seg_frame(a@, t1, a@, t2, 2 * v as int, lo as int, mid as int);
            lemma_sum_bound(a@, lo as int, mid as int);
            lemma_sum_bound(a@, mid as int, hi as int);
            lemma_sum_split(a@, lo as int, mid as int, hi as int);
        }
        let x = t[2 * v] + t[2 * v + 1];
        t.set(v, x);
        proof {
            lemma_seg_frame(a@, t2, a@, t@, 2 * v as int, lo as int, mid as int);
            lemma_seg_frame(a@, t2, a@, t@, 2 * v as int + 1, mid as int, hi as int);
            assert forall|j: int| 0 <= j < t.len() && !(#[trigger] desc(j, v as int)) implies t@[j] == old(t)@[j] by {
                lemma_desc_children(j, v as int);
            }
        }
    }
}
// </vc:helpers>

// Build the range-sum segment tree of a: every node holds the sum of its range, in O(n).
fn segment_tree_build(a: &Vec<i64>) -> (t: Vec<i64>)
    requires
        pre_segment_tree_build(a@),
    ensures
        post_segment_tree_build(a@, t@),
{
    // <vc:code>
    let n = a.len();
    let mut t: Vec<i64> = Vec::new();
    let mut i: usize = 0;
    while i < 4 * n
        invariant
            n == a.len(),
            n <= 100000,
            i <= 4 * n,
            t.len() == i,
        decreases 4 * n - i,
    {
        t.push(0);
        i = i + 1;
    }
    build_node(a, &mut t, 1, 0, n, Ghost(1));
    t
    // </vc:code>
}

fn main() {}

} // verus!
