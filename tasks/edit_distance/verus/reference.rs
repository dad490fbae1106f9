use vstd::prelude::*;

verus! {

pub open spec fn min3(x: int, y: int, z: int) -> int {
    if x <= y && x <= z { x } else if y <= z { y } else { z }
}

// Levenshtein distance between the prefixes a[..i] and b[..j]: the last step of an optimal
// edit script deletes a[i-1], inserts b[j-1], or matches/substitutes a[i-1] by b[j-1].
pub open spec fn edit_dist(a: Seq<i64>, b: Seq<i64>, i: int, j: int) -> int
    decreases i + j,
{
    if i <= 0 {
        if j <= 0 { 0 } else { j }
    } else if j <= 0 {
        i
    } else {
        min3(
            edit_dist(a, b, i - 1, j) + 1,
            edit_dist(a, b, i, j - 1) + 1,
            edit_dist(a, b, i - 1, j - 1) + (if a[i - 1] == b[j - 1] { 0int } else { 1int }),
        )
    }
}

pub open spec fn pre_edit_distance(a: Seq<i64>, b: Seq<i64>) -> bool {
    a.len() <= 1000 && b.len() <= 1000
}

pub open spec fn post_edit_distance(a: Seq<i64>, b: Seq<i64>, dist: i64) -> bool {
    dist as int == edit_dist(a, b, a.len() as int, b.len() as int)
}

// <vc:helpers>
proof fn lemma_edit_bounds(a: Seq<i64>, b: Seq<i64>, i: int, j: int)
    requires
        0 <= i,
        0 <= j,
    ensures
        0 <= edit_dist(a, b, i, j) <= i + j,
    decreases i + j,
{
    if i > 0 && j > 0 {
        lemma_edit_bounds(a, b, i - 1, j);
        lemma_edit_bounds(a, b, i, j - 1);
        lemma_edit_bounds(a, b, i - 1, j - 1);
    }
}
// </vc:helpers>

fn edit_distance(a: &Vec<i64>, b: &Vec<i64>) -> (dist: i64)
    requires
        pre_edit_distance(a@, b@),
    ensures
        post_edit_distance(a@, b@, dist),
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
            forall|k: int| 0 <= k < y ==> prev@[k] as int == edit_dist(a@, b@, 0, k),
        decreases m + 1 - y,
    {
        prev.push(y as i64);
        y = y + 1;
    }
    let mut i: usize = 1;
    while i <= n
        invariant
            pre_edit_distance(a@, b@),
            n == a.len(),
            m == b.len(),
            1 <= i <= n + 1,
            prev.len() == m + 1,
            forall|k: int| 0 <= k <= m ==> prev@[k] as int == edit_dist(a@, b@, i - 1, k),
        decreases n + 1 - i,
    {
        let mut cur: Vec<i64> = Vec::new();
        cur.push(i as i64);
        let mut j: usize = 1;
        while j <= m
            invariant
                pre_edit_distance(a@, b@),
                n == a.len(),
                m == b.len(),
                1 <= i <= n,
                1 <= j <= m + 1,
                prev.len() == m + 1,
                cur.len() == j,
                forall|k: int| 0 <= k < j ==> cur@[k] as int == edit_dist(a@, b@, i as int, k),
                forall|k: int| 0 <= k <= m ==> prev@[k] as int == edit_dist(a@, b@, i - 1, k),
            decreases m + 1 - j,
        {
            proof {
                lemma_edit_bounds(a@, b@, i as int - 1, j as int);
                lemma_edit_bounds(a@, b@, i as int, j as int - 1);
                lemma_edit_bounds(a@, b@, i as int - 1, j as int - 1);
            }
            let mut best: i64 = prev[j] + 1;
            if cur[j - 1] + 1 < best {
                best = cur[j - 1] + 1;
            }
            let diag: i64 = if a[i - 1] == b[j - 1] { prev[j - 1] } else { prev[j - 1] + 1 };
            if diag < best {
                best = diag;
            }
            cur.push(best);
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
