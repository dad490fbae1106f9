use vstd::prelude::*;

verus! {

pub open spec fn sorted_nondecreasing(a: Seq<i64>) -> bool {
    forall|i: int, j: int| 0 <= i < j < a.len() ==> a[i] <= a[j]
}

pub open spec fn pre_binary_search_lower_bound(a: Seq<i64>, key: i64) -> bool {
    sorted_nondecreasing(a)
}

pub open spec fn post_binary_search_lower_bound(a: Seq<i64>, key: i64, i: int) -> bool {
    &&& 0 <= i <= a.len()
    &&& forall|k: int| 0 <= k < i ==> a[k] < key
    &&& forall|k: int| i <= k < a.len() ==> a[k] >= key
}

// <vc:helpers>
// </vc:helpers>

fn lower_bound(a: &Vec<i64>, key: i64) -> (i: usize)
    requires
        pre_binary_search_lower_bound(a@, key),
    ensures
        post_binary_search_lower_bound(a@, key, i as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
