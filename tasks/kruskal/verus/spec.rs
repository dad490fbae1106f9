use vstd::prelude::*;

verus! {

// An undirected weighted graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w]
// (between u and v, weight w). A spanning forest is given rooted: pe[v] is the index of the edge
// joining v to its parent (-1 for a root) and depth[v] the number of edges from v up to its root.
pub open spec fn valid_edges(n: int, edges: Seq<Seq<i64>>) -> bool {
    forall|e: int| 0 <= e < edges.len() ==> (#[trigger] edges[e]).len() == 3 && 0 <= edges[e][0] < n && 0 <= edges[e][1] < n
}

// The endpoint of edge e other than v.
pub open spec fn other(edges: Seq<Seq<i64>>, e: int, v: int) -> int {
    if 0 <= e < edges.len() && edges[e].len() == 3 {
        if edges[e][0] == v { edges[e][1] as int } else { edges[e][0] as int }
    } else {
        v
    }
}

// The vertex k parent steps above v (stops at a root).
pub open spec fn up(edges: Seq<Seq<i64>>, pe: Seq<i64>, v: int, k: int) -> int
    decreases k,
{
    if k <= 0 || !(0 <= v < pe.len()) || pe[v] < 0 { v } else { up(edges, pe, other(edges, pe[v] as int, v), k - 1) }
}

// x is v or an ancestor of v: v lies in the subtree of x.
pub open spec fn in_subtree(edges: Seq<Seq<i64>>, pe: Seq<i64>, depth: Seq<i64>, x: int, v: int) -> bool {
    depth[x] <= depth[v] && up(edges, pe, v, depth[v] - depth[x]) == x
}

pub open spec fn pre_kruskal(n: int, edges: Seq<Seq<i64>>) -> bool {
    &&& 1 <= n <= 100
    &&& edges.len() <= 1000
    &&& valid_edges(n, edges)
    &&& forall|e: int| 0 <= e < edges.len() ==> 0 <= #[trigger] edges[e][2] <= 1000000
}

// (1) pe and depth describe a rooted forest whose parent links are graph edges (a root has
//     pe[v] == -1 and depth 0, any other v a parent edge incident to v whose other endpoint is
//     one level higher); (2) it spans: both endpoints of every edge have the same root; (3) it is
//     minimal (cut form of the cycle property): every edge with exactly one endpoint in the
//     subtree of x is at least as heavy as x's parent edge pe[x]. See the Dafny version.
pub open spec fn post_kruskal(n: int, edges: Seq<Seq<i64>>, pe: Seq<i64>, depth: Seq<i64>) -> bool {
    &&& pre_kruskal(n, edges)
    &&& pe.len() == n
    &&& depth.len() == n
    &&& forall|v: int| 0 <= v < n ==> #[trigger] depth[v] >= 0 && (pe[v] == -1 <==> depth[v] == 0) &&
            (pe[v] != -1 ==> 0 <= pe[v] < edges.len()
                && (edges[pe[v] as int][0] == v || edges[pe[v] as int][1] == v)
                && depth[other(edges, pe[v] as int, v)] == depth[v] - 1)
    &&& forall|e: int| 0 <= e < edges.len() ==>
            up(edges, pe, (#[trigger] edges[e])[0] as int, depth[edges[e][0] as int] as int)
            == up(edges, pe, edges[e][1] as int, depth[edges[e][1] as int] as int)
    &&& forall|x: int, e: int| 0 <= x < n && 0 <= e < edges.len() && #[trigger] pe[x] != -1 &&
            in_subtree(edges, pe, depth, x, (#[trigger] edges[e])[0] as int)
                != in_subtree(edges, pe, depth, x, edges[e][1] as int) ==>
            edges[pe[x] as int][2] <= edges[e][2]
}

// <vc:helpers>
// </vc:helpers>

// Kruskal's algorithm: a minimum spanning forest, returned rooted (parent edges and depths).
fn kruskal(n: usize, edges: &Vec<Vec<i64>>) -> (res: (Vec<i64>, Vec<i64>))
    requires
        pre_kruskal(n as int, edges@.map_values(|e: Vec<i64>| e@)),
    ensures
        post_kruskal(n as int, edges@.map_values(|e: Vec<i64>| e@), res.0@, res.1@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
