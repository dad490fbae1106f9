use vstd::prelude::*;

verus! {

// lowbit(i): the largest power of two dividing i (for i >= 1).
pub open spec fn lowbit(i: int) -> int
    decreases i,
{
    if i <= 0 {
        1
    } else if i % 2 == 1 {
        1
    } else {
        2 * lowbit(i / 2)
    }
}

// The sum of a[lo..hi).
pub open spec fn sum(a: Seq<i64>, lo: int, hi: int) -> int
    decreases hi - lo,
{
    if hi <= lo {
        0
    } else {
        sum(a, lo, hi - 1) + a[hi - 1] as int
    }
}

// A Fenwick (binary indexed) tree of a, 1-based: t[i] (1 <= i <= |a|) holds the sum of the
// lowbit(i) elements of a ending at position i (1-based), i.e. a[i - lowbit(i) .. i) 0-based.
// t[0] is unused. (The conjunct 1 <= lowbit(i) <= i always holds; it keeps sum's range valid.)
pub open spec fn is_fenwick(a: Seq<i64>, t: Seq<i64>) -> bool {
    t.len() == a.len() + 1 && forall|i: int| #![trigger t[i]]
        1 <= i <= a.len() ==> 1 <= lowbit(i) <= i && t[i] as int == sum(a, i - lowbit(i), i)
}

pub open spec fn pre_fenwick_tree(a: Seq<i64>, t: Seq<i64>, k: int) -> bool {
    a.len() <= 100000 && (forall|i: int| 0 <= i < a.len() ==> -1000000000 <= #[trigger] a[i] <= 1000000000)
        && is_fenwick(a, t) && 0 <= k <= a.len()
}

// The prefix-sum query returns the sum of the first k elements of a.
pub open spec fn post_fenwick_tree(a: Seq<i64>, t: Seq<i64>, k: int, s: i64) -> bool {
    0 <= k <= a.len() && s as int == sum(a, 0, k)
}

// <vc:helpers>
pub open spec fn pow2(e: nat) -> int
    decreases e,
{
    if e == 0 {
        1
    } else {
        2 * pow2((e - 1) as nat)
    }
}

proof fn lemma_pow2_pos(e: nat)
    ensures
        pow2(e) >= 1,
    decreases e,
{
    if e > 0 {
        lemma_pow2_pos((e - 1) as nat);
    }
}

// The node pos + p, for pos a multiple of 2p and p a power of two, covers exactly p elements.
proof fn lemma_lowbit_step(e: nat, c: nat)
    ensures
        c * 2 * pow2(e) + pow2(e) >= 1,
        lowbit(c * 2 * pow2(e) + pow2(e)) == pow2(e),
    decreases e,
{
    lemma_pow2_pos(e);
    assert(c * 2 * pow2(e) >= 0) by (nonlinear_arith)
        requires pow2(e) >= 1;
    if e > 0 {
        let q = pow2((e - 1) as nat);
        lemma_pow2_pos((e - 1) as nat);
        let x = c * 2 * q;
        assert(c * 2 * pow2(e) == 2 * x) by (nonlinear_arith)
            requires pow2(e) == 2 * q, x == c * 2 * q;
        let y = 2 * x + 2 * q;
        assert(y % 2 == 0);
        assert(y / 2 == x + q);
        lemma_lowbit_step((e - 1) as nat, c);
    }
}

proof fn lemma_regroup(c: int, q: int)
    ensures
        c * 2 * (2 * q) + 2 * q == (2 * c + 1) * 2 * q,
        c * 2 * (2 * q) == (2 * c) * 2 * q,
{
    assert(c * 2 * (2 * q) + 2 * q == (2 * c + 1) * 2 * q) by (nonlinear_arith);
    assert(c * 2 * (2 * q) == (2 * c) * 2 * q) by (nonlinear_arith);
}

proof fn lemma_sum_split(a: Seq<i64>, lo: int, mid: int, hi: int)
    requires
        0 <= lo <= mid <= hi <= a.len(),
    ensures
        sum(a, lo, hi) == sum(a, lo, mid) + sum(a, mid, hi),
    decreases hi - mid,
{
    if hi > mid {
        lemma_sum_split(a, lo, mid, hi - 1);
    }
}

proof fn lemma_sum_bound(a: Seq<i64>, hi: int)
    requires
        0 <= hi <= a.len(),
        forall|i: int| 0 <= i < a.len() ==> -1000000000 <= #[trigger] a[i] <= 1000000000,
    ensures
        -1000000000 * hi <= sum(a, 0, hi) <= 1000000000 * hi,
    decreases hi,
{
    if hi > 0 {
        lemma_sum_bound(a, hi - 1);
    }
}

// Taking node pos + p: it holds a[pos .. pos + p), and the new position is aligned to p.
proof fn lemma_take_step(a: Seq<i64>, t: Seq<i64>, pos: int, p: int, e: nat, c: nat)
    requires
        is_fenwick(a, t),
        p == pow2(e),
        pos == c * 2 * p,
        0 <= pos,
        pos + p <= a.len(),
    ensures
        1 <= pos + p <= a.len(),
        t[pos + p] as int == sum(a, pos, pos + p),
        sum(a, 0, pos + p) == sum(a, 0, pos) + t[pos + p] as int,
        e > 0 ==> pos + p == (2 * c + 1) * 2 * pow2((e - 1) as nat),
{
    lemma_lowbit_step(e, c);
    lemma_pow2_pos(e);
    assert(t[pos + p] as int == sum(a, pos + p - lowbit(pos + p), pos + p));
    lemma_sum_split(a, 0, pos, pos + p);
    if e > 0 {
        lemma_regroup(c as int, pow2((e - 1) as nat));
    }
}

proof fn lemma_skip_step(pos: int, p: int, e: nat, c: nat)
    requires
        p == pow2(e),
        pos == c * 2 * p,
    ensures
        e > 0 ==> pos == (2 * c) * 2 * pow2((e - 1) as nat),
{
    if e > 0 {
        lemma_regroup(c as int, pow2((e - 1) as nat));
    }
}

proof fn lemma_halve(p: int, e: nat)
    requires
        p == pow2(e),
    ensures
        e > 0 ==> p == 2 * pow2((e - 1) as nat) && p / 2 == pow2((e - 1) as nat) && pow2((e - 1) as nat) >= 1,
        e == 0 ==> p == 1 && p / 2 == 0,
{
    if e > 0 {
        lemma_pow2_pos((e - 1) as nat);
    }
}
// </vc:helpers>

// Prefix-sum query on the Fenwick tree t of a: the sum of a[0..k), read from O(log n) nodes of t.
fn fenwick_prefix_sum(a: &Vec<i64>, t: &Vec<i64>, k: usize) -> (s: i64)
    requires
        pre_fenwick_tree(a@, t@, k as int),
    ensures
        post_fenwick_tree(a@, t@, k as int, s),
{
    // <vc:code>
    let mut p: usize = 1;
    let ghost mut e: nat = 0;
    while p * 2 <= k
        invariant
            p as int == pow2(e),
            1 <= p <= k + 1,
            k <= 100000,
        decreases k - p,
    {
        p = p * 2;
        proof {
            e = e + 1;
        }
    }
    let mut pos: usize = 0;
    let ghost mut c: nat = 0;
    let mut s: i64 = 0;
    while p >= 1
        invariant
            pre_fenwick_tree(a@, t@, k as int),
            0 <= pos <= k,
            p <= 100001,
            s as int == sum(a@, 0, pos as int),
            p >= 1 ==> p as int == pow2(e) && pos as int == c * 2 * p && k - pos < 2 * p,
            p == 0 ==> pos == k,
        decreases p,
    {
        proof {
            lemma_halve(p as int, e);
        }
        if pos + p <= k {
            proof {
                lemma_take_step(a@, t@, pos as int, p as int, e, c);
                lemma_sum_bound(a@, (pos + p) as int);
                lemma_sum_bound(a@, pos as int);
            }
            s = s + t[pos + p];
            pos = pos + p;
            proof {
                c = 2 * c + 1;
            }
        } else {
            proof {
                lemma_skip_step(pos as int, p as int, e, c);
                c = 2 * c;
            }
        }
        proof {
            if e > 0 {
                e = (e - 1) as nat;
            }
        }
        p = p / 2;
    }
    s
    // </vc:code>
}

fn main() {}

} // verus!
