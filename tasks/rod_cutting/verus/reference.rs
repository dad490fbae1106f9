use vstd::prelude::*;

verus! {

pub open spec fn max_int(a: int, b: int) -> int {
    if a >= b { a } else { b }
}

// Best revenue for a rod of length len whose first piece has length at most k (a piece of
// length t sells for prices[t - 1]): the first piece has some length t in 1..min(k, len) and
// the rest of the rod, of length len - t, is cut optimally.
pub open spec fn rod_best(prices: Seq<i64>, len: int, k: int) -> int
    decreases len, k,
{
    if len <= 0 || k <= 0 {
        0
    } else {
        max_int(
            rod_best(prices, len, k - 1),
            if k <= len { prices[k - 1] as int + rod_best(prices, len - k, len - k) } else { 0 },
        )
    }
}

pub open spec fn pre_rod_cutting(prices: Seq<i64>) -> bool {
    &&& prices.len() <= 1000
    &&& forall|i: int| 0 <= i < prices.len() ==> 0 <= #[trigger] prices[i] <= 1000000
}

pub open spec fn post_rod_cutting(prices: Seq<i64>, revenue: i64) -> bool {
    revenue as int == rod_best(prices, prices.len() as int, prices.len() as int)
}

// <vc:helpers>
proof fn lemma_rod_bounds(prices: Seq<i64>, len: int, k: int)
    requires
        0 <= len <= prices.len(),
        0 <= k,
        forall|i: int| 0 <= i < prices.len() ==> 0 <= #[trigger] prices[i] <= 1000000,
    ensures
        0 <= rod_best(prices, len, k) <= len * 1000000,
    decreases len, k,
{
    if len > 0 && k > 0 {
        lemma_rod_bounds(prices, len, k - 1);
        if k <= len {
            lemma_rod_bounds(prices, len - k, len - k);
            assert(0 <= prices[k - 1] <= 1000000);
        }
    }
}
// </vc:helpers>

fn rod_cutting(prices: &Vec<i64>) -> (revenue: i64)
    requires
        pre_rod_cutting(prices@),
    ensures
        post_rod_cutting(prices@, revenue),
{
    // <vc:code>
    let n = prices.len();
    let mut r: Vec<i64> = Vec::new();
    r.push(0);
    let mut j: usize = 1;
    while j <= n
        invariant
            pre_rod_cutting(prices@),
            n == prices.len(),
            1 <= j <= n + 1,
            r.len() == j,
            forall|x: int| 0 <= x < j ==> r@[x] as int == rod_best(prices@, x, x),
        decreases n + 1 - j,
    {
        let mut best: i64 = 0;
        let mut t: usize = 1;
        proof {
            lemma_rod_bounds(prices@, j as int, 0);
        }
        while t <= j
            invariant
                pre_rod_cutting(prices@),
                n == prices.len(),
                1 <= j <= n,
                1 <= t <= j + 1,
                r.len() == j,
                best as int == rod_best(prices@, j as int, t - 1),
                forall|x: int| 0 <= x < j ==> r@[x] as int == rod_best(prices@, x, x),
            decreases j + 1 - t,
        {
            proof {
                lemma_rod_bounds(prices@, (j - t) as int, (j - t) as int);
                assert(0 <= prices@[t - 1] <= 1000000);
            }
            let cand = prices[t - 1] + r[j - t];
            if cand > best {
                best = cand;
            }
            t = t + 1;
        }
        r.push(best);
        j = j + 1;
    }
    r[n]
    // </vc:code>
}

fn main() {}

} // verus!
