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
// </vc:helpers>

fn longest_common_subsequence(a: &Vec<i64>, b: &Vec<i64>) -> (r: (i64, Vec<i64>))
    requires
        pre_longest_common_subsequence(a@, b@),
    ensures
        post_longest_common_subsequence(a@, b@, r.0, r.1@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
