use vstd::prelude::*;

verus! {

// <preamble>
pub open spec fn holds(a: Seq<i64>, key: i64, i: int) -> bool {
    (i == -1 && forall|k: int| 0 <= k < a.len() ==> a[k] != key)
    || (0 <= i < a.len() && a[i] == key && forall|k: int| 0 <= k < i ==> a[k] != key)
}
// </preamble>

// <helpers>
// </helpers>

// <proofs>
// </proofs>

// <spec>
fn linear_search(a: &Vec<i64>, key: i64) -> (r: i64)
    requires a.len() < 1000000,
    ensures holds(a@, key, r as int),
// </spec>
// <code>
{
    // Implement and verify the linear search here
    assume(false);
    0
}
// </code>

fn main() {}

} // verus!
