use vstd::prelude::*;

verus! {

// Sum of the segment a[i..j) (0 outside the valid range).
pub open spec fn seg_sum(a: Seq<int>, i: int, j: int) -> int
    decreases j - i,
{
    if i < 0 || j > a.len() || i >= j {
        0
    } else {
        seg_sum(a, i, j - 1) + a[j - 1]
    }
}

pub open spec fn pre_maximum_subarray_sum_empty_allowed(a: Seq<int>) -> bool {
    a.len() <= 100000 && forall|i: int| 0 <= i < a.len() ==> -1000000 <= #[trigger] a[i] <= 1000000
}

// The segment a[lo..hi) (possibly empty, lo == hi) has sum r, and no segment, empty or not, has
// a larger sum (so r >= 0).
pub open spec fn post_maximum_subarray_sum_empty_allowed(a: Seq<int>, r: int, lo: int, hi: int) -> bool {
    &&& 0 <= lo <= hi <= a.len()
    &&& seg_sum(a, lo, hi) == r
    &&& forall|i: int, j: int| 0 <= i <= j <= a.len() ==> #[trigger] seg_sum(a, i, j) <= r
}

pub open spec fn int_seq(a: Seq<i64>) -> Seq<int> {
    a.map_values(|x: i64| x as int)
}

// <vc:helpers>
// </vc:helpers>

// Kadane's algorithm, where the empty segment (sum 0) counts.
fn max_subarray_sum(a: &Vec<i64>) -> (r: (i64, usize, usize))
    requires
        pre_maximum_subarray_sum_empty_allowed(int_seq(a@)),
    ensures
        post_maximum_subarray_sum_empty_allowed(int_seq(a@), r.0 as int, r.1 as int, r.2 as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
