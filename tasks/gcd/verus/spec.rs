use vstd::prelude::*;

verus! {

pub open spec fn pre_gcd(a: int, b: int) -> bool {
    0 <= a <= 1000000000 && 0 <= b <= 1000000000 && a + b > 0
}

pub open spec fn post_gcd(a: int, b: int, g: int) -> bool {
    &&& 1 <= g
    &&& a % g == 0
    &&& b % g == 0
    &&& forall|d: int| 1 <= d <= a + b && a % d == 0 && b % d == 0 ==> d <= g
}

// <vc:helpers>
// </vc:helpers>

fn gcd(a: u64, b: u64) -> (g: u64)
    requires
        pre_gcd(a as int, b as int),
    ensures
        post_gcd(a as int, b as int, g as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
