use vstd::prelude::*;

verus! {

// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

// At most 1000 edges leave a vertex (so in-degree counts fit machine integers in every language).
pub open spec fn pre_cycle_detection(n: int, adj: Seq<Seq<int>>) -> bool {
    valid_graph(n, adj) && forall|u: int| 0 <= u < n ==> #[trigger] adj[u].len() <= 1000
}

// order lists every vertex exactly once (n distinct vertices) and every edge goes forward: no edge
// leads from a vertex to itself or to a vertex listed before it.
pub open spec fn is_topological_order(n: int, adj: Seq<Seq<int>>, order: Seq<int>) -> bool {
    &&& order.len() == n
    &&& forall|i: int| 0 <= i < n ==> 0 <= #[trigger] order[i] < n
    &&& forall|i: int, j: int| 0 <= i < j < n ==> #[trigger] order[i] != #[trigger] order[j]
    &&& forall|i: int, j: int| 0 <= j <= i < n ==> !adj[#[trigger] order[i]].contains(#[trigger] order[j])
}

// cycle is a directed cycle (a closed walk): each vertex has an edge to the next one, and the
// last one to the first.
pub open spec fn is_cycle(n: int, adj: Seq<Seq<int>>, cycle: Seq<int>) -> bool {
    &&& cycle.len() >= 1
    &&& forall|i: int| 0 <= i < cycle.len() ==> 0 <= #[trigger] cycle[i] < n
    &&& forall|i: int| 0 <= i < cycle.len() ==> adj[#[trigger] cycle[i]].contains(cycle[(i + 1) % (cycle.len() as int)])
}

// cyclic: a directed cycle exists, and cycle is one. Otherwise a topological order, which shows
// that there is none (the Dafny version of this task proves that a cycle excludes every
// topological order). The unused output is free.
pub open spec fn post_cycle_detection(n: int, adj: Seq<Seq<int>>, cyclic: bool, cycle: Seq<int>, order: Seq<int>) -> bool {
    &&& pre_cycle_detection(n, adj)
    &&& (cyclic ==> is_cycle(n, adj, cycle))
    &&& (!cyclic ==> is_topological_order(n, adj, order))
}

// The graph and the results as the contract sees them.
pub open spec fn adj_view(adj: Seq<Vec<usize>>) -> Seq<Seq<int>> {
    adj.map_values(|r: Vec<usize>| r@.map_values(|x: usize| x as int))
}

pub open spec fn nat_view(v: Seq<usize>) -> Seq<int> {
    v.map_values(|x: usize| x as int)
}

// <vc:helpers>
// </vc:helpers>

// Depth-first search with three colours (white, grey = on the current path, black = finished):
// an edge to a grey vertex closes a cycle along the path; otherwise the reverse finishing order
// is topological.
fn cycle_detection(n: usize, adj: &Vec<Vec<usize>>) -> (res: (bool, Vec<usize>, Vec<usize>))
    requires
        pre_cycle_detection(n as int, adj_view(adj@)),
    ensures
        post_cycle_detection(n as int, adj_view(adj@), res.0, nat_view(res.1@), nat_view(res.2@)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
