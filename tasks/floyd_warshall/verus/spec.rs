use vstd::prelude::*;

verus! {

// A weighted directed graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w]
// (from u to v with weight w). A path is a sequence of edge indices, each edge starting where
// the previous one ends.
pub open spec fn valid_edges(n: int, edges: Seq<Seq<i64>>) -> bool {
    forall|e: int| 0 <= e < edges.len() ==> (#[trigger] edges[e]).len() == 3 && 0 <= edges[e][0] < n && 0 <= edges[e][1] < n
}

pub open spec fn is_wpath(n: int, edges: Seq<Seq<i64>>, p: Seq<int>, u: int, v: int) -> bool {
    &&& forall|i: int| 0 <= i < p.len() ==> 0 <= #[trigger] p[i] < edges.len()
    &&& p.len() == 0 ==> u == v
    &&& p.len() > 0 ==> edges[p[0]][0] == u && edges[p[p.len() - 1]][1] == v
        && forall|i: int| 0 <= i < p.len() - 1 ==> edges[#[trigger] p[i]][1] == edges[p[i + 1]][0]
}

pub open spec fn path_weight(edges: Seq<Seq<i64>>, p: Seq<int>) -> int
    decreases p.len(),
{
    if p.len() == 0 { 0 } else { path_weight(edges, p.drop_last()) + edges[p[p.len() - 1]][2] }
}

pub open spec fn pre_floyd_warshall(n: int, edges: Seq<Seq<i64>>) -> bool {
    &&& 1 <= n <= 100
    &&& edges.len() <= 1000
    &&& valid_edges(n, edges)
    &&& forall|e: int| 0 <= e < edges.len() ==> 0 <= #[trigger] edges[e][2] <= 1000000
}

// dist[u][v] is the weight of a shortest path from u to v (-1: no path). Each row u is certified
// as a single-source answer: dist[u][u] == 0; no edge out of a vertex reached from u can improve a
// distance; every reached v != u has a tight predecessor edge pred[u][v] = [x, v, w] from a vertex
// x of smaller rank[u][x] < rank[u][v] (e.g. the number of edges of the path found), so the
// predecessor edges of row u form a shortest-path tree rooted at u. Together these say exactly
// that dist[u][v] is the weight of a path and no path is lighter (the Dafny version of this task
// proves that in its locked part). pred and rank of unreached pairs and of the diagonal are free.
pub open spec fn post_floyd_warshall(n: int, edges: Seq<Seq<i64>>, dist: Seq<Seq<i64>>, pred: Seq<Seq<i64>>, rank: Seq<Seq<i64>>) -> bool {
    &&& pre_floyd_warshall(n, edges)
    &&& dist.len() == n
    &&& pred.len() == n
    &&& rank.len() == n
    &&& forall|u: int| 0 <= u < n ==>
        (#[trigger] dist[u]).len() == n && pred[u].len() == n && rank[u].len() == n && dist[u][u] == 0
        && (forall|e: int| 0 <= e < edges.len() && dist[u][edges[e][0] as int] != -1 ==>
                dist[u][(#[trigger] edges[e])[1] as int] != -1
                && dist[u][edges[e][1] as int] <= dist[u][edges[e][0] as int] + edges[e][2])
        && (forall|v: int| 0 <= v < n ==> #[trigger] dist[u][v] >= -1 && (dist[u][v] != -1 ==> rank[u][v] >= 0) &&
                (v != u && dist[u][v] != -1 ==>
                    0 <= pred[u][v] < edges.len() && edges[pred[u][v] as int][1] == v
                    && dist[u][edges[pred[u][v] as int][0] as int] != -1
                    && dist[u][edges[pred[u][v] as int][0] as int] + edges[pred[u][v] as int][2] == dist[u][v]
                    && rank[u][edges[pred[u][v] as int][0] as int] < rank[u][v]))
}

pub open spec fn mat(m: Seq<Vec<i64>>) -> Seq<Seq<i64>> {
    m.map_values(|r: Vec<i64>| r@)
}

// <vc:helpers>
// </vc:helpers>

// Floyd-Warshall: all-pairs shortest-path weights, a shortest-path tree per source (pred) and
// the number of edges of each path found (rank).
fn floyd_warshall(n: usize, edges: &Vec<Vec<i64>>) -> (res: (Vec<Vec<i64>>, Vec<Vec<i64>>, Vec<Vec<i64>>))
    requires
        pre_floyd_warshall(n as int, edges@.map_values(|e: Vec<i64>| e@)),
    ensures
        post_floyd_warshall(n as int, edges@.map_values(|e: Vec<i64>| e@), mat(res.0@), mat(res.1@), mat(res.2@)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
