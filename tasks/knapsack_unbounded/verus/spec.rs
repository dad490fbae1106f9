use vstd::prelude::*;

verus! {

pub open spec fn max_int(a: int, b: int) -> int {
    if a >= b { a } else { b }
}

// Best value with unlimited copies of items 0..n-1 and total weight at most cap: either no
// further copy of item n-1 is taken, or (when it fits) one more copy is taken.
pub open spec fn best_unbounded(weights: Seq<i64>, values: Seq<i64>, n: int, cap: int) -> int
    decreases n, cap,
{
    if n <= 0 {
        0
    } else if 1 <= weights[n - 1] as int && weights[n - 1] as int <= cap {
        max_int(
            best_unbounded(weights, values, n - 1, cap),
            best_unbounded(weights, values, n, cap - weights[n - 1] as int) + values[n - 1] as int,
        )
    } else {
        best_unbounded(weights, values, n - 1, cap)
    }
}

pub open spec fn pre_knapsack_unbounded(weights: Seq<i64>, values: Seq<i64>, capacity: i64) -> bool {
    &&& weights.len() == values.len()
    &&& weights.len() <= 1000
    &&& 0 <= capacity <= 100000
    &&& forall|i: int| 0 <= i < weights.len() ==> 1 <= #[trigger] weights[i] <= 100000
    &&& forall|i: int| 0 <= i < values.len() ==> 0 <= #[trigger] values[i] <= 1000000
}

pub open spec fn post_knapsack_unbounded(weights: Seq<i64>, values: Seq<i64>, capacity: i64, best: i64) -> bool {
    &&& weights.len() == values.len()
    &&& best as int == best_unbounded(weights, values, weights.len() as int, capacity as int)
}

// <vc:helpers>
// </vc:helpers>

fn knapsack_unbounded(weights: &Vec<i64>, values: &Vec<i64>, capacity: i64) -> (best: i64)
    requires
        pre_knapsack_unbounded(weights@, values@, capacity),
    ensures
        post_knapsack_unbounded(weights@, values@, capacity, best),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
