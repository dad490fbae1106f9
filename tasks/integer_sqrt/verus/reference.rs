use vstd::prelude::*;

verus! {

pub open spec fn pre_integer_sqrt(n: int) -> bool {
    0 <= n <= 1000000000000000000
}

pub open spec fn post_integer_sqrt(n: int, r: int) -> bool {
    0 <= r && r * r <= n && n < (r + 1) * (r + 1)
}

// <vc:helpers>
proof fn lemma_square_at_least(k: int)
    requires
        k >= 1,
    ensures
        k <= k * k,
{
    assert(k <= k * k) by (nonlinear_arith)
        requires
            k >= 1,
    ;
}
// </vc:helpers>

fn integer_sqrt(n: u64) -> (r: u64)
    requires
        pre_integer_sqrt(n as int),
    ensures
        post_integer_sqrt(n as int, r as int),
{
    // <vc:code>
    // Binary search on [lo, hi) keeping lo * lo <= n < hi * hi.
    let mut lo: u64 = 0;
    let mut hi: u64 = if n < 1000000000 { n + 1 } else { 1000000001 };
    proof {
        if n < 1000000000 {
            lemma_square_at_least(hi as int);
        } else {
            assert((hi as int) * (hi as int) == 1000000002000000001) by (nonlinear_arith)
                requires
                    hi == 1000000001,
            ;
        }
    }
    while hi - lo > 1
        invariant
            0 <= lo < hi <= 1000000001,
            (lo as int) * (lo as int) <= n as int,
            (n as int) < (hi as int) * (hi as int),
        decreases hi - lo,
    {
        let mid: u64 = lo + (hi - lo) / 2;
        proof {
            assert((mid as int) * (mid as int) <= 1000000002000000001) by (nonlinear_arith)
                requires
                    0 <= mid <= 1000000001,
            ;
        }
        if mid * mid <= n {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    proof {
        assert(hi as int == lo as int + 1);
        assert((n as int) < (lo as int + 1) * (lo as int + 1));
    }
    lo
    // </vc:code>
}

fn main() {}

} // verus!
