use vstd::prelude::*;

verus! {

pub open spec fn pre_remove_duplicates_sorted(a: Seq<i64>) -> bool {
    &&& forall|i: int| 0 <= i < a.len() ==> -1000000000 <= a[i] <= 1000000000
    &&& forall|i: int, j: int| 0 <= i < j < a.len() ==> a[i] <= a[j]
}

pub open spec fn post_remove_duplicates_sorted(a: Seq<i64>, r: Seq<i64>) -> bool {
    &&& forall|i: int, j: int| 0 <= i < j < r.len() ==> r[i] < r[j]
    &&& forall|i: int| 0 <= i < r.len() ==> a.contains(r[i])
    &&& forall|i: int| 0 <= i < a.len() ==> r.contains(a[i])
}

// <vc:helpers>
// </vc:helpers>

fn remove_duplicates(a: &Vec<i64>) -> (r: Vec<i64>)
    requires
        pre_remove_duplicates_sorted(a@),
    ensures
        post_remove_duplicates_sorted(a@, r@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
