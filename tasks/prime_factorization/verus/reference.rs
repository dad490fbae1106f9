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
// No e with 2 <= e < d divides m.
pub open spec fn no_divisor_below(m: int, d: int) -> bool {
    forall|e: int| 2 <= e < d ==> #[trigger] (m % e) != 0
}

proof fn lemma_no_divisor(n: int, k: int)
    requires
        forall|e: int| 2 <= e < k ==> #[trigger] (n % e) != 0,
    ensures
        !has_divisor_below(n, k),
    decreases k,
{
    if k > 2 {
        lemma_no_divisor(n, k - 1);
    }
}

// m == e * k means e divides m (e >= 1).
proof fn lemma_multiple_mod(e: int, k: int)
    requires
        e >= 1,
    ensures
        (e * k) % e == 0,
{
    vstd::arithmetic::div_mod::lemma_mod_multiples_basic(k, e);
    assert(k * e == e * k) by (nonlinear_arith);
}

// e divides d and d divides m, so e divides m.
proof fn lemma_divides_trans(m: int, d: int, e: int)
    requires
        1 <= e,
        1 <= d,
        m % d == 0,
        d % e == 0,
    ensures
        m % e == 0,
{
    vstd::arithmetic::div_mod::lemma_fundamental_div_mod(m, d);
    vstd::arithmetic::div_mod::lemma_fundamental_div_mod(d, e);
    let q = m / d;
    let r = d / e;
    assert(m == e * (r * q)) by (nonlinear_arith)
        requires
            m == d * q,
            d == e * r,
    ;
    lemma_multiple_mod(e, r * q);
}

// A divisor of m / d divides m.
proof fn lemma_divides_quotient(m: int, d: int, e: int)
    requires
        1 <= e,
        1 <= d,
        m % d == 0,
        (m / d) % e == 0,
    ensures
        m % e == 0,
{
    vstd::arithmetic::div_mod::lemma_fundamental_div_mod(m, d);
    let q = m / d;
    vstd::arithmetic::div_mod::lemma_fundamental_div_mod(q, e);
    let r = q / e;
    assert(m == e * (d * r)) by (nonlinear_arith)
        requires
            m == d * q,
            q == e * r,
    ;
    lemma_multiple_mod(e, d * r);
}

// d <= m / d exactly when d * d <= m.
proof fn lemma_square_vs_div(m: int, d: int)
    requires
        0 <= m,
        0 < d,
    ensures
        (d <= m / d) == (d * d <= m),
{
    vstd::arithmetic::div_mod::lemma_fundamental_div_mod(m, d);
    vstd::arithmetic::div_mod::lemma_mod_pos_bound(m, d);
    let q = m / d;
    let r = m % d;
    if d <= q {
        assert(d * d <= m) by (nonlinear_arith)
            requires
                d <= q,
                0 < d,
                m == d * q + r,
                0 <= r,
        ;
    } else {
        assert(d * d > m) by (nonlinear_arith)
            requires
                q + 1 <= d,
                0 < d,
                m == d * q + r,
                r < d,
        ;
    }
}

// A divisor e >= d of m with d * d > m has a cofactor m / e in [2, d) that also divides m.
proof fn lemma_cofactor(m: int, d: int, e: int)
    requires
        2 <= d <= e < m,
        d * d > m,
        m % e == 0,
    ensures
        2 <= m / e < d,
        m % (m / e) == 0,
{
    vstd::arithmetic::div_mod::lemma_fundamental_div_mod(m, e);
    let q = m / e;
    assert(m == e * q);
    if q >= d {
        assert(e * q >= d * d) by (nonlinear_arith)
            requires
                e >= d,
                q >= d,
                d >= 2,
        ;
    }
    if q <= 1 {
        assert(e * q <= e) by (nonlinear_arith)
            requires
                q <= 1,
                e >= 0,
        ;
    }
    assert(2 <= q < d);
    assert(m == q * e) by (nonlinear_arith)
        requires
            m == e * q,
    ;
    lemma_multiple_mod(q, e);
}

// m >= 2 without a divisor in [2, d) and with d * d > m is prime, and at least d.
proof fn lemma_remainder_prime(m: int, d: int)
    requires
        2 <= d,
        2 <= m,
        d * d > m,
        no_divisor_below(m, d),
    ensures
        is_prime_spec(m),
        d <= m,
{
    assert forall|e: int| 2 <= e < m implies #[trigger] (m % e) != 0 by {
        if e >= d && m % e == 0 {
            lemma_cofactor(m, d, e);
            assert(((m / e) as int) % ((m / e) as int) == 0);
        }
        if e < d {
            assert(m % e != 0);
        }
    }
    lemma_no_divisor(m, m);
    if m < d {
        vstd::arithmetic::div_mod::lemma_mod_self_0(m);
        assert(m % m != 0);
    }
}

proof fn lemma_product_push(s: Seq<u64>, x: u64)
    ensures
        product(s.push(x)) == product(s) * (x as int),
{
    assert(s.push(x).drop_last() =~= s);
}

// d divides m and nothing in [2, d) does: d is prime, and m / d still has no divisor in [2, d).
proof fn lemma_divide_step(fs: Seq<u64>, m: int, d: u64, n: int)
    requires
        2 <= d,
        (d as int) * (d as int) <= m,
        m % (d as int) == 0,
        no_divisor_below(m, d as int),
        product(fs) * m == n,
    ensures
        is_prime_spec(d as int),
        1 <= m / (d as int) < m,
        product(fs.push(d)) * (m / (d as int)) == n,
        no_divisor_below(m / (d as int), d as int),
{
    let di = d as int;
    assert forall|e: int| 2 <= e < di implies #[trigger] (di % e) != 0 by {
        if di % e == 0 {
            lemma_divides_trans(m, di, e);
        }
    }
    lemma_no_divisor(di, di);
    vstd::arithmetic::div_mod::lemma_fundamental_div_mod(m, di);
    let q = m / di;
    assert(m == di * q);
    assert(1 <= q < m) by (nonlinear_arith)
        requires
            m == di * q,
            di >= 2,
            di * di <= m,
    ;
    lemma_product_push(fs, d);
    let p = product(fs);
    assert((p * di) * q == n) by (nonlinear_arith)
        requires
            p * m == n,
            m == di * q,
    ;
    assert forall|e: int| 2 <= e < di implies #[trigger] (q % e) != 0 by {
        if q % e == 0 {
            lemma_divides_quotient(m, di, e);
        }
    }
}
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
    let mut fs: Vec<u64> = Vec::new();
    let mut m: u64 = n;
    let mut d: u64 = 2;
    proof {
        assert(fs@ =~= Seq::<u64>::empty());
    }
    while d <= m / d
        invariant
            2 <= d,
            1 <= m <= n,
            n <= 1000000000000,
            product(fs@) * (m as int) == n as int,
            forall|i: int| 0 <= i < fs@.len() ==> is_prime_spec(#[trigger] fs@[i] as int),
            forall|i: int, j: int| 0 <= i < j < fs@.len() ==> fs@[i] <= fs@[j],
            forall|i: int| 0 <= i < fs@.len() ==> #[trigger] fs@[i] <= d,
            no_divisor_below(m as int, d as int),
        decreases m - d, m,
    {
        proof {
            lemma_square_vs_div(m as int, d as int);
        }
        if m % d == 0 {
            proof {
                lemma_divide_step(fs@, m as int, d, n as int);
            }
            fs.push(d);
            m = m / d;
        } else {
            proof {
                assert forall|e: int| 2 <= e < d + 1 implies #[trigger] ((m as int) % e) != 0 by {
                    if e < d {
                        assert(no_divisor_below(m as int, d as int));
                    }
                }
            }
            d = d + 1;
        }
    }
    proof {
        lemma_square_vs_div(m as int, d as int);
    }
    if m > 1 {
        proof {
            lemma_remainder_prime(m as int, d as int);
            lemma_product_push(fs@, m);
        }
        fs.push(m);
    }
    fs
    // </vc:code>
}

fn main() {}

} // verus!
