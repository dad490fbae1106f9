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
proof fn lemma_best_bounds(weights: Seq<i64>, values: Seq<i64>, n: int, cap: int)
    requires
        0 <= n <= weights.len(),
        0 <= cap,
        weights.len() == values.len(),
        forall|i: int| 0 <= i < values.len() ==> 0 <= #[trigger] values[i] <= 1000000,
    ensures
        0 <= best_unbounded(weights, values, n, cap) <= cap * 1000000,
    decreases n, cap,
{
    if n > 0 {
        lemma_best_bounds(weights, values, n - 1, cap);
        if 1 <= weights[n - 1] as int && weights[n - 1] as int <= cap {
            lemma_best_bounds(weights, values, n, cap - weights[n - 1] as int);
            assert(0 <= values[n - 1] <= 1000000);
        }
    }
}
// </vc:helpers>

fn knapsack_unbounded(weights: &Vec<i64>, values: &Vec<i64>, capacity: i64) -> (best: i64)
    requires
        pre_knapsack_unbounded(weights@, values@, capacity),
    ensures
        post_knapsack_unbounded(weights@, values@, capacity, best),
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
            pre_knapsack_unbounded(weights@, values@, capacity),
            n == weights.len(),
            0 <= i <= n,
            dp.len() == capacity + 1,
            forall|x: int| 0 <= x <= capacity ==> dp@[x] as int == best_unbounded(weights@, values@, i as int, x),
        decreases n - i,
    {
        let w = weights[i];
        let v = values[i];
        assert(1 <= w <= 100000 && 0 <= v <= 1000000);
        let mut c: i64 = 0;
        while c <= capacity
            invariant
                pre_knapsack_unbounded(weights@, values@, capacity),
                n == weights.len(),
                0 <= i < n,
                w == weights@[i as int],
                v == values@[i as int],
                1 <= w <= 100000,
                0 <= v <= 1000000,
                0 <= c <= capacity + 1,
                dp.len() == capacity + 1,
                forall|x: int| 0 <= x <= capacity ==> dp@[x] as int == (if x < c {
                    best_unbounded(weights@, values@, i as int + 1, x)
                } else {
                    best_unbounded(weights@, values@, i as int, x)
                }),
            decreases capacity + 1 - c,
        {
            if w <= c {
                proof {
                    lemma_best_bounds(weights@, values@, i as int + 1, (c - w) as int);
                }
                let old_val = dp[c as usize];
                let take = dp[(c - w) as usize] + v;
                if take > old_val {
                    dp.set(c as usize, take);
                }
            }
            assert(dp@[c as int] as int == best_unbounded(weights@, values@, i as int + 1, c as int));
            c = c + 1;
        }
        i = i + 1;
    }
    dp[capacity as usize]
    // </vc:code>
}

fn main() {}

} // verus!
