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
// </vc:helpers>

fn coin_change_min(coins: &Vec<i64>, amount: i64) -> (r: (i64, Vec<i64>))
    requires
        pre_coin_change_min(coins@, amount),
    ensures
        post_coin_change_min(coins@, amount, r.0, r.1@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
