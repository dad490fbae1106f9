use vstd::prelude::*;

verus! {

pub open spec fn pre_modular_inverse(a: int, m: int) -> bool {
    0 <= a <= 1000000000 && 2 <= m <= 1000000000
}

// found: x is the inverse of a modulo m, the x in [0, m) with a*x = 1 (mod m) (there is at most
// one); not found: d >= 2 divides both a and m, so every a*x - 1 is 1 less than a multiple of d
// and never a multiple of m, i.e. a has no inverse (gcd(a, m) != 1).
pub open spec fn post_modular_inverse(a: int, m: int, found: bool, x: int, d: int) -> bool {
    &&& found ==> 0 <= x < m && (a * x) % m == 1
    &&& !found ==> 2 <= d && a % d == 0 && m % d == 0
}

// <vc:helpers>
// </vc:helpers>

fn modular_inverse(a: u64, m: u64) -> (res: (bool, u64, u64))
    requires
        pre_modular_inverse(a as int, m as int),
    ensures
        post_modular_inverse(a as int, m as int, res.0, res.1 as int, res.2 as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
