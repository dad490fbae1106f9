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

// The graph is acyclic, witnessed by the topological rank given with it: every edge goes from a
// smaller to a larger rank (ranks lie in 0..n-1 and need not be distinct).
pub open spec fn pre_dag_longest_path(n: int, edges: Seq<Seq<i64>>, rank: Seq<i64>, s: int) -> bool {
    &&& 1 <= n <= 100
    &&& edges.len() <= 1000
    &&& 0 <= s < n
    &&& valid_edges(n, edges)
    &&& rank.len() == n
    &&& forall|v: int| 0 <= v < n ==> 0 <= #[trigger] rank[v] < n
    &&& forall|e: int| 0 <= e < edges.len() ==> -1000000 <= #[trigger] edges[e][2] <= 1000000
            && rank[edges[e][0] as int] < rank[edges[e][1] as int]
}

// reach[v]: v is reachable from s; dist[v] (reached v): the weight of a heaviest path from s;
// pred[v] (reached v != s): the index of the last edge of such a path. Certificate (see the
// Dafny spec, whose locked lemma proves its meaning): dist[s] == 0; every edge out of a reached
// vertex enters a reached vertex and cannot make its label heavier; every reached v != s has a
// tight pred edge from a reached vertex (pred edges go up in rank, so they form a tree at s).
pub open spec fn post_dag_longest_path(n: int, edges: Seq<Seq<i64>>, rank: Seq<i64>, s: int,
                                        reach: Seq<bool>, dist: Seq<i64>, pred: Seq<i64>) -> bool {
    &&& pre_dag_longest_path(n, edges, rank, s)
    &&& reach.len() == n && dist.len() == n && pred.len() == n
    &&& reach[s] && dist[s] == 0
    &&& forall|e: int| 0 <= e < edges.len() && reach[edges[e][0] as int] ==>
            reach[(#[trigger] edges[e])[1] as int]
            && dist[edges[e][1] as int] >= dist[edges[e][0] as int] + edges[e][2]
    &&& forall|v: int| 0 <= v < n && v != s && #[trigger] reach[v] ==>
            0 <= pred[v] < edges.len() && edges[pred[v] as int][1] == v
            && reach[edges[pred[v] as int][0] as int]
            && dist[edges[pred[v] as int][0] as int] + edges[pred[v] as int][2] == dist[v]
}

// <vc:helpers>
// </vc:helpers>

// Longest (heaviest) paths from s in a DAG, the critical-path method: Kahn's topological order,
// relaxing the edges out of each vertex as it leaves the queue.
fn dag_longest_path(n: usize, edges: &Vec<Vec<i64>>, rank: &Vec<i64>, s: usize) -> (res: (Vec<bool>, Vec<i64>, Vec<i64>))
    requires
        pre_dag_longest_path(n as int, edges@.map_values(|e: Vec<i64>| e@), rank@, s as int),
    ensures
        post_dag_longest_path(n as int, edges@.map_values(|e: Vec<i64>| e@), rank@, s as int, res.0@, res.1@, res.2@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
