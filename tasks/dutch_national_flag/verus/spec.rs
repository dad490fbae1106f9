use vstd::prelude::*;

verus! {

pub open spec fn sorted_seq(s: Seq<i64>) -> bool {
    forall|i: int, j: int| 0 <= i < j < s.len() ==> s[i] <= s[j]
}

pub open spec fn pre_dutch_national_flag(s: Seq<i64>) -> bool {
    s.len() <= 100000 && forall|i: int| 0 <= i < s.len() ==> 0 <= s[i] <= 2
}

pub open spec fn post_dutch_national_flag(old_s: Seq<i64>, new_s: Seq<i64>) -> bool {
    sorted_seq(new_s) && new_s.to_multiset() == old_s.to_multiset()
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
