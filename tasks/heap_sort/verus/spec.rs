use vstd::prelude::*;

verus! {

pub open spec fn sorted_seq(s: Seq<i64>) -> bool {
    forall|i: int, j: int| 0 <= i < j < s.len() ==> s[i] <= s[j]
}

pub open spec fn pre_heap_sort(s: Seq<i64>) -> bool {
    s.len() <= 100000 && forall|i: int| 0 <= i < s.len() ==> -1000000000 <= s[i] <= 1000000000
}

pub open spec fn post_heap_sort(old_s: Seq<i64>, new_s: Seq<i64>) -> bool {
    sorted_seq(new_s) && new_s.to_multiset() == old_s.to_multiset()
}

// <vc:helpers>
// </vc:helpers>

fn heap_sort(a: &mut Vec<i64>)
    requires
        pre_heap_sort(old(a)@),
    ensures
        post_heap_sort(old(a)@, a@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
