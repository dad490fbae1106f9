use vstd::prelude::*;

verus! {

pub open spec fn sorted_nondecreasing(a: Seq<i64>) -> bool {
    forall|i: int, j: int| 0 <= i < j < a.len() ==> a[i] <= a[j]
}

// Shared with Dafny and Lean: every element within +-10^9 and the target within +-2*10^9,
// so no sum of two elements overflows i64.
pub open spec fn values_bounded(a: Seq<i64>, target: i64) -> bool {
    &&& forall|i: int| 0 <= i < a.len() ==> -1000000000 <= a[i] <= 1000000000
    &&& -2000000000 <= target <= 2000000000
}

pub open spec fn pre_two_sum_sorted(a: Seq<i64>, target: i64) -> bool {
    sorted_nondecreasing(a) && values_bounded(a, target)
}

// found: i < j are two positions whose elements add up to target;
// not found: no such pair exists (i and j are then unconstrained).
pub open spec fn post_two_sum_sorted(a: Seq<i64>, target: i64, found: bool, i: int, j: int) -> bool {
    &&& found ==> 0 <= i < j < a.len() && a[i] + a[j] == target
    &&& !found ==> forall|p: int, q: int| 0 <= p < q < a.len() ==> a[p] + a[q] != target
}

// <vc:helpers>
// </vc:helpers>

fn two_sum_sorted(a: &Vec<i64>, target: i64) -> (r: (bool, usize, usize))
    requires
        pre_two_sum_sorted(a@, target),
    ensures
        post_two_sum_sorted(a@, target, r.0, r.1 as int, r.2 as int),
{
    // <vc:code>
    if a.len() == 0 {
        return (false, 0, 0);
    }
    let mut lo: usize = 0;
    let mut hi: usize = a.len() - 1;
    while lo < hi
        invariant
            pre_two_sum_sorted(a@, target),
            0 <= lo <= hi < a.len(),
            forall|p: int, q: int| 0 <= p < q < a.len() && (p < lo || q > hi) ==> a@[p] + a@[q] != target,
        decreases hi - lo,
    {
        assert(-1000000000 <= a@[lo as int] <= 1000000000);
        assert(-1000000000 <= a@[hi as int] <= 1000000000);
        let s = a[lo] + a[hi];
        if s == target {
            return (true, lo, hi);
        } else if s < target {
            // a[lo] + a[q] <= a[lo] + a[hi] < target for every q <= hi
            assert forall|q: int| lo < q <= hi implies a@[lo as int] + a@[q] != target by {
                assert(a@[q] <= a@[hi as int]);
            }
            lo = lo + 1;
        } else {
            // a[p] + a[hi] >= a[lo] + a[hi] > target for every p >= lo
            assert forall|p: int| lo <= p < hi implies a@[p] + a@[hi as int] != target by {
                assert(a@[lo as int] <= a@[p]);
            }
            hi = hi - 1;
        }
    }
    (false, 0, 0)
    // </vc:code>
}

fn main() {}

} // verus!
