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
// </vc:helpers>

fn coin_change_min(coins: &Vec<i64>, amount: i64) -> (count: i64)
    requires
        pre_coin_change_min(coins@, amount),
    ensures
        post_coin_change_min(coins@, amount, count),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
