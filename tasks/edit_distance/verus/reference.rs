use vstd::prelude::*;

verus! {

// An alignment of a with b is given by m: m[i] is the position of b aligned with a[i], or -1
// when a[i] is deleted; aligned positions increase together, and every position of b not
// aligned with anything is inserted. matched(m, k) counts the aligned positions among the first
// k; mismatched(a, b, m, k) those whose two elements differ (each costs a substitution).
pub open spec fn matched(m: Seq<i64>, k: int) -> int
    decreases k,
{
    if k <= 0 || k > m.len() {
        0
    } else {
        matched(m, k - 1) + (if m[k - 1] >= 0 { 1int } else { 0int })
    }
}

pub open spec fn mismatched(a: Seq<i64>, b: Seq<i64>, m: Seq<i64>, k: int) -> int
    decreases k,
{
    if k <= 0 || k > m.len() || k > a.len() {
        0
    } else {
        mismatched(a, b, m, k - 1) + (if 0 <= m[k - 1] < b.len() && a[k - 1] != b[m[k - 1] as int] { 1int } else { 0int })
    }
}

pub open spec fn alignment(a: Seq<i64>, b: Seq<i64>, m: Seq<i64>) -> bool {
    &&& m.len() == a.len()
    &&& forall|i: int| 0 <= i < a.len() ==> -1 <= #[trigger] m[i] < b.len()
    &&& forall|i: int, j: int| 0 <= i < j < a.len() && #[trigger] m[i] >= 0 && #[trigger] m[j] >= 0 ==> m[i] < m[j]
}

// Edits of an alignment: deletions (|a| - aligned), insertions (|b| - aligned), substitutions.
pub open spec fn cost(a: Seq<i64>, b: Seq<i64>, m: Seq<i64>) -> int {
    a.len() + b.len() - 2 * matched(m, a.len() as int) + mismatched(a, b, m, a.len() as int)
}

pub open spec fn pre_edit_distance(a: Seq<i64>, b: Seq<i64>) -> bool {
    a.len() <= 1000 && b.len() <= 1000
}

// m is an alignment with dist edits, and no alignment needs fewer.
pub open spec fn post_edit_distance(a: Seq<i64>, b: Seq<i64>, dist: i64, m: Seq<i64>) -> bool {
    &&& alignment(a, b, m)
    &&& cost(a, b, m) == dist as int
    &&& forall|x: Seq<i64>| #[trigger] alignment(a, b, x) ==> dist as int <= cost(a, b, x)
}

// <vc:helpers>
pub open spec fn min3(x: int, y: int, z: int) -> int {
    if x <= y && x <= z { x } else if y <= z { y } else { z }
}

// Edit distance of a[..i] and b[..j].
pub open spec fn ed(a: Seq<i64>, b: Seq<i64>, i: int, j: int) -> int
    decreases i + j,
{
    if i <= 0 {
        if j <= 0 { 0 } else { j }
    } else if j <= 0 {
        i
    } else {
        min3(ed(a, b, i - 1, j) + 1, ed(a, b, i, j - 1) + 1,
            ed(a, b, i - 1, j - 1) + (if a[i - 1] != b[j - 1] { 1int } else { 0int }))
    }
}

proof fn lemma_ed_bounds(a: Seq<i64>, b: Seq<i64>, i: int, j: int)
    requires
        0 <= i,
        0 <= j,
    ensures
        0 <= ed(a, b, i, j) <= i + j,
    decreases i + j,
{
    if i > 0 && j > 0 {
        lemma_ed_bounds(a, b, i - 1, j);
        lemma_ed_bounds(a, b, i, j - 1);
        lemma_ed_bounds(a, b, i - 1, j - 1);
    }
}

proof fn lemma_sums_same(a: Seq<i64>, b: Seq<i64>, m1: Seq<i64>, m2: Seq<i64>, k: int)
    requires
        0 <= k <= m1.len(),
        k <= m2.len(),
        forall|t: int| 0 <= t < k ==> m1[t] == m2[t],
    ensures
        matched(m1, k) == matched(m2, k),
        mismatched(a, b, m1, k) == mismatched(a, b, m2, k),
    decreases k,
{
    if k > 0 {
        lemma_sums_same(a, b, m1, m2, k - 1);
    }
}

proof fn lemma_sums_set(a: Seq<i64>, b: Seq<i64>, m: Seq<i64>, p: int, v: i64, k: int)
    requires
        0 <= p < k <= m.len(),
        k <= a.len(),
        m[p] < 0,
        0 <= v < b.len(),
    ensures
        matched(m.update(p, v), k) == matched(m, k) + 1,
        mismatched(a, b, m.update(p, v), k) == mismatched(a, b, m, k) + (if a[p] != b[v as int] { 1int } else { 0int }),
    decreases k,
{
    if k - 1 > p {
        lemma_sums_set(a, b, m, p, v, k - 1);
    } else {
        lemma_sums_same(a, b, m, m.update(p, v), p);
    }
}

proof fn lemma_sums_none(a: Seq<i64>, b: Seq<i64>, m: Seq<i64>, k: int)
    requires
        0 <= k <= m.len(),
        forall|t: int| 0 <= t < k ==> #[trigger] m[t] < 0,
    ensures
        matched(m, k) == 0,
        mismatched(a, b, m, k) == 0,
    decreases k,
{
    if k > 0 {
        lemma_sums_none(a, b, m, k - 1);
    }
}

// An alignment whose positions below i are aligned below j costs, on the prefixes a[..i] and
// b[..j], at least ed(i, j) edits.
proof fn lemma_lower(a: Seq<i64>, b: Seq<i64>, x: Seq<i64>, i: int, j: int)
    requires
        alignment(a, b, x),
        0 <= i <= a.len(),
        0 <= j <= b.len(),
        forall|t: int| 0 <= t < i ==> #[trigger] x[t] < j,
    ensures
        i + j - 2 * matched(x, i) + mismatched(a, b, x, i) >= ed(a, b, i, j),
    decreases i + j,
{
    if i == 0 {
    } else if j == 0 {
        assert forall|t: int| 0 <= t < i implies #[trigger] x[t] < 0 by {}
        lemma_sums_none(a, b, x, i);
    } else if x[i - 1] < 0 {
        lemma_lower(a, b, x, i - 1, j);
    } else if x[i - 1] == j - 1 {
        assert forall|t: int| 0 <= t < i - 1 implies #[trigger] x[t] < j - 1 by {
            if x[t] >= 0 {
                assert(x[t] < x[i - 1]);
            }
        }
        lemma_lower(a, b, x, i - 1, j - 1);
    } else {
        assert forall|t: int| 0 <= t < i implies #[trigger] x[t] < j - 1 by {
            if x[t] >= 0 && t < i - 1 {
                assert(x[t] < x[i - 1]);
            }
        }
        lemma_lower(a, b, x, i, j - 1);
    }
}
// </vc:helpers>

fn edit_distance(a: &Vec<i64>, b: &Vec<i64>) -> (r: (i64, Vec<i64>))
    requires
        pre_edit_distance(a@, b@),
    ensures
        post_edit_distance(a@, b@, r.0, r.1@),
{
    // <vc:code>
    let n = a.len();
    let w = b.len();
    // dp[i][j] = ed(a, b, i, j).
    let mut dp: Vec<Vec<i64>> = Vec::new();
    let mut i: usize = 0;
    while i <= n
        invariant
            n == a.len(),
            w == b.len(),
            n <= 1000,
            w <= 1000,
            0 <= i <= n + 1,
            dp.len() == i,
            forall|r: int| 0 <= r < i ==> (#[trigger] dp@[r]).len() == w + 1,
            forall|r: int, c: int| 0 <= r < i && 0 <= c <= w ==> (#[trigger] dp@[r]@[c]) as int == ed(a@, b@, r, c),
        decreases n + 1 - i,
    {
        let mut row: Vec<i64> = Vec::new();
        let mut j: usize = 0;
        while j <= w
            invariant
                n == a.len(),
                w == b.len(),
                n <= 1000,
                w <= 1000,
                0 <= i <= n,
                0 <= j <= w + 1,
                dp.len() == i,
                row.len() == j,
                forall|r: int| 0 <= r < i ==> (#[trigger] dp@[r]).len() == w + 1,
                forall|r: int, c: int| 0 <= r < i && 0 <= c <= w ==> (#[trigger] dp@[r]@[c]) as int == ed(a@, b@, r, c),
                forall|c: int| 0 <= c < j ==> (#[trigger] row@[c]) as int == ed(a@, b@, i as int, c),
            decreases w + 1 - j,
        {
            let mut v: i64;
            if i == 0 {
                v = j as i64;
            } else if j == 0 {
                v = i as i64;
            } else {
                proof {
                    lemma_ed_bounds(a@, b@, i as int - 1, j as int);
                    lemma_ed_bounds(a@, b@, i as int, j as int - 1);
                    lemma_ed_bounds(a@, b@, i as int - 1, j as int - 1);
                }
                let del = dp[i - 1][j] + 1;
                let ins = row[j - 1] + 1;
                let sub = dp[i - 1][j - 1] + if a[i - 1] != b[j - 1] { 1 } else { 0 };
                v = del;
                if ins < v {
                    v = ins;
                }
                if sub < v {
                    v = sub;
                }
            }
            row.push(v);
            j = j + 1;
        }
        dp.push(row);
        i = i + 1;
    }
    let dist = dp[n][w];
    // Walk back from (n, w): align, delete from a, or insert from b, following the table.
    let mut m: Vec<i64> = Vec::new();
    let mut k: usize = 0;
    while k < n
        invariant
            0 <= k <= n,
            m.len() == k,
            forall|t: int| 0 <= t < k ==> #[trigger] m@[t] == -1,
        decreases n - k,
    {
        m.push(-1);
        k = k + 1;
    }
    proof {
        lemma_sums_none(a@, b@, m@, n as int);
    }
    let mut i: usize = n;
    let mut j: usize = w;
    while i > 0 || j > 0
        invariant
            n == a.len(),
            w == b.len(),
            n <= 1000,
            w <= 1000,
            0 <= i <= n,
            0 <= j <= w,
            dp.len() == n + 1,
            forall|r: int| 0 <= r <= n ==> (#[trigger] dp@[r]).len() == w + 1,
            forall|r: int, c: int| 0 <= r <= n && 0 <= c <= w ==> (#[trigger] dp@[r]@[c]) as int == ed(a@, b@, r, c),
            m.len() == n,
            forall|t: int| 0 <= t < i ==> #[trigger] m@[t] == -1,
            forall|t: int| i <= t < n ==> -1 <= #[trigger] m@[t] < w && (m@[t] >= 0 ==> j <= m@[t]),
            forall|s: int, t: int| 0 <= s < t < n && #[trigger] m@[s] >= 0 && #[trigger] m@[t] >= 0 ==> m@[s] < m@[t],
            (n - i) + (w - j) - 2 * matched(m@, n as int) + mismatched(a@, b@, m@, n as int) + ed(a@, b@, i as int, j as int) == dist as int,
        decreases i + j,
    {
        if i > 0 && j > 0 && dp[i][j] == dp[i - 1][j - 1] + if a[i - 1] != b[j - 1] { 1 } else { 0 } {
            proof {
                lemma_sums_set(a@, b@, m@, i - 1, (j - 1) as i64, n as int);
            }
            m.set(i - 1, (j - 1) as i64);
            i = i - 1;
            j = j - 1;
        } else if i > 0 && dp[i][j] == dp[i - 1][j] + 1 {
            i = i - 1;
        } else {
            j = j - 1;
        }
    }
    proof {
        assert forall|x: Seq<i64>| #[trigger] alignment(a@, b@, x) implies dist as int <= cost(a@, b@, x) by {
            lemma_lower(a@, b@, x, n as int, w as int);
        }
    }
    (dist, m)
    // </vc:code>
}

fn main() {}

} // verus!
