use vstd::prelude::*;

verus! {

// A choice takes counts[i] >= 0 copies of item kind i. count_sum(xs, counts, k) is the total
// sum of counts[i] * xs[i] over the first k kinds.
pub open spec fn count_sum(xs: Seq<i64>, counts: Seq<i64>, k: int) -> int
    decreases k,
{
    if k <= 0 || k > xs.len() || k > counts.len() {
        0
    } else {
        count_sum(xs, counts, k - 1) + counts[k - 1] as int * xs[k - 1] as int
    }
}

// A choice of copies whose total weight is at most the capacity.
pub open spec fn fits_unbounded(weights: Seq<i64>, counts: Seq<i64>, capacity: i64) -> bool {
    &&& counts.len() == weights.len()
    &&& forall|i: int| 0 <= i < counts.len() ==> 0 <= #[trigger] counts[i]
    &&& count_sum(weights, counts, weights.len() as int) <= capacity as int
}

pub open spec fn pre_knapsack_unbounded(weights: Seq<i64>, values: Seq<i64>, capacity: i64) -> bool {
    &&& weights.len() == values.len()
    &&& weights.len() <= 1000
    &&& 0 <= capacity <= 100000
    &&& forall|i: int| 0 <= i < weights.len() ==> 1 <= #[trigger] weights[i] <= 100000
    &&& forall|i: int| 0 <= i < values.len() ==> 0 <= #[trigger] values[i] <= 1000000
}

// counts is a choice that fits and is worth best, and no choice that fits is worth more.
pub open spec fn post_knapsack_unbounded(weights: Seq<i64>, values: Seq<i64>, capacity: i64, best: i64, counts: Seq<i64>) -> bool {
    &&& weights.len() == values.len()
    &&& fits_unbounded(weights, counts, capacity)
    &&& count_sum(values, counts, values.len() as int) == best as int
    &&& forall|c: Seq<i64>| #[trigger] fits_unbounded(weights, c, capacity) ==> count_sum(values, c, values.len() as int) <= best as int
}

// <vc:helpers>
// </vc:helpers>

fn knapsack_unbounded(weights: &Vec<i64>, values: &Vec<i64>, capacity: i64) -> (r: (i64, Vec<i64>))
    requires
        pre_knapsack_unbounded(weights@, values@, capacity),
    ensures
        post_knapsack_unbounded(weights@, values@, capacity, r.0, r.1@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
