use vstd::prelude::*;

verus! {

// A rooted tree on the vertices 0 .. n-1 as a parent array, numbered from the root down: vertex 0
// is the root (parent[0] == -1) and every other vertex v has its parent before it
// (0 <= parent[v] < v), as a breadth- or depth-first numbering gives.
pub open spec fn valid_tree(n: int, parent: Seq<int>) -> bool {
    &&& 1 <= n <= 100
    &&& parent.len() == n
    &&& parent[0] == -1
    &&& forall|v: int| 1 <= v < n ==> 0 <= #[trigger] parent[v] < v
}

// a is an ancestor of v (every vertex is an ancestor of itself): following parent links from v
// reaches a. (Links that do not go to an earlier vertex are not followed; valid_tree has none.)
pub open spec fn ancestor(parent: Seq<int>, a: int, v: int) -> bool
    decreases v,
{
    if 0 < v < parent.len() && 0 <= parent[v] < v {
        a == v || ancestor(parent, a, parent[v])
    } else {
        a == v
    }
}

pub open spec fn pre_lca(n: int, parent: Seq<int>, u: int, v: int) -> bool {
    valid_tree(n, parent) && 0 <= u < n && 0 <= v < n
}

// w is the lowest common ancestor of u and v: an ancestor of both, and every common ancestor of u
// and v is an ancestor of w (so none lies below it).
pub open spec fn post_lca(n: int, parent: Seq<int>, u: int, v: int, w: int) -> bool {
    &&& pre_lca(n, parent, u, v)
    &&& 0 <= w < n
    &&& ancestor(parent, w, u)
    &&& ancestor(parent, w, v)
    &&& forall|x: int| 0 <= x < n && #[trigger] ancestor(parent, x, u) && ancestor(parent, x, v) ==> ancestor(parent, x, w)
}

// The parent array as the contract sees it.
pub open spec fn parent_view(p: Seq<i64>) -> Seq<int> {
    p.map_values(|x: i64| x as int)
}

// <vc:helpers>
// An ancestor of v is never numbered after v.
proof fn lemma_ancestor_at_most(parent: Seq<int>, x: int, v: int)
    requires
        ancestor(parent, x, v),
    ensures
        x <= v,
    decreases v,
{
    if x != v && 0 < v < parent.len() && 0 <= parent[v] < v {
        lemma_ancestor_at_most(parent, x, parent[v]);
    }
}

proof fn lemma_ancestor_trans(parent: Seq<int>, a: int, b: int, c: int)
    requires
        ancestor(parent, a, b),
        ancestor(parent, b, c),
    ensures
        ancestor(parent, a, c),
    decreases c,
{
    if b != c && 0 < c < parent.len() && 0 <= parent[c] < c {
        lemma_ancestor_trans(parent, a, b, parent[c]);
    }
}

// Climbing from a > b: the common ancestors of (a, b) are those of (parent[a], b), because a
// itself, numbered after b, is not an ancestor of b.
proof fn lemma_climb(n: int, parent: Seq<int>, a: int, b: int, x: int)
    requires
        valid_tree(n, parent),
        0 <= b < a < n,
    ensures
        (ancestor(parent, x, a) && ancestor(parent, x, b)) == (ancestor(parent, x, parent[a]) && ancestor(parent, x, b)),
{
    assert(0 <= parent[a] < a);
    if ancestor(parent, x, b) {
        lemma_ancestor_at_most(parent, x, b);
    }
}
// </vc:helpers>

// Lowest common ancestor by climbing: while the two vertices differ, replace the one numbered
// later (which cannot be an ancestor of the other) by its parent.
fn lca(n: usize, parent: &Vec<i64>, u: usize, v: usize) -> (w: usize)
    requires
        pre_lca(n as int, parent_view(parent@), u as int, v as int),
    ensures
        post_lca(n as int, parent_view(parent@), u as int, v as int, w as int),
{
    // <vc:code>
    let ghost p = parent_view(parent@);
    let mut a = u;
    let mut b = v;
    while a != b
        invariant
            p == parent_view(parent@),
            pre_lca(n as int, p, u as int, v as int),
            a < n,
            b < n,
            ancestor(p, a as int, u as int),
            ancestor(p, b as int, v as int),
            forall|x: int| 0 <= x < n ==>
                ((#[trigger] ancestor(p, x, a as int) && ancestor(p, x, b as int)) == (ancestor(p, x, u as int) && ancestor(p, x, v as int))),
        decreases a + b,
    {
        if a > b {
            let pa = parent[a];
            proof {
                assert(p[a as int] == pa as int);
                assert(0 <= pa < a);
                assert forall|x: int| 0 <= x < n implies
                    ((#[trigger] ancestor(p, x, pa as int) && ancestor(p, x, b as int)) == (ancestor(p, x, u as int) && ancestor(p, x, v as int))) by {
                    lemma_climb(n as int, p, a as int, b as int, x);
                }
                assert(ancestor(p, pa as int, a as int));
                lemma_ancestor_trans(p, pa as int, a as int, u as int);
            }
            a = pa as usize;
        } else {
            let pb = parent[b];
            proof {
                assert(p[b as int] == pb as int);
                assert(0 <= pb < b);
                assert forall|x: int| 0 <= x < n implies
                    ((#[trigger] ancestor(p, x, a as int) && ancestor(p, x, pb as int)) == (ancestor(p, x, u as int) && ancestor(p, x, v as int))) by {
                    lemma_climb(n as int, p, b as int, a as int, x);
                }
                assert(ancestor(p, pb as int, b as int));
                lemma_ancestor_trans(p, pb as int, b as int, v as int);
            }
            b = pb as usize;
        }
    }
    a
    // </vc:code>
}

fn main() {}

} // verus!
