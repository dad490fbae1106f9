use vstd::prelude::*;

verus! {

pub open spec fn pre_prefix_sums(a: Seq<i64>) -> bool {
    a.len() <= 100000 && forall|i: int| 0 <= i < a.len() ==> -1000000000 <= a[i] <= 1000000000
}

pub open spec fn post_prefix_sums(a: Seq<i64>, s: Seq<i64>) -> bool {
    s.len() == a.len() + 1 && s[0] == 0 && forall|i: int|
        0 <= i < a.len() ==> s[i + 1] as int == s[i] as int + a[i] as int
}

// <vc:helpers>
// </vc:helpers>

fn prefix_sums(a: &Vec<i64>) -> (s: Vec<i64>)
    requires
        pre_prefix_sums(a@),
    ensures
        post_prefix_sums(a@, s@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
