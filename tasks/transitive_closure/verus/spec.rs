use vstd::prelude::*;

verus! {

// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

pub open spec fn pre_transitive_closure(n: int, adj: Seq<Seq<int>>) -> bool {
    valid_graph(n, adj)
}

// d[v] is the number of edges of a shortest path from s to v, or -1 when there is none, stated as
// its certificate: d[s] == 0; every reached v != s has an edge from some u with d[u] == d[v] - 1
// (so a path of d[v] edges exists); every edge u -> v out of a reached u reaches v with
// d[v] <= d[u] + 1 (so every vertex on a path from s is reached).
pub open spec fn hop_labels(n: int, adj: Seq<Seq<int>>, s: int, d: Seq<int>) -> bool {
    &&& d.len() == n
    &&& d[s] == 0
    &&& forall|v: int| 0 <= v < n ==> #[trigger] d[v] >= -1
    &&& forall|v: int| 0 <= v < n && v != s && #[trigger] d[v] != -1 ==>
        d[v] >= 1 && exists|u: int| 0 <= u < n && #[trigger] d[u] == d[v] - 1 && adj[u].contains(v)
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() && d[u] != -1 ==>
        d[#[trigger] adj[u][i]] != -1 && d[adj[u][i]] <= d[u] + 1
}

// reach[u][v] is true exactly when a path leads from u to v (every vertex reaches itself). The
// certificate hops[u] is the row of shortest hop counts from u (hop_labels), and reach[u][v]
// holds exactly when hops[u][v] != -1.
pub open spec fn post_transitive_closure(n: int, adj: Seq<Seq<int>>, reach: Seq<Seq<bool>>, hops: Seq<Seq<int>>) -> bool {
    &&& pre_transitive_closure(n, adj)
    &&& reach.len() == n
    &&& hops.len() == n
    &&& forall|u: int| 0 <= u < n ==>
        (#[trigger] reach[u]).len() == n && hop_labels(n, adj, u, hops[u])
        && forall|v: int| 0 <= v < n ==> (reach[u][v] <==> #[trigger] hops[u][v] != -1)
}

// The graph and the results as the contract sees them.
pub open spec fn adj_view(adj: Seq<Vec<usize>>) -> Seq<Seq<int>> {
    adj.map_values(|r: Vec<usize>| r@.map_values(|x: usize| x as int))
}

pub open spec fn bool_mat(m: Seq<Vec<bool>>) -> Seq<Seq<bool>> {
    m.map_values(|r: Vec<bool>| r@)
}

pub open spec fn int_mat(m: Seq<Vec<i64>>) -> Seq<Seq<int>> {
    m.map_values(|r: Vec<i64>| r@.map_values(|x: i64| x as int))
}

// <vc:helpers>
// </vc:helpers>

// Transitive closure by a breadth-first search from every vertex.
fn transitive_closure(n: usize, adj: &Vec<Vec<usize>>) -> (res: (Vec<Vec<bool>>, Vec<Vec<i64>>))
    requires
        pre_transitive_closure(n as int, adj_view(adj@)),
    ensures
        post_transitive_closure(n as int, adj_view(adj@), bool_mat(res.0@), int_mat(res.1@)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
