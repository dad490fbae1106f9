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
// </vc:helpers>

fn fib_iterative(n: u64) -> (r: u64)
    requires
        pre_fibonacci_iterative(n as int),
    ensures
        post_fibonacci_iterative(n as int, r as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
