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

// Every weight is 0 or 1.
pub open spec fn pre_zero_one_bfs(n: int, edges: Seq<Seq<i64>>, s: int) -> bool {
    &&& 1 <= n <= 100
    &&& edges.len() <= 1000
    &&& 0 <= s < n
    &&& valid_edges(n, edges)
    &&& forall|e: int| 0 <= e < edges.len() ==> 0 <= #[trigger] edges[e][2] <= 1
}

// dist[v] is the weight of a shortest path from s to v (-1: no path); pred[v] is the index of
// the last edge of such a path (v != s reached) and rank an order in which that shortest-path
// tree can be built (pred edges come from vertices of smaller rank). Each pred edge is tight,
// and no edge from a reached vertex can improve a distance; together these say exactly that
// every dist[v] is the weight of a path from s and no path is lighter (the Dafny version of this
// task proves that in its locked part).
pub open spec fn post_zero_one_bfs(n: int, edges: Seq<Seq<i64>>, s: int, dist: Seq<i64>, pred: Seq<i64>, rank: Seq<i64>) -> bool {
    &&& pre_zero_one_bfs(n, edges, s)
    &&& dist.len() == n
    &&& pred.len() == n
    &&& rank.len() == n
    &&& dist[s] == 0
    &&& forall|e: int| 0 <= e < edges.len() && dist[edges[e][0] as int] != -1 ==>
            dist[(#[trigger] edges[e])[1] as int] != -1
            && dist[edges[e][1] as int] <= dist[edges[e][0] as int] + edges[e][2]
    &&& forall|v: int| 0 <= v < n ==> #[trigger] dist[v] >= -1 && (dist[v] != -1 ==> rank[v] >= 0) &&
            (v != s && dist[v] != -1 ==>
                0 <= pred[v] < edges.len() && edges[pred[v] as int][1] == v
                && dist[edges[pred[v] as int][0] as int] != -1
                && dist[edges[pred[v] as int][0] as int] + edges[pred[v] as int][2] == dist[v]
                && rank[edges[pred[v] as int][0] as int] < rank[v])
}

// <vc:helpers>
// </vc:helpers>

// 0-1 BFS from s (every weight 0 or 1): a deque of (vertex, distance) entries, 0-edges pushed
// at the front and 1-edges at the back; distances, a shortest-path tree and the order (rank) in
// which the vertices were settled (first popped).
fn zero_one_bfs(n: usize, edges: &Vec<Vec<i64>>, s: usize) -> (res: (Vec<i64>, Vec<i64>, Vec<i64>))
    requires
        pre_zero_one_bfs(n as int, edges@.map_values(|e: Vec<i64>| e@), s as int),
    ensures
        post_zero_one_bfs(n as int, edges@.map_values(|e: Vec<i64>| e@), s as int, res.0@, res.1@, res.2@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
