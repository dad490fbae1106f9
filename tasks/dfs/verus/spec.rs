use vstd::prelude::*;

verus! {

// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

pub open spec fn pre_dfs(n: int, adj: Seq<Seq<int>>, s: int) -> bool {
    valid_graph(n, adj) && 0 <= s < n
}

// order lists the vertices reachable from s, each once, in the order the search visits them, and
// from (the search tree, the certificate) says for every later position i which earlier position
// from[i] it was discovered from:
//  - order starts at s, and order[i] has an edge from order[from[i]], listed before it (so, by
//    induction on the position, every listed vertex is reachable from s);
//  - it is closed under edges: every edge out of a listed vertex leads to a listed vertex (so, by
//    induction along a path from s, every reachable vertex is listed).
pub open spec fn post_dfs(n: int, adj: Seq<Seq<int>>, s: int, order: Seq<int>, from: Seq<int>) -> bool {
    &&& pre_dfs(n, adj, s)
    &&& order.len() >= 1
    &&& from.len() == order.len()
    &&& order[0] == s
    &&& from[0] == -1
    &&& forall|i: int| 0 <= i < order.len() ==> 0 <= #[trigger] order[i] < n
    &&& forall|i: int, j: int| 0 <= i < j < order.len() ==> #[trigger] order[i] != #[trigger] order[j]
    &&& forall|i: int| 1 <= i < order.len() ==>
        0 <= #[trigger] from[i] < i && adj[order[from[i]]].contains(order[i])
    &&& forall|i: int, k: int| 0 <= i < order.len() && 0 <= k < adj[order[i]].len() ==>
        order.contains(#[trigger] adj[order[i]][k])
}

// The graph and the result as the contract sees them.
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

// Depth-first search from s with an explicit stack: pop a vertex, scan its edges, and mark, list
// and push every vertex seen for the first time (the stack holds positions in the visit order).
fn dfs(n: usize, adj: &Vec<Vec<usize>>, s: usize) -> (res: (Vec<usize>, Vec<i64>))
    requires
        pre_dfs(n as int, adj_view(adj@), s as int),
    ensures
        post_dfs(n as int, adj_view(adj@), s as int, nat_view(res.0@), int_view(res.1@)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
