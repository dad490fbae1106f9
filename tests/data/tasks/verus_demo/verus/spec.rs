use vstd::prelude::*;

verus! {

pub open spec fn pre_verus_demo(a: Seq<i64>, key: i64) -> bool {
    &&& a.len() <= 100_000
    &&& forall|k: int| 0 <= k < a.len() ==> -1_000_000_000 <= a[k] <= 1_000_000_000
    &&& -1_000_000_000 <= key <= 1_000_000_000
    &&& forall|i: int, j: int| 0 <= i < j < a.len() ==> a[i] <= a[j]
}

pub open spec fn post_verus_demo(a: Seq<i64>, key: i64, r: int) -> bool {
    &&& 0 <= r <= a.len()
    &&& forall|k: int| 0 <= k < r ==> a[k] < key
    &&& forall|k: int| r <= k < a.len() ==> a[k] >= key
}

// <vc:helpers>
// </vc:helpers>

fn lower_bound(a: &Vec<i64>, key: i64) -> (r: usize)
    requires pre_verus_demo(a@, key),
    ensures post_verus_demo(a@, key, r as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
