use vstd::prelude::*;

verus! {

pub open spec fn max_int(x: int, y: int) -> int {
    if x >= y { x } else { y }
}

// Length of a longest common subsequence of the prefixes a[..i] and b[..j]: when the last
// elements are equal they end a longest common subsequence, otherwise one of them is unused.
pub open spec fn lcs_len(a: Seq<i64>, b: Seq<i64>, i: int, j: int) -> int
    decreases i + j,
{
    if i <= 0 || j <= 0 {
        0
    } else if a[i - 1] == b[j - 1] {
        lcs_len(a, b, i - 1, j - 1) + 1
    } else {
        max_int(lcs_len(a, b, i - 1, j), lcs_len(a, b, i, j - 1))
    }
}

pub open spec fn pre_longest_common_subsequence(a: Seq<i64>, b: Seq<i64>) -> bool {
    a.len() <= 1000 && b.len() <= 1000
}

pub open spec fn post_longest_common_subsequence(a: Seq<i64>, b: Seq<i64>, len: i64) -> bool {
    len as int == lcs_len(a, b, a.len() as int, b.len() as int)
}

// <vc:helpers>
proof fn lemma_lcs_bounds(a: Seq<i64>, b: Seq<i64>, i: int, j: int)
    requires
        0 <= i,
        0 <= j,
    ensures
        0 <= lcs_len(a, b, i, j) <= i,
    decreases i + j,
{
    if i > 0 && j > 0 {
        if a[i - 1] == b[j - 1] {
            lemma_lcs_bounds(a, b, i - 1, j - 1);
        } else {
            lemma_lcs_bounds(a, b, i - 1, j);
            lemma_lcs_bounds(a, b, i, j - 1);
        }
    }
}
// </vc:helpers>

fn longest_common_subsequence(a: &Vec<i64>, b: &Vec<i64>) -> (len: i64)
    requires
        pre_longest_common_subsequence(a@, b@),
    ensures
        post_longest_common_subsequence(a@, b@, len),
{
    // <vc:code>
    let n = a.len();
    let m = b.len();
    let mut prev: Vec<i64> = Vec::new();
    let mut y: usize = 0;
    while y <= m
        invariant
            m == b.len(),
            m <= 1000,
            0 <= y <= m + 1,
            prev.len() == y,
            forall|k: int| 0 <= k < y ==> prev@[k] == 0,
        decreases m + 1 - y,
    {
        prev.push(0);
        y = y + 1;
    }
    let mut i: usize = 1;
    while i <= n
        invariant
            pre_longest_common_subsequence(a@, b@),
            n == a.len(),
            m == b.len(),
            1 <= i <= n + 1,
            prev.len() == m + 1,
            forall|k: int| 0 <= k <= m ==> prev@[k] as int == lcs_len(a@, b@, i - 1, k),
        decreases n + 1 - i,
    {
        let mut cur: Vec<i64> = Vec::new();
        cur.push(0);
        let mut j: usize = 1;
        while j <= m
            invariant
                pre_longest_common_subsequence(a@, b@),
                n == a.len(),
                m == b.len(),
                1 <= i <= n,
                1 <= j <= m + 1,
                prev.len() == m + 1,
                cur.len() == j,
                forall|k: int| 0 <= k < j ==> cur@[k] as int == lcs_len(a@, b@, i as int, k),
                forall|k: int| 0 <= k <= m ==> prev@[k] as int == lcs_len(a@, b@, i - 1, k),
            decreases m + 1 - j,
        {
            proof {
                lemma_lcs_bounds(a@, b@, i as int - 1, j as int - 1);
            }
            let v: i64 = if a[i - 1] == b[j - 1] {
                prev[j - 1] + 1
            } else if prev[j] >= cur[j - 1] {
                prev[j]
            } else {
                cur[j - 1]
            };
            cur.push(v);
            j = j + 1;
        }
        prev = cur;
        i = i + 1;
    }
    prev[m]
    // </vc:code>
}

fn main() {}

} // verus!
