use vstd::prelude::*;

verus! {

// has_divisor_below(n, k): some d with 2 <= d < k divides n.
pub open spec fn has_divisor_below(n: int, k: int) -> bool
    decreases k,
{
    if k > 2 {
        n % (k - 1) == 0 || has_divisor_below(n, k - 1)
    } else {
        false
    }
}

pub open spec fn is_prime(n: int) -> bool {
    n >= 2 && !has_divisor_below(n, n)
}

// primes_match(s, k): s[m] == is_prime(m) for every m < k (and k <= |s|).
pub open spec fn primes_match(s: Seq<bool>, k: int) -> bool
    decreases k,
{
    if k <= 0 {
        true
    } else {
        k <= s.len() && s[k - 1] == is_prime(k - 1) && primes_match(s, k - 1)
    }
}

pub open spec fn pre_sieve_of_eratosthenes(n: int) -> bool {
    0 <= n <= 100000
}

pub open spec fn post_sieve_of_eratosthenes(n: int, s: Seq<bool>) -> bool {
    s.len() == n + 1 && primes_match(s, n + 1)
}

// <vc:helpers>
// </vc:helpers>

fn sieve(n: usize) -> (s: Vec<bool>)
    requires
        pre_sieve_of_eratosthenes(n as int),
    ensures
        post_sieve_of_eratosthenes(n as int, s@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
