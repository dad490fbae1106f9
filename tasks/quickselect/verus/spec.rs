use vstd::prelude::*;

verus! {

// Number of positions j with i <= j < |s| and s[j] < v (a recursion over the index, as in the
// Dafny version); count_lt(s, v, 0) counts the elements of s smaller than v.
pub open spec fn count_lt(s: Seq<i64>, v: i64, i: int) -> nat
    decreases s.len() - i,
{
    if i < 0 || i >= s.len() {
        0
    } else {
        (if s[i] < v { 1nat } else { 0nat }) + count_lt(s, v, i + 1)
    }
}

// Number of positions j with i <= j < |s| and s[j] <= v.
pub open spec fn count_le(s: Seq<i64>, v: i64, i: int) -> nat
    decreases s.len() - i,
{
    if i < 0 || i >= s.len() {
        0
    } else {
        (if s[i] <= v { 1nat } else { 0nat }) + count_le(s, v, i + 1)
    }
}

// Number of occurrences of v in s.
pub open spec fn count_of(s: Seq<i64>, v: i64) -> nat
    decreases s.len(),
{
    if s.len() == 0 {
        0
    } else {
        count_of(s.drop_last(), v) + (if s.last() == v { 1nat } else { 0nat })
    }
}

// a and b hold the same elements with the same multiplicities (a permutation, stated with counts
// so that vector checks can evaluate it; Seq::to_multiset is closed in vstd).
pub open spec fn same_elems(a: Seq<i64>, b: Seq<i64>) -> bool {
    &&& forall|i: int| 0 <= i < a.len() ==> count_of(a, #[trigger] a[i]) == count_of(b, a[i])
    &&& forall|i: int| 0 <= i < b.len() ==> count_of(a, #[trigger] b[i]) == count_of(b, b[i])
}

pub open spec fn pre_quickselect(s: Seq<i64>, k: int) -> bool {
    &&& s.len() <= 100000
    &&& 0 <= k < s.len()
    &&& forall|i: int| 0 <= i < s.len() ==> -1000000000 <= #[trigger] s[i] <= 1000000000
}

// v is the k-th smallest element of old_s (0-based): at most k elements are smaller than v and
// more than k are not greater; new_s (the array after the call) is a permutation of old_s.
pub open spec fn post_quickselect(old_s: Seq<i64>, k: int, new_s: Seq<i64>, v: i64) -> bool {
    &&& same_elems(new_s, old_s)
    &&& count_lt(old_s, v, 0) <= k
    &&& k < count_le(old_s, v, 0)
}

// <vc:helpers>
// </vc:helpers>

fn quickselect(a: &mut Vec<i64>, k: usize) -> (v: i64)
    requires
        pre_quickselect(old(a)@, k as int),
    ensures
        post_quickselect(old(a)@, k as int, a@, v),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
