use vstd::prelude::*;

verus! {

pub open spec fn pow(b: int, e: nat) -> int
    decreases e,
{
    if e == 0 {
        1
    } else {
        b * pow(b, (e - 1) as nat)
    }
}

pub open spec fn pre_fast_modular_exponentiation(b: int, e: int, m: int) -> bool {
    0 <= b <= 1000000000 && 0 <= e <= 1000000000 && 1 <= m <= 1000000000
}

pub open spec fn post_fast_modular_exponentiation(b: int, e: int, m: int, r: int) -> bool {
    0 <= e && 1 <= m && r == pow(b, e as nat) % m
}

// <vc:helpers>
// </vc:helpers>

fn mod_pow(b: u64, e: u64, m: u64) -> (r: u64)
    requires
        pre_fast_modular_exponentiation(b as int, e as int, m as int),
    ensures
        post_fast_modular_exponentiation(b as int, e as int, m as int, r as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
