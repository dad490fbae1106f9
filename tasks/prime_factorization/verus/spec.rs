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

// p >= 2 and no d with 2 <= d < p divides p.
pub open spec fn is_prime_spec(p: int) -> bool {
    p >= 2 && !has_divisor_below(p, p)
}

// The product of the elements of s (1 for the empty sequence).
pub open spec fn product(s: Seq<u64>) -> int
    decreases s.len(),
{
    if s.len() == 0 {
        1
    } else {
        product(s.drop_last()) * (s.last() as int)
    }
}

pub open spec fn pre_prime_factorization(n: int) -> bool {
    2 <= n <= 1000000000000
}

// fs lists prime numbers in non-decreasing order whose product is n.
pub open spec fn post_prime_factorization(n: int, fs: Seq<u64>) -> bool {
    &&& product(fs) == n
    &&& forall|i: int| 0 <= i < fs.len() ==> is_prime_spec(fs[i] as int)
    &&& forall|i: int, j: int| 0 <= i < j < fs.len() ==> fs[i] <= fs[j]
}

// <vc:helpers>
// </vc:helpers>

// Trial division: divide out every d = 2, 3, 4, ... while d * d <= the remaining cofactor m;
// a remaining m > 1 is the last prime factor.
fn prime_factorization(n: u64) -> (fs: Vec<u64>)
    requires
        pre_prime_factorization(n as int),
    ensures
        post_prime_factorization(n as int, fs@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
