use vstd::prelude::*;

verus! {

pub open spec fn pre_lcm(a: int, b: int) -> bool {
    1 <= a <= 1000000000 && 1 <= b <= 1000000000
}

// l is a positive common multiple of a and b, and no smaller positive number is one.
pub open spec fn post_lcm(a: int, b: int, l: int) -> bool {
    &&& 1 <= a
    &&& 1 <= b
    &&& 1 <= l
    &&& l % a == 0
    &&& l % b == 0
    &&& forall|m: int| 1 <= m < l ==> !(m % a == 0 && m % b == 0)
}

// <vc:helpers>
// </vc:helpers>

fn lcm(a: u64, b: u64) -> (l: u64)
    requires
        pre_lcm(a as int, b as int),
    ensures
        post_lcm(a as int, b as int, l as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
