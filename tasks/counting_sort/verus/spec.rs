use vstd::prelude::*;

verus! {

pub open spec fn sorted_seq(s: Seq<i64>) -> bool {
    forall|i: int, j: int| 0 <= i < j < s.len() ==> s[i] <= s[j]
}

pub open spec fn pre_counting_sort(s: Seq<i64>, k: i64) -> bool {
    0 <= k <= 100000 && s.len() <= 100000 && forall|i: int| 0 <= i < s.len() ==> 0 <= s[i] <= k
}

pub open spec fn post_counting_sort(s: Seq<i64>, k: i64, r: Seq<i64>) -> bool {
    sorted_seq(r) && r.to_multiset() == s.to_multiset()
}

// <vc:helpers>
// </vc:helpers>

fn counting_sort(s: &Vec<i64>, k: i64) -> (r: Vec<i64>)
    requires
        pre_counting_sort(s@, k),
    ensures
        post_counting_sort(s@, k, r@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
