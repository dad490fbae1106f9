use vstd::prelude::*;

verus! {

pub open spec fn pow(b: int, e: nat) -> int
    decreases e,
{
    if e == 0 {
        1
    } else {
        b * pow(b, (e - 1) as nat)
    }
}

pub open spec fn pre_fast_modular_exponentiation(b: int, e: int, m: int) -> bool {
    0 <= b <= 1000000000 && 0 <= e <= 1000000000 && 1 <= m <= 1000000000
}

pub open spec fn post_fast_modular_exponentiation(b: int, e: int, m: int, r: int) -> bool {
    0 <= e && 1 <= m && r == pow(b, e as nat) % m
}

// <vc:helpers>
use vstd::arithmetic::div_mod::*;
use vstd::arithmetic::mul::*;

proof fn lemma_pow_add(b: int, i: nat, j: nat)
    ensures
        pow(b, (i + j) as nat) == pow(b, i) * pow(b, j),
    decreases i,
{
    if i > 0 {
        lemma_pow_add(b, (i - 1) as nat, j);
        assert(pow(b, (i + j) as nat) == b * pow(b, ((i - 1) as nat + j) as nat));
        let x = pow(b, (i - 1) as nat);
        let y = pow(b, j);
        assert(b * (x * y) == (b * x) * y) by (nonlinear_arith);
    }
}

proof fn lemma_pow_square(b: int, n: nat)
    ensures
        pow(b * b, n) == pow(b, (2 * n) as nat),
    decreases n,
{
    if n > 0 {
        lemma_pow_square(b, (n - 1) as nat);
        lemma_pow_add(b, 2, (2 * (n - 1)) as nat);
        assert(pow(b, 2) == b * b) by {
            assert(pow(b, 1) == b * pow(b, 0));
        }
        assert(((2 + 2 * (n - 1)) as nat) == ((2 * n) as nat));
    }
}

/// Reducing the base modulo m does not change the residue of a power.
proof fn lemma_pow_mod_base(x: int, n: nat, m: int)
    requires
        m >= 1,
    ensures
        pow(x % m, n) % m == pow(x, n) % m,
    decreases n,
{
    if n > 0 {
        lemma_pow_mod_base(x, (n - 1) as nat, m);
        let p1 = pow(x % m, (n - 1) as nat);
        let p2 = pow(x, (n - 1) as nat);
        assert(pow(x % m, n) == (x % m) * p1);
        assert(pow(x, n) == x * p2);
        lemma_mul_mod_noop_right(x % m, p1, m);
        lemma_mul_mod_noop_right(x % m, p2, m);
        lemma_mul_mod_noop_left(x, p2, m);
    }
}

proof fn lemma_odd_step(r: int, base: int, k: nat, m: int)
    requires
        m >= 1,
        k % 2 == 1,
    ensures
        (r * pow(base, k)) % m == (((r * base) % m) * pow((base * base) % m, k / 2)) % m,
{
    let h: nat = k / 2;
    lemma_pow_square(base, h);
    lemma_pow_add(base, 1, (2 * h) as nat);
    assert(pow(base, 1) == base * pow(base, 0));
    assert((1 + (2 * h) as nat) as nat == k);
    let q = pow(base * base, h);
    let q2 = pow((base * base) % m, h);
    assert(pow(base, k) == base * q);
    assert(r * (base * q) == (r * base) * q) by (nonlinear_arith);
    lemma_mul_mod_noop_left(r * base, q, m);
    lemma_pow_mod_base(base * base, h, m);
    lemma_mul_mod_noop_right((r * base) % m, q, m);
    lemma_mul_mod_noop_right((r * base) % m, q2, m);
}

proof fn lemma_even_step(r: int, base: int, k: nat, m: int)
    requires
        m >= 1,
        k % 2 == 0,
    ensures
        (r * pow(base, k)) % m == (r * pow((base * base) % m, k / 2)) % m,
{
    let h: nat = k / 2;
    lemma_pow_square(base, h);
    assert((2 * h) as nat == k);
    let q = pow(base * base, h);
    let q2 = pow((base * base) % m, h);
    lemma_pow_mod_base(base * base, h, m);
    lemma_mul_mod_noop_right(r, q, m);
    lemma_mul_mod_noop_right(r, q2, m);
}
// </vc:helpers>

fn mod_pow(b: u64, e: u64, m: u64) -> (r: u64)
    requires
        pre_fast_modular_exponentiation(b as int, e as int, m as int),
    ensures
        post_fast_modular_exponentiation(b as int, e as int, m as int, r as int),
{
    // <vc:code>
    let mut base: u64 = b % m;
    let mut k: u64 = e;
    let mut r: u64 = 1 % m;
    proof {
        lemma_pow_mod_base(b as int, e as nat, m as int);
        lemma_mul_mod_noop_left(1, pow(base as int, e as nat), m as int);
    }
    while k > 0
        invariant
            pre_fast_modular_exponentiation(b as int, e as int, m as int),
            base < m,
            r < m,
            ((r as int) * pow(base as int, k as nat)) % (m as int) == pow(b as int, e as nat) % (
            m as int),
        decreases k,
    {
        proof {
            lemma_mul_upper_bound(r as int, m as int, base as int, m as int);
            lemma_mul_upper_bound(base as int, m as int, base as int, m as int);
            lemma_mul_upper_bound(m as int, 1000000000, m as int, 1000000000);
        }
        if k % 2 == 1 {
            proof {
                lemma_odd_step(r as int, base as int, k as nat, m as int);
            }
            r = (r * base) % m;
        } else {
            proof {
                lemma_even_step(r as int, base as int, k as nat, m as int);
            }
        }
        base = (base * base) % m;
        k = k / 2;
    }
    proof {
        assert(pow(base as int, 0) == 1);
        lemma_small_mod(r as nat, m as nat);
    }
    r
    // </vc:code>
}

fn main() {}

} // verus!
