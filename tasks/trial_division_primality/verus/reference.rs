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

pub open spec fn is_prime_spec(n: int) -> bool {
    n >= 2 && !has_divisor_below(n, n)
}

pub open spec fn pre_trial_division_primality(n: int) -> bool {
    0 <= n <= 1000000000
}

pub open spec fn post_trial_division_primality(n: int, r: bool) -> bool {
    r == is_prime_spec(n)
}

// <vc:helpers>
proof fn lemma_divisor_witness(n: int, k: int, d: int)
    requires
        2 <= d < k,
        n % d == 0,
    ensures
        has_divisor_below(n, k),
    decreases k,
{
    if d < k - 1 {
        lemma_divisor_witness(n, k - 1, d);
    }
}

proof fn lemma_no_divisor(n: int, k: int)
    requires
        forall|e: int| 2 <= e < k ==> n % e != 0,
    ensures
        !has_divisor_below(n, k),
    decreases k,
{
    if k > 2 {
        lemma_no_divisor(n, k - 1);
    }
}

// d <= n / d exactly when d * d <= n.
proof fn lemma_square_vs_div(n: int, d: int)
    requires
        0 <= n,
        0 < d,
    ensures
        (d <= n / d) == (d * d <= n),
{
    vstd::arithmetic::div_mod::lemma_fundamental_div_mod(n, d);
    vstd::arithmetic::div_mod::lemma_mod_pos_bound(n, d);
    let q = n / d;
    let r = n % d;
    if d <= q {
        assert(d * d <= n) by (nonlinear_arith)
            requires
                d <= q,
                0 < d,
                n == d * q + r,
                0 <= r,
        ;
    } else {
        assert(d * d > n) by (nonlinear_arith)
            requires
                q + 1 <= d,
                0 < d,
                n == d * q + r,
                r < d,
        ;
    }
}

// A divisor e >= d of n with d * d > n has a cofactor n / e in [2, d) that also divides n.
proof fn lemma_cofactor(n: int, d: int, e: int)
    requires
        2 <= d <= e < n,
        d * d > n,
        n % e == 0,
    ensures
        2 <= n / e < d,
        n % (n / e) == 0,
{
    vstd::arithmetic::div_mod::lemma_fundamental_div_mod(n, e);
    vstd::arithmetic::div_mod::lemma_div_pos_is_pos(n, e);
    let q = n / e;
    assert(n == e * q);
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
                0 <= q <= 1,
                e >= 0,
        ;
    }
    assert(2 <= q < d);
    vstd::arithmetic::div_mod::lemma_mod_multiples_basic(e, q);
    assert(n == e * q);
}
// </vc:helpers>

fn is_prime(n: u64) -> (r: bool)
    requires
        pre_trial_division_primality(n as int),
    ensures
        post_trial_division_primality(n as int, r),
{
    // <vc:code>
    if n < 2 {
        return false;
    }
    let mut d: u64 = 2;
    proof {
        lemma_square_vs_div(n as int, 2);
    }
    while d <= n / d
        invariant
            2 <= d <= n,
            n <= 1000000000,
            forall|e: int| 2 <= e < d ==> (n as int) % e != 0,
        decreases n - d,
    {
        proof {
            lemma_square_vs_div(n as int, d as int);
            assert((d as int) * (d as int) >= 2 * (d as int)) by (nonlinear_arith)
                requires
                    d >= 2,
            ;
        }
        if n % d == 0 {
            proof {
                lemma_divisor_witness(n as int, n as int, d as int);
            }
            return false;
        }
        d = d + 1;
    }
    proof {
        lemma_square_vs_div(n as int, d as int);
        assert forall|e: int| 2 <= e < n as int implies (n as int) % e != 0 by {
            if e >= d as int && (n as int) % e == 0 {
                lemma_cofactor(n as int, d as int, e);
            }
        }
        lemma_no_divisor(n as int, n as int);
    }
    true
    // </vc:code>
}

fn main() {}

} // verus!
