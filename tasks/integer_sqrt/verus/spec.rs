use vstd::prelude::*;

verus! {

pub open spec fn pre_integer_sqrt(n: int) -> bool {
    0 <= n <= 1000000000000000000
}

pub open spec fn post_integer_sqrt(n: int, r: int) -> bool {
    0 <= r && r * r <= n && n < (r + 1) * (r + 1)
}

// <vc:helpers>
// </vc:helpers>

fn integer_sqrt(n: u64) -> (r: u64)
    requires
        pre_integer_sqrt(n as int),
    ensures
        post_integer_sqrt(n as int, r as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
