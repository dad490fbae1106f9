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
// </vc:helpers>

// Prefix-sum query on the Fenwick tree t of a: the sum of a[0..k), read from O(log n) nodes of t.
fn fenwick_prefix_sum(a: &Vec<i64>, t: &Vec<i64>, k: usize) -> (s: i64)
    requires
        pre_fenwick_tree(a@, t@, k as int),
    ensures
        post_fenwick_tree(a@, t@, k as int, s),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
