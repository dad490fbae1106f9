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

/// The product of a prefix grows by the next modulus.
proof fn lemma_prod_snoc(s: Seq<u64>, w: u64)
    ensures
        prod(s.push(w)) == prod(s) * (w as int),
    decreases s.len(),
{
    if s.len() == 0 {
        assert(s.push(w).subrange(1, 1) =~= Seq::<u64>::empty());
    } else {
        assert(s.push(w).subrange(1, s.len() + 1) =~= s.subrange(1, s.len() as int).push(w));
        lemma_prod_snoc(s.subrange(1, s.len() as int), w);
        assert((s[0] as int) * (prod(s.subrange(1, s.len() as int)) * (w as int)) == ((s[0] as int)
            * prod(s.subrange(1, s.len() as int))) * (w as int)) by (nonlinear_arith);
    }
}

/// Every modulus divides the product of the moduli.
proof fn lemma_prod_divides(s: Seq<u64>, j: int)
    requires
        0 <= j < s.len(),
        forall|k: int| 0 <= k < s.len() ==> s[k] >= 1,
    ensures
        prod(s) % (s[j] as int) == 0,
    decreases s.len(),
{
    let rest = s.subrange(1, s.len() as int);
    if j == 0 {
        lemma_mod_multiples_basic(prod(rest), s[0] as int);
        assert(prod(s) == prod(rest) * (s[0] as int)) by (nonlinear_arith)
            requires
                prod(s) == (s[0] as int) * prod(rest),
        ;
    } else {
        lemma_prod_divides(rest, j - 1);
        assert(rest[j - 1] == s[j]);
        let mj = s[j] as int;
        lemma_fundamental_div_mod(prod(rest), mj);
        let c = prod(rest) / mj;
        assert(prod(s) == ((s[0] as int) * c) * mj) by (nonlinear_arith)
            requires
                prod(s) == (s[0] as int) * prod(rest),
                prod(rest) == mj * c + 0,
        ;
        lemma_mod_multiples_basic((s[0] as int) * c, mj);
    }
}

/// The product of moduli each at least 1 is at least every prefix product.
proof fn lemma_prod_prefix_le(s: Seq<u64>, i: int)
    requires
        0 <= i <= s.len(),
        forall|k: int| 0 <= k < s.len() ==> s[k] >= 1,
    ensures
        1 <= prod(s.subrange(0, i)) <= prod(s),
    decreases s.len(),
{
    if s.len() == 0 {
        assert(s.subrange(0, i) =~= s);
    } else if i == 0 {
        assert(s.subrange(0, 0) =~= Seq::<u64>::empty());
        lemma_prod_prefix_le(s.subrange(1, s.len() as int), 0);
        assert(s.subrange(1, s.len() as int).subrange(0, 0) =~= Seq::<u64>::empty());
        let p = prod(s.subrange(1, s.len() as int));
        assert((s[0] as int) * p >= p) by (nonlinear_arith)
            requires
                s[0] >= 1,
                p >= 1,
        ;
    } else {
        let rest = s.subrange(1, s.len() as int);
        lemma_prod_prefix_le(rest, i - 1);
        assert(s.subrange(0, i).subrange(1, i) =~= rest.subrange(0, i - 1));
        let p = prod(rest.subrange(0, i - 1));
        let q = prod(rest);
        assert((s[0] as int) * p <= (s[0] as int) * q && (s[0] as int) * p >= 1) by (nonlinear_arith)
            requires
                s[0] >= 1,
                1 <= p <= q,
        ;
    }
}

/// Ghost extended Euclid: g >= 1 divides p and q, and p*u + q*v == g.
proof fn lemma_bezout(p: int, q: int) -> (r: (int, int, int))
    requires
        p >= 0,
        q >= 0,
        p + q > 0,
    ensures
        r.0 >= 1,
        p % r.0 == 0,
        q % r.0 == 0,
        p * r.1 + q * r.2 == r.0,
    decreases q,
{
    if q == 0 {
        lemma_mod_self_0(p);
        lemma_small_mod(0, p as nat);
        (p, 1, 0)
    } else {
        lemma_fundamental_div_mod(p, q);
        lemma_mod_pos_bound(p, q);
        let k = p / q;
        let r = p % q;
        let (g, u1, v1) = lemma_bezout(q, r);
        lemma_euclid_step(p, q, g);
        assert(p * v1 + q * (u1 - k * v1) == g) by (nonlinear_arith)
            requires
                p == q * k + r,
                q * u1 + r * v1 == g,
        ;
        (g, v1, u1 - k * v1)
    }
}

/// Coprime p, q have Bezout coefficients for 1.
proof fn lemma_coprime_bezout(p: int, q: int) -> (r: (int, int))
    requires
        p >= 2,
        q >= 2,
        coprime_pair(p, q),
    ensures
        p * r.0 + q * r.1 == 1,
{
    let (g, u, v) = lemma_bezout(p, q);
    if g > p {
        lemma_small_mod(p as nat, g as nat);
    }
    assert(!(p % g == 0 && q % g == 0) || g < 2);
    (u, v)
}

/// A product of moduli each coprime to q is coprime to q (Bezout coefficients for 1).
proof fn lemma_prod_coprime(s: Seq<u64>, q: int) -> (r: (int, int))
    requires
        q >= 2,
        forall|j: int| 0 <= j < s.len() ==> s[j] >= 2 && coprime_pair(s[j] as int, q),
    ensures
        prod(s) * r.0 + q * r.1 == 1,
    decreases s.len(),
{
    if s.len() == 0 {
        (1, 0)
    } else {
        let rest = s.subrange(1, s.len() as int);
        let (u1, v1) = lemma_prod_coprime(rest, q);
        let (u2, v2) = lemma_coprime_bezout(s[0] as int, q);
        let p = prod(rest);
        let s0 = s[0] as int;
        assert((s0 * p) * (u1 * u2) + q * (v1 + v2 - v1 * (q * v2)) == 1) by (nonlinear_arith)
            requires
                p * u1 + q * v1 == 1,
                s0 * u2 + q * v2 == 1,
        ;
        (u1 * u2, v1 + v2 - v1 * (q * v2))
    }
}

/// M (coprime to mi through Bezout) and mi have no common divisor d >= 2 of M mod mi and mi.
proof fn lemma_no_common_divisor(m: int, mi: int, u: int, v: int, d: int)
    requires
        m >= 0,
        mi >= 2,
        m * u + mi * v == 1,
        d >= 2,
        (m % mi) % d == 0,
        mi % d == 0,
    ensures
        false,
{
    lemma_fundamental_div_mod(m, mi);
    lemma_divides_combination(d, mi, m % mi, m / mi, 1);
    assert((m / mi) * mi + 1 * (m % mi) == m) by (nonlinear_arith)
        requires
            m == mi * (m / mi) + m % mi,
    ;
    lemma_divides_combination(d, m, mi, u, v);
    lemma_small_mod(1, d as nat);
}

/// One lifting step: x + m*t solves congruence i too.
proof fn lemma_step_residue(x: int, m: int, mi: int, ri: int, a: int, inv: int, diff: int, t: int)
    requires
        mi >= 2,
        0 <= ri < mi,
        0 <= x,
        m >= 1,
        a == m % mi,
        (a * inv) % mi == 1,
        diff == (ri + mi - x % mi) % mi,
        t == (diff * inv) % mi,
    ensures
        (x + m * t) % mi == ri,
{
    lemma_mul_mod_noop_left(m, t, mi);
    lemma_mul_mod_noop_right(a, diff * inv, mi);
    lemma_mul_mod_noop_left(a * inv, diff, mi);
    assert(a * (diff * inv) == (a * inv) * diff) by (nonlinear_arith);
    lemma_mod_pos_bound(ri + mi - x % mi, mi);
    lemma_small_mod(diff as nat, mi as nat);
    assert((m * t) % mi == diff);
    lemma_add_mod_noop(x, m * t, mi);
    lemma_mod_pos_bound(x, mi);
    lemma_small_mod((x % mi) as nat, mi as nat);
    lemma_add_mod_noop(x % mi, ri + mi - x % mi, mi);
    lemma_mod_add_multiples_vanish(ri, mi);
    lemma_small_mod(ri as nat, mi as nat);
}

/// Adding a multiple of M keeps the residue modulo a divisor of M.
proof fn lemma_keep_residue(x: int, m: int, t: int, mj: int)
    requires
        mj >= 1,
        m % mj == 0,
    ensures
        (x + m * t) % mj == x % mj,
{
    lemma_add_mod_noop(x, m * t, mj);
    lemma_mul_mod_noop_left(m, t, mj);
    lemma_mod_pos_bound(x, mj);
    lemma_small_mod((x % mj) as nat, mj as nat);
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
// </vc:helpers>

fn chinese_remainder(rs: &Vec<u64>, ms: &Vec<u64>) -> (x: u64)
    requires
        pre_chinese_remainder(rs@, ms@),
    ensures
        post_chinese_remainder(rs@, ms@, x as int),
{
    // <vc:code>
    // Incremental CRT: x solves the first i congruences and 0 <= x < m = ms[0] * ... * ms[i-1].
    // Lift to ms[i] by adding m*t, with t = (rs[i] - x) * inverse(m mod ms[i]) mod ms[i].
    let mut m: u64 = 1;
    let mut x: u64 = 0;
    let mut i: usize = 0;
    proof {
        assert(ms@.subrange(0, 0) =~= Seq::<u64>::empty());
    }
    while i < ms.len()
        invariant
            pre_chinese_remainder(rs@, ms@),
            0 <= i <= ms.len(),
            m as int == prod(ms@.subrange(0, i as int)),
            x < m,
            forall|j: int| 0 <= j < i ==> (x as int) % (ms@[j] as int) == rs@[j] as int,
        decreases ms.len() - i,
    {
        let mi: u64 = ms[i];
        proof {
            lemma_prod_prefix_le(ms@, i as int);
            lemma_prod_prefix_le(ms@, i as int + 1);
            assert(ms@.subrange(0, i as int + 1) =~= ms@.subrange(0, i as int).push(mi));
            lemma_prod_snoc(ms@.subrange(0, i as int), mi);
        }
        let a: u64 = m % mi;
        let (found, inv, d) = mod_inv(a, mi);
        proof {
            if !found {
                let s = ms@.subrange(0, i as int);
                assert forall|j: int| 0 <= j < s.len() implies s[j] >= 2 && coprime_pair(
                    s[j] as int,
                    mi as int,
                ) by {
                    assert(s[j] == ms@[j]);
                }
                let (u, v) = lemma_prod_coprime(s, mi as int);
                lemma_no_common_divisor(m as int, mi as int, u, v, d as int);
            }
        }
        let diff: u64 = (rs[i] + mi - x % mi) % mi;
        let t: u64 = (diff * inv) % mi;
        proof {
            lemma_step_residue(x as int, m as int, mi as int, rs@[i as int] as int, a as int,
                inv as int, diff as int, t as int);
            assert((x as int) + (m as int) * (t as int) < (m as int) * (mi as int)) by (nonlinear_arith)
                requires
                    x < m,
                    t < mi,
            ;
            assert forall|j: int| 0 <= j < i implies ((x as int) + (m as int) * (t as int)) % (
            ms@[j] as int) == rs@[j] as int by {
                let s = ms@.subrange(0, i as int);
                assert(s[j] == ms@[j]);
                lemma_prod_divides(s, j);
                lemma_keep_residue(x as int, m as int, t as int, ms@[j] as int);
            }
        }
        x = x + m * t;
        m = m * mi;
        i = i + 1;
    }
    proof {
        assert(ms@.subrange(0, ms@.len() as int) =~= ms@);
    }
    x
    // </vc:code>
}

fn main() {}

} // verus!
