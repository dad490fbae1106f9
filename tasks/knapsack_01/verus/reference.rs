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
proof fn lemma_best_bounds(weights: Seq<i64>, values: Seq<i64>, n: int, cap: int)
    requires
        0 <= n <= weights.len(),
        weights.len() == values.len(),
        forall|i: int| 0 <= i < values.len() ==> 0 <= #[trigger] values[i] <= 1000000,
    ensures
        0 <= best_knapsack_01(weights, values, n, cap) <= n * 1000000,
    decreases n,
{
    if n > 0 {
        lemma_best_bounds(weights, values, n - 1, cap);
        lemma_best_bounds(weights, values, n - 1, cap - weights[n - 1] as int);
        assert(0 <= values[n - 1] <= 1000000);
    }
}
// </vc:helpers>

fn knapsack_01(weights: &Vec<i64>, values: &Vec<i64>, capacity: i64) -> (best: i64)
    requires
        pre_knapsack_01(weights@, values@, capacity),
    ensures
        post_knapsack_01(weights@, values@, capacity, best),
{
    // <vc:code>
    let n = weights.len();
    let mut dp: Vec<i64> = Vec::new();
    let mut c: i64 = 0;
    while c <= capacity
        invariant
            0 <= capacity <= 100000,
            0 <= c <= capacity + 1,
            dp.len() == c,
            forall|x: int| 0 <= x < c ==> dp@[x] == 0,
        decreases capacity + 1 - c,
    {
        dp.push(0);
        c = c + 1;
    }
    let mut i: usize = 0;
    while i < n
        invariant
            pre_knapsack_01(weights@, values@, capacity),
            n == weights.len(),
            0 <= i <= n,
            dp.len() == capacity + 1,
            forall|x: int| 0 <= x <= capacity ==> dp@[x] as int == best_knapsack_01(weights@, values@, i as int, x),
        decreases n - i,
    {
        let w = weights[i];
        let v = values[i];
        assert(0 <= w <= 100000 && 0 <= v <= 1000000);
        let mut c: i64 = capacity;
        while c >= 0 && c >= w
            invariant
                pre_knapsack_01(weights@, values@, capacity),
                n == weights.len(),
                0 <= i < n,
                w == weights@[i as int],
                v == values@[i as int],
                0 <= w <= 100000,
                0 <= v <= 1000000,
                -1 <= c <= capacity,
                dp.len() == capacity + 1,
                forall|x: int| 0 <= x <= capacity ==> dp@[x] as int == (if x > c {
                    best_knapsack_01(weights@, values@, i as int + 1, x)
                } else {
                    best_knapsack_01(weights@, values@, i as int, x)
                }),
            decreases c + 1,
        {
            let cw = (c - w) as usize;
            proof {
                lemma_best_bounds(weights@, values@, i as int, (c - w) as int);
            }
            let old_val = dp[c as usize];
            let take = dp[cw] + v;
            if take > old_val {
                dp.set(c as usize, take);
            }
            assert(dp@[c as int] as int == best_knapsack_01(weights@, values@, i as int + 1, c as int));
            c = c - 1;
        }
        assert forall|x: int| 0 <= x <= capacity implies dp@[x] as int == best_knapsack_01(weights@, values@, i as int + 1, x) by {
            if x <= c {
                assert(x < w);
            }
        }
        i = i + 1;
    }
    dp[capacity as usize]
    // </vc:code>
}

fn main() {}

} // verus!
