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
pub open spec fn max_int(a: int, b: int) -> int {
    if a >= b { a } else { b }
}

// Best value with unlimited copies of kinds 0..n-1 and limit cap: either no further copy of
// kind n-1, or (when it fits) one more copy of it.
pub open spec fn best_u(weights: Seq<i64>, values: Seq<i64>, n: int, cap: int) -> int
    decreases n, cap,
{
    if n <= 0 {
        0
    } else if 1 <= weights[n - 1] as int && weights[n - 1] as int <= cap {
        max_int(best_u(weights, values, n - 1, cap), best_u(weights, values, n, cap - weights[n - 1] as int) + values[n - 1] as int)
    } else {
        best_u(weights, values, n - 1, cap)
    }
}

proof fn lemma_best_bounds(weights: Seq<i64>, values: Seq<i64>, n: int, cap: int)
    requires
        0 <= n <= weights.len(),
        0 <= cap,
        weights.len() == values.len(),
        forall|i: int| 0 <= i < values.len() ==> 0 <= #[trigger] values[i] <= 1000000,
    ensures
        0 <= best_u(weights, values, n, cap) <= cap * 1000000,
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

proof fn lemma_count_nonneg(xs: Seq<i64>, c: Seq<i64>, k: int)
    requires
        forall|i: int| 0 <= i < xs.len() ==> 0 <= #[trigger] xs[i],
        forall|i: int| 0 <= i < c.len() ==> 0 <= #[trigger] c[i],
    ensures
        count_sum(xs, c, k) >= 0,
    decreases k,
{
    if k > 0 && k <= xs.len() && k <= c.len() {
        lemma_count_nonneg(xs, c, k - 1);
        assert(c[k - 1] as int * xs[k - 1] as int >= 0) by (nonlinear_arith)
            requires c[k - 1] >= 0, xs[k - 1] >= 0;
    }
}

proof fn lemma_count_zero(xs: Seq<i64>, c: Seq<i64>, k: int)
    requires
        forall|j: int| 0 <= j < c.len() ==> #[trigger] c[j] == 0,
    ensures
        count_sum(xs, c, k) == 0,
    decreases k,
{
    if k > 0 && k <= xs.len() && k <= c.len() {
        lemma_count_zero(xs, c, k - 1);
    }
}

proof fn lemma_count_same(xs: Seq<i64>, c1: Seq<i64>, c2: Seq<i64>, k: int)
    requires
        0 <= k <= c1.len(),
        k <= c2.len(),
        forall|j: int| 0 <= j < k ==> c1[j] == c2[j],
    ensures
        count_sum(xs, c1, k) == count_sum(xs, c2, k),
    decreases k,
{
    if k > 0 && k <= xs.len() {
        lemma_count_same(xs, c1, c2, k - 1);
    }
}

// One more copy of kind p adds xs[p] to every total that covers p.
proof fn lemma_count_inc(xs: Seq<i64>, c: Seq<i64>, p: int, k: int)
    requires
        0 <= p < c.len(),
        p < xs.len(),
        p < k <= xs.len(),
        k <= c.len(),
        c[p] < i64::MAX,
    ensures
        count_sum(xs, c.update(p, (c[p] + 1) as i64), k) == count_sum(xs, c, k) + xs[p] as int,
    decreases k,
{
    if k - 1 > p {
        lemma_count_inc(xs, c, p, k - 1);
    } else {
        lemma_count_same(xs, c, c.update(p, (c[p] + 1) as i64), p);
        assert((c[p] as int + 1) * xs[p] as int == c[p] as int * xs[p] as int + xs[p] as int) by (nonlinear_arith);
    }
}

// No choice over the first k kinds with weight at most cap is worth more than best_u(k, cap).
proof fn lemma_upper(weights: Seq<i64>, values: Seq<i64>, c: Seq<i64>, k: int, cap: int)
    requires
        weights.len() == values.len(),
        values.len() == c.len(),
        0 <= k <= weights.len(),
        forall|i: int| 0 <= i < weights.len() ==> 1 <= #[trigger] weights[i],
        forall|i: int| 0 <= i < c.len() ==> 0 <= #[trigger] c[i],
        count_sum(weights, c, k) <= cap,
    ensures
        count_sum(values, c, k) <= best_u(weights, values, k, cap),
    decreases k, if k > 0 { c[k - 1] as int } else { 0 },
{
    if k > 0 {
        if c[k - 1] == 0 {
            lemma_upper(weights, values, c, k - 1, cap);
        } else {
            let c2 = c.update(k - 1, (c[k - 1] - 1) as i64);
            assert(c =~= c2.update(k - 1, (c2[k - 1] + 1) as i64));
            lemma_count_inc(weights, c2, k - 1, k);
            lemma_count_inc(values, c2, k - 1, k);
            lemma_count_nonneg(weights, c2, k);
            lemma_upper(weights, values, c2, k, cap - weights[k - 1] as int);
        }
    }
}

// A single kind's share of a total of non-negative terms is at most the total.
proof fn lemma_count_single(xs: Seq<i64>, c: Seq<i64>, j: int, k: int)
    requires
        0 <= j < k <= xs.len(),
        k <= c.len(),
        forall|i: int| 0 <= i < xs.len() ==> 1 <= #[trigger] xs[i],
        forall|i: int| 0 <= i < c.len() ==> 0 <= #[trigger] c[i],
    ensures
        c[j] as int <= count_sum(xs, c, k),
    decreases k,
{
    lemma_count_nonneg(xs, c, k - 1);
    assert(c[k - 1] as int * xs[k - 1] as int >= c[k - 1] as int) by (nonlinear_arith)
        requires c[k - 1] >= 0, xs[k - 1] >= 1;
    if j < k - 1 {
        lemma_count_single(xs, c, j, k - 1);
        assert(c[k - 1] as int * xs[k - 1] as int >= 0) by (nonlinear_arith)
            requires c[k - 1] >= 0, xs[k - 1] >= 1;
    }
}
// </vc:helpers>

fn knapsack_unbounded(weights: &Vec<i64>, values: &Vec<i64>, capacity: i64) -> (r: (i64, Vec<i64>))
    requires
        pre_knapsack_unbounded(weights@, values@, capacity),
    ensures
        post_knapsack_unbounded(weights@, values@, capacity, r.0, r.1@),
{
    // <vc:code>
    let n = weights.len();
    let cap = capacity as usize;
    // dp[i][x] = best value with kinds 0..i-1 and limit x.
    let mut dp: Vec<Vec<i64>> = Vec::new();
    let mut row: Vec<i64> = Vec::new();
    let mut x: usize = 0;
    while x <= cap
        invariant
            cap == capacity as usize,
            0 <= capacity <= 100000,
            0 <= x <= cap + 1,
            row.len() == x,
            forall|y: int| 0 <= y < x ==> row@[y] == 0,
        decreases cap + 1 - x,
    {
        row.push(0);
        x = x + 1;
    }
    dp.push(row);
    let mut i: usize = 0;
    while i < n
        invariant
            pre_knapsack_unbounded(weights@, values@, capacity),
            n == weights.len(),
            cap == capacity as usize,
            0 <= i <= n,
            dp.len() == i + 1,
            forall|r: int| 0 <= r <= i ==> (#[trigger] dp@[r]).len() == cap + 1,
            forall|r: int, y: int| 0 <= r <= i && 0 <= y <= cap ==> (#[trigger] dp@[r]@[y]) as int == best_u(weights@, values@, r, y),
        decreases n - i,
    {
        let w = weights[i];
        let v = values[i];
        assert(1 <= w <= 100000 && 0 <= v <= 1000000);
        let mut next: Vec<i64> = Vec::new();
        let mut x: usize = 0;
        while x <= cap
            invariant
                pre_knapsack_unbounded(weights@, values@, capacity),
                n == weights.len(),
                cap == capacity as usize,
                0 <= i < n,
                w == weights@[i as int],
                v == values@[i as int],
                1 <= w <= 100000,
                0 <= v <= 1000000,
                0 <= x <= cap + 1,
                next.len() == x,
                dp.len() == i + 1,
                forall|r: int| 0 <= r <= i ==> (#[trigger] dp@[r]).len() == cap + 1,
                forall|r: int, y: int| 0 <= r <= i && 0 <= y <= cap ==> (#[trigger] dp@[r]@[y]) as int == best_u(weights@, values@, r, y),
                forall|y: int| 0 <= y < x ==> (#[trigger] next@[y]) as int == best_u(weights@, values@, i as int + 1, y),
            decreases cap + 1 - x,
        {
            let mut best_here = dp[i][x];
            if w as usize <= x {
                proof {
                    lemma_best_bounds(weights@, values@, i as int + 1, x as int - w as int);
                }
                let with = next[x - w as usize] + v;
                if with > best_here {
                    best_here = with;
                }
            }
            next.push(best_here);
            x = x + 1;
        }
        dp.push(next);
        i = i + 1;
    }
    let best = dp[n][cap];
    // Walk back: at (i, x) either kind i-1 is done (the entry equals the one without it) or one
    // more copy of it is taken.
    let mut counts: Vec<i64> = Vec::new();
    let mut k: usize = 0;
    while k < n
        invariant
            0 <= k <= n,
            counts.len() == k,
            forall|j: int| 0 <= j < k ==> #[trigger] counts@[j] == 0,
        decreases n - k,
    {
        counts.push(0);
        k = k + 1;
    }
    proof {
        lemma_count_zero(weights@, counts@, n as int);
        lemma_count_zero(values@, counts@, n as int);
    }
    let mut x: usize = cap;
    let mut i: usize = n;
    while i > 0
        invariant
            pre_knapsack_unbounded(weights@, values@, capacity),
            n == weights.len(),
            cap == capacity as usize,
            0 <= i <= n,
            0 <= x <= cap,
            counts.len() == n,
            forall|j: int| 0 <= j < n ==> 0 <= #[trigger] counts@[j] <= cap - x,
            dp.len() == n + 1,
            forall|r: int| 0 <= r <= n ==> (#[trigger] dp@[r]).len() == cap + 1,
            forall|r: int, y: int| 0 <= r <= n && 0 <= y <= cap ==> (#[trigger] dp@[r]@[y]) as int == best_u(weights@, values@, r, y),
            count_sum(values@, counts@, n as int) + best_u(weights@, values@, i as int, x as int) == best as int,
            count_sum(weights@, counts@, n as int) + x == cap,
        decreases i + x,
    {
        if dp[i][x] != dp[i - 1][x] {
            proof {
                lemma_count_inc(values@, counts@, i - 1, n as int);
                lemma_count_inc(weights@, counts@, i - 1, n as int);
            }
            let c = counts[i - 1];
            counts.set(i - 1, c + 1);
            x = x - weights[i - 1] as usize;
            proof {
                assert forall|j: int| 0 <= j < n implies 0 <= #[trigger] counts@[j] <= cap - x by {
                    lemma_count_single(weights@, counts@, j, n as int);
                }
            }
        } else {
            i = i - 1;
        }
    }
    proof {
        assert forall|c: Seq<i64>| #[trigger] fits_unbounded(weights@, c, capacity) implies count_sum(values@, c, values@.len() as int) <= best as int by {
            lemma_upper(weights@, values@, c, n as int, capacity as int);
        }
    }
    (best, counts)
    // </vc:code>
}

fn main() {}

} // verus!
