use vstd::prelude::*;

verus! {

// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed). Edge (u, j) is the j-th entry of adj[u].
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

// The number of edges.
pub open spec fn num_edges(adj: Seq<Seq<int>>) -> int
    decreases adj.len(),
{
    if adj.len() == 0 { 0 } else { num_edges(adj.drop_last()) + adj[adj.len() - 1].len() }
}

// How often v occurs in s.
pub open spec fn count(s: Seq<int>, v: int) -> int
    decreases s.len(),
{
    if s.len() == 0 { 0 } else { count(s.drop_last(), v) + (if s[s.len() - 1] == v { 1int } else { 0int }) }
}

// The number of edges entering v.
pub open spec fn in_degree(adj: Seq<Seq<int>>, v: int) -> int
    decreases adj.len(),
{
    if adj.len() == 0 { 0 } else { in_degree(adj.drop_last(), v) + count(adj[adj.len() - 1], v) }
}

// out-degree minus in-degree.
pub open spec fn balance(adj: Seq<Seq<int>>, v: int) -> int {
    adj[v].len() - in_degree(adj, v)
}

pub open spec fn pre_euler_path(n: int, adj: Seq<Seq<int>>) -> bool {
    valid_graph(n, adj) && num_edges(adj) <= 1000
}

// found: path is an Eulerian trail: step i goes from path[i] along its edge (path[i], slot[i])
// to path[i + 1]; the num_edges(adj) steps use pairwise different edges, so each edge exactly
// once. !found: a certificate (see the Dafny spec): a vertex a == b with |out - in| >= 2; two
// vertices a != b both with out - in == 1 or both -1; or a set side closed under the edges in
// both directions with an edge out of a inside and an edge out of b outside.
pub open spec fn post_euler_path(n: int, adj: Seq<Seq<int>>, found: bool, path: Seq<int>, slot: Seq<int>,
                                 a: int, b: int, side: Seq<bool>) -> bool {
    &&& pre_euler_path(n, adj)
    &&& if found {
            &&& slot.len() == num_edges(adj) && path.len() == slot.len() + 1 && 0 <= path[0] < n
            &&& forall|i: int| 0 <= i < slot.len() ==>
                    0 <= #[trigger] path[i] < n && 0 <= slot[i] < adj[path[i]].len()
                    && adj[path[i]][slot[i]] == path[i + 1]
            &&& forall|i: int, k: int| 0 <= i < k < slot.len() ==>
                    #[trigger] path[i] != #[trigger] path[k] || slot[i] != slot[k]
        } else {
            &&& 0 <= a < n && 0 <= b < n && side.len() == n
            &&& (a == b && (balance(adj, a) >= 2 || balance(adj, a) <= -2))
                || (a != b && balance(adj, a) == balance(adj, b) && (balance(adj, a) == 1 || balance(adj, a) == -1))
                || (side[a] && !side[b] && adj[a].len() > 0 && adj[b].len() > 0
                    && forall|u: int, j: int| 0 <= u < n && 0 <= j < adj[u].len() ==>
                        side[u] == side[#[trigger] adj[u][j]])
        }
}

// The graph and the index lists as the contract sees them.
pub open spec fn adj_view(adj: Seq<Vec<usize>>) -> Seq<Seq<int>> {
    adj.map_values(|r: Vec<usize>| r@.map_values(|x: usize| x as int))
}

pub open spec fn idx_view(s: Seq<usize>) -> Seq<int> {
    s.map_values(|x: usize| x as int)
}

// <vc:helpers>
// </vc:helpers>

// Hierholzer's algorithm: an Eulerian trail, or a certificate that there is none.
fn euler_path(n: usize, adj: &Vec<Vec<usize>>) -> (res: (bool, Vec<usize>, Vec<usize>, usize, usize, Vec<bool>))
    requires
        pre_euler_path(n as int, adj_view(adj@)),
    ensures
        post_euler_path(n as int, adj_view(adj@), res.0, idx_view(res.1@), idx_view(res.2@), res.3 as int,
            res.4 as int, res.5@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
