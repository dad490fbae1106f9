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
// </vc:helpers>

fn edit_distance(a: &Vec<i64>, b: &Vec<i64>) -> (r: (i64, Vec<i64>))
    requires
        pre_edit_distance(a@, b@),
    ensures
        post_edit_distance(a@, b@, r.0, r.1@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
