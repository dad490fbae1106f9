use vstd::prelude::*;

verus! {

// A weighted undirected graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w], joining
// u and v with weight w (parallel edges and self-loops allowed).
pub open spec fn valid_edges(n: int, edges: Seq<Seq<i64>>) -> bool {
    forall|e: int| 0 <= e < edges.len() ==> (#[trigger] edges[e]).len() == 3 && 0 <= edges[e][0] < n && 0 <= edges[e][1] < n
}

pub open spec fn pre_prim(n: int, edges: Seq<Seq<i64>>) -> bool {
    &&& 1 <= n <= 100
    &&& edges.len() <= 1000
    &&& valid_edges(n, edges)
    &&& forall|e: int| 0 <= e < edges.len() ==> 0 <= #[trigger] edges[e][2] <= 1000000
}

// A minimum spanning forest (a minimum spanning tree when the graph is connected), as Prim's
// algorithm builds it. rank lists the order in which the vertices join the forest (a permutation
// of 0..n-1); pe[v] is the index of the edge that joined v to a vertex of smaller rank, or -1 when
// v starts a new tree. The certificate of minimality is Prim's cut condition: when the vertex of
// rank r joins, every edge between the vertices of rank < r and the others weighs at least as
// much as its edge pe, and a vertex starts a new tree only when no such edge exists. The edges pe
// form a spanning forest (each joins a vertex to an earlier one, and a tree is only closed when
// no edge leaves it); the cut condition makes it a minimum one, and every minimum spanning forest
// has such a rank (the task's notes give both arguments).
pub open spec fn post_prim(n: int, edges: Seq<Seq<i64>>, pe: Seq<i64>, rank: Seq<i64>) -> bool {
    &&& pre_prim(n, edges)
    &&& pe.len() == n
    &&& rank.len() == n
    &&& forall|v: int| 0 <= v < n ==> 0 <= #[trigger] rank[v] < n
    &&& forall|u: int, v: int| 0 <= u < v < n ==> #[trigger] rank[u] != #[trigger] rank[v]
    &&& forall|v: int| 0 <= v < n ==> -1 <= #[trigger] pe[v] < edges.len()
    &&& forall|v: int| 0 <= v < n && #[trigger] pe[v] != -1 ==>
            (edges[pe[v] as int][0] == v && rank[edges[pe[v] as int][1] as int] < rank[v]) ||
            (edges[pe[v] as int][1] == v && rank[edges[pe[v] as int][0] as int] < rank[v])
    &&& forall|v: int, e: int| #![trigger rank[v], edges[e]] 0 <= v < n && 0 <= e < edges.len() &&
            ((rank[edges[e][0] as int] < rank[v] <= rank[edges[e][1] as int]) ||
             (rank[edges[e][1] as int] < rank[v] <= rank[edges[e][0] as int])) ==>
            0 <= pe[v] < edges.len() && edges[pe[v] as int][2] <= edges[e][2]
}

// <vc:helpers>
// </vc:helpers>

// Prim's algorithm with a key array (O(n^2 + m)): the vertex outside the forest with the lightest
// edge to it joins next, through that edge; when no edge leaves the forest, the lowest vertex
// outside starts a new tree. After a vertex joins, its edges lower the keys of its neighbours.
fn prim(n: usize, edges: &Vec<Vec<i64>>) -> (res: (Vec<i64>, Vec<i64>))
    requires
        pre_prim(n as int, edges@.map_values(|e: Vec<i64>| e@)),
    ensures
        post_prim(n as int, edges@.map_values(|e: Vec<i64>| e@), res.0@, res.1@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
