use vstd::prelude::*;

verus! {

// Number of occurrences of x in s.
pub open spec fn count(s: Seq<i64>, x: i64) -> nat
    decreases s.len(),
{
    if s.len() == 0 {
        0
    } else {
        count(s.drop_last(), x) + (if s.last() == x { 1nat } else { 0nat })
    }
}

pub open spec fn pre_majority_element(a: Seq<i64>) -> bool {
    exists|i: int| 0 <= i < a.len() && 2 * count(a, a[i]) > a.len()
}

pub open spec fn post_majority_element(a: Seq<i64>, m: i64) -> bool {
    2 * count(a, m) > a.len()
}

// <vc:helpers>
// </vc:helpers>

fn majority_element(a: &Vec<i64>) -> (m: i64)
    requires
        pre_majority_element(a@),
    ensures
        post_majority_element(a@, m),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
