use vstd::prelude::*;

verus! {

// A cut of a rod of length n = prices.len() is given by counts: counts[t] >= 0 pieces of length
// t + 1. len_sum(counts, k) is the total length of the pieces shorter than k + 1, and
// count_sum(prices, counts, k) their total price (a piece of length t + 1 sells for prices[t]).
pub open spec fn len_sum(counts: Seq<i64>, k: int) -> int
    decreases k,
{
    if k <= 0 || k > counts.len() {
        0
    } else {
        len_sum(counts, k - 1) + counts[k - 1] as int * k
    }
}

pub open spec fn count_sum(xs: Seq<i64>, counts: Seq<i64>, k: int) -> int
    decreases k,
{
    if k <= 0 || k > xs.len() || k > counts.len() {
        0
    } else {
        count_sum(xs, counts, k - 1) + counts[k - 1] as int * xs[k - 1] as int
    }
}

// counts cuts the whole rod: its pieces have total length exactly n.
pub open spec fn cuts(prices: Seq<i64>, counts: Seq<i64>) -> bool {
    &&& counts.len() == prices.len()
    &&& forall|t: int| 0 <= t < counts.len() ==> 0 <= #[trigger] counts[t]
    &&& len_sum(counts, counts.len() as int) == prices.len()
}

pub open spec fn pre_rod_cutting(prices: Seq<i64>) -> bool {
    &&& prices.len() <= 1000
    &&& forall|i: int| 0 <= i < prices.len() ==> 0 <= #[trigger] prices[i] <= 1000000
}

// counts cuts the rod and sells for revenue, and no cut sells for more.
pub open spec fn post_rod_cutting(prices: Seq<i64>, revenue: i64, counts: Seq<i64>) -> bool {
    &&& cuts(prices, counts)
    &&& count_sum(prices, counts, prices.len() as int) == revenue as int
    &&& forall|c: Seq<i64>| #[trigger] cuts(prices, c) ==> count_sum(prices, c, prices.len() as int) <= revenue as int
}

// <vc:helpers>
pub open spec fn max_int(a: int, b: int) -> int {
    if a >= b { a } else { b }
}

// Best revenue for a rod of length len whose first piece has length at most k.
pub open spec fn rod_best(prices: Seq<i64>, len: int, k: int) -> int
    decreases len, k,
{
    if len <= 0 || k <= 0 || len > prices.len() {
        0
    } else {
        max_int(
            rod_best(prices, len, k - 1),
            if k <= len { prices[k - 1] as int + rod_best(prices, len - k, len - k) } else { 0 },
        )
    }
}

proof fn lemma_rod_bounds(prices: Seq<i64>, len: int, k: int)
    requires
        pre_rod_cutting(prices),
        0 <= len <= prices.len(),
        0 <= k,
    ensures
        0 <= rod_best(prices, len, k) <= len * 1000000,
    decreases len, k,
{
    if len > 0 && k > 0 {
        lemma_rod_bounds(prices, len, k - 1);
        if k <= len {
            lemma_rod_bounds(prices, len - k, len - k);
            assert(0 <= prices[k - 1] <= 1000000);
            assert((len - k) * 1000000 + 1000000 <= len * 1000000) by (nonlinear_arith)
                requires k >= 1;
        }
    }
}

proof fn lemma_rod_mono(prices: Seq<i64>, len: int, k1: int, k2: int)
    requires
        0 <= len <= prices.len(),
        0 <= k1 <= k2,
    ensures
        rod_best(prices, len, k1) <= rod_best(prices, len, k2),
    decreases k2,
{
    if k1 < k2 {
        lemma_rod_mono(prices, len, k1, k2 - 1);
    }
}

proof fn lemma_sums_same(xs: Seq<i64>, c1: Seq<i64>, c2: Seq<i64>, k: int)
    requires
        0 <= k <= c1.len(),
        k <= c2.len(),
        forall|j: int| 0 <= j < k ==> c1[j] == c2[j],
    ensures
        count_sum(xs, c1, k) == count_sum(xs, c2, k),
        len_sum(c1, k) == len_sum(c2, k),
    decreases k,
{
    if k > 0 {
        lemma_sums_same(xs, c1, c2, k - 1);
    }
}

// One more piece of length p + 1 adds p + 1 to the length and xs[p] to the price.
proof fn lemma_sums_inc(xs: Seq<i64>, c: Seq<i64>, p: int, k: int)
    requires
        0 <= p < c.len(),
        p < xs.len(),
        p < k <= xs.len(),
        k <= c.len(),
        c[p] < i64::MAX,
    ensures
        count_sum(xs, c.update(p, (c[p] + 1) as i64), k) == count_sum(xs, c, k) + xs[p] as int,
        len_sum(c.update(p, (c[p] + 1) as i64), k) == len_sum(c, k) + p + 1,
    decreases k,
{
    if k - 1 > p {
        lemma_sums_inc(xs, c, p, k - 1);
    } else {
        lemma_sums_same(xs, c, c.update(p, (c[p] + 1) as i64), p);
        assert((c[p] as int + 1) * xs[p] as int == c[p] as int * xs[p] as int + xs[p] as int) by (nonlinear_arith);
        assert((c[p] as int + 1) * (p + 1) == c[p] as int * (p + 1) + p + 1) by (nonlinear_arith);
    }
}

proof fn lemma_sums_zero(xs: Seq<i64>, c: Seq<i64>, k: int)
    requires
        forall|j: int| 0 <= j < c.len() ==> #[trigger] c[j] == 0,
    ensures
        count_sum(xs, c, k) == 0,
        len_sum(c, k) == 0,
    decreases k,
{
    if k > 0 && k <= c.len() {
        lemma_sums_zero(xs, c, k - 1);
    }
}

proof fn lemma_len_nonneg(c: Seq<i64>, k: int)
    requires
        forall|j: int| 0 <= j < c.len() ==> 0 <= #[trigger] c[j],
    ensures
        len_sum(c, k) >= 0,
    decreases k,
{
    if k > 0 && k <= c.len() {
        lemma_len_nonneg(c, k - 1);
        assert(c[k - 1] as int * k >= 0) by (nonlinear_arith)
            requires c[k - 1] >= 0, k >= 1;
    }
}

// Every piece counted below k contributes its length to len_sum.
proof fn lemma_len_bound(c: Seq<i64>, t: int, k: int)
    requires
        0 <= t < k <= c.len(),
        forall|j: int| 0 <= j < c.len() ==> 0 <= #[trigger] c[j],
    ensures
        c[t] as int * (t + 1) <= len_sum(c, k),
    decreases k,
{
    lemma_len_nonneg(c, k - 1);
    assert(c[k - 1] as int * k >= 0) by (nonlinear_arith)
        requires c[k - 1] >= 0, k >= 1;
    if t < k - 1 {
        lemma_len_bound(c, t, k - 1);
    }
}

// No cut into pieces of total length L sells for more than the best cut of a rod of length L.
proof fn lemma_upper(prices: Seq<i64>, c: Seq<i64>, L: int)
    requires
        pre_rod_cutting(prices),
        c.len() == prices.len(),
        forall|j: int| 0 <= j < c.len() ==> 0 <= #[trigger] c[j],
        0 <= L <= prices.len(),
        len_sum(c, c.len() as int) == L,
    ensures
        count_sum(prices, c, c.len() as int) <= rod_best(prices, L, L),
    decreases L,
{
    let n = c.len() as int;
    lemma_rod_bounds(prices, L, L);
    if exists|t: int| 0 <= t < n && #[trigger] c[t] > 0 {
        let t = choose|t: int| 0 <= t < n && #[trigger] c[t] > 0;
        lemma_len_bound(c, t, n);
        assert(c[t] as int * (t + 1) >= t + 1) by (nonlinear_arith)
            requires c[t] >= 1, t >= 0;
        let c2 = c.update(t, (c[t] - 1) as i64);
        assert(c =~= c2.update(t, (c2[t] + 1) as i64));
        lemma_sums_inc(prices, c2, t, n);
        lemma_len_nonneg(c2, n);
        lemma_upper(prices, c2, L - t - 1);
        lemma_rod_mono(prices, L, t + 1, L);
    } else {
        lemma_sums_zero(prices, c, n);
    }
}
// </vc:helpers>

fn rod_cutting(prices: &Vec<i64>) -> (r: (i64, Vec<i64>))
    requires
        pre_rod_cutting(prices@),
    ensures
        post_rod_cutting(prices@, r.0, r.1@),
{
    // <vc:code>
    let n = prices.len();
    // r[j] = best revenue for length j; first[j] = a best first piece for length j (j >= 1).
    let mut r: Vec<i64> = Vec::new();
    let mut first: Vec<usize> = Vec::new();
    r.push(0);
    first.push(0);
    let mut j: usize = 1;
    while j <= n
        invariant
            pre_rod_cutting(prices@),
            n == prices.len(),
            1 <= j <= n + 1,
            r.len() == j,
            first.len() == j,
            forall|x: int| 0 <= x < j ==> (#[trigger] r@[x]) as int == rod_best(prices@, x, x),
            forall|x: int| 1 <= x < j ==> 1 <= #[trigger] first@[x] <= x
                && r@[x] as int == prices@[first@[x] - 1] as int + r@[x - first@[x]] as int,
        decreases n + 1 - j,
    {
        let mut best: i64 = 0;
        let mut f: usize = 0;
        let mut t: usize = 1;
        while t <= j
            invariant
                pre_rod_cutting(prices@),
                n == prices.len(),
                1 <= j <= n,
                1 <= t <= j + 1,
                r.len() == j,
                first.len() == j,
                forall|x: int| 0 <= x < j ==> (#[trigger] r@[x]) as int == rod_best(prices@, x, x),
                best as int == rod_best(prices@, j as int, t as int - 1),
                t > 1 ==> 1 <= f < t && best as int == prices@[f - 1] as int + r@[j - f] as int,
            decreases j + 1 - t,
        {
            proof {
                lemma_rod_bounds(prices@, (j - t) as int, (j - t) as int);
                assert(0 <= prices@[t - 1] <= 1000000);
            }
            let cand = prices[t - 1] + r[j - t];
            if t == 1 || cand > best {
                best = cand;
                f = t;
            }
            t = t + 1;
        }
        r.push(best);
        first.push(f);
        j = j + 1;
    }
    let revenue = r[n];
    // Walk the first-piece table from the whole rod.
    let mut counts: Vec<i64> = Vec::new();
    let mut k: usize = 0;
    while k < n
        invariant
            0 <= k <= n,
            counts.len() == k,
            forall|x: int| 0 <= x < k ==> #[trigger] counts@[x] == 0,
        decreases n - k,
    {
        counts.push(0);
        k = k + 1;
    }
    proof {
        lemma_sums_zero(prices@, counts@, n as int);
    }
    let mut len: usize = n;
    while len > 0
        invariant
            pre_rod_cutting(prices@),
            n == prices.len(),
            0 <= len <= n,
            r.len() == n + 1,
            first.len() == n + 1,
            forall|x: int| 1 <= x <= n ==> 1 <= #[trigger] first@[x] <= x
                && r@[x] as int == prices@[first@[x] - 1] as int + r@[x - first@[x]] as int,
            counts.len() == n,
            forall|x: int| 0 <= x < n ==> 0 <= #[trigger] counts@[x] <= n - len,
            count_sum(prices@, counts@, n as int) + r@[len as int] as int == revenue as int,
            len_sum(counts@, n as int) + len == n,
        decreases len,
    {
        let t = first[len];
        proof {
            lemma_sums_inc(prices@, counts@, t - 1, n as int);
        }
        let c = counts[t - 1];
        counts.set(t - 1, c + 1);
        len = len - t;
        proof {
            assert forall|x: int| 0 <= x < n implies 0 <= #[trigger] counts@[x] <= n - len by {
                lemma_len_bound(counts@, x, n as int);
                assert(counts@[x] as int * (x + 1) >= counts@[x] as int) by (nonlinear_arith)
                    requires counts@[x] >= 0, x >= 0;
            }
        }
    }
    proof {
        assert forall|c: Seq<i64>| #[trigger] cuts(prices@, c) implies count_sum(prices@, c, prices@.len() as int) <= revenue as int by {
            lemma_upper(prices@, c, n as int);
        }
    }
    (revenue, counts)
    // </vc:code>
}

fn main() {}

} // verus!
