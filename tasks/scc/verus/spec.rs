use vstd::prelude::*;

verus! {

// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

// At most 1000 edges leave a vertex (the family's bound on list lengths, in every language).
pub open spec fn pre_scc(n: int, adj: Seq<Seq<int>>) -> bool {
    valid_graph(n, adj) && forall|u: int| 0 <= u < n ==> (#[trigger] adj[u]).len() <= 1000
}

// comp labels the strongly connected components: comp[u] == comp[v] exactly when u and v reach
// each other. The other outputs are the certificate:
//  - condensation order: no edge leads to a component of a larger number (Tarjan's algorithm
//    numbers the components in the order it completes them, sinks first). Labels never grow
//    along a path, so vertices with different labels do not reach each other both ways;
//  - each component has exactly one root (pin == pout == -1); pin[v] is an in-component
//    predecessor of v with a smaller din (following pin from v goes back to the root: the root
//    reaches v), pout[v] an in-component successor of v with a smaller dout (following pout
//    leads from v to the root: v reaches the root). So all vertices of a component reach each
//    other through its root.
pub open spec fn post_scc(n: int, adj: Seq<Seq<int>>, comp: Seq<int>, pin: Seq<int>, din: Seq<int>, pout: Seq<int>, dout: Seq<int>) -> bool {
    &&& pre_scc(n, adj)
    &&& comp.len() == n
    &&& pin.len() == n
    &&& din.len() == n
    &&& pout.len() == n
    &&& dout.len() == n
    &&& forall|v: int| 0 <= v < n ==> 0 <= #[trigger] comp[v] < n && din[v] >= 0 && dout[v] >= 0
    &&& forall|u: int, k: int| 0 <= u < n && 0 <= k < adj[u].len() ==> comp[#[trigger] adj[u][k]] <= comp[u]
    &&& forall|v: int| 0 <= v < n ==> (#[trigger] pin[v] == -1 <==> pout[v] == -1)
    &&& forall|u: int, v: int| 0 <= u < v < n && #[trigger] pin[u] == -1 && #[trigger] pin[v] == -1 ==> comp[u] != comp[v]
    &&& forall|v: int| 0 <= v < n ==> -1 <= #[trigger] pin[v] < n && -1 <= pout[v] < n
    &&& forall|v: int| 0 <= v < n && #[trigger] pin[v] != -1 ==>
            adj[pin[v]].contains(v) && comp[pin[v]] == comp[v] && din[pin[v]] < din[v]
    &&& forall|v: int| 0 <= v < n && #[trigger] pout[v] != -1 ==>
            adj[v].contains(pout[v]) && comp[pout[v]] == comp[v] && dout[pout[v]] < dout[v]
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

// Tarjan's algorithm: one depth-first search numbering the vertices in visit order, with a stack
// of the visited vertices whose component is open and low-links (the least number reachable
// through the subtree and one edge back into the stack); a vertex whose low-link is its own
// number closes a component (everything above it on the stack). pin is the search tree's parent
// inside the component, din the depth; pout is the successor that realises the low-link (the
// vertex numbered low, reached by an edge into the stack, or the tree child whose low-link it took),
// dout = 128 * low + 128 - number (0 at a root).
fn scc(n: usize, adj: &Vec<Vec<usize>>) -> (res: (Vec<usize>, Vec<i64>, Vec<usize>, Vec<i64>, Vec<usize>))
    requires
        pre_scc(n as int, adj_view(adj@)),
    ensures
        post_scc(n as int, adj_view(adj@), nat_view(res.0@), int_view(res.1@), nat_view(res.2@),
            int_view(res.3@), nat_view(res.4@)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
