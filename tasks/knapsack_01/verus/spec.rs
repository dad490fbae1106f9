use vstd::prelude::*;

verus! {

pub open spec fn max_int(a: int, b: int) -> int {
    if a >= b { a } else { b }
}

// Best value of a subset of items 0..n-1 with total weight at most cap: item n-1 is either
// left out or (when it fits) taken, which enumerates every subset.
pub open spec fn best_knapsack_01(weights: Seq<i64>, values: Seq<i64>, n: int, cap: int) -> int
    decreases n,
{
    if n <= 0 {
        0
    } else if weights[n - 1] as int <= cap {
        max_int(
            best_knapsack_01(weights, values, n - 1, cap),
            best_knapsack_01(weights, values, n - 1, cap - weights[n - 1] as int) + values[n - 1] as int,
        )
    } else {
        best_knapsack_01(weights, values, n - 1, cap)
    }
}

pub open spec fn pre_knapsack_01(weights: Seq<i64>, values: Seq<i64>, capacity: i64) -> bool {
    &&& weights.len() == values.len()
    &&& weights.len() <= 1000
    &&& 0 <= capacity <= 100000
    &&& forall|i: int| 0 <= i < weights.len() ==> 0 <= #[trigger] weights[i] <= 100000
    &&& forall|i: int| 0 <= i < values.len() ==> 0 <= #[trigger] values[i] <= 1000000
}

pub open spec fn post_knapsack_01(weights: Seq<i64>, values: Seq<i64>, capacity: i64, best: i64) -> bool {
    &&& weights.len() == values.len()
    &&& best as int == best_knapsack_01(weights, values, weights.len() as int, capacity as int)
}

// <vc:helpers>
// </vc:helpers>

fn knapsack_01(weights: &Vec<i64>, values: &Vec<i64>, capacity: i64) -> (best: i64)
    requires
        pre_knapsack_01(weights@, values@, capacity),
    ensures
        post_knapsack_01(weights@, values@, capacity, best),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
