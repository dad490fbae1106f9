use vstd::prelude::*;

verus! {

// A common subsequence is given by a matching: m[i] is the position of b matched with a[i], or
// -1 when a[i] is not used. matched(m, k) counts the used positions among the first k.
pub open spec fn matched(m: Seq<i64>, k: int) -> int
    decreases k,
{
    if k <= 0 || k > m.len() {
        0
    } else {
        matched(m, k - 1) + (if m[k - 1] >= 0 { 1int } else { 0int })
    }
}

// m matches equal elements, and the matched positions increase together in a and b.
pub open spec fn common_match(a: Seq<i64>, b: Seq<i64>, m: Seq<i64>) -> bool {
    &&& m.len() == a.len()
    &&& forall|i: int| 0 <= i < a.len() ==> -1 <= #[trigger] m[i] < b.len() && (m[i] >= 0 ==> a[i] == b[m[i] as int])
    &&& forall|i: int, j: int| 0 <= i < j < a.len() && #[trigger] m[i] >= 0 && #[trigger] m[j] >= 0 ==> m[i] < m[j]
}

pub open spec fn pre_longest_common_subsequence(a: Seq<i64>, b: Seq<i64>) -> bool {
    a.len() <= 1000 && b.len() <= 1000
}

// m matches a common subsequence of len elements, and no common subsequence is longer.
pub open spec fn post_longest_common_subsequence(a: Seq<i64>, b: Seq<i64>, len: i64, m: Seq<i64>) -> bool {
    &&& common_match(a, b, m)
    &&& matched(m, a.len() as int) == len as int
    &&& forall|x: Seq<i64>| #[trigger] common_match(a, b, x) ==> matched(x, a.len() as int) <= len as int
}

// <vc:helpers>
pub open spec fn max3(x: int, y: int, z: int) -> int {
    if x >= y && x >= z { x } else if y >= z { y } else { z }
}

// Length of a longest common subsequence of a[..i] and b[..j].
pub open spec fn lcs(a: Seq<i64>, b: Seq<i64>, i: int, j: int) -> int
    decreases i + j,
{
    if i <= 0 || j <= 0 {
        0
    } else {
        max3(lcs(a, b, i - 1, j), lcs(a, b, i, j - 1),
            if a[i - 1] == b[j - 1] { lcs(a, b, i - 1, j - 1) + 1 } else { 0 })
    }
}

proof fn lemma_lcs_bounds(a: Seq<i64>, b: Seq<i64>, i: int, j: int)
    requires
        0 <= i,
        0 <= j,
    ensures
        0 <= lcs(a, b, i, j) <= i,
    decreases i + j,
{
    if i > 0 && j > 0 {
        lemma_lcs_bounds(a, b, i - 1, j);
        lemma_lcs_bounds(a, b, i, j - 1);
        lemma_lcs_bounds(a, b, i - 1, j - 1);
    }
}

proof fn lemma_matched_same(m1: Seq<i64>, m2: Seq<i64>, k: int)
    requires
        0 <= k <= m1.len(),
        k <= m2.len(),
        forall|t: int| 0 <= t < k ==> m1[t] == m2[t],
    ensures
        matched(m1, k) == matched(m2, k),
    decreases k,
{
    if k > 0 {
        lemma_matched_same(m1, m2, k - 1);
    }
}

proof fn lemma_matched_set(m: Seq<i64>, p: int, v: i64, k: int)
    requires
        0 <= p < k <= m.len(),
        m[p] < 0,
        v >= 0,
    ensures
        matched(m.update(p, v), k) == matched(m, k) + 1,
    decreases k,
{
    if k - 1 > p {
        lemma_matched_set(m, p, v, k - 1);
    } else {
        lemma_matched_same(m, m.update(p, v), p);
    }
}

proof fn lemma_matched_none(m: Seq<i64>, k: int)
    requires
        forall|t: int| 0 <= t < m.len() ==> #[trigger] m[t] < 0,
    ensures
        matched(m, k) == 0,
    decreases k,
{
    if k > 0 && k <= m.len() {
        lemma_matched_none(m, k - 1);
    }
}

proof fn lemma_matched_none_below(m: Seq<i64>, k: int)
    requires
        0 <= k <= m.len(),
        forall|t: int| 0 <= t < k ==> #[trigger] m[t] < 0,
    ensures
        matched(m, k) == 0,
    decreases k,
{
    if k > 0 {
        lemma_matched_none_below(m, k - 1);
    }
}

// A common matching whose positions below i are matched below j has at most lcs(i, j) pairs.
proof fn lemma_upper(a: Seq<i64>, b: Seq<i64>, x: Seq<i64>, i: int, j: int)
    requires
        common_match(a, b, x),
        0 <= i <= a.len(),
        0 <= j <= b.len(),
        forall|t: int| 0 <= t < i ==> #[trigger] x[t] < j,
    ensures
        matched(x, i) <= lcs(a, b, i, j),
    decreases i + j,
{
    if i == 0 {
    } else if j == 0 {
        assert forall|t: int| 0 <= t < i implies #[trigger] x[t] < 0 by {}
        lemma_matched_none_below(x, i);
    } else if x[i - 1] < 0 {
        lemma_upper(a, b, x, i - 1, j);
    } else if x[i - 1] == j - 1 {
        assert forall|t: int| 0 <= t < i - 1 implies #[trigger] x[t] < j - 1 by {
            if x[t] >= 0 {
                assert(x[t] < x[i - 1]);
            }
        }
        lemma_upper(a, b, x, i - 1, j - 1);
    } else {
        assert forall|t: int| 0 <= t < i implies #[trigger] x[t] < j - 1 by {
            if x[t] >= 0 && t < i - 1 {
                assert(x[t] < x[i - 1]);
            }
        }
        lemma_upper(a, b, x, i, j - 1);
    }
}
// </vc:helpers>

fn longest_common_subsequence(a: &Vec<i64>, b: &Vec<i64>) -> (r: (i64, Vec<i64>))
    requires
        pre_longest_common_subsequence(a@, b@),
    ensures
        post_longest_common_subsequence(a@, b@, r.0, r.1@),
{
    // <vc:code>
    let n = a.len();
    let w = b.len();
    // dp[i][j] = lcs(a, b, i, j).
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
            forall|r: int, c: int| 0 <= r < i && 0 <= c <= w ==> (#[trigger] dp@[r]@[c]) as int == lcs(a@, b@, r, c),
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
                forall|r: int, c: int| 0 <= r < i && 0 <= c <= w ==> (#[trigger] dp@[r]@[c]) as int == lcs(a@, b@, r, c),
                forall|c: int| 0 <= c < j ==> (#[trigger] row@[c]) as int == lcs(a@, b@, i as int, c),
            decreases w + 1 - j,
        {
            let mut v: i64 = 0;
            if i > 0 && j > 0 {
                proof {
                    lemma_lcs_bounds(a@, b@, i as int - 1, j as int - 1);
                }
                let up = dp[i - 1][j];
                let left = row[j - 1];
                let diag = if a[i - 1] == b[j - 1] { dp[i - 1][j - 1] + 1 } else { 0 };
                v = up;
                if left > v {
                    v = left;
                }
                if diag > v {
                    v = diag;
                }
            }
            row.push(v);
            j = j + 1;
        }
        dp.push(row);
        i = i + 1;
    }
    let len = dp[n][w];
    // Walk back from (n, w), matching a[i-1] with b[j-1] when the diagonal step is taken.
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
        lemma_matched_none(m@, n as int);
    }
    let mut i: usize = n;
    let mut j: usize = w;
    while i > 0 && j > 0
        invariant
            n == a.len(),
            w == b.len(),
            n <= 1000,
            w <= 1000,
            0 <= i <= n,
            0 <= j <= w,
            dp.len() == n + 1,
            forall|r: int| 0 <= r <= n ==> (#[trigger] dp@[r]).len() == w + 1,
            forall|r: int, c: int| 0 <= r <= n && 0 <= c <= w ==> (#[trigger] dp@[r]@[c]) as int == lcs(a@, b@, r, c),
            m.len() == n,
            forall|t: int| 0 <= t < i ==> #[trigger] m@[t] == -1,
            forall|t: int| i <= t < n ==> -1 <= #[trigger] m@[t] < w && (m@[t] >= 0 ==> j <= m@[t] && a@[t] == b@[m@[t] as int]),
            forall|s: int, t: int| 0 <= s < t < n && #[trigger] m@[s] >= 0 && #[trigger] m@[t] >= 0 ==> m@[s] < m@[t],
            matched(m@, n as int) + lcs(a@, b@, i as int, j as int) == len as int,
        decreases i + j,
    {
        if a[i - 1] == b[j - 1] && dp[i][j] == dp[i - 1][j - 1] + 1 {
            proof {
                lemma_matched_set(m@, i - 1, (j - 1) as i64, n as int);
            }
            m.set(i - 1, (j - 1) as i64);
            i = i - 1;
            j = j - 1;
        } else if dp[i][j] == dp[i - 1][j] {
            i = i - 1;
        } else {
            j = j - 1;
        }
    }
    proof {
        assert forall|x: Seq<i64>| #[trigger] common_match(a@, b@, x) implies matched(x, a@.len() as int) <= len as int by {
            lemma_upper(a@, b@, x, n as int, w as int);
        }
    }
    (len, m)
    // </vc:code>
}

fn main() {}

} // verus!
