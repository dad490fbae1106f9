use vstd::prelude::*;

verus! {

// A selection picks position i when take[i] is true; it is valid when it has one entry per
// position and no two adjacent positions are picked. mask_sum(a, take, k) is the sum of the
// picked elements among the first k.
pub open spec fn mask_sum(a: Seq<i64>, take: Seq<bool>, k: int) -> int
    decreases k,
{
    if k <= 0 || k > a.len() || k > take.len() {
        0
    } else {
        mask_sum(a, take, k - 1) + (if take[k - 1] { a[k - 1] as int } else { 0 })
    }
}

pub open spec fn valid_sel(a: Seq<i64>, take: Seq<bool>) -> bool {
    &&& take.len() == a.len()
    &&& forall|i: int| 0 <= i < take.len() - 1 ==> !(#[trigger] take[i] && take[i + 1])
}

pub open spec fn pre_house_robber(a: Seq<i64>) -> bool {
    a.len() <= 100000 && forall|i: int| 0 <= i < a.len() ==> 0 <= #[trigger] a[i] <= 1000000
}

// take is a valid selection with sum r, and no valid selection has a larger sum.
pub open spec fn post_house_robber(a: Seq<i64>, r: i64, take: Seq<bool>) -> bool {
    &&& valid_sel(a, take)
    &&& mask_sum(a, take, a.len() as int) == r as int
    &&& forall|t: Seq<bool>| #[trigger] valid_sel(a, t) ==> mask_sum(a, t, a.len() as int) <= r as int
}

// <vc:helpers>
pub open spec fn max_int(x: int, y: int) -> int {
    if x >= y { x } else { y }
}

// Best sum of a valid selection among the first i positions.
pub open spec fn rob(a: Seq<i64>, i: int) -> int
    decreases i,
{
    if i <= 0 {
        0
    } else if i == 1 {
        a[0] as int
    } else {
        max_int(rob(a, i - 1), rob(a, i - 2) + a[i - 1] as int)
    }
}

proof fn lemma_rob_bounds(a: Seq<i64>, i: int)
    requires
        pre_house_robber(a),
        0 <= i <= a.len(),
    ensures
        0 <= rob(a, i) <= i * 1000000,
        i >= 1 ==> rob(a, i - 1) <= rob(a, i),
    decreases i,
{
    if i >= 1 {
        assert(0 <= a[i - 1] <= 1000000);
        lemma_rob_bounds(a, i - 1);
        if i >= 2 {
            lemma_rob_bounds(a, i - 2);
        }
    }
}

proof fn lemma_mask_same(xs: Seq<i64>, t1: Seq<bool>, t2: Seq<bool>, k: int)
    requires
        0 <= k <= t1.len(),
        k <= t2.len(),
        forall|j: int| 0 <= j < k ==> t1[j] == t2[j],
    ensures
        mask_sum(xs, t1, k) == mask_sum(xs, t2, k),
    decreases k,
{
    if k > 0 {
        lemma_mask_same(xs, t1, t2, k - 1);
    }
}

proof fn lemma_mask_zero(xs: Seq<i64>, t: Seq<bool>, k: int)
    requires
        forall|j: int| 0 <= j < t.len() ==> !#[trigger] t[j],
    ensures
        mask_sum(xs, t, k) == 0,
    decreases k,
{
    if k > 0 && k <= xs.len() && k <= t.len() {
        lemma_mask_zero(xs, t, k - 1);
    }
}

// Picking position p (not picked before) adds xs[p] to every sum that covers p.
proof fn lemma_mask_set(xs: Seq<i64>, t: Seq<bool>, p: int, k: int)
    requires
        0 <= p < t.len(),
        p < xs.len(),
        !t[p],
        p < k <= xs.len(),
        k <= t.len(),
    ensures
        mask_sum(xs, t.update(p, true), k) == mask_sum(xs, t, k) + xs[p] as int,
    decreases k,
{
    if k - 1 > p {
        lemma_mask_set(xs, t, p, k - 1);
    } else {
        lemma_mask_same(xs, t, t.update(p, true), p);
    }
}

// No valid selection among the first k positions beats rob(k).
proof fn lemma_upper(a: Seq<i64>, t: Seq<bool>, k: int)
    requires
        pre_house_robber(a),
        valid_sel(a, t),
        0 <= k <= a.len(),
    ensures
        mask_sum(a, t, k) <= rob(a, k),
    decreases k,
{
    if k >= 1 {
        lemma_rob_bounds(a, k);
        lemma_upper(a, t, k - 1);
        if k >= 2 {
            lemma_upper(a, t, k - 2);
            if t[k - 1] {
                assert(!(t[k - 2] && t[k - 1]));
            }
        }
    }
}
// </vc:helpers>

fn house_robber(a: &Vec<i64>) -> (r: (i64, Vec<bool>))
    requires
        pre_house_robber(a@),
    ensures
        post_house_robber(a@, r.0, r.1@),
{
    // <vc:code>
    let n = a.len();
    // dp[i] = best sum of a valid selection among the first i positions.
    let mut dp: Vec<i64> = Vec::new();
    dp.push(0);
    if n >= 1 {
        assert(0 <= a@[0] <= 1000000);
        dp.push(a[0]);
    }
    let mut i: usize = 2;
    while i <= n
        invariant
            pre_house_robber(a@),
            n == a.len(),
            2 <= i,
            i <= n + 1 || (n < 2 && i == 2),
            dp.len() == if n < 2 { n + 1 } else { i },
            forall|j: int| 0 <= j < dp.len() ==> (#[trigger] dp@[j]) as int == rob(a@, j),
        decreases n + 2 - i,
    {
        proof {
            lemma_rob_bounds(a@, i as int - 1);
            lemma_rob_bounds(a@, i as int - 2);
            assert(0 <= a@[i - 1] <= 1000000);
        }
        let skip = dp[i - 1];
        let pick = dp[i - 2] + a[i - 1];
        dp.push(if skip >= pick { skip } else { pick });
        i = i + 1;
    }
    let r = dp[n];
    // Walk back: position i-1 is picked exactly when it changes the entry, then i-2 is skipped.
    let mut take: Vec<bool> = Vec::new();
    let mut k: usize = 0;
    while k < n
        invariant
            0 <= k <= n,
            take.len() == k,
            forall|j: int| 0 <= j < k ==> !#[trigger] take@[j],
        decreases n - k,
    {
        take.push(false);
        k = k + 1;
    }
    proof {
        lemma_mask_zero(a@, take@, n as int);
    }
    let mut i: usize = n;
    while i > 0
        invariant
            pre_house_robber(a@),
            n == a.len(),
            0 <= i <= n,
            dp.len() == n + 1,
            forall|j: int| 0 <= j <= n ==> (#[trigger] dp@[j]) as int == rob(a@, j),
            take.len() == n,
            forall|j: int| 0 <= j < i ==> !#[trigger] take@[j],
            0 < i < n ==> !take@[i as int],
            forall|j: int| 0 <= j < n - 1 ==> !(#[trigger] take@[j] && take@[j + 1]),
            mask_sum(a@, take@, n as int) + rob(a@, i as int) == r as int,
        decreases i,
    {
        if dp[i] != dp[i - 1] {
            proof {
                lemma_mask_set(a@, take@, i - 1, n as int);
            }
            take.set(i - 1, true);
            i = if i >= 2 { i - 2 } else { 0 };
        } else {
            i = i - 1;
        }
    }
    proof {
        assert forall|t: Seq<bool>| #[trigger] valid_sel(a@, t) implies mask_sum(a@, t, a@.len() as int) <= r as int by {
            lemma_upper(a@, t, n as int);
        }
    }
    (r, take)
    // </vc:code>
}

fn main() {}

} // verus!
