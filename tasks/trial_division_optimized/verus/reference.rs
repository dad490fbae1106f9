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

pub open spec fn pre_trial_division_optimized(n: int) -> bool {
    0 <= n <= 1000000000
}

pub open spec fn post_trial_division_optimized(n: int, r: bool) -> bool {
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
// A multiple of 2 (or 3) divides n only if 2 (or 3) does.
proof fn lemma_small_factor(n: int, e: int, f: int)
    requires
        f == 2 || f == 3,
        2 <= e,
        e % f == 0,
        n % e == 0,
    ensures
        n % f == 0,
{
    let q = n / e;
    let p = e / f;
    assert(n == e * q) by (nonlinear_arith) requires n % e == 0, e >= 2, q == n / e;
    assert(e == f * p) by (nonlinear_arith) requires e % f == 0, f >= 2, p == e / f;
    assert(n == f * (p * q)) by (nonlinear_arith) requires n == e * q, e == f * p;
    assert((f * (p * q)) % f == 0) by (nonlinear_arith) requires f >= 2;
}

// The candidates below i + 6 other than i and i + 2 are multiples of 2 or 3 (i % 6 == 5).
proof fn lemma_skip_step(n: int, i: int)
    requires
        5 <= i,
        i % 6 == 5,
        n % 2 != 0,
        n % 3 != 0,
        forall|e: int| 2 <= e < i ==> n % e != 0,
        n % i != 0,
        n % (i + 2) != 0,
    ensures
        forall|e: int| 2 <= e < i + 6 ==> n % e != 0,
{
    assert forall|e: int| 2 <= e < i + 6 implies n % e != 0 by {
        if e == i + 1 || e == i + 3 || e == i + 5 {
            if n % e == 0 {
                lemma_small_factor(n, e, 2);
            }
        } else if e == i + 4 {
            if n % e == 0 {
                lemma_small_factor(n, e, 3);
            }
        }
    }
}

// No factor 2 or 3 means no factor below 5.
proof fn lemma_first_candidates(n: int)
    requires
        n % 2 != 0,
        n % 3 != 0,
    ensures
        forall|e: int| 2 <= e < 5 ==> n % e != 0,
{
    if n % 4 == 0 {
        lemma_small_factor(n, 4, 2);
    }
}
// </vc:helpers>

// Trial division by 2, 3 and then only the candidates 6k - 1 and 6k + 1 up to sqrt(n).
fn is_prime(n: u64) -> (r: bool)
    requires
        pre_trial_division_optimized(n as int),
    ensures
        post_trial_division_optimized(n as int, r),
{
    // <vc:code>
    if n < 2 {
        return false;
    }
    if n < 4 {
        proof {
            lemma_no_divisor(n as int, n as int);
        }
        return true;
    }
    if n % 2 == 0 {
        proof {
            lemma_divisor_witness(n as int, n as int, 2);
        }
        return false;
    }
    if n % 3 == 0 {
        proof {
            lemma_divisor_witness(n as int, n as int, 3);
        }
        return false;
    }
    proof {
        lemma_first_candidates(n as int);
    }
    let mut i: u64 = 5;
    while i <= n / i
        invariant
            5 <= i <= n,
            i % 6 == 5,
            n <= 1000000000,
            (n as int) % 2 != 0,
            (n as int) % 3 != 0,
            forall|e: int| 2 <= e < i ==> (n as int) % e != 0,
        decreases n - i,
    {
        proof {
            lemma_square_vs_div(n as int, i as int);
            assert((i as int) * (i as int) >= 2 * (i as int) + 2) by (nonlinear_arith)
                requires
                    i >= 5,
            ;
        }
        if n % i == 0 {
            proof {
                lemma_divisor_witness(n as int, n as int, i as int);
            }
            return false;
        }
        if n % (i + 2) == 0 {
            proof {
                lemma_divisor_witness(n as int, n as int, (i + 2) as int);
            }
            return false;
        }
        proof {
            lemma_skip_step(n as int, i as int);
        }
        i = i + 6;
        if n < i {
            // Every candidate below n has been tried.
            proof {
                lemma_no_divisor(n as int, n as int);
            }
            return true;
        }
    }
    proof {
        lemma_square_vs_div(n as int, i as int);
        assert forall|e: int| 2 <= e < n as int implies (n as int) % e != 0 by {
            if e >= i as int && (n as int) % e == 0 {
                lemma_cofactor(n as int, i as int, e);
            }
        }
        lemma_no_divisor(n as int, n as int);
    }
    true
    // </vc:code>
}

fn main() {}

} // verus!
