use vstd::prelude::*;

verus! {

// A union-find forest with union by rank: a parent array p (p[i] == i marks a root) and a rank
// array rk. The rank invariant: every parent is in range, every rank is in 0 .. |p| - 1, and a
// non-root has a smaller rank than its parent (rk[p[i]] > rk[i]), which makes every walk to a root
// finite (ranks strictly increase along it).
pub open spec fn valid_ranked(p: Seq<usize>, rk: Seq<usize>) -> bool {
    rk.len() == p.len()
    && forall|i: int| 0 <= i < p.len() ==>
        (#[trigger] p[i]) < p.len() && rk[i] < p.len() && (p[i] == i || rk[p[i] as int] > rk[i])
}

// The root (set representative) of element i (meaningful when valid_ranked(p, rk) and i is in
// range).
pub open spec fn root(p: Seq<usize>, rk: Seq<usize>, i: int) -> int
    decreases p.len() - rk[i],
{
    if valid_ranked(p, rk) && 0 <= i < p.len() && p[i] != i {
        root(p, rk, p[i] as int)
    } else {
        i
    }
}

// j lies on the find path of i: j is i or an ancestor of i (reached by following parents).
pub open spec fn on_path(p: Seq<usize>, rk: Seq<usize>, i: int, j: int) -> bool
    decreases p.len() - rk[i],
{
    i == j || (valid_ranked(p, rk) && 0 <= i < p.len() && p[i] != i && on_path(p, rk, p[i] as int, j))
}

pub open spec fn pre_union_find_path_compression(p: Seq<usize>, rk: Seq<usize>, x: int) -> bool {
    valid_ranked(p, rk) && 0 <= x < p.len()
}

// After find(x) with path compression: r is the root of x; every node on x's find path now
// points directly to r and every other node keeps its parent; the ranks (unchanged) still satisfy
// the rank invariant; and every element keeps its root, so the partition is the same. (The last
// two follow from the compression clause; they are stated for readability.)
pub open spec fn post_union_find_path_compression(p: Seq<usize>, rk: Seq<usize>, x: int, p2: Seq<usize>, r: int) -> bool {
    pre_union_find_path_compression(p, rk, x) && p2.len() == p.len() && r == root(p, rk, x)
    && (forall|i: int| 0 <= i < p.len() ==>
        (#[trigger] p2[i]) as int == (if on_path(p, rk, x, i) { r } else { p[i] as int }))
    && valid_ranked(p2, rk)
    && (forall|i: int| 0 <= i < p.len() ==> #[trigger] root(p2, rk, i) == root(p, rk, i))
}

// <vc:helpers>
// </vc:helpers>

// find(x) with path compression: walk up from x to the root r, then walk the same path again
// and point every node on it directly at r.
fn uf_find(p: &mut Vec<usize>, rk: &Vec<usize>, x: usize) -> (r: usize)
    requires
        pre_union_find_path_compression(old(p)@, rk@, x as int),
    ensures
        post_union_find_path_compression(old(p)@, rk@, x as int, p@, r as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
