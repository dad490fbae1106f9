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
    let mut lo: usize = 0;
    let mut hi: usize = a.len() - 1;
    while lo < hi
        invariant
            pre_ternary_search_unimodal(a@),
            0 <= lo <= hi < a.len(),
            forall|k: int| 0 <= k < lo ==> a@[k] < a@[lo as int],
            forall|k: int| hi < k < a.len() ==> a@[k] < a@[hi as int],
        decreases hi - lo,
    {
        let third = (hi - lo) / 3;
        let m1 = lo + third;
        let m2 = hi - third;
        assert(lo <= m1 < m2 <= hi);
        if a[m1] < a[m2] {
            // The peak is right of m1: everything up to m1 lies below a[m1 + 1].
            assert(a@[m1 as int] < a@[m1 + 1]) by {
                if m1 + 1 < m2 {
                    assert(a@[m1 + 1] > a@[m1 as int] || a@[m1 + 1] > a@[m2 as int]);
                }
            }
            assert forall|k: int| 0 <= k < m1 + 1 implies a@[k] < a@[m1 + 1] by {
                if k < m1 {
                    assert(a@[m1 as int] > a@[k] || a@[m1 as int] > a@[m2 as int]);
                }
            }
            lo = m1 + 1;
        } else {
            // The peak is left of m2: everything from m2 on lies below a[m2 - 1].
            assert(a@[m2 as int] < a@[m2 - 1]) by {
                if m1 < m2 - 1 {
                    assert(a@[m2 - 1] > a@[m1 as int] || a@[m2 - 1] > a@[m2 as int]);
                } else {
                    assert(a@[m1 as int] != a@[m1 + 1]);
                }
            }
            assert forall|k: int| m2 - 1 < k < a.len() implies a@[k] < a@[m2 - 1] by {
                if k > m2 {
                    assert(a@[m2 as int] > a@[m1 as int] || a@[m2 as int] > a@[k]);
                }
            }
            hi = m2 - 1;
        }
    }
    lo
    // </vc:code>
}

fn main() {}

} // verus!
