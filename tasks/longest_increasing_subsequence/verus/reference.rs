use vstd::prelude::*;

verus! {

// A choice picks position i when take[i] is true; count(take, k) is the number of picked
// positions among the first k.
pub open spec fn count(take: Seq<bool>, k: int) -> int
    decreases k,
{
    if k <= 0 || k > take.len() {
        0
    } else {
        count(take, k - 1) + (if take[k - 1] { 1int } else { 0int })
    }
}

// take has one entry per position and the picked elements, in order, are strictly increasing.
pub open spec fn increasing_sel(a: Seq<i64>, take: Seq<bool>) -> bool {
    &&& take.len() == a.len()
    &&& forall|i: int, j: int| 0 <= i < j < a.len() && #[trigger] take[i] && #[trigger] take[j] ==> a[i] < a[j]
}

pub open spec fn pre_longest_increasing_subsequence(a: Seq<i64>) -> bool {
    a.len() <= 1000
}

// take picks a strictly increasing subsequence of len elements, and none is longer.
pub open spec fn post_longest_increasing_subsequence(a: Seq<i64>, len: i64, take: Seq<bool>) -> bool {
    &&& increasing_sel(a, take)
    &&& count(take, a.len() as int) == len as int
    &&& forall|t: Seq<bool>| #[trigger] increasing_sel(a, t) ==> count(t, a.len() as int) <= len as int
}

// <vc:helpers>
pub open spec fn max_int(x: int, y: int) -> int {
    if x >= y { x } else { y }
}

// best_before(a, i, j): the greatest lend(a, k) over k < j with a[k] < a[i] (0 when none);
// lend(a, i): length of a longest strictly increasing subsequence ending exactly at i.
pub open spec fn best_before(a: Seq<i64>, i: int, j: int) -> int
    decreases i, j,
{
    if j <= 0 || i < 0 || j > i {
        0
    } else {
        max_int(best_before(a, i, j - 1), if a[j - 1] < a[i] { lend(a, j - 1) } else { 0 })
    }
}

pub open spec fn lend(a: Seq<i64>, i: int) -> int
    decreases i, i + 1,
{
    if i < 0 { 0 } else { 1 + best_before(a, i, i) }
}

proof fn lemma_best_before_ge(a: Seq<i64>, i: int, j: int, k: int)
    requires
        0 <= k < j <= i < a.len(),
        a[k] < a[i],
    ensures
        best_before(a, i, j) >= lend(a, k),
    decreases j,
{
    if k < j - 1 {
        lemma_best_before_ge(a, i, j - 1, k);
    }
}

proof fn lemma_best_before_range(a: Seq<i64>, i: int, j: int)
    requires
        0 <= j <= i < a.len(),
    ensures
        0 <= best_before(a, i, j) <= j,
    decreases i, j,
{
    if j > 0 {
        lemma_best_before_range(a, i, j - 1);
        lemma_best_before_range(a, j - 1, j - 1);
    }
}

proof fn lemma_count_same(t1: Seq<bool>, t2: Seq<bool>, k: int)
    requires
        0 <= k <= t1.len(),
        k <= t2.len(),
        forall|j: int| 0 <= j < k ==> t1[j] == t2[j],
    ensures
        count(t1, k) == count(t2, k),
    decreases k,
{
    if k > 0 {
        lemma_count_same(t1, t2, k - 1);
    }
}

proof fn lemma_count_set(t: Seq<bool>, p: int, k: int)
    requires
        0 <= p < k <= t.len(),
        !t[p],
    ensures
        count(t.update(p, true), k) == count(t, k) + 1,
    decreases k,
{
    if k - 1 > p {
        lemma_count_set(t, p, k - 1);
    } else {
        lemma_count_same(t, t.update(p, true), p);
    }
}

proof fn lemma_count_zero(t: Seq<bool>, k: int)
    requires
        forall|j: int| 0 <= j < t.len() ==> !#[trigger] t[j],
    ensures
        count(t, k) == 0,
    decreases k,
{
    if k > 0 && k <= t.len() {
        lemma_count_zero(t, k - 1);
    }
}

// With no pick in [j, i), the count up to i equals the count up to j.
proof fn lemma_count_gap(t: Seq<bool>, j: int, i: int)
    requires
        0 <= j <= i <= t.len(),
        forall|k: int| j <= k < i ==> !#[trigger] t[k],
    ensures
        count(t, i) == count(t, j),
    decreases i,
{
    if i > j {
        lemma_count_gap(t, j, i - 1);
    }
}

// A positive count up to i has a last pick below i.
proof fn lemma_last_pick(t: Seq<bool>, i: int) -> (j: int)
    requires
        0 <= i <= t.len(),
        count(t, i) > 0,
    ensures
        0 <= j < i,
        t[j],
        forall|k: int| j < k < i ==> !#[trigger] t[k],
    decreases i,
{
    if t[i - 1] {
        i - 1
    } else {
        lemma_last_pick(t, i - 1)
    }
}

// A strictly increasing selection whose last pick is i has at most lend(a, i) elements.
proof fn lemma_upper_end(a: Seq<i64>, t: Seq<bool>, i: int)
    requires
        increasing_sel(a, t),
        0 <= i < a.len(),
        t[i],
    ensures
        count(t, i + 1) <= lend(a, i),
    decreases i,
{
    lemma_best_before_range(a, i, i);
    if count(t, i) > 0 {
        let j = lemma_last_pick(t, i);
        lemma_count_gap(t, j + 1, i);
        lemma_upper_end(a, t, j);
        lemma_best_before_ge(a, i, i, j);
    }
}
// </vc:helpers>

fn longest_increasing_subsequence(a: &Vec<i64>) -> (r: (i64, Vec<bool>))
    requires
        pre_longest_increasing_subsequence(a@),
    ensures
        post_longest_increasing_subsequence(a@, r.0, r.1@),
{
    // <vc:code>
    let n = a.len();
    if n == 0 {
        return (0, Vec::new());
    }
    // l[i] = lend(a, i); prev[i] = the index before i in a longest one ending at i, or n (none).
    let mut l: Vec<i64> = Vec::new();
    let mut prev: Vec<usize> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            n == a.len(),
            n <= 1000,
            0 <= i <= n,
            l.len() == i,
            prev.len() == i,
            forall|x: int| 0 <= x < i ==> (#[trigger] l@[x]) as int == lend(a@, x) && 1 <= l@[x] <= x + 1,
            forall|x: int| 0 <= x < i ==> (#[trigger] prev@[x] == n && l@[x] == 1) ||
                (prev@[x] < x && a@[prev@[x] as int] < a@[x] && l@[prev@[x] as int] == l@[x] - 1),
        decreases n - i,
    {
        let mut b: i64 = 0;
        let mut p: usize = n;
        let mut j: usize = 0;
        while j < i
            invariant
                n == a.len(),
                n <= 1000,
                0 <= j <= i < n,
                l.len() == i,
                prev.len() == i,
                b as int == best_before(a@, i as int, j as int),
                0 <= b <= j,
                (p == n && b == 0) || (p < j && a@[p as int] < a@[i as int] && l@[p as int] == b),
                forall|x: int| 0 <= x < i ==> (#[trigger] l@[x]) as int == lend(a@, x) && 1 <= l@[x] <= x + 1,
                forall|x: int| 0 <= x < i ==> (#[trigger] prev@[x] == n && l@[x] == 1) ||
                    (prev@[x] < x && a@[prev@[x] as int] < a@[x] && l@[prev@[x] as int] == l@[x] - 1),
            decreases i - j,
        {
            if a[j] < a[i] && l[j] > b {
                b = l[j];
                p = j;
            }
            j = j + 1;
        }
        l.push(b + 1);
        prev.push(p);
        i = i + 1;
    }
    // The longest one ends at e.
    let mut e: usize = 0;
    let mut i: usize = 1;
    while i < n
        invariant
            n == a.len(),
            1 <= i <= n,
            0 <= e < i,
            l.len() == n,
            forall|x: int| 0 <= x < i ==> l@[x] <= l@[e as int],
        decreases n - i,
    {
        if l[i] > l[e] {
            e = i;
        }
        i = i + 1;
    }
    let len = l[e];
    // Follow the prev links from e, picking every index on the way.
    let mut take: Vec<bool> = Vec::new();
    let mut k: usize = 0;
    while k < n
        invariant
            0 <= k <= n,
            take.len() == k,
            forall|x: int| 0 <= x < k ==> !#[trigger] take@[x],
        decreases n - k,
    {
        take.push(false);
        k = k + 1;
    }
    proof {
        lemma_count_zero(take@, n as int);
        lemma_count_set(take@, e as int, n as int);
    }
    take.set(e, true);
    let mut cur: usize = e;
    while prev[cur] != n
        invariant
            n == a.len(),
            0 <= cur <= e < n,
            l.len() == n,
            prev.len() == n,
            take.len() == n,
            take@[cur as int],
            forall|m: int| 0 <= m < n && #[trigger] take@[m] ==> cur <= m && a@[cur as int] <= a@[m],
            forall|x: int, y: int| 0 <= x < y < n && #[trigger] take@[x] && #[trigger] take@[y] ==> a@[x] < a@[y],
            count(take@, n as int) == l@[e as int] - l@[cur as int] + 1,
            forall|x: int| 0 <= x < n ==> (#[trigger] l@[x]) as int == lend(a@, x) && 1 <= l@[x] <= x + 1,
            forall|x: int| 0 <= x < n ==> (#[trigger] prev@[x] == n && l@[x] == 1) ||
                (prev@[x] < x && a@[prev@[x] as int] < a@[x] && l@[prev@[x] as int] == l@[x] - 1),
        decreases cur,
    {
        let q = prev[cur];
        proof {
            lemma_count_set(take@, q as int, n as int);
        }
        take.set(q, true);
        cur = q;
    }
    proof {
        assert forall|t: Seq<bool>| #[trigger] increasing_sel(a@, t) implies count(t, a@.len() as int) <= len as int by {
            if count(t, n as int) > 0 {
                let j = lemma_last_pick(t, n as int);
                lemma_count_gap(t, j + 1, n as int);
                lemma_upper_end(a@, t, j);
            }
        }
    }
    (len, take)
    // </vc:code>
}

fn main() {}

} // verus!
