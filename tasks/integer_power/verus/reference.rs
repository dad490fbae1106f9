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

pub open spec fn pre_integer_power(b: int, e: int) -> bool {
    0 <= b <= 1000000000 && 0 <= e <= 1000000000 && pow(b, e as nat) <= 1000000000000000000
}

pub open spec fn post_integer_power(b: int, e: int, r: int) -> bool {
    0 <= e && r == pow(b, e as nat)
}

// <vc:helpers>
proof fn lemma_pow_add(b: int, m: nat, n: nat)
    ensures
        pow(b, (m + n) as nat) == pow(b, m) * pow(b, n),
    decreases m,
{
    if m > 0 {
        lemma_pow_add(b, (m - 1) as nat, n);
        assert(pow(b, (m + n) as nat) == b * pow(b, ((m - 1) as nat + n) as nat));
        let x = pow(b, (m - 1) as nat);
        let y = pow(b, n);
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

proof fn lemma_pow_positive(b: int, e: nat)
    requires
        b >= 1,
    ensures
        pow(b, e) >= 1,
    decreases e,
{
    if e > 0 {
        lemma_pow_positive(b, (e - 1) as nat);
        let x = pow(b, (e - 1) as nat);
        assert(b * x >= 1) by (nonlinear_arith)
            requires
                b >= 1,
                x >= 1,
        ;
    }
}

proof fn lemma_pow_at_least_base(b: int, e: nat)
    requires
        b >= 1,
        e >= 1,
    ensures
        pow(b, e) >= b,
{
    lemma_pow_positive(b, (e - 1) as nat);
    let x = pow(b, (e - 1) as nat);
    assert(b * x >= b) by (nonlinear_arith)
        requires
            b >= 1,
            x >= 1,
    ;
}
// </vc:helpers>

fn power(b: u64, e: u64) -> (r: u64)
    requires
        pre_integer_power(b as int, e as int),
    ensures
        post_integer_power(b as int, e as int, r as int),
{
    // <vc:code>
    if b == 0 {
        if e == 0 {
            return 1;
        } else {
            proof {
                assert(pow(0, e as nat) == 0 * pow(0, (e - 1) as nat));
            }
            return 0;
        }
    }
    let mut base: u64 = b;
    let mut k: u64 = e;
    let mut r: u64 = 1;
    while k > 0
        invariant
            pre_integer_power(b as int, e as int),
            r >= 1,
            base >= 1,
            (r as int) * pow(base as int, k as nat) == pow(b as int, e as nat),
        decreases k,
    {
        let h: u64 = k / 2;
        let ghost old_base = base as int;
        let ghost old_r = r as int;
        let ghost pk = pow(old_base, k as nat);
        proof {
            lemma_pow_square(old_base, h as nat);
            lemma_pow_positive(old_base, k as nat);
            lemma_pow_positive(old_base, (2 * h) as nat);
            // pk >= pow(base, 2h) and r * pk <= 10^18
            if k % 2 == 1 {
                lemma_pow_add(old_base, 1, (2 * h) as nat);
                assert(pow(old_base, 1) == old_base * pow(old_base, 0));
                assert(((1 + 2 * h) as nat) == k as nat);
                let q = pow(old_base, (2 * h) as nat);
                assert(pk == old_base * q);
                assert(pk >= q) by (nonlinear_arith)
                    requires
                        pk == old_base * q,
                        old_base >= 1,
                        q >= 1,
                ;
            } else {
                assert((2 * h) as nat == k as nat);
            }
            assert(old_r * pk >= pk) by (nonlinear_arith)
                requires
                    old_r >= 1,
                    pk >= 1,
            ;
        }
        if k % 2 == 1 {
            proof {
                lemma_pow_at_least_base(old_base, k as nat);
                assert(old_r * old_base <= old_r * pk) by (nonlinear_arith)
                    requires
                        old_r >= 1,
                        pk >= old_base,
                ;
                let q = pow(old_base * old_base, h as nat);
                assert(old_r * pk == (old_r * old_base) * q) by (nonlinear_arith)
                    requires
                        pk == old_base * q,
                ;
            }
            r = r * base;
        }
        if h > 0 {
            proof {
                assert(old_base * old_base >= 1) by (nonlinear_arith)
                    requires
                        old_base >= 1,
                ;
                lemma_pow_at_least_base(old_base * old_base, h as nat);
            }
            base = base * base;
        } else {
            proof {
                assert(k == 1);
                assert(pow(old_base, 1) == old_base * pow(old_base, 0));
            }
        }
        k = h;
    }
    r
    // </vc:code>
}

fn main() {}

} // verus!
