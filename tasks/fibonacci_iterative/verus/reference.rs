use vstd::prelude::*;

verus! {

pub open spec fn fib(n: int) -> int
    decreases n,
{
    if n <= 0 {
        0
    } else if n == 1 {
        1
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

pub open spec fn pre_fibonacci_iterative(n: int) -> bool {
    0 <= n <= 90
}

pub open spec fn post_fibonacci_iterative(n: int, r: int) -> bool {
    r == fib(n)
}

// <vc:helpers>
// fib is non-negative and monotone.
proof fn lemma_fib_mono(i: int, j: int)
    requires
        0 <= i <= j,
    ensures
        0 <= fib(i) <= fib(j),
    decreases j,
{
    if i < j {
        lemma_fib_mono(i, j - 1);
        if j >= 2 {
            lemma_fib_mono(0, j - 2);
        }
    } else if i >= 2 {
        lemma_fib_mono(0, i - 1);
        lemma_fib_mono(0, i - 2);
    }
}

// Linear-time evaluation of the pair (fib(n), fib(n + 1)), used to evaluate fib(90).
spec fn fib_pair(n: nat) -> (int, int)
    decreases n,
{
    if n == 0 {
        (0, 1)
    } else {
        let p = fib_pair((n - 1) as nat);
        (p.1, p.0 + p.1)
    }
}

proof fn lemma_fib_pair(n: nat)
    ensures
        fib_pair(n) == (fib(n as int), fib(n as int + 1)),
    decreases n,
{
    if n > 0 {
        lemma_fib_pair((n - 1) as nat);
    }
}

proof fn lemma_fib_bound(k: int)
    requires
        0 <= k <= 91,
    ensures
        0 <= fib(k) <= 4660046610375530309,
{
    lemma_fib_pair(90);
    assert(fib_pair(90).1 == 4660046610375530309) by (compute_only);
    lemma_fib_mono(k, 91);
}
// </vc:helpers>

fn fib_iterative(n: u64) -> (r: u64)
    requires
        pre_fibonacci_iterative(n as int),
    ensures
        post_fibonacci_iterative(n as int, r as int),
{
    // <vc:code>
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    let mut i: u64 = 0;
    while i < n
        invariant
            0 <= i <= n <= 90,
            a as int == fib(i as int),
            b as int == fib(i as int + 1),
        decreases n - i,
    {
        proof {
            lemma_fib_bound(i as int + 2);
        }
        assert(fib(i as int + 2) == fib(i as int + 1) + fib(i as int));
        let c = a + b;
        a = b;
        b = c;
        i = i + 1;
    }
    a
    // </vc:code>
}

fn main() {}

} // verus!
