use vstd::prelude::*;

verus! {

pub open spec fn pre_gcd(a: int, b: int) -> bool {
    0 <= a <= 1000000000 && 0 <= b <= 1000000000 && a + b > 0
}

pub open spec fn post_gcd(a: int, b: int, g: int) -> bool {
    &&& 1 <= g
    &&& a % g == 0
    &&& b % g == 0
    &&& forall|d: int| 1 <= d <= a + b && a % d == 0 && b % d == 0 ==> d <= g
}

// <vc:helpers>
use vstd::arithmetic::div_mod::*;

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

proof fn lemma_gcd_step(x: int, y: int, d: int)
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

proof fn lemma_divisor_at_most(x: int, d: int)
    requires
        x >= 1,
        d >= 1,
        x % d == 0,
    ensures
        d <= x,
{
    lemma_fundamental_div_mod(x, d);
    assert(d <= x) by (nonlinear_arith)
        requires
            x == d * (x / d),
            x >= 1,
            d >= 1,
    ;
}
// </vc:helpers>

fn gcd(a: u64, b: u64) -> (g: u64)
    requires
        pre_gcd(a as int, b as int),
    ensures
        post_gcd(a as int, b as int, g as int),
{
    // <vc:code>
    let mut x: u64 = a;
    let mut y: u64 = b;
    while y != 0
        invariant
            pre_gcd(a as int, b as int),
            x as int + y as int > 0,
            forall|d: int|
                d >= 1 ==> ((a as int % d == 0 && b as int % d == 0) <==> (x as int % d == 0
                    && y as int % d == 0)),
        decreases y,
    {
        proof {
            lemma_mod_pos_bound(x as int, y as int);
            assert forall|d: int| d >= 1 implies ((x as int % d == 0 && y as int % d == 0) <==> (
            y as int % d == 0 && (x as int % y as int) % d == 0)) by {
                lemma_gcd_step(x as int, y as int, d);
            }
        }
        let r: u64 = x % y;
        x = y;
        y = r;
    }
    proof {
        lemma_mod_multiples_basic(1, x as int);
        assert((x as int) % (x as int) == 0);
        lemma_mod_multiples_basic(0, x as int);
        assert(0int % (x as int) == 0);
        assert forall|d: int|
            1 <= d <= a as int + b as int && a as int % d == 0 && b as int % d == 0 implies d
            <= x as int by {
            lemma_divisor_at_most(x as int, d);
        }
    }
    x
    // </vc:code>
}

fn main() {}

} // verus!
