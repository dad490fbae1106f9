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
// </vc:helpers>

fn rod_cutting(prices: &Vec<i64>) -> (revenue: i64)
    requires
        pre_rod_cutting(prices@),
    ensures
        post_rod_cutting(prices@, revenue),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
