use vstd::prelude::*;

verus! {

// g^x mod p, by the recursion g^0 = 1, g^(x+1) = g^x * g (reduced modulo p at each step).
pub open spec fn powmod(g: int, x: nat, p: int) -> int
    decreases x,
{
    if x == 0 {
        1 % p
    } else {
        (powmod(g, (x - 1) as nat, p) * g) % p
    }
}

pub open spec fn is_prime(p: int) -> bool {
    p >= 2 && forall|d: int| 2 <= d < p ==> p % d != 0
}

// p prime (at most 10^6, so every product of two residues fits u64), 1 <= g, h < p.
pub open spec fn pre_discrete_logarithm(p: int, g: int, h: int) -> bool {
    p <= 1000000 && is_prime(p) && 1 <= g < p && 1 <= h < p
}

// found: x is the smallest exponent with g^x = h (mod p), and x < p - 1;
// not found: no exponent below p - 1 works (by Fermat, g^(p-1) = 1, so none works at all).
pub open spec fn post_discrete_logarithm(p: int, g: int, h: int, found: bool, x: int) -> bool {
    &&& p >= 2
    &&& found ==> 0 <= x < p - 1 && powmod(g, x as nat, p) == h && forall|y: int|
        0 <= y < x ==> powmod(g, y as nat, p) != h
    &&& !found ==> forall|y: int| 0 <= y < p - 1 ==> powmod(g, y as nat, p) != h
}

// <vc:helpers>
// </vc:helpers>

fn discrete_log(p: u64, g: u64, h: u64) -> (res: (bool, u64))
    requires
        pre_discrete_logarithm(p as int, g as int, h as int),
    ensures
        post_discrete_logarithm(p as int, g as int, h as int, res.0, res.1 as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
