use vstd::prelude::*;

verus! {

// Polynomials are coefficient sequences, lowest degree first.
// coef(p, q, k, i) = sum over i <= i' < |p| of p[i'] * q[k - i'] (terms with k - i' outside q count 0).
pub open spec fn coef(p: Seq<int>, q: Seq<int>, k: int, i: int) -> int
    decreases p.len() - i,
{
    if i < 0 || i >= p.len() {
        0
    } else {
        (if 0 <= k - i < q.len() { p[i] * q[k - i] } else { 0 }) + coef(p, q, k, i + 1)
    }
}

// r[k'] == coef(p, q, k', 0) for every k <= k' < |r|.
pub open spec fn coefs_match(p: Seq<int>, q: Seq<int>, r: Seq<int>, k: int) -> bool
    decreases r.len() - k,
{
    if k < 0 || k >= r.len() {
        true
    } else {
        r[k] == coef(p, q, k, 0) && coefs_match(p, q, r, k + 1)
    }
}

pub open spec fn pre_karatsuba_polynomial_multiplication(p: Seq<int>, q: Seq<int>) -> bool {
    1 <= p.len() <= 1000 && 1 <= q.len() <= 1000
        && (forall|i: int| 0 <= i < p.len() ==> -1000 <= #[trigger] p[i] <= 1000)
        && (forall|j: int| 0 <= j < q.len() ==> -1000 <= #[trigger] q[j] <= 1000)
}

pub open spec fn post_karatsuba_polynomial_multiplication(p: Seq<int>, q: Seq<int>, r: Seq<int>) -> bool {
    r.len() == p.len() + q.len() - 1 && coefs_match(p, q, r, 0)
}

pub open spec fn int_seq(a: Seq<i64>) -> Seq<int> {
    a.map_values(|x: i64| x as int)
}

// <vc:helpers>
// </vc:helpers>

fn karatsuba_mul(p: &Vec<i64>, q: &Vec<i64>) -> (r: Vec<i64>)
    requires
        pre_karatsuba_polynomial_multiplication(int_seq(p@), int_seq(q@)),
    ensures
        post_karatsuba_polynomial_multiplication(int_seq(p@), int_seq(q@), int_seq(r@)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
