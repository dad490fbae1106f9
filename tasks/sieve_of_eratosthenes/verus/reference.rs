use vstd::prelude::*;

verus! {

// has_divisor_below(n, k): some d with 2 <= d < k divides n.
pub open spec fn has_divisor_below(n: int, k: int) -> bool
    decreases k,
{
    if k > 2 {
        n % (k - 1) == 0 || has_divisor_below(n, k - 1)
    } else {
        false
    }
}

pub open spec fn is_prime(n: int) -> bool {
    n >= 2 && !has_divisor_below(n, n)
}

// primes_match(s, k): s[m] == is_prime(m) for every m < k (and k <= |s|).
pub open spec fn primes_match(s: Seq<bool>, k: int) -> bool
    decreases k,
{
    if k <= 0 {
        true
    } else {
        k <= s.len() && s[k - 1] == is_prime(k - 1) && primes_match(s, k - 1)
    }
}

pub open spec fn pre_sieve_of_eratosthenes(n: int) -> bool {
    0 <= n <= 100000
}

pub open spec fn post_sieve_of_eratosthenes(n: int, s: Seq<bool>) -> bool {
    s.len() == n + 1 && primes_match(s, n + 1)
}

// <vc:helpers>
// k has no divisor d with 2 <= d < i and d < k.
pub open spec fn sieved(k: int, i: int) -> bool {
    forall|d: int| 2 <= d < i && d < k ==> #[trigger] (k % d) != 0
}

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
        forall|e: int| 2 <= e < k ==> #[trigger] (n % e) != 0,
    ensures
        !has_divisor_below(n, k),
    decreases k,
{
    if k > 2 {
        lemma_no_divisor(n, k - 1);
    }
}

proof fn lemma_sieved_is_prime(k: int, i: int)
    requires
        2 <= k < i,
    ensures
        sieved(k, i) == is_prime(k),
{
    if sieved(k, i) {
        assert forall|e: int| 2 <= e < k implies #[trigger] (k % e) != 0 by {
            assert(e < i);
        }
        lemma_no_divisor(k, k);
    } else {
        let d = choose|d: int| 2 <= d < i && d < k && #[trigger] (k % d) == 0;
        lemma_divisor_witness(k, k, d);
    }
}

proof fn lemma_match_all(s: Seq<bool>, k: int)
    requires
        0 <= k <= s.len(),
        forall|m: int| 0 <= m < k ==> #[trigger] s[m] == is_prime(m),
    ensures
        primes_match(s, k),
    decreases k,
{
    if k > 0 {
        lemma_match_all(s, k - 1);
    }
}

// Divisibility is transitive.
proof fn lemma_mod_trans(k: int, i: int, d: int)
    requires
        d > 0,
        i > 0,
        k % i == 0,
        i % d == 0,
    ensures
        k % d == 0,
{
    vstd::arithmetic::div_mod::lemma_fundamental_div_mod(k, i);
    vstd::arithmetic::div_mod::lemma_fundamental_div_mod(i, d);
    let q1 = k / i;
    let q2 = i / d;
    assert(k == (q2 * q1) * d) by (nonlinear_arith)
        requires
            k == i * q1,
            i == d * q2,
    ;
    vstd::arithmetic::div_mod::lemma_mod_multiples_basic(q2 * q1, d);
}

// Between two consecutive multiples of i there is no other multiple of i.
proof fn lemma_next_multiple(i: int, j: int, k: int)
    requires
        i > 0,
        j % i == 0,
        k % i == 0,
        j <= k < j + i,
    ensures
        k == j,
{
    vstd::arithmetic::div_mod::lemma_fundamental_div_mod(j, i);
    vstd::arithmetic::div_mod::lemma_fundamental_div_mod(k, i);
    let a = j / i;
    let b = k / i;
    if b > a {
        assert(i * b >= i * a + i) by (nonlinear_arith)
            requires
                i > 0,
                b >= a + 1,
        ;
    }
    if b < a {
        assert(i * b + i <= i * a) by (nonlinear_arith)
            requires
                i > 0,
                b + 1 <= a,
        ;
    }
    assert(a == b);
}

proof fn lemma_add_mod(i: int, j: int)
    requires
        i > 0,
        j % i == 0,
    ensures
        (j + i) % i == 0,
{
    vstd::arithmetic::div_mod::lemma_mod_add_multiples_vanish(j, i);
    assert(i + j == j + i);
}

proof fn lemma_sieved_step(m: int, i: int)
    requires
        i >= 2,
    ensures
        sieved(m, i + 1) == (sieved(m, i) && !(i < m && m % i == 0)),
{
    if sieved(m, i + 1) {
        assert forall|d: int| 2 <= d < i && d < m implies #[trigger] (m % d) != 0 by {
            assert(d < i + 1);
        }
        if i < m {
            assert(m % i != 0);
        }
    }
    if sieved(m, i) && !(i < m && m % i == 0) {
        assert forall|d: int| 2 <= d < i + 1 && d < m implies #[trigger] (m % d) != 0 by {
            if d < i {
            } else {
                assert(d == i);
            }
        }
    }
}

// If i is composite, its multiples above i were already crossed out by a smaller divisor.
proof fn lemma_skip_all(i: int, m: int)
    requires
        2 <= i,
        !sieved(i, i),
    ensures
        sieved(m, i + 1) == sieved(m, i),
{
    lemma_sieved_step(m, i);
    if m > i && sieved(m, i) && m % i == 0 {
        let d = choose|d: int| 2 <= d < i && d < i && #[trigger] (i % d) == 0;
        lemma_mod_trans(m, i, d);
        assert(m % d != 0);
    }
}

// Cross out every multiple m of i with i < m <= n.
fn mark_multiples(a: &mut Vec<bool>, n: usize, i: usize)
    requires
        old(a).len() == n + 1,
        2 <= i <= n,
        n <= 100000,
    ensures
        a.len() == n + 1,
        forall|m: int|
            0 <= m <= n ==> #[trigger] a@[m] == (old(a)@[m] && !(i < m && m % (i as int) == 0)),
{
    let mut j: usize = i + i;
    proof {
        vstd::arithmetic::div_mod::lemma_mod_multiples_basic(2, i as int);
        vstd::arithmetic::div_mod::lemma_mod_multiples_basic(1, i as int);
        assert(2 * (i as int) == j as int);
        assert(1 * (i as int) == i as int);
        assert forall|m: int| i < m < j implies #[trigger] (m % (i as int)) != 0 by {
            if m % (i as int) == 0 {
                lemma_next_multiple(i as int, i as int, m);
            }
        }
    }
    while j <= n
        invariant
            a.len() == n + 1,
            2 <= i <= n,
            n <= 100000,
            i + i <= j <= n + i,
            (j as int) % (i as int) == 0,
            forall|m: int|
                0 <= m <= n ==> #[trigger] a@[m] == (old(a)@[m] && !(i < m < j && m % (i as int) == 0)),
        decreases n + 1 - j,
    {
        a.set(j, false);
        proof {
            assert forall|m: int| j < m < j + i implies #[trigger] (m % (i as int)) != 0 by {
                if m % (i as int) == 0 {
                    lemma_next_multiple(i as int, j as int, m);
                }
            }
            lemma_add_mod(i as int, j as int);
        }
        j = j + i;
    }
}

// One round of the sieve: cross out the proper multiples of i when i is still marked.
fn cross_out(a: &mut Vec<bool>, n: usize, i: usize)
    requires
        old(a).len() == n + 1,
        2 <= i <= n,
        n <= 100000,
        forall|m: int| 0 <= m <= n ==> #[trigger] old(a)@[m] == (m >= 2 && sieved(m, i as int)),
    ensures
        a.len() == n + 1,
        forall|m: int| 0 <= m <= n ==> #[trigger] a@[m] == (m >= 2 && sieved(m, i as int + 1)),
{
    if a[i] {
        mark_multiples(a, n, i);
        proof {
            assert forall|m: int| 0 <= m <= n implies #[trigger] a@[m] == (m >= 2 && sieved(m, i as int + 1)) by {
                lemma_sieved_step(m, i as int);
            }
        }
    } else {
        proof {
            assert(a@[i as int] == (i >= 2 && sieved(i as int, i as int)));
            assert forall|m: int| 0 <= m <= n implies #[trigger] a@[m] == (m >= 2 && sieved(m, i as int + 1)) by {
                lemma_skip_all(i as int, m);
            }
        }
    }
}
// </vc:helpers>

fn sieve(n: usize) -> (s: Vec<bool>)
    requires
        pre_sieve_of_eratosthenes(n as int),
    ensures
        post_sieve_of_eratosthenes(n as int, s@),
{
    // <vc:code>
    let mut a: Vec<bool> = Vec::new();
    let mut k: usize = 0;
    while k <= n
        invariant
            k <= n + 1,
            n <= 100000,
            a.len() == k,
            forall|m: int| 0 <= m < k ==> #[trigger] a@[m] == (m >= 2),
        decreases n + 1 - k,
    {
        a.push(k >= 2);
        k = k + 1;
    }
    let mut i: usize = 2;
    while i <= n
        invariant
            2 <= i,
            n <= 100000,
            i <= n + 2,
            a.len() == n + 1,
            forall|m: int| 0 <= m <= n ==> #[trigger] a@[m] == (m >= 2 && sieved(m, i as int)),
        decreases n + 1 - i,
    {
        cross_out(&mut a, n, i);
        i = i + 1;
    }
    proof {
        assert forall|m: int| 0 <= m < n + 1 implies #[trigger] a@[m] == is_prime(m) by {
            if m >= 2 {
                lemma_sieved_is_prime(m, i as int);
            }
        }
        lemma_match_all(a@, n + 1);
    }
    a
    // </vc:code>
}

fn main() {}

} // verus!
