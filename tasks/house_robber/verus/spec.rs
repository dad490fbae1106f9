use vstd::prelude::*;

verus! {

// A selection picks position i when take[i] is true; it is valid when it has one entry per
// position and no two adjacent positions are picked. mask_sum(a, take, k) is the sum of the
// picked elements among the first k.
pub open spec fn mask_sum(a: Seq<i64>, take: Seq<bool>, k: int) -> int
    decreases k,
{
    if k <= 0 || k > a.len() || k > take.len() {
        0
    } else {
        mask_sum(a, take, k - 1) + (if take[k - 1] { a[k - 1] as int } else { 0 })
    }
}

pub open spec fn valid_sel(a: Seq<i64>, take: Seq<bool>) -> bool {
    &&& take.len() == a.len()
    &&& forall|i: int| 0 <= i < take.len() - 1 ==> !(#[trigger] take[i] && take[i + 1])
}

pub open spec fn pre_house_robber(a: Seq<i64>) -> bool {
    a.len() <= 100000 && forall|i: int| 0 <= i < a.len() ==> 0 <= #[trigger] a[i] <= 1000000
}

// take is a valid selection with sum r, and no valid selection has a larger sum.
pub open spec fn post_house_robber(a: Seq<i64>, r: i64, take: Seq<bool>) -> bool {
    &&& valid_sel(a, take)
    &&& mask_sum(a, take, a.len() as int) == r as int
    &&& forall|t: Seq<bool>| #[trigger] valid_sel(a, t) ==> mask_sum(a, t, a.len() as int) <= r as int
}

// <vc:helpers>
// </vc:helpers>

fn house_robber(a: &Vec<i64>) -> (r: (i64, Vec<bool>))
    requires
        pre_house_robber(a@),
    ensures
        post_house_robber(a@, r.0, r.1@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
