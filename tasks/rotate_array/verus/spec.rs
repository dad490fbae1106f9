use vstd::prelude::*;

verus! {

// Shared with Dafny and Lean (usize indices): length at most 10^6 and k at most 10^9.
pub open spec fn pre_rotate_array(a: Seq<i64>, k: int) -> bool {
    a.len() <= 1000000 && 0 <= k <= 1000000000
}

// Left rotation by k: element i of the result is element (i + k) mod n of the input.
pub open spec fn post_rotate_array(a: Seq<i64>, k: int, b: Seq<i64>) -> bool {
    &&& b.len() == a.len()
    &&& forall|i: int| 0 <= i < a.len() ==> b[i] == a[(i + k) % (a.len() as int)]
}

// <vc:helpers>
// </vc:helpers>

fn rotate_left(a: &Vec<i64>, k: usize) -> (b: Vec<i64>)
    requires
        pre_rotate_array(a@, k as int),
    ensures
        post_rotate_array(a@, k as int, b@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
