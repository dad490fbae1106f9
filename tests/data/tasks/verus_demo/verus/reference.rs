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
    let mut lo: usize = 0;
    let mut hi: usize = a.len();
    while lo < hi
        invariant
            lo <= hi <= a.len(),
            pre_verus_demo(a@, key),
            forall|k: int| 0 <= k < lo ==> a@[k] < key,
            forall|k: int| hi <= k < a.len() ==> a@[k] >= key,
        decreases hi - lo,
    {
        let mid = lo + (hi - lo) / 2;
        if a[mid] < key {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
    // </vc:code>
}

fn main() {}

} // verus!
