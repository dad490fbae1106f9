use vstd::prelude::*;

verus! {

pub open spec fn pre_extended_gcd(a: int, b: int) -> bool {
    0 <= a <= 1000000000 && 0 <= b <= 1000000000 && a + b > 0
}

// g is a positive common divisor of a and b that is an integer combination a*x + b*y of them;
// every common divisor of a and b then divides g, so g is the greatest common divisor.
pub open spec fn post_extended_gcd(a: int, b: int, g: int, x: int, y: int) -> bool {
    &&& 1 <= g
    &&& a % g == 0
    &&& b % g == 0
    &&& a * x + b * y == g
}

// <vc:helpers>
use vstd::arithmetic::div_mod::*;
use vstd::arithmetic::mul::*;

pub open spec fn abs_int(x: int) -> int {
    if x >= 0 {
        x
    } else {
        -x
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
proof fn lemma_euclid_step(x: int, y: int, d: int)
    requires
        x >= 0,
        y > 0,
        d >= 1,
    ensures
        (x % d == 0 && y % d == 0) <==> (y % d == 0 && (x % y) % d == 0),
{
    lemma_fundamental_div_mod(x, y);
    if x % d == 0 && y % d == 0 {
        lemma_divides_combination(d, x, y, 1, -(x / y));
        assert(1 * x + (-(x / y)) * y == x % y) by (nonlinear_arith)
            requires
                x == y * (x / y) + x % y,
        ;
    }
    if y % d == 0 && (x % y) % d == 0 {
        lemma_divides_combination(d, x % y, y, 1, x / y);
        assert(1 * (x % y) + (x / y) * y == x) by (nonlinear_arith)
            requires
                x == y * (x / y) + x % y,
        ;
    }
}

/// The coefficients follow the remainders.
proof fn lemma_combination_step(
    a: int,
    b: int,
    r0: int,
    s0: int,
    t0: int,
    r1: int,
    s1: int,
    t1: int,
    q: int,
)
    requires
        r0 == a * s0 + b * t0,
        r1 == a * s1 + b * t1,
    ensures
        r0 - q * r1 == a * (s0 - q * s1) + b * (t0 - q * t1),
{
    assert(r0 - q * r1 == a * (s0 - q * s1) + b * (t0 - q * t1)) by (nonlinear_arith)
        requires
            r0 == a * s0 + b * t0,
            r1 == a * s1 + b * t1,
    ;
}

/// Consecutive coefficients have opposite signs and |s0| * r1 + |s1| * r0 stays equal to
/// `bound` (b for the s column, a for the t column); this keeps every coefficient small.
proof fn lemma_coeff_step(s0: int, s1: int, q: int, r0: int, r1: int, r2: int, bound: int)
    requires
        q >= 0,
        r1 >= 1,
        r2 >= 0,
        r0 == r1 * q + r2,
        (s0 >= 0 && s1 <= 0) || (s0 <= 0 && s1 >= 0),
        abs_int(s0) * r1 + abs_int(s1) * r0 == bound,
    ensures
        (s1 >= 0 && s0 - q * s1 <= 0) || (s1 <= 0 && s0 - q * s1 >= 0),
        abs_int(s1) * r2 + abs_int(s0 - q * s1) * r1 == bound,
        abs_int(s0 - q * s1) <= bound,
{
    let u = abs_int(s0);
    let v = abs_int(s1);
    lemma_mul_nonnegative(q, v);
    lemma_mul_nonnegative(v, r2);
    let w = u + q * v;
    if s0 >= 0 && s1 <= 0 {
        assert(s0 - q * s1 == w) by (nonlinear_arith)
            requires
                u == s0,
                v == -s1,
                w == u + q * v,
        ;
        assert(abs_int(s0 - q * s1) == w);
    } else {
        assert(s0 - q * s1 == -w) by (nonlinear_arith)
            requires
                u == -s0,
                v == s1,
                w == u + q * v,
        ;
        assert(abs_int(s0 - q * s1) == w);
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

proof fn lemma_prod_bound(q: int, s: int)
    requires
        0 <= q <= 1000000000,
        -1000000000 <= s <= 1000000000,
    ensures
        -1000000000000000000 <= q * s <= 1000000000000000000,
{
    if s >= 0 {
        lemma_mul_upper_bound(q, 1000000000, s, 1000000000);
        lemma_mul_nonnegative(q, s);
    } else {
        lemma_mul_upper_bound(q, 1000000000, -s, 1000000000);
        lemma_mul_nonnegative(q, -s);
        lemma_mul_unary_negation(q, s);
    }
}
// </vc:helpers>

fn extended_gcd(a: u64, b: u64) -> (res: (u64, i64, i64))
    requires
        pre_extended_gcd(a as int, b as int),
    ensures
        post_extended_gcd(a as int, b as int, res.0 as int, res.1 as int, res.2 as int),
{
    // <vc:code>
    let mut r0: u64 = a;
    let mut r1: u64 = b;
    let mut s0: i64 = 1;
    let mut s1: i64 = 0;
    let mut t0: i64 = 0;
    let mut t1: i64 = 1;
    while r1 != 0
        invariant
            pre_extended_gcd(a as int, b as int),
            r0 <= 1000000000,
            r1 <= 1000000000,
            r0 as int + r1 as int > 0,
            r0 as int == (a as int) * (s0 as int) + (b as int) * (t0 as int),
            r1 as int == (a as int) * (s1 as int) + (b as int) * (t1 as int),
            forall|d: int|
                d >= 1 ==> ((a as int % d == 0 && b as int % d == 0) <==> (r0 as int % d == 0
                    && r1 as int % d == 0)),
            (s0 >= 0 && s1 <= 0) || (s0 <= 0 && s1 >= 0),
            (t0 >= 0 && t1 <= 0) || (t0 <= 0 && t1 >= 0),
            abs_int(s0 as int) * (r1 as int) + abs_int(s1 as int) * (r0 as int) == b as int,
            abs_int(t0 as int) * (r1 as int) + abs_int(t1 as int) * (r0 as int) == a as int,
            -1000000000 <= s0 <= 1000000000,
            -1000000000 <= s1 <= 1000000000,
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
            lemma_prod_bound(qi, s1 as int);
            lemma_prod_bound(qi, t1 as int);
            assert forall|d: int| d >= 1 implies ((x0 % d == 0 && x1 % d == 0) <==> (x1 % d == 0
                && x2 % d == 0)) by {
                lemma_euclid_step(x0, x1, d);
            }
            lemma_combination_step(
                a as int,
                b as int,
                x0,
                s0 as int,
                t0 as int,
                x1,
                s1 as int,
                t1 as int,
                qi,
            );
            lemma_coeff_step(s0 as int, s1 as int, qi, x0, x1, x2, b as int);
            lemma_coeff_step(t0 as int, t1 as int, qi, x0, x1, x2, a as int);
        }
        let qs: i64 = (q as i64) * s1;
        let qt: i64 = (q as i64) * t1;
        let s2: i64 = s0 - qs;
        let t2: i64 = t0 - qt;
        r0 = r1;
        r1 = r2;
        s0 = s1;
        s1 = s2;
        t0 = t1;
        t1 = t2;
    }
    proof {
        lemma_mod_self_0(r0 as int);
        lemma_small_mod(0, r0 as nat);
        assert(a as int % r0 as int == 0 && b as int % r0 as int == 0);
    }
    (r0, s0, t0)
    // </vc:code>
}

fn main() {}

} // verus!
