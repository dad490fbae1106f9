use vstd::prelude::*;

verus! {

pub open spec fn pow2(k: nat) -> int
    decreases k,
{
    if k == 0 {
        1
    } else {
        2 * pow2((k - 1) as nat)
    }
}

// The minimum of the non-empty range a[lo..hi).
pub open spec fn rmin(a: Seq<i64>, lo: int, hi: int) -> int
    decreases hi - lo,
{
    if hi - lo <= 1 {
        a[lo] as int
    } else if rmin(a, lo, hi - 1) <= a[hi - 1] as int {
        rmin(a, lo, hi - 1)
    } else {
        a[hi - 1] as int
    }
}

// The sparse table of a: one row per level k with 2^k <= |a| (so |tb| - 1 = floor(log2 |a|)),
// row k has an entry for every window of length 2^k, and tb[k][i] is the minimum of
// a[i .. i + 2^k). (The conjunct 1 <= pow2(k) always holds; it keeps rmin's range valid.)
pub open spec fn is_sparse_table(a: Seq<i64>, tb: Seq<Seq<i64>>) -> bool {
    &&& 1 <= tb.len()
    &&& pow2((tb.len() - 1) as nat) <= a.len() < pow2(tb.len() as nat)
    &&& forall|k: int| #![trigger tb[k]] 0 <= k < tb.len() ==> {
        &&& 1 <= pow2(k as nat) <= a.len()
        &&& tb[k].len() == a.len() - pow2(k as nat) + 1
        &&& forall|i: int| #![trigger tb[k][i]]
            0 <= i < tb[k].len() ==> tb[k][i] as int == rmin(a, i, i + pow2(k as nat))
    }
}

pub open spec fn pre_sparse_table_rmq(a: Seq<i64>) -> bool {
    1 <= a.len() <= 100000
}

// The result is the sparse table of a.
pub open spec fn post_sparse_table_rmq(a: Seq<i64>, tb: Seq<Seq<i64>>) -> bool {
    is_sparse_table(a, tb)
}

pub open spec fn rows(m: Seq<Vec<i64>>) -> Seq<Seq<i64>> {
    m.map_values(|r: Vec<i64>| r@)
}

// <vc:helpers>
// </vc:helpers>

// Build the sparse table of a for range-minimum queries: row k from row k - 1, each entry the
// smaller of two overlapping halves, O(n log n) in all.
fn sparse_table_build(a: &Vec<i64>) -> (tb: Vec<Vec<i64>>)
    requires
        pre_sparse_table_rmq(a@),
    ensures
        post_sparse_table_rmq(a@, rows(tb@)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
