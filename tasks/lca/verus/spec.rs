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
    // </vc:code>
}

fn main() {}

} // verus!
