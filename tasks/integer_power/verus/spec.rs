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

pub open spec fn pre_integer_power(b: int, e: int) -> bool {
    0 <= b <= 1000000000 && 0 <= e <= 1000000000 && pow(b, e as nat) <= 1000000000000000000
}

pub open spec fn post_integer_power(b: int, e: int, r: int) -> bool {
    0 <= e && r == pow(b, e as nat)
}

// <vc:helpers>
// </vc:helpers>

fn power(b: u64, e: u64) -> (r: u64)
    requires
        pre_integer_power(b as int, e as int),
    ensures
        post_integer_power(b as int, e as int, r as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
