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
pub open spec fn max_int(a: int, b: int) -> int {
    if a >= b { a } else { b }
}

// Best value with the first n items and limit cap (the classic recurrence).
pub open spec fn best01(weights: Seq<i64>, values: Seq<i64>, n: int, cap: int) -> int
    decreases n,
{
    if n <= 0 {
        0
    } else if weights[n - 1] as int <= cap {
        max_int(best01(weights, values, n - 1, cap), best01(weights, values, n - 1, cap - weights[n - 1] as int) + values[n - 1] as int)
    } else {
        best01(weights, values, n - 1, cap)
    }
}

proof fn lemma_best_bounds(weights: Seq<i64>, values: Seq<i64>, n: int, cap: int)
    requires
        0 <= n <= weights.len(),
        weights.len() == values.len(),
        forall|i: int| 0 <= i < values.len() ==> 0 <= #[trigger] values[i] <= 1000000,
    ensures
        0 <= best01(weights, values, n, cap) <= n * 1000000,
    decreases n,
{
    if n > 0 {
        lemma_best_bounds(weights, values, n - 1, cap);
        lemma_best_bounds(weights, values, n - 1, cap - weights[n - 1] as int);
        assert(0 <= values[n - 1] <= 1000000);
    }
}

proof fn lemma_mask_nonneg(xs: Seq<i64>, t: Seq<bool>, k: int)
    requires
        forall|i: int| 0 <= i < xs.len() ==> 0 <= #[trigger] xs[i],
    ensures
        mask_sum(xs, t, k) >= 0,
    decreases k,
{
    if k > 0 && k <= xs.len() && k <= t.len() {
        lemma_mask_nonneg(xs, t, k - 1);
    }
}

proof fn lemma_mask_zero(xs: Seq<i64>, t: Seq<bool>, k: int)
    requires
        forall|j: int| 0 <= j < k && j < t.len() ==> !#[trigger] t[j],
    ensures
        mask_sum(xs, t, k) == 0,
    decreases k,
{
    if k > 0 && k <= xs.len() && k <= t.len() {
        lemma_mask_zero(xs, t, k - 1);
    }
}

proof fn lemma_mask_same(xs: Seq<i64>, t1: Seq<bool>, t2: Seq<bool>, k: int)
    requires
        0 <= k <= t1.len(),
        k <= t2.len(),
        forall|j: int| 0 <= j < k ==> t1[j] == t2[j],
    ensures
        mask_sum(xs, t1, k) == mask_sum(xs, t2, k),
    decreases k,
{
    if k > 0 {
        lemma_mask_same(xs, t1, t2, k - 1);
    }
}

// Packing item p (not packed before) adds xs[p] to every total that covers p.
proof fn lemma_mask_set(xs: Seq<i64>, t: Seq<bool>, p: int, k: int)
    requires
        0 <= p < t.len(),
        p < xs.len(),
        !t[p],
        p < k <= xs.len(),
        k <= t.len(),
    ensures
        mask_sum(xs, t.update(p, true), k) == mask_sum(xs, t, k) + xs[p] as int,
    decreases k,
{
    if k - 1 > p {
        lemma_mask_set(xs, t, p, k - 1);
    } else {
        lemma_mask_same(xs, t, t.update(p, true), p);
    }
}

// No choice among the first k items with weight at most c is worth more than best01(k, c).
proof fn lemma_upper(weights: Seq<i64>, values: Seq<i64>, t: Seq<bool>, k: int, c: int)
    requires
        weights.len() == values.len(),
        values.len() == t.len(),
        0 <= k <= weights.len(),
        forall|i: int| 0 <= i < weights.len() ==> 0 <= #[trigger] weights[i],
        mask_sum(weights, t, k) <= c,
    ensures
        mask_sum(values, t, k) <= best01(weights, values, k, c),
    decreases k,
{
    if k > 0 {
        lemma_mask_nonneg(weights, t, k - 1);
        if t[k - 1] {
            lemma_upper(weights, values, t, k - 1, c - weights[k - 1] as int);
        } else {
            lemma_upper(weights, values, t, k - 1, c);
        }
    }
}
// </vc:helpers>

fn knapsack_01(weights: &Vec<i64>, values: &Vec<i64>, capacity: i64) -> (r: (i64, Vec<bool>))
    requires
        pre_knapsack_01(weights@, values@, capacity),
    ensures
        post_knapsack_01(weights@, values@, capacity, r.0, r.1@),
{
    // <vc:code>
    let n = weights.len();
    let cap = capacity as usize;
    let mut dp: Vec<Vec<i64>> = Vec::new();
    let mut row: Vec<i64> = Vec::new();
    let mut c: usize = 0;
    while c <= cap
        invariant
            cap == capacity as usize,
            0 <= capacity <= 100000,
            0 <= c <= cap + 1,
            row.len() == c,
            forall|x: int| 0 <= x < c ==> row@[x] == 0,
        decreases cap + 1 - c,
    {
        row.push(0);
        c = c + 1;
    }
    dp.push(row);
    let mut i: usize = 0;
    while i < n
        invariant
            pre_knapsack_01(weights@, values@, capacity),
            n == weights.len(),
            cap == capacity as usize,
            0 <= i <= n,
            dp.len() == i + 1,
            forall|r: int| 0 <= r <= i ==> (#[trigger] dp@[r]).len() == cap + 1,
            forall|r: int, x: int| 0 <= r <= i && 0 <= x <= cap ==> (#[trigger] dp@[r]@[x]) as int == best01(weights@, values@, r, x),
        decreases n - i,
    {
        let w = weights[i];
        let v = values[i];
        assert(0 <= w <= 100000 && 0 <= v <= 1000000);
        let mut next: Vec<i64> = Vec::new();
        let mut c: usize = 0;
        while c <= cap
            invariant
                pre_knapsack_01(weights@, values@, capacity),
                n == weights.len(),
                cap == capacity as usize,
                0 <= i < n,
                w == weights@[i as int],
                v == values@[i as int],
                0 <= w <= 100000,
                0 <= v <= 1000000,
                0 <= c <= cap + 1,
                next.len() == c,
                dp.len() == i + 1,
                forall|r: int| 0 <= r <= i ==> (#[trigger] dp@[r]).len() == cap + 1,
                forall|r: int, x: int| 0 <= r <= i && 0 <= x <= cap ==> (#[trigger] dp@[r]@[x]) as int == best01(weights@, values@, r, x),
                forall|x: int| 0 <= x < c ==> (#[trigger] next@[x]) as int == best01(weights@, values@, i as int + 1, x),
            decreases cap + 1 - c,
        {
            let mut best_here = dp[i][c];
            if w as usize <= c {
                proof {
                    lemma_best_bounds(weights@, values@, i as int, c as int - w as int);
                }
                let with = dp[i][c - w as usize] + v;
                if with > best_here {
                    best_here = with;
                }
            }
            next.push(best_here);
            c = c + 1;
        }
        dp.push(next);
        i = i + 1;
    }
    let best = dp[n][cap];
    // Walk back from the last item: an item is packed exactly when it changes the table entry.
    let mut take: Vec<bool> = Vec::new();
    let mut k: usize = 0;
    while k < n
        invariant
            0 <= k <= n,
            take.len() == k,
            forall|j: int| 0 <= j < k ==> !#[trigger] take@[j],
        decreases n - k,
    {
        take.push(false);
        k = k + 1;
    }
    proof {
        lemma_mask_zero(weights@, take@, n as int);
        lemma_mask_zero(values@, take@, n as int);
    }
    let mut c: usize = cap;
    let mut i: usize = n;
    while i > 0
        invariant
            pre_knapsack_01(weights@, values@, capacity),
            n == weights.len(),
            cap == capacity as usize,
            0 <= i <= n,
            0 <= c <= cap,
            take.len() == n,
            dp.len() == n + 1,
            forall|r: int| 0 <= r <= n ==> (#[trigger] dp@[r]).len() == cap + 1,
            forall|r: int, x: int| 0 <= r <= n && 0 <= x <= cap ==> (#[trigger] dp@[r]@[x]) as int == best01(weights@, values@, r, x),
            forall|j: int| 0 <= j < i ==> !#[trigger] take@[j],
            mask_sum(values@, take@, n as int) + best01(weights@, values@, i as int, c as int) == best as int,
            mask_sum(weights@, take@, n as int) + c == cap,
        decreases i,
    {
        if dp[i][c] != dp[i - 1][c] {
            proof {
                lemma_mask_set(values@, take@, i - 1, n as int);
                lemma_mask_set(weights@, take@, i - 1, n as int);
            }
            take.set(i - 1, true);
            c = c - weights[i - 1] as usize;
        }
        i = i - 1;
    }
    proof {
        assert forall|t: Seq<bool>| #[trigger] fits_01(weights@, t, capacity) implies mask_sum(values@, t, values@.len() as int) <= best as int by {
            lemma_upper(weights@, values@, t, n as int, capacity as int);
        }
    }
    (best, take)
    // </vc:code>
}

fn main() {}

} // verus!
