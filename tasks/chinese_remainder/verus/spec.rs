use vstd::prelude::*;

verus! {

// The product of the moduli: prod(ms) = ms[0] * ms[1] * ... * ms[|ms|-1] (1 when empty).
pub open spec fn prod(ms: Seq<u64>) -> int
    decreases ms.len(),
{
    if ms.len() == 0 {
        1
    } else {
        (ms[0] as int) * prod(ms.subrange(1, ms.len() as int))
    }
}

// p and q have no common divisor d >= 2 (every common divisor of p >= 2 is at most p).
pub open spec fn coprime_pair(p: int, q: int) -> bool {
    forall|d: int| 2 <= d <= p ==> !(p % d == 0 && q % d == 0)
}

pub open spec fn pairwise_coprime(ms: Seq<u64>) -> bool {
    forall|i: int, j: int| 0 <= i < j < ms.len() ==> coprime_pair(ms[i] as int, ms[j] as int)
}

// Congruences x = rs[i] (mod ms[i]): moduli in [2, 10^9], pairwise coprime, with product at
// most 10^18 (so every intermediate value fits u64); residues 0 <= rs[i] < ms[i].
pub open spec fn pre_chinese_remainder(rs: Seq<u64>, ms: Seq<u64>) -> bool {
    &&& rs.len() == ms.len()
    &&& forall|i: int| 0 <= i < ms.len() ==> 2 <= ms[i] <= 1000000000 && rs[i] < ms[i]
    &&& pairwise_coprime(ms)
    &&& prod(ms) <= 1000000000000000000
}

// x satisfies every congruence and lies in [0, M), M the product of the moduli; by the Chinese
// remainder theorem there is exactly one such x.
pub open spec fn post_chinese_remainder(rs: Seq<u64>, ms: Seq<u64>, x: int) -> bool {
    &&& rs.len() == ms.len()
    &&& 0 <= x < prod(ms)
    &&& forall|i: int| 0 <= i < ms.len() ==> ms[i] >= 1 && x % (ms[i] as int) == rs[i] as int
}

// <vc:helpers>
// </vc:helpers>

fn chinese_remainder(rs: &Vec<u64>, ms: &Vec<u64>) -> (x: u64)
    requires
        pre_chinese_remainder(rs@, ms@),
    ensures
        post_chinese_remainder(rs@, ms@, x as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
