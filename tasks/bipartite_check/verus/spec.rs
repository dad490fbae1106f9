use vstd::prelude::*;

verus! {

// An undirected graph on the vertices 0 .. n-1 as symmetric adjacency lists: v is in adj[u]
// exactly when u is in adj[v] (repetitions and self-loops allowed; a self-loop is an odd cycle).
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

pub open spec fn symmetric(n: int, adj: Seq<Seq<int>>) -> bool {
    forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> adj[#[trigger] adj[u][i]].contains(u)
}

pub open spec fn pre_bipartite_check(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& valid_graph(n, adj)
    &&& symmetric(n, adj)
    &&& forall|u: int| 0 <= u < n ==> (#[trigger] adj[u]).len() <= 1000
}

// color gives every vertex one of two colours, 0 or 1, and every edge joins different colours.
pub open spec fn is_two_colouring(n: int, adj: Seq<Seq<int>>, color: Seq<int>) -> bool {
    &&& color.len() == n
    &&& forall|v: int| 0 <= v < n ==> (#[trigger] color[v] == 0 || color[v] == 1)
            && forall|i: int| 0 <= i < adj[v].len() ==> color[#[trigger] adj[v][i]] != color[v]
}

// cycle is a closed walk of odd length: each vertex has an edge to the next one, the last one to
// the first, and the number of vertices (= the number of edges walked) is odd.
pub open spec fn is_odd_closed_walk(n: int, adj: Seq<Seq<int>>, cycle: Seq<int>) -> bool {
    &&& cycle.len() % 2 == 1
    &&& forall|i: int| 0 <= i < cycle.len() ==>
            0 <= #[trigger] cycle[i] < n && adj[cycle[i]].contains(cycle[(i + 1) % (cycle.len() as int)])
}

// bipartite: a 2-colouring with every edge between the two colours; otherwise an odd closed walk,
// which shows that no 2-colouring exists (the Dafny version of this task proves that in its
// locked part). Colour when !bipartite and cycle when bipartite are free.
pub open spec fn post_bipartite_check(n: int, adj: Seq<Seq<int>>, bipartite: bool, color: Seq<int>, cycle: Seq<int>) -> bool {
    &&& pre_bipartite_check(n, adj)
    &&& bipartite ==> is_two_colouring(n, adj, color)
    &&& !bipartite ==> is_odd_closed_walk(n, adj, cycle)
}

// The graph and the results as the contract sees them.
pub open spec fn adj_view(adj: Seq<Vec<usize>>) -> Seq<Seq<int>> {
    adj.map_values(|r: Vec<usize>| r@.map_values(|x: usize| x as int))
}

pub open spec fn int_view(v: Seq<i64>) -> Seq<int> {
    v.map_values(|x: i64| x as int)
}

pub open spec fn nat_view(v: Seq<usize>) -> Seq<int> {
    v.map_values(|x: usize| x as int)
}

// <vc:helpers>
// </vc:helpers>

// Breadth-first 2-colouring: a colouring, or an odd closed walk when the graph is not bipartite.
fn bipartite_check(n: usize, adj: &Vec<Vec<usize>>) -> (res: (bool, Vec<i64>, Vec<usize>))
    requires
        pre_bipartite_check(n as int, adj_view(adj@)),
    ensures
        post_bipartite_check(n as int, adj_view(adj@), res.0, int_view(res.1@), nat_view(res.2@)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
