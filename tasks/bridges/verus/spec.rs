use vstd::prelude::*;

verus! {

// An undirected simple graph on the vertices 0 .. n-1 as symmetric adjacency lists: v is in
// adj[u] exactly when u is in adj[v]; no self-loops and no repeated neighbours, so an edge is
// the pair {u, v}.
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

pub open spec fn pre_bridges(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& valid_graph(n, adj)
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==>
            #[trigger] adj[u][i] != u && adj[adj[u][i]].contains(u)
    &&& forall|u: int, i: int, j: int| 0 <= u < n && 0 <= i < j < adj[u].len() ==>
            #[trigger] adj[u][i] != #[trigger] adj[u][j]
}

// Vertex x is numbered inside the subtree range of c.
pub open spec fn in_range(pre: Seq<int>, last: Seq<int>, c: int, x: int) -> bool {
    pre[c] <= pre[x] <= last[c]
}

// The bridges (edges whose removal disconnects their ends) are exactly the edges {par[c], c}
// with isb[c]. The outputs describe a depth-first search forest: par[c] is the parent of c (-1
// for a root), pre[c] its preorder number (a permutation of 0..n-1) and [pre[c], last[c]] the
// preorder numbers of its subtree (the numbers in a child's range lie in its parent's; a vertex
// numbered inside [pre[w], last[w]], other than w, has its parent numbered there too, so that
// range is exactly the subtree of w). Every edge that is not a tree edge joins a vertex and one
// of its ancestors, so it lies on a cycle and is not a bridge. For a tree edge {par[c], c}:
//  - isb[c]: the subtree of c is closed under every edge but {c, par[c]}, so removing that edge
//    separates c from par[c];
//  - not isb[c]: the edge {escx[c], escy[c]} leaves the subtree of c and is another edge, so
//    the tree paths and it form a cycle through {par[c], c}.
pub open spec fn post_bridges(n: int, adj: Seq<Seq<int>>, par: Seq<int>, pre: Seq<int>, last: Seq<int>,
                              isb: Seq<bool>, escx: Seq<int>, escy: Seq<int>) -> bool {
    &&& pre_bridges(n, adj)
    &&& par.len() == n && pre.len() == n && last.len() == n && isb.len() == n && escx.len() == n && escy.len() == n
    &&& forall|v: int| 0 <= v < n ==> -1 <= #[trigger] par[v] < n && 0 <= pre[v] <= last[v] < n
    &&& forall|u: int, v: int| 0 <= u < v < n ==> #[trigger] pre[u] != #[trigger] pre[v]
    &&& forall|v: int| 0 <= v < n && #[trigger] par[v] != -1 ==>
            adj[v].contains(par[v]) && pre[par[v]] < pre[v] && last[v] <= last[par[v]]
    &&& forall|w: int, x: int| 0 <= w < n && 0 <= x < n && pre[w] < #[trigger] pre[x] <= #[trigger] last[w] ==>
            par[x] != -1 && pre[w] <= pre[par[x]]
    &&& forall|u: int, k: int| 0 <= u < n && 0 <= k < adj[u].len() && par[#[trigger] adj[u][k]] != u && par[u] != adj[u][k] ==>
            (pre[adj[u][k]] < pre[u] <= last[adj[u][k]]) || (pre[u] < pre[adj[u][k]] <= last[u])
    &&& forall|v: int| 0 <= v < n && #[trigger] par[v] == -1 ==> !isb[v]
    &&& forall|c: int, x: int, j: int| 0 <= c < n && #[trigger] isb[c] && 0 <= x < n && in_range(pre, last, c, x)
            && 0 <= j < adj[x].len() ==>
            in_range(pre, last, c, #[trigger] adj[x][j]) || (x == c && adj[x][j] == par[c])
    &&& forall|c: int| 0 <= c < n && par[c] != -1 && !#[trigger] isb[c] ==>
            0 <= escx[c] < n && 0 <= escy[c] < n && adj[escx[c]].contains(escy[c])
            && in_range(pre, last, c, escx[c]) && !in_range(pre, last, c, escy[c])
            && !(escx[c] == c && escy[c] == par[c])
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

// Bridges by Tarjan's low-link: a depth-first search numbers the vertices in preorder and
// computes low[c], the least preorder number reachable from the subtree of c by one edge other
// than the tree edge to c's parent (with the edge that reaches it); the tree edge {par[c], c} is
// a bridge exactly when low[c] == pre[c]. last[c] is the last number given in c's subtree.
fn bridges(n: usize, adj: &Vec<Vec<usize>>) -> (res: (Vec<i64>, Vec<usize>, Vec<usize>, Vec<bool>, Vec<i64>, Vec<i64>))
    requires
        pre_bridges(n as int, adj_view(adj@)),
    ensures
        post_bridges(n as int, adj_view(adj@), int_view(res.0@), nat_view(res.1@), nat_view(res.2@), res.3@,
            int_view(res.4@), int_view(res.5@)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
