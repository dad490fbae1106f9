use vstd::prelude::*;

verus! {

// A choice uses counts[i] copies of coin value coins[i]. count_sum(xs, counts, k) is the sum of
// counts[i] * xs[i] over the first k values; total(counts, k) the number of coins among them.
pub open spec fn count_sum(xs: Seq<i64>, counts: Seq<i64>, k: int) -> int
    decreases k,
{
    if k <= 0 || k > xs.len() || k > counts.len() {
        0
    } else {
        count_sum(xs, counts, k - 1) + counts[k - 1] as int * xs[k - 1] as int
    }
}

pub open spec fn total(counts: Seq<i64>, k: int) -> int
    decreases k,
{
    if k <= 0 || k > counts.len() {
        0
    } else {
        total(counts, k - 1) + counts[k - 1] as int
    }
}

// counts (one non-negative count per coin value) makes exactly amount.
pub open spec fn makes(coins: Seq<i64>, counts: Seq<i64>, amount: i64) -> bool {
    &&& counts.len() == coins.len()
    &&& forall|i: int| 0 <= i < counts.len() ==> 0 <= #[trigger] counts[i]
    &&& count_sum(coins, counts, coins.len() as int) == amount as int
}

pub open spec fn pre_coin_change_min(coins: Seq<i64>, amount: i64) -> bool {
    &&& coins.len() <= 1000
    &&& 0 <= amount <= 100000
    &&& forall|i: int| 0 <= i < coins.len() ==> 1 <= #[trigger] coins[i] <= 100000
}

// Either no choice makes amount (count is -1, counts is empty), or counts makes amount with
// count coins and no choice that makes amount uses fewer.
pub open spec fn post_coin_change_min(coins: Seq<i64>, amount: i64, count: i64, counts: Seq<i64>) -> bool {
    ||| (count == -1 && counts.len() == 0 && forall|c: Seq<i64>| !#[trigger] makes(coins, c, amount))
    ||| (makes(coins, counts, amount) && total(counts, counts.len() as int) == count as int
        && forall|c: Seq<i64>| #[trigger] makes(coins, c, amount) ==> count as int <= total(c, c.len() as int))
}

// <vc:helpers>
// Minimum of two counts where -1 stands for "impossible".
pub open spec fn combine_min(a: int, b: int) -> int {
    if a < 0 { b } else if b < 0 { a } else if a <= b { a } else { b }
}

// Fewest coins (unlimited copies of coins[0..n-1]) making exactly amount, or -1: either no
// further copy of coins[n-1], or one more copy of it.
pub open spec fn min_coins(coins: Seq<i64>, n: int, amount: int) -> int
    decreases n, amount,
{
    if amount == 0 {
        0
    } else if n <= 0 {
        -1
    } else {
        combine_min(
            min_coins(coins, n - 1, amount),
            if 1 <= coins[n - 1] as int && coins[n - 1] as int <= amount && min_coins(coins, n, amount - coins[n - 1] as int) >= 0 {
                min_coins(coins, n, amount - coins[n - 1] as int) + 1
            } else {
                -1
            },
        )
    }
}

proof fn lemma_min_range(coins: Seq<i64>, n: int, amount: int)
    requires
        0 <= n <= coins.len(),
        0 <= amount,
    ensures
        -1 <= min_coins(coins, n, amount) <= amount,
    decreases n, amount,
{
    if amount != 0 && n > 0 {
        lemma_min_range(coins, n - 1, amount);
        if 1 <= coins[n - 1] as int && coins[n - 1] as int <= amount {
            lemma_min_range(coins, n, amount - coins[n - 1] as int);
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
        total(c, k) == 0,
    decreases k,
{
    if k > 0 && k <= c.len() {
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
        total(c1, k) == total(c2, k),
    decreases k,
{
    if k > 0 {
        lemma_count_same(xs, c1, c2, k - 1);
    }
}

// One more copy of value p adds xs[p] to every sum and 1 to every count that covers p.
proof fn lemma_count_inc(xs: Seq<i64>, c: Seq<i64>, p: int, k: int)
    requires
        0 <= p < c.len(),
        p < xs.len(),
        p < k <= xs.len(),
        k <= c.len(),
        c[p] < i64::MAX,
    ensures
        count_sum(xs, c.update(p, (c[p] + 1) as i64), k) == count_sum(xs, c, k) + xs[p] as int,
        total(c.update(p, (c[p] + 1) as i64), k) == total(c, k) + 1,
    decreases k,
{
    if k - 1 > p {
        lemma_count_inc(xs, c, p, k - 1);
    } else {
        lemma_count_same(xs, c, c.update(p, (c[p] + 1) as i64), p);
        assert((c[p] as int + 1) * xs[p] as int == c[p] as int * xs[p] as int + xs[p] as int) by (nonlinear_arith);
    }
}

// Every choice over the first k values making a uses at least min_coins(k, a) >= 0 coins.
proof fn lemma_lower(coins: Seq<i64>, c: Seq<i64>, k: int, a: int)
    requires
        c.len() == coins.len(),
        0 <= k <= coins.len(),
        forall|i: int| 0 <= i < coins.len() ==> 1 <= #[trigger] coins[i],
        forall|i: int| 0 <= i < c.len() ==> 0 <= #[trigger] c[i],
        count_sum(coins, c, k) == a,
    ensures
        0 <= min_coins(coins, k, a) <= total(c, k),
    decreases k, if k > 0 { c[k - 1] as int } else { 0 },
{
    lemma_count_nonneg(coins, c, k);
    lemma_min_range(coins, k, a);
    if k > 0 {
        if c[k - 1] == 0 {
            lemma_lower(coins, c, k - 1, a);
            lemma_count_nonneg(coins, c, k - 1);
        } else {
            let c2 = c.update(k - 1, (c[k - 1] - 1) as i64);
            assert(c =~= c2.update(k - 1, (c2[k - 1] + 1) as i64));
            lemma_count_inc(coins, c2, k - 1, k);
            lemma_count_nonneg(coins, c2, k);
            lemma_lower(coins, c2, k, a - coins[k - 1] as int);
        }
    }
}

// A single value's count is at most the sum it contributes to (every value is at least 1).
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
    }
}
// </vc:helpers>

fn coin_change_min(coins: &Vec<i64>, amount: i64) -> (r: (i64, Vec<i64>))
    requires
        pre_coin_change_min(coins@, amount),
    ensures
        post_coin_change_min(coins@, amount, r.0, r.1@),
{
    // <vc:code>
    let n = coins.len();
    let amt = amount as usize;
    // dp[i][x] = fewest coins of values 0..i-1 making exactly x, or -1.
    let mut dp: Vec<Vec<i64>> = Vec::new();
    let mut row: Vec<i64> = Vec::new();
    let mut x: usize = 0;
    while x <= amt
        invariant
            amt == amount as usize,
            0 <= amount <= 100000,
            0 <= x <= amt + 1,
            row.len() == x,
            forall|y: int| 0 <= y < x ==> (#[trigger] row@[y]) as int == min_coins(coins@, 0, y),
        decreases amt + 1 - x,
    {
        row.push(if x == 0 { 0 } else { -1 });
        x = x + 1;
    }
    dp.push(row);
    let mut i: usize = 0;
    while i < n
        invariant
            pre_coin_change_min(coins@, amount),
            n == coins.len(),
            amt == amount as usize,
            0 <= i <= n,
            dp.len() == i + 1,
            forall|r: int| 0 <= r <= i ==> (#[trigger] dp@[r]).len() == amt + 1,
            forall|r: int, y: int| 0 <= r <= i && 0 <= y <= amt ==> (#[trigger] dp@[r]@[y]) as int == min_coins(coins@, r, y),
        decreases n - i,
    {
        let w = coins[i];
        assert(1 <= w <= 100000);
        let mut next: Vec<i64> = Vec::new();
        let mut x: usize = 0;
        while x <= amt
            invariant
                pre_coin_change_min(coins@, amount),
                n == coins.len(),
                amt == amount as usize,
                0 <= i < n,
                w == coins@[i as int],
                1 <= w <= 100000,
                0 <= x <= amt + 1,
                next.len() == x,
                dp.len() == i + 1,
                forall|r: int| 0 <= r <= i ==> (#[trigger] dp@[r]).len() == amt + 1,
                forall|r: int, y: int| 0 <= r <= i && 0 <= y <= amt ==> (#[trigger] dp@[r]@[y]) as int == min_coins(coins@, r, y),
                forall|y: int| 0 <= y < x ==> (#[trigger] next@[y]) as int == min_coins(coins@, i as int + 1, y),
            decreases amt + 1 - x,
        {
            proof {
                lemma_min_range(coins@, i as int, x as int);
            }
            let mut v = dp[i][x];
            if x == 0 {
                v = 0;
            } else if w as usize <= x && next[x - w as usize] >= 0 {
                proof {
                    lemma_min_range(coins@, i as int + 1, x as int - w as int);
                }
                let cand = next[x - w as usize] + 1;
                if v < 0 || cand < v {
                    v = cand;
                }
            }
            next.push(v);
            x = x + 1;
        }
        dp.push(next);
        i = i + 1;
    }
    let count = dp[n][amt];
    proof {
        lemma_min_range(coins@, n as int, amt as int);
    }
    if count < 0 {
        proof {
            assert forall|c: Seq<i64>| !#[trigger] makes(coins@, c, amount) by {
                if makes(coins@, c, amount) {
                    lemma_lower(coins@, c, n as int, amount as int);
                }
            }
        }
        return (-1, Vec::new());
    }
    // Walk back: at (i, a) either value i-1 is done (the entry equals the one without it) or one
    // more coin of value i-1 is used.
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
        lemma_count_zero(coins@, counts@, n as int);
    }
    let mut a: usize = amt;
    let mut i: usize = n;
    while a > 0
        invariant
            pre_coin_change_min(coins@, amount),
            n == coins.len(),
            amt == amount as usize,
            0 <= i <= n,
            0 <= a <= amt,
            counts.len() == n,
            forall|j: int| 0 <= j < n ==> 0 <= #[trigger] counts@[j] <= amt - a,
            dp.len() == n + 1,
            forall|r: int| 0 <= r <= n ==> (#[trigger] dp@[r]).len() == amt + 1,
            forall|r: int, y: int| 0 <= r <= n && 0 <= y <= amt ==> (#[trigger] dp@[r]@[y]) as int == min_coins(coins@, r, y),
            min_coins(coins@, i as int, a as int) >= 0,
            total(counts@, n as int) + min_coins(coins@, i as int, a as int) == count as int,
            count_sum(coins@, counts@, n as int) + a == amt,
        decreases i + a,
    {
        if dp[i][a] != dp[i - 1][a] {
            proof {
                lemma_count_inc(coins@, counts@, i - 1, n as int);
            }
            let c = counts[i - 1];
            counts.set(i - 1, c + 1);
            a = a - coins[i - 1] as usize;
            proof {
                assert forall|j: int| 0 <= j < n implies 0 <= #[trigger] counts@[j] <= amt - a by {
                    lemma_count_single(coins@, counts@, j, n as int);
                }
            }
        } else {
            i = i - 1;
        }
    }
    proof {
        assert forall|c: Seq<i64>| #[trigger] makes(coins@, c, amount) implies count as int <= total(c, c.len() as int) by {
            lemma_lower(coins@, c, n as int, amount as int);
        }
    }
    (count, counts)
    // </vc:code>
}

fn main() {}

} // verus!
