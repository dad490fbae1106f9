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

pub open spec fn pre_polynomial_multiplication_naive(p: Seq<int>, q: Seq<int>) -> bool {
    1 <= p.len() <= 1000 && 1 <= q.len() <= 1000
        && (forall|i: int| 0 <= i < p.len() ==> -1000 <= #[trigger] p[i] <= 1000)
        && (forall|j: int| 0 <= j < q.len() ==> -1000 <= #[trigger] q[j] <= 1000)
}

pub open spec fn post_polynomial_multiplication_naive(p: Seq<int>, q: Seq<int>, r: Seq<int>) -> bool {
    r.len() == p.len() + q.len() - 1 && coefs_match(p, q, r, 0)
}

pub open spec fn int_seq(a: Seq<i64>) -> Seq<int> {
    a.map_values(|x: i64| x as int)
}

// <vc:helpers>
proof fn lemma_match_all(p: Seq<int>, q: Seq<int>, r: Seq<int>, k: int)
    requires
        0 <= k,
        forall|t: int| 0 <= t < r.len() ==> #[trigger] r[t] == coef(p, q, t, 0),
    ensures
        coefs_match(p, q, r, k),
    decreases r.len() - k,
{
    if k < r.len() {
        lemma_match_all(p, q, r, k + 1);
    }
}

// |coef(p, q, k, i)| <= 1000000 * (|p| - i) under the coefficient bounds.
proof fn lemma_coef_bound(p: Seq<int>, q: Seq<int>, k: int, i: int)
    requires
        0 <= i <= p.len(),
        forall|a: int| 0 <= a < p.len() ==> -1000 <= #[trigger] p[a] <= 1000,
        forall|b: int| 0 <= b < q.len() ==> -1000 <= #[trigger] q[b] <= 1000,
    ensures
        -1000000 * (p.len() - i) <= coef(p, q, k, i) <= 1000000 * (p.len() - i),
    decreases p.len() - i,
{
    if i < p.len() {
        lemma_coef_bound(p, q, k, i + 1);
        if 0 <= k - i < q.len() {
            let x = p[i];
            let y = q[k - i];
            assert(-1000000 <= x * y <= 1000000) by (nonlinear_arith)
                requires
                    -1000 <= x <= 1000,
                    -1000 <= y <= 1000,
            ;
        }
    }
}
// </vc:helpers>

fn poly_mul(p: &Vec<i64>, q: &Vec<i64>) -> (r: Vec<i64>)
    requires
        pre_polynomial_multiplication_naive(int_seq(p@), int_seq(q@)),
    ensures
        post_polynomial_multiplication_naive(int_seq(p@), int_seq(q@), int_seq(r@)),
{
    // <vc:code>
    let ghost sp = int_seq(p@);
    let ghost sq = int_seq(q@);
    let m = p.len() + q.len() - 1;
    let mut c: Vec<i64> = Vec::new();
    let mut t: usize = 0;
    while t < m
        invariant
            t <= m,
            m == p.len() + q.len() - 1,
            c.len() == t,
            forall|k: int| 0 <= k < t ==> #[trigger] c@[k] == 0,
        decreases m - t,
    {
        c.push(0);
        t = t + 1;
    }
    // Add the products p[i] * q[j] into c[i + j], for i from the highest degree down.
    let mut i: usize = p.len();
    while i > 0
        invariant
            sp == int_seq(p@),
            sq == int_seq(q@),
            pre_polynomial_multiplication_naive(sp, sq),
            m == p.len() + q.len() - 1,
            0 <= i <= p.len(),
            c.len() == m,
            forall|k: int| 0 <= k < m ==> #[trigger] c@[k] as int == coef(sp, sq, k, i as int),
        decreases i,
    {
        i = i - 1;
        let mut j: usize = 0;
        while j < q.len()
            invariant
                sp == int_seq(p@),
                sq == int_seq(q@),
                pre_polynomial_multiplication_naive(sp, sq),
                m == p.len() + q.len() - 1,
                0 <= i < p.len(),
                0 <= j <= q.len(),
                c.len() == m,
                forall|k: int|
                    0 <= k < m ==> #[trigger] c@[k] as int == coef(sp, sq, k, i as int + 1) + (if i <= k
                        < i + j { sp[i as int] * sq[k - i] } else { 0 }),
            decreases q.len() - j,
        {
            let x = p[i];
            let y = q[j];
            proof {
                lemma_coef_bound(sp, sq, (i + j) as int, i as int + 1);
                assert(sp[i as int] == x as int);
                assert(sq[j as int] == y as int);
                assert(-1000000 <= (x as int) * (y as int) <= 1000000) by (nonlinear_arith)
                    requires
                        -1000 <= x <= 1000,
                        -1000 <= y <= 1000,
                ;
            }
            let prod = x * y;
            let old_c = c[i + j];
            c.set(i + j, old_c + prod);
            proof {
                assert forall|k: int| 0 <= k < m implies #[trigger] c@[k] as int == coef(sp, sq, k, i as int + 1)
                    + (if i <= k < i + j + 1 { sp[i as int] * sq[k - i] } else { 0 }) by {
                    if k == i + j {
                        assert(k - i == j);
                    }
                }
            }
            j = j + 1;
        }
    }
    proof {
        assert forall|k: int| 0 <= k < m implies #[trigger] c@[k] as int == coef(sp, sq, k, 0) by {
        }
        lemma_match_all(sp, sq, int_seq(c@), 0);
    }
    c
    // </vc:code>
}

fn main() {}

} // verus!
