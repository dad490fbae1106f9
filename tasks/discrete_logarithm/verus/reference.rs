use vstd::prelude::*;

verus! {

// g^x mod p, by the recursion g^0 = 1, g^(x+1) = g^x * g (reduced modulo p at each step).
pub open spec fn powmod(g: int, x: nat, p: int) -> int
    decreases x,
{
    if x == 0 {
        1 % p
    } else {
        (powmod(g, (x - 1) as nat, p) * g) % p
    }
}

pub open spec fn is_prime(p: int) -> bool {
    p >= 2 && forall|d: int| 2 <= d < p ==> p % d != 0
}

// p prime (at most 10^6, so every product of two residues fits u64), 1 <= g, h < p.
pub open spec fn pre_discrete_logarithm(p: int, g: int, h: int) -> bool {
    p <= 1000000 && is_prime(p) && 1 <= g < p && 1 <= h < p
}

// found: x is the smallest exponent with g^x = h (mod p), and x < p - 1;
// not found: no exponent below p - 1 works (by Fermat, g^(p-1) = 1, so none works at all).
pub open spec fn post_discrete_logarithm(p: int, g: int, h: int, found: bool, x: int) -> bool {
    &&& p >= 2
    &&& found ==> 0 <= x < p - 1 && powmod(g, x as nat, p) == h && forall|y: int|
        0 <= y < x ==> powmod(g, y as nat, p) != h
    &&& !found ==> forall|y: int| 0 <= y < p - 1 ==> powmod(g, y as nat, p) != h
}

// <vc:helpers>
use vstd::arithmetic::div_mod::*;
use vstd::arithmetic::mul::*;

pub open spec fn abs_int(v: int) -> int {
    if v >= 0 {
        v
    } else {
        -v
    }
}

/// A common divisor of p and q divides every integer combination s*p + t*q.
proof fn lemma_divides_combination(d: int, p: int, q: int, s: int, t: int)
    requires
        d >= 1,
        p % d == 0,
        q % d == 0,
    ensures
        (s * p + t * q) % d == 0,
{
    lemma_fundamental_div_mod(p, d);
    lemma_fundamental_div_mod(q, d);
    let k = s * (p / d) + t * (q / d);
    assert(s * p + t * q == k * d) by (nonlinear_arith)
        requires
            p == d * (p / d),
            q == d * (q / d),
            k == s * (p / d) + t * (q / d),
    ;
    lemma_mod_multiples_basic(k, d);
}

/// One Euclid step keeps the set of common divisors.
proof fn lemma_euclid_step(u: int, v: int, e: int)
    requires
        u >= 0,
        v > 0,
        e >= 1,
    ensures
        (u % e == 0 && v % e == 0) <==> (v % e == 0 && (u % v) % e == 0),
{
    lemma_fundamental_div_mod(u, v);
    if u % e == 0 && v % e == 0 {
        lemma_divides_combination(e, u, v, 1, -(u / v));
        assert(1 * u + (-(u / v)) * v == u % v) by (nonlinear_arith)
            requires
                u == v * (u / v) + u % v,
        ;
    }
    if v % e == 0 && (u % v) % e == 0 {
        lemma_divides_combination(e, u % v, v, 1, u / v);
        assert(1 * (u % v) + (u / v) * v == u) by (nonlinear_arith)
            requires
                u == v * (u / v) + u % v,
        ;
    }
}

/// The coefficients follow the remainders.
proof fn lemma_combination_step(
    a: int,
    m: int,
    r0: int,
    t0: int,
    s0: int,
    r1: int,
    t1: int,
    s1: int,
    q: int,
)
    requires
        r0 == a * t0 + m * s0,
        r1 == a * t1 + m * s1,
    ensures
        r0 - q * r1 == a * (t0 - q * t1) + m * (s0 - q * s1),
{
    assert(r0 - q * r1 == a * (t0 - q * t1) + m * (s0 - q * s1)) by (nonlinear_arith)
        requires
            r0 == a * t0 + m * s0,
            r1 == a * t1 + m * s1,
    ;
}

/// Consecutive coefficients of a have opposite signs and |t0| * r1 + |t1| * r0 stays equal to
/// m; this keeps every coefficient within m.
proof fn lemma_coeff_step(t0: int, t1: int, q: int, r0: int, r1: int, r2: int, bound: int)
    requires
        q >= 0,
        r1 >= 1,
        r2 >= 0,
        r0 == r1 * q + r2,
        (t0 >= 0 && t1 <= 0) || (t0 <= 0 && t1 >= 0),
        abs_int(t0) * r1 + abs_int(t1) * r0 == bound,
    ensures
        (t1 >= 0 && t0 - q * t1 <= 0) || (t1 <= 0 && t0 - q * t1 >= 0),
        abs_int(t1) * r2 + abs_int(t0 - q * t1) * r1 == bound,
        abs_int(t0 - q * t1) <= bound,
{
    let u = abs_int(t0);
    let v = abs_int(t1);
    lemma_mul_nonnegative(q, v);
    lemma_mul_nonnegative(v, r2);
    let w = u + q * v;
    if t0 >= 0 && t1 <= 0 {
        assert(t0 - q * t1 == w) by (nonlinear_arith)
            requires
                u == t0,
                v == -t1,
                w == u + q * v,
        ;
    } else {
        assert(t0 - q * t1 == -w) by (nonlinear_arith)
            requires
                u == -t0,
                v == t1,
                w == u + q * v,
        ;
    }
    assert(v * r2 + w * r1 == bound) by (nonlinear_arith)
        requires
            w == u + q * v,
            u * r1 + v * r0 == bound,
            r0 == r1 * q + r2,
    ;
    assert(w <= bound) by (nonlinear_arith)
        requires
            v * r2 + w * r1 == bound,
            v * r2 >= 0,
            w >= 0,
            r1 >= 1,
    ;
}

proof fn lemma_prod_bound(q: int, t: int)
    requires
        0 <= q <= 1000000000,
        -1000000000 <= t <= 1000000000,
    ensures
        -1000000000000000000 <= q * t <= 1000000000000000000,
{
    if t >= 0 {
        lemma_mul_upper_bound(q, 1000000000, t, 1000000000);
        lemma_mul_nonnegative(q, t);
    } else {
        lemma_mul_upper_bound(q, 1000000000, -t, 1000000000);
        lemma_mul_nonnegative(q, -t);
        lemma_mul_unary_negation(q, t);
    }
}

/// From a*t + m*s == 1 and x == t mod m: a*x leaves remainder 1 modulo m.
proof fn lemma_inverse_from_bezout(a: int, m: int, t: int, s: int, x: int)
    requires
        m >= 2,
        a * t + m * s == 1,
        x == t % m,
    ensures
        (a * x) % m == 1,
{
    lemma_fundamental_div_mod(t, m);
    let k = t / m;
    assert(a * x == (-s - a * k) * m + 1) by (nonlinear_arith)
        requires
            t == m * k + x,
            a * t + m * s == 1,
    ;
    lemma_mod_multiples_vanish(-s - a * k, 1, m);
    lemma_small_mod(1, m as nat);
}

/// The modular inverse of a modulo m by the extended Euclidean algorithm, or a common divisor
/// d >= 2 of a and m when there is none.
fn mod_inv(a: u64, m: u64) -> (res: (bool, u64, u64))
    requires
        a < m,
        2 <= m <= 1000000000,
    ensures
        res.0 ==> res.1 < m && ((a as int) * (res.1 as int)) % (m as int) == 1,
        !res.0 ==> 2 <= res.2 && (a as int) % (res.2 as int) == 0 && (m as int) % (res.2 as int) == 0,
{
    // Extended Euclid on (m, a), keeping only a's coefficient in executable code:
    // r0 == a*t0 + m*s0 and r1 == a*t1 + m*s1, with the ghost s0, s1.
    let mut r0: u64 = m;
    let mut r1: u64 = a;
    let mut t0: i64 = 0;
    let mut t1: i64 = 1;
    let ghost mut s0: int = 1;
    let ghost mut s1: int = 0;
    while r1 != 0
        invariant
            a < m && 2 <= m <= 1000000000,
            r0 <= 1000000000,
            r1 <= 1000000000,
            r0 as int + r1 as int > 0,
            r0 as int == (a as int) * (t0 as int) + (m as int) * s0,
            r1 as int == (a as int) * (t1 as int) + (m as int) * s1,
            forall|e: int|
                e >= 1 ==> ((a as int % e == 0 && m as int % e == 0) <==> (r0 as int % e == 0
                    && r1 as int % e == 0)),
            (t0 >= 0 && t1 <= 0) || (t0 <= 0 && t1 >= 0),
            abs_int(t0 as int) * (r1 as int) + abs_int(t1 as int) * (r0 as int) == m as int,
            -1000000000 <= t0 <= 1000000000,
            -1000000000 <= t1 <= 1000000000,
        decreases r1,
    {
        let q: u64 = r0 / r1;
        let r2: u64 = r0 % r1;
        proof {
            let x0 = r0 as int;
            let x1 = r1 as int;
            let x2 = r2 as int;
            let qi = q as int;
            lemma_fundamental_div_mod(x0, x1);
            lemma_mod_pos_bound(x0, x1);
            assert(x0 == x1 * qi + x2);
            assert(qi <= x0) by (nonlinear_arith)
                requires
                    x0 == x1 * qi + x2,
                    x1 >= 1,
                    x2 >= 0,
                    qi >= 0,
            ;
            lemma_prod_bound(qi, t1 as int);
            assert forall|e: int| e >= 1 implies ((x0 % e == 0 && x1 % e == 0) <==> (x1 % e == 0
                && x2 % e == 0)) by {
                lemma_euclid_step(x0, x1, e);
            }
            lemma_combination_step(a as int, m as int, x0, t0 as int, s0, x1, t1 as int, s1, qi);
            lemma_coeff_step(t0 as int, t1 as int, qi, x0, x1, x2, m as int);
        }
        let qt: i64 = (q as i64) * t1;
        let t2: i64 = t0 - qt;
        proof {
            let s2 = s0 - (q as int) * s1;
            s0 = s1;
            s1 = s2;
        }
        r0 = r1;
        r1 = r2;
        t0 = t1;
        t1 = t2;
    }
    proof {
        lemma_mod_self_0(r0 as int);
        lemma_small_mod(0, r0 as nat);
        assert(a as int % r0 as int == 0 && m as int % r0 as int == 0);
    }
    if r0 == 1 {
        // t0 mod m, computed in i64 (|t0| <= m).
        let mm: i64 = m as i64;
        let mut x: i64 = t0 % mm;
        if x < 0 {
            x = x + mm;
        }
        proof {
            assert(x as int == (t0 as int) % (m as int));
            lemma_inverse_from_bezout(a as int, m as int, t0 as int, s0, x as int);
        }
        (true, x as u64, 1)
    } else {
        (false, 0, r0)
    }
}
use std::collections::HashMap;
// </vc:helpers>

fn discrete_log(p: u64, g: u64, h: u64) -> (res: (bool, u64))
    requires
        pre_discrete_logarithm(p as int, g as int, h as int),
    ensures
        post_discrete_logarithm(p as int, g as int, h as int, res.0, res.1 as int),
{
    // <vc:code>
    // Baby-step giant-step with n = ceil(sqrt(p - 1)): x = i*n + j with 0 <= i, j < n.
    let mut n: u64 = 1;
    while n * n < p - 1
        decreases p - n,
    {
        n = n + 1;
    }
    // Baby steps: table[g^j mod p] = the smallest such j < n.
    let mut table: HashMap<u64, u64> = HashMap::new();
    let mut cur: u64 = 1 % p;
    let mut j: u64 = 0;
    while j < n
        decreases n - j,
    {
        if !table.contains_key(&cur) {
            table.insert(cur, j);
        }
        cur = (cur * g) % p;
        j = j + 1;
    }
    // cur = g^n mod p; giant steps multiply h by g^(-n) mod p.
    let (_ok, factor, _d) = mod_inv(cur, p);
    let mut gamma: u64 = h;
    let mut i: u64 = 0;
    while i < n
        decreases n - i,
    {
        if let Some(jj) = table.get(&gamma) {
            return (true, i * n + *jj);
        }
        gamma = (gamma * factor) % p;
        i = i + 1;
    }
    (false, 0)
    // </vc:code>
}

fn main() {}

} // verus!
