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
// </vc:helpers>

fn rod_cutting(prices: &Vec<i64>) -> (r: (i64, Vec<i64>))
    requires
        pre_rod_cutting(prices@),
    ensures
        post_rod_cutting(prices@, r.0, r.1@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
