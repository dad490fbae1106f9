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

pub open spec fn sorted_nondecreasing(s: Seq<i64>) -> bool {
    forall|i: int, j: int| 0 <= i < j < s.len() ==> s[i] <= s[j]
}

pub open spec fn pre_k_smallest(a: Seq<i64>, k: int) -> bool {
    0 <= k <= a.len()
}

// b holds k elements of a (as a multiset), in non-decreasing order, and every element of a
// that is left out is at least as large as every element of b.
pub open spec fn post_k_smallest(a: Seq<i64>, k: int, b: Seq<i64>) -> bool {
    &&& b.len() == k
    &&& sorted_nondecreasing(b)
    &&& forall|j: int| 0 <= j < b.len() ==> count(b, b[j]) <= count(a, b[j])
    &&& forall|i: int| 0 <= i < a.len() && count(b, a[i]) < count(a, a[i]) ==>
            (forall|j: int| 0 <= j < b.len() ==> b[j] <= a[i])
}

// <vc:helpers>
// </vc:helpers>

fn k_smallest(a: &Vec<i64>, k: usize) -> (b: Vec<i64>)
    requires
        pre_k_smallest(a@, k as int),
    ensures
        post_k_smallest(a@, k as int, b@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
