use vstd::prelude::*;

verus! {

// Strictly unimodal: neighbours differ, and the middle element of any triple i < j < k is
// greater than at least one of the two ends (no valley).
pub open spec fn strictly_unimodal(a: Seq<i64>) -> bool {
    &&& forall|i: int| #![trigger a[i]] 0 <= i < a.len() - 1 ==> a[i] != a[i + 1]
    &&& forall|i: int, j: int, k: int| #![trigger a[i], a[j], a[k]]
            0 <= i < j < k < a.len() ==> a[j] > a[i] || a[j] > a[k]
}

pub open spec fn pre_ternary_search_unimodal(a: Seq<i64>) -> bool {
    a.len() >= 1 && strictly_unimodal(a)
}

pub open spec fn post_ternary_search_unimodal(a: Seq<i64>, p: int) -> bool {
    &&& 0 <= p < a.len()
    &&& forall|k: int| 0 <= k < a.len() ==> a[k] <= a[p]
}

// <vc:helpers>
// </vc:helpers>

fn ternary_search_peak(a: &Vec<i64>) -> (p: usize)
    requires
        pre_ternary_search_unimodal(a@),
    ensures
        post_ternary_search_unimodal(a@, p as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
