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
// </vc:helpers>

fn longest_common_subsequence(a: &Vec<i64>, b: &Vec<i64>) -> (len: i64)
    requires
        pre_longest_common_subsequence(a@, b@),
    ensures
        post_longest_common_subsequence(a@, b@, len),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
