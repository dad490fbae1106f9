use vstd::prelude::*;

verus! {

pub open spec fn pre_lcm(a: int, b: int) -> bool {
    1 <= a <= 1000000000 && 1 <= b <= 1000000000
}

// l is a positive common multiple of a and b, and no smaller positive number is one.
pub open spec fn post_lcm(a: int, b: int, l: int) -> bool {
    &&& 1 <= a
    &&& 1 <= b
    &&& 1 <= l
    &&& l % a == 0
    &&& l % b == 0
    &&& forall|m: int| 1 <= m < l ==> !(m % a == 0 && m % b == 0)
}

// <vc:helpers>
use vstd::arithmetic::div_mod::*;
use vstd::arithmetic::mul::*;

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

/// With g = a*x + b*y dividing a and b, every positive common multiple m of a and b is a
/// multiple of l = (a/g)*b, hence at least l.
proof fn lemma_common_multiple_bound(a: int, b: int, g: int, x: int, y: int, ap: int, l: int, m: int)
    requires
        a >= 1,
        b >= 1,
        g >= 1,
        a == g * ap,
        a * x + b * y == g,
        l == ap * b,
        1 <= m,
        m % a == 0,
        m % b == 0,
    ensures
        m >= l,
{
    lemma_fundamental_div_mod(m, a);
    lemma_fundamental_div_mod(m, b);
    let i = m / a;
    let j = m / b;
    let k = j * x + i * y;
    assert(m * (a * x) == (a * b) * (j * x)) by (nonlinear_arith)
        requires
            m == b * j,
    ;
    assert(m * (b * y) == (a * b) * (i * y)) by (nonlinear_arith)
        requires
            m == a * i,
    ;
    assert(m * g == m * (a * x) + m * (b * y)) by (nonlinear_arith)
        requires
            g == a * x + b * y,
    ;
    assert(m * g == (a * b) * k) by (nonlinear_arith)
        requires
            m * g == (a * b) * (j * x) + (a * b) * (i * y),
            k == j * x + i * y,
    ;
    assert(a * b == g * l) by (nonlinear_arith)
        requires
            a == g * ap,
            l == ap * b,
    ;
    assert(g * (m - l * k) == 0) by (nonlinear_arith)
        requires
            m * g == (a * b) * k,
            a * b == g * l,
    ;
    assert(m == l * k) by (nonlinear_arith)
        requires
            g * (m - l * k) == 0,
            g >= 1,
    ;
    assert(l >= 1) by (nonlinear_arith)
        requires
            a == g * ap,
            a >= 1,
            g >= 1,
            l == ap * b,
            b >= 1,
    ;
    assert(m >= l) by (nonlinear_arith)
        requires
            m == l * k,
            m >= 1,
            l >= 1,
    ;
}

proof fn lemma_lcm_facts(a: int, b: int, g: int, x: int, y: int, ap: int, l: int)
    requires
        a >= 1,
        b >= 1,
        g >= 1,
        a % g == 0,
        b % g == 0,
        a * x + b * y == g,
        ap == a / g,
        l == ap * b,
    ensures
        post_lcm(a, b, l),
{
    lemma_fundamental_div_mod(a, g);
    lemma_fundamental_div_mod(b, g);
    let bp = b / g;
    assert(a == g * ap);
    assert(b == g * bp);
    assert(ap >= 1) by (nonlinear_arith)
        requires
            a == g * ap,
            a >= 1,
            g >= 1,
    ;
    assert(l >= 1) by (nonlinear_arith)
        requires
            ap >= 1,
            b >= 1,
            l == ap * b,
    ;
    lemma_mod_multiples_basic(ap, b);
    assert(l == bp * a) by (nonlinear_arith)
        requires
            l == ap * b,
            a == g * ap,
            b == g * bp,
    ;
    lemma_mod_multiples_basic(bp, a);
    assert forall|m: int| 1 <= m < l implies !(m % a == 0 && m % b == 0) by {
        if m % a == 0 && m % b == 0 {
            lemma_common_multiple_bound(a, b, g, x, y, ap, l, m);
        }
    }
}
// </vc:helpers>

fn lcm(a: u64, b: u64) -> (l: u64)
    requires
        pre_lcm(a as int, b as int),
    ensures
        post_lcm(a as int, b as int, l as int),
{
    // <vc:code>
    let mut r0: u64 = a;
    let mut r1: u64 = b;
    let ghost mut s0: int = 1;
    let ghost mut s1: int = 0;
    let ghost mut t0: int = 0;
    let ghost mut t1: int = 1;
    while r1 != 0
        invariant
            pre_lcm(a as int, b as int),
            r0 as int + r1 as int > 0,
            r0 as int == (a as int) * s0 + (b as int) * t0,
            r1 as int == (a as int) * s1 + (b as int) * t1,
            forall|d: int|
                d >= 1 ==> ((a as int % d == 0 && b as int % d == 0) <==> (r0 as int % d == 0
                    && r1 as int % d == 0)),
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
            assert(x2 == x0 - qi * x1) by (nonlinear_arith)
                requires
                    x0 == x1 * qi + x2,
            ;
            assert forall|d: int| d >= 1 implies ((x0 % d == 0 && x1 % d == 0) <==> (x1 % d == 0
                && x2 % d == 0)) by {
                lemma_euclid_step(x0, x1, d);
            }
            lemma_combination_step(a as int, b as int, x0, s0, t0, x1, s1, t1, qi);
            let ns1 = s0 - qi * s1;
            let nt1 = t0 - qi * t1;
            s0 = s1;
            s1 = ns1;
            t0 = t1;
            t1 = nt1;
        }
        r0 = r1;
        r1 = r2;
    }
    proof {
        lemma_mod_self_0(r0 as int);
        lemma_small_mod(0, r0 as nat);
        assert(a as int % r0 as int == 0 && b as int % r0 as int == 0);
        lemma_fundamental_div_mod(a as int, r0 as int);
        assert((a / r0) as int <= a as int) by (nonlinear_arith)
            requires
                a as int == (r0 as int) * ((a / r0) as int),
                r0 as int >= 1,
                (a / r0) as int >= 0,
        ;
        lemma_mul_upper_bound((a / r0) as int, 1000000000, b as int, 1000000000);
    }
    let ap: u64 = a / r0;
    let l: u64 = ap * b;
    proof {
        lemma_lcm_facts(a as int, b as int, r0 as int, s0, t0, ap as int, l as int);
    }
    l
    // </vc:code>
}

fn main() {}

} // verus!
