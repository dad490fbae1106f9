use vstd::prelude::*;

verus! {

// An undirected graph on the vertices 0 .. n-1 as symmetric adjacency lists: v is in adj[u]
// exactly when u is in adj[v] (repetitions and self-loops allowed).
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

pub open spec fn symmetric(n: int, adj: Seq<Seq<int>>) -> bool {
    forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> adj[#[trigger] adj[u][i]].contains(u)
}

pub open spec fn pre_connected_components(n: int, adj: Seq<Seq<int>>) -> bool {
    valid_graph(n, adj) && symmetric(n, adj)
}

// comp[u] == comp[v] exactly when u and v are connected. order and from are the certificate:
// order lists all n vertices once each, in the order the search reaches them, and from[i] names
// the earlier position order[i] was reached from (-1 for the first vertex of a component):
//  - every edge joins two vertices with the same label (so connected vertices share a label);
//  - every vertex is either its own label (from[i] == -1: a root) or has an edge from the vertex
//    at the earlier position from[i], which has the same label; by induction on the position,
//    every vertex is connected to the vertex its label names, so vertices that share a label are
//    connected through that vertex.
pub open spec fn post_connected_components(n: int, adj: Seq<Seq<int>>, comp: Seq<int>, order: Seq<int>, from: Seq<int>) -> bool {
    &&& pre_connected_components(n, adj)
    &&& comp.len() == n
    &&& order.len() == n
    &&& from.len() == n
    &&& forall|v: int| 0 <= v < n ==> 0 <= #[trigger] comp[v] < n
    &&& forall|i: int| 0 <= i < n ==> 0 <= #[trigger] order[i] < n
    &&& forall|i: int, j: int| 0 <= i < j < n ==> #[trigger] order[i] != #[trigger] order[j]
    &&& forall|u: int, k: int| 0 <= u < n && 0 <= k < adj[u].len() ==> comp[#[trigger] adj[u][k]] == comp[u]
    &&& forall|i: int| 0 <= i < n ==>
        (#[trigger] from[i] == -1 && comp[order[i]] == order[i])
        || (0 <= from[i] < i && adj[order[from[i]]].contains(order[i]) && comp[order[from[i]]] == comp[order[i]])
}

// The graph and the results as the contract sees them.
pub open spec fn adj_view(adj: Seq<Vec<usize>>) -> Seq<Seq<int>> {
    adj.map_values(|r: Vec<usize>| r@.map_values(|x: usize| x as int))
}

pub open spec fn nat_view(v: Seq<usize>) -> Seq<int> {
    v.map_values(|x: usize| x as int)
}

pub open spec fn int_view(v: Seq<i64>) -> Seq<int> {
    v.map_values(|x: i64| x as int)
}

// <vc:helpers>
// </vc:helpers>

// Connected components: for each vertex not labelled yet, in increasing order, label everything
// reachable from it with its number by a depth-first search (the stack holds positions in the
// order of discovery).
fn connected_components(n: usize, adj: &Vec<Vec<usize>>) -> (res: (Vec<usize>, Vec<usize>, Vec<i64>))
    requires
        pre_connected_components(n as int, adj_view(adj@)),
    ensures
        post_connected_components(n as int, adj_view(adj@), nat_view(res.0@), nat_view(res.1@), int_view(res.2@)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
