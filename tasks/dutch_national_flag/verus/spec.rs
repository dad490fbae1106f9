use vstd::prelude::*;

verus! {

pub open spec fn sorted_seq(s: Seq<i64>) -> bool {
    forall|i: int, j: int| 0 <= i < j < s.len() ==> s[i] <= s[j]
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

// a and b hold the same elements with the same multiplicities: every value occurring in either
// occurs equally often in both (a permutation, stated with counts so that vector checks can
// evaluate it; Seq::to_multiset is closed in vstd).
pub open spec fn same_elems(a: Seq<i64>, b: Seq<i64>) -> bool {
    &&& forall|i: int| 0 <= i < a.len() ==> count_of(a, #[trigger] a[i]) == count_of(b, a[i])
    &&& forall|i: int| 0 <= i < b.len() ==> count_of(a, #[trigger] b[i]) == count_of(b, b[i])
}

pub open spec fn pre_dutch_national_flag(s: Seq<i64>) -> bool {
    s.len() <= 100000 && forall|i: int| 0 <= i < s.len() ==> 0 <= s[i] <= 2
}

pub open spec fn post_dutch_national_flag(old_s: Seq<i64>, new_s: Seq<i64>) -> bool {
    sorted_seq(new_s) && same_elems(new_s, old_s)
}

// <vc:helpers>
// </vc:helpers>

fn dutch_flag(a: &mut Vec<i64>)
    requires
        pre_dutch_national_flag(old(a)@),
    ensures
        post_dutch_national_flag(old(a)@, a@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
