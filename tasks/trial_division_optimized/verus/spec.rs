use vstd::prelude::*;

verus! {

// has_divisor_below(n, k): some d with 2 <= d < k divides n (written recursively so that it
// can be evaluated on concrete inputs).
pub open spec fn has_divisor_below(n: int, k: int) -> bool
    decreases k,
{
    if k > 2 {
        n % (k - 1) == 0 || has_divisor_below(n, k - 1)
    } else {
        false
    }
}

pub open spec fn is_prime_spec(n: int) -> bool {
    n >= 2 && !has_divisor_below(n, n)
}

pub open spec fn pre_trial_division_optimized(n: int) -> bool {
    0 <= n <= 1000000000
}

pub open spec fn post_trial_division_optimized(n: int, r: bool) -> bool {
    r == is_prime_spec(n)
}

// <vc:helpers>
// </vc:helpers>

// Trial division by 2, 3 and then only the candidates 6k - 1 and 6k + 1 up to sqrt(n).
fn is_prime(n: u64) -> (r: bool)
    requires
        pre_trial_division_optimized(n as int),
    ensures
        post_trial_division_optimized(n as int, r),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
