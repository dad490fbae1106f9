use vstd::prelude::*;

verus! {

// Minimum of two counts where -1 stands for "impossible".
pub open spec fn combine_min(a: int, b: int) -> int {
    if a < 0 { b } else if b < 0 { a } else if a <= b { a } else { b }
}

// Fewest coins (unlimited copies of coins[0..n-1]) summing exactly to amount, or -1 when no
// combination does: either no further copy of coins[n-1] is used, or one more copy is used.
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
            if 1 <= coins[n - 1] as int && coins[n - 1] as int <= amount
                && min_coins(coins, n, amount - coins[n - 1] as int) >= 0 {
                min_coins(coins, n, amount - coins[n - 1] as int) + 1
            } else {
                -1
            },
        )
    }
}

pub open spec fn pre_coin_change_min(coins: Seq<i64>, amount: i64) -> bool {
    &&& coins.len() <= 1000
    &&& 0 <= amount <= 100000
    &&& forall|i: int| 0 <= i < coins.len() ==> 1 <= #[trigger] coins[i] <= 100000
}

pub open spec fn post_coin_change_min(coins: Seq<i64>, amount: i64, count: i64) -> bool {
    count as int == min_coins(coins, coins.len() as int, amount as int)
}

// <vc:helpers>
proof fn lemma_min_coins_bounds(coins: Seq<i64>, n: int, amount: int)
    requires
        0 <= n <= coins.len(),
        0 <= amount,
    ensures
        -1 <= min_coins(coins, n, amount) <= amount,
    decreases n, amount,
{
    if amount != 0 && n > 0 {
        lemma_min_coins_bounds(coins, n - 1, amount);
        if 1 <= coins[n - 1] as int && coins[n - 1] as int <= amount {
            lemma_min_coins_bounds(coins, n, amount - coins[n - 1] as int);
        }
    }
}
// </vc:helpers>

fn coin_change_min(coins: &Vec<i64>, amount: i64) -> (count: i64)
    requires
        pre_coin_change_min(coins@, amount),
    ensures
        post_coin_change_min(coins@, amount, count),
{
    // <vc:code>
    let n = coins.len();
    let mut dp: Vec<i64> = Vec::new();
    dp.push(0);
    let mut c: i64 = 1;
    while c <= amount
        invariant
            0 <= amount <= 100000,
            1 <= c <= amount + 1,
            dp.len() == c,
            dp@[0] == 0,
            forall|x: int| 1 <= x < c ==> dp@[x] == -1,
        decreases amount + 1 - c,
    {
        dp.push(-1);
        c = c + 1;
    }
    let mut i: usize = 0;
    while i < n
        invariant
            pre_coin_change_min(coins@, amount),
            n == coins.len(),
            0 <= i <= n,
            dp.len() == amount + 1,
            forall|x: int| 0 <= x <= amount ==> dp@[x] as int == min_coins(coins@, i as int, x),
        decreases n - i,
    {
        let w = coins[i];
        assert(1 <= w <= 100000);
        let mut c: i64 = 0;
        while c <= amount
            invariant
                pre_coin_change_min(coins@, amount),
                n == coins.len(),
                0 <= i < n,
                w == coins@[i as int],
                1 <= w <= 100000,
                0 <= c <= amount + 1,
                dp.len() == amount + 1,
                forall|x: int| 0 <= x <= amount ==> dp@[x] as int == (if x < c {
                    min_coins(coins@, i as int + 1, x)
                } else {
                    min_coins(coins@, i as int, x)
                }),
            decreases amount + 1 - c,
        {
            if w <= c {
                proof {
                    lemma_min_coins_bounds(coins@, i as int + 1, (c - w) as int);
                }
                let prev = dp[(c - w) as usize];
                if prev >= 0 {
                    let cand = prev + 1;
                    let cur = dp[c as usize];
                    if cur < 0 || cand < cur {
                        dp.set(c as usize, cand);
                    }
                }
            }
            assert(dp@[c as int] as int == min_coins(coins@, i as int + 1, c as int));
            c = c + 1;
        }
        i = i + 1;
    }
    dp[amount as usize]
    // </vc:code>
}

fn main() {}

} // verus!
