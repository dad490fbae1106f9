use vstd::prelude::*;

verus! {

// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

pub open spec fn pre_bfs(n: int, adj: Seq<Seq<int>>, s: int) -> bool {
    valid_graph(n, adj) && 0 <= s < n
}

// dist[v] is the number of edges of a shortest path from s to v, or -1 when v is unreachable.
// Stated as the certificate that characterises exactly these labels:
//  - dist[s] == 0 and every other label is -1 or positive;
//  - realisable: every reached v != s has an edge from some u with dist[u] == dist[v] - 1, so (by
//    induction on dist[v]) a path of dist[v] edges from s to v exists;
//  - no shortcut: every edge u -> v out of a reached u reaches v with dist[v] <= dist[u] + 1, so
//    (by induction along a path) every vertex on a path from s is reached, at most that far.
pub open spec fn post_bfs(n: int, adj: Seq<Seq<int>>, s: int, dist: Seq<int>) -> bool {
    &&& pre_bfs(n, adj, s)
    &&& dist.len() == n
    &&& dist[s] == 0
    &&& forall|v: int| 0 <= v < n ==> #[trigger] dist[v] >= -1
    &&& forall|v: int| 0 <= v < n && v != s && #[trigger] dist[v] != -1 ==>
        dist[v] >= 1 && exists|u: int| 0 <= u < n && #[trigger] dist[u] == dist[v] - 1 && adj[u].contains(v)
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() && dist[u] != -1 ==>
        dist[#[trigger] adj[u][i]] != -1 && dist[adj[u][i]] <= dist[u] + 1
}

// The graph and the labels as the contract sees them.
pub open spec fn adj_view(adj: Seq<Vec<usize>>) -> Seq<Seq<int>> {
    adj.map_values(|r: Vec<usize>| r@.map_values(|x: usize| x as int))
}

pub open spec fn dist_view(d: Seq<i64>) -> Seq<int> {
    d.map_values(|x: i64| x as int)
}

// <vc:helpers>
// </vc:helpers>

// Breadth-first search from s: a FIFO queue of reached vertices, each dequeued vertex's edges
// scanned once, a vertex seen for the first time labelled one more than the vertex it was seen from.
fn bfs(n: usize, adj: &Vec<Vec<usize>>, s: usize) -> (dist: Vec<i64>)
    requires
        pre_bfs(n as int, adj_view(adj@), s as int),
    ensures
        post_bfs(n as int, adj_view(adj@), s as int, dist_view(dist@)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
