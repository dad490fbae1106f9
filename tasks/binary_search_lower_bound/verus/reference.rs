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
    let mut lo: usize = 0;
    let mut hi: usize = a.len();
    while lo < hi
        invariant
            sorted_nondecreasing(a@),
            0 <= lo <= hi <= a.len(),
            forall|k: int| 0 <= k < lo ==> a@[k] < key,
            forall|k: int| hi <= k < a.len() ==> a@[k] >= key,
        decreases hi - lo,
    {
        let mid = lo + (hi - lo) / 2;
        if a[mid] < key {
            assert forall|k: int| 0 <= k < mid + 1 implies a@[k] < key by {
                if k < mid {
                    assert(a@[k] <= a@[mid as int]);
                }
            }
            lo = mid + 1;
        } else {
            assert forall|k: int| mid <= k < a.len() implies a@[k] >= key by {
                if k > mid {
                    assert(a@[mid as int] <= a@[k]);
                }
            }
            hi = mid;
        }
    }
    lo
    // </vc:code>
}

fn main() {}

} // verus!
