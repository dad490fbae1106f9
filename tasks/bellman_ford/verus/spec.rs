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

pub open spec fn pre_bellman_ford(n: int, edges: Seq<Seq<i64>>, s: int) -> bool {
    &&& 1 <= n <= 100
    &&& edges.len() <= 1000
    &&& 0 <= s < n
    &&& valid_edges(n, edges)
    &&& forall|e: int| 0 <= e < edges.len() ==> -1000000 <= #[trigger] edges[e][2] <= 1000000
}

// A closed path (at least one edge) that ends where it starts.
pub open spec fn is_wcycle(n: int, edges: Seq<Seq<i64>>, c: Seq<int>) -> bool {
    c.len() > 0 && 0 <= c[0] < edges.len() && is_wpath(n, edges, c, edges[c[0]][0] as int, edges[c[0]][0] as int)
}

// See the Dafny spec for the full comment: reach is certified by the pred tree (ranks) and
// by closure under edges; neg == false: dist[s] == 0, no edge out of a reached vertex improves a
// distance, pred edges are tight; neg == true: cycle is a negative closed path through a reached
// vertex.
pub open spec fn post_bellman_ford(n: int, edges: Seq<Seq<i64>>, s: int, neg: bool, reach: Seq<bool>,
                                   dist: Seq<i64>, pred: Seq<i64>, rank: Seq<i64>, cycle: Seq<int>) -> bool {
    &&& pre_bellman_ford(n, edges, s)
    &&& reach.len() == n && dist.len() == n && pred.len() == n && rank.len() == n && reach[s]
    &&& forall|v: int| 0 <= v < n && #[trigger] reach[v] ==> rank[v] >= 0 &&
            (v != s ==> 0 <= pred[v] < edges.len() && edges[pred[v] as int][1] == v
                && reach[edges[pred[v] as int][0] as int] && rank[edges[pred[v] as int][0] as int] < rank[v])
    &&& forall|e: int| 0 <= e < edges.len() && reach[edges[e][0] as int] ==> reach[(#[trigger] edges[e])[1] as int]
    &&& if !neg {
            &&& dist[s] == 0
            &&& forall|e: int| 0 <= e < edges.len() && reach[edges[e][0] as int] ==>
                    dist[(#[trigger] edges[e])[1] as int] <= dist[edges[e][0] as int] + edges[e][2]
            &&& forall|v: int| 0 <= v < n && v != s && #[trigger] reach[v] ==>
                    dist[edges[pred[v] as int][0] as int] + edges[pred[v] as int][2] == dist[v]
        } else {
            is_wcycle(n, edges, cycle) && reach[edges[cycle[0]][0] as int] && path_weight(edges, cycle) < 0
        }
}

// <vc:helpers>
// </vc:helpers>

// Bellman-Ford from s: shortest-path weights and tree, or a reachable negative cycle.
fn bellman_ford(n: usize, edges: &Vec<Vec<i64>>, s: usize) -> (res: (bool, Vec<bool>, Vec<i64>, Vec<i64>, Vec<i64>, Vec<usize>))
    requires
        pre_bellman_ford(n as int, edges@.map_values(|e: Vec<i64>| e@), s as int),
    ensures
        post_bellman_ford(n as int, edges@.map_values(|e: Vec<i64>| e@), s as int, res.0, res.1@, res.2@, res.3@,
            res.4@, res.5@.map_values(|x: usize| x as int)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
