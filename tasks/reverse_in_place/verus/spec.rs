use vstd::prelude::*;

verus! {

pub open spec fn pre_reverse_in_place(a: Seq<i64>) -> bool {
    true
}

pub open spec fn post_reverse_in_place(old_a: Seq<i64>, new_a: Seq<i64>) -> bool {
    &&& new_a.len() == old_a.len()
    &&& forall|i: int| 0 <= i < old_a.len() ==> new_a[i] == old_a[old_a.len() - 1 - i]
}

// <vc:helpers>
// </vc:helpers>

fn reverse_in_place(a: &mut Vec<i64>)
    requires
        pre_reverse_in_place(old(a)@),
    ensures
        post_reverse_in_place(old(a)@, a@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
