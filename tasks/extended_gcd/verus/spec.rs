use vstd::prelude::*;

verus! {

pub open spec fn pre_extended_gcd(a: int, b: int) -> bool {
    0 <= a <= 1000000000 && 0 <= b <= 1000000000 && a + b > 0
}

// g is a positive common divisor of a and b that is an integer combination a*x + b*y of them;
// every common divisor of a and b then divides g, so g is the greatest common divisor.
pub open spec fn post_extended_gcd(a: int, b: int, g: int, x: int, y: int) -> bool {
    &&& 1 <= g
    &&& a % g == 0
    &&& b % g == 0
    &&& a * x + b * y == g
}

// <vc:helpers>
// </vc:helpers>

fn extended_gcd(a: u64, b: u64) -> (res: (u64, i64, i64))
    requires
        pre_extended_gcd(a as int, b as int),
    ensures
        post_extended_gcd(a as int, b as int, res.0 as int, res.1 as int, res.2 as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
