use vstd::prelude::*;

verus! {

// A choice picks position i when take[i] is true; count(take, k) is the number of picked
// positions among the first k.
pub open spec fn count(take: Seq<bool>, k: int) -> int
    decreases k,
{
    if k <= 0 || k > take.len() {
        0
    } else {
        count(take, k - 1) + (if take[k - 1] { 1int } else { 0int })
    }
}

// take has one entry per position and the picked elements, in order, are strictly increasing.
pub open spec fn increasing_sel(a: Seq<i64>, take: Seq<bool>) -> bool {
    &&& take.len() == a.len()
    &&& forall|i: int, j: int| 0 <= i < j < a.len() && #[trigger] take[i] && #[trigger] take[j] ==> a[i] < a[j]
}

pub open spec fn pre_longest_increasing_subsequence(a: Seq<i64>) -> bool {
    a.len() <= 1000
}

// take picks a strictly increasing subsequence of len elements, and none is longer.
pub open spec fn post_longest_increasing_subsequence(a: Seq<i64>, len: i64, take: Seq<bool>) -> bool {
    &&& increasing_sel(a, take)
    &&& count(take, a.len() as int) == len as int
    &&& forall|t: Seq<bool>| #[trigger] increasing_sel(a, t) ==> count(t, a.len() as int) <= len as int
}

// <vc:helpers>
// </vc:helpers>

fn longest_increasing_subsequence(a: &Vec<i64>) -> (r: (i64, Vec<bool>))
    requires
        pre_longest_increasing_subsequence(a@),
    ensures
        post_longest_increasing_subsequence(a@, r.0, r.1@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
