use vstd::prelude::*;

verus! {

// A choice packs item i when take[i] is true. mask_sum(xs, take, k) is the total of xs over the
// packed items among the first k.
pub open spec fn mask_sum(xs: Seq<i64>, take: Seq<bool>, k: int) -> int
    decreases k,
{
    if k <= 0 || k > xs.len() || k > take.len() {
        0
    } else {
        mask_sum(xs, take, k - 1) + (if take[k - 1] { xs[k - 1] as int } else { 0 })
    }
}

// A choice of items whose total weight is at most the capacity.
pub open spec fn fits_01(weights: Seq<i64>, take: Seq<bool>, capacity: i64) -> bool {
    take.len() == weights.len() && mask_sum(weights, take, weights.len() as int) <= capacity as int
}

pub open spec fn pre_knapsack_01(weights: Seq<i64>, values: Seq<i64>, capacity: i64) -> bool {
    &&& weights.len() == values.len()
    &&& weights.len() <= 1000
    &&& 0 <= capacity <= 100000
    &&& forall|i: int| 0 <= i < weights.len() ==> 0 <= #[trigger] weights[i] <= 100000
    &&& forall|i: int| 0 <= i < values.len() ==> 0 <= #[trigger] values[i] <= 1000000
}

// take is a choice that fits and is worth best, and no choice that fits is worth more.
pub open spec fn post_knapsack_01(weights: Seq<i64>, values: Seq<i64>, capacity: i64, best: i64, take: Seq<bool>) -> bool {
    &&& weights.len() == values.len()
    &&& fits_01(weights, take, capacity)
    &&& mask_sum(values, take, values.len() as int) == best as int
    &&& forall|t: Seq<bool>| #[trigger] fits_01(weights, t, capacity) ==> mask_sum(values, t, values.len() as int) <= best as int
}

// <vc:helpers>
// </vc:helpers>

fn knapsack_01(weights: &Vec<i64>, values: &Vec<i64>, capacity: i64) -> (r: (i64, Vec<bool>))
    requires
        pre_knapsack_01(weights@, values@, capacity),
    ensures
        post_knapsack_01(weights@, values@, capacity, r.0, r.1@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
