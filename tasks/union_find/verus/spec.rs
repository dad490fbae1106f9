use vstd::prelude::*;

verus! {

// A union-find forest as a parent array: p[i] == i marks a root. Links always go from a smaller
// index to a larger one (p[i] == i or p[i] > i), which makes every path to a root finite.
pub open spec fn valid_uf(p: Seq<usize>) -> bool {
    forall|i: int| 0 <= i < p.len() ==> (#[trigger] p[i]) < p.len() && (p[i] == i || p[i] > i)
}

// The root (set representative) of element i (meaningful when valid_uf(p) and i is in range).
pub open spec fn root(p: Seq<usize>, i: int) -> int
    decreases p.len() - i,
{
    if valid_uf(p) && 0 <= i < p.len() && p[i] > i {
        root(p, p[i] as int)
    } else {
        i
    }
}

pub open spec fn pre_union_find(p: Seq<usize>, a: int, b: int) -> bool {
    valid_uf(p) && 0 <= a < p.len() && 0 <= b < p.len()
}

// After union(a, b): a valid forest on the same elements in which i and j are in the same set
// exactly when they were before, or one was with a and the other with b. (The conjunct
// root(p2, a) == root(p2, b) follows from the last one; it is stated for readability.)
pub open spec fn post_union_find(p: Seq<usize>, a: int, b: int, p2: Seq<usize>) -> bool {
    pre_union_find(p, a, b) && valid_uf(p2) && p2.len() == p.len() && root(p2, a) == root(p2, b)
    && forall|i: int, j: int| #![trigger root(p2, i), root(p2, j)]
        0 <= i < p.len() && 0 <= j < p.len() ==>
            (root(p2, i) == root(p2, j) <==>
                (root(p, i) == root(p, j)
                || (root(p, i) == root(p, a) && root(p, j) == root(p, b))
                || (root(p, i) == root(p, b) && root(p, j) == root(p, a))))
}

// <vc:helpers>
// </vc:helpers>

// union(a, b) on the forest stored in p: find both roots and link the smaller-index root under
// the larger-index one.
fn union_find(p: &mut Vec<usize>, a: usize, b: usize)
    requires
        pre_union_find(old(p)@, a as int, b as int),
    ensures
        post_union_find(old(p)@, a as int, b as int, p@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
