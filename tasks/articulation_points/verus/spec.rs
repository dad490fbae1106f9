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

pub open spec fn pre_articulation_points(n: int, adj: Seq<Seq<int>>) -> bool {
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

// The articulation points are exactly the v with cut[v]; the rest is a certificate on a
// depth-first search forest (see the Dafny spec for the full comment): the forest shape (par,
// pre, last, non-tree edges to ancestors); a root with cut[v] has two children wit[v] != wit2[v],
// a root without has at most one child; a non-root with cut[v] has a child wit[v] whose subtree
// has no edge leaving it except to v; for a non-root v without cut[v], every child c has an
// escape edge (escx[c], escy[c]) from its subtree to outside it, other than v.
pub open spec fn post_articulation_points(n: int, adj: Seq<Seq<int>>, par: Seq<int>, pre: Seq<int>, last: Seq<int>,
                                          cut: Seq<bool>, wit: Seq<int>, wit2: Seq<int>, escx: Seq<int>,
                                          escy: Seq<int>) -> bool {
    &&& pre_articulation_points(n, adj)
    &&& par.len() == n && pre.len() == n && last.len() == n && cut.len() == n && wit.len() == n
        && wit2.len() == n && escx.len() == n && escy.len() == n
    &&& forall|v: int| 0 <= v < n ==> -1 <= #[trigger] par[v] < n && 0 <= pre[v] <= last[v] < n
    &&& forall|u: int, v: int| 0 <= u < v < n ==> #[trigger] pre[u] != #[trigger] pre[v]
    &&& forall|v: int| 0 <= v < n && #[trigger] par[v] != -1 ==>
            adj[v].contains(par[v]) && pre[par[v]] < pre[v] && last[v] <= last[par[v]]
    &&& forall|w: int, x: int| 0 <= w < n && 0 <= x < n && pre[w] < #[trigger] pre[x] <= #[trigger] last[w] ==>
            par[x] != -1 && pre[w] <= pre[par[x]]
    &&& forall|u: int, k: int| 0 <= u < n && 0 <= k < adj[u].len() && par[#[trigger] adj[u][k]] != u && par[u] != adj[u][k] ==>
            (pre[adj[u][k]] < pre[u] <= last[adj[u][k]]) || (pre[u] < pre[adj[u][k]] <= last[u])
    &&& forall|v: int| 0 <= v < n && #[trigger] par[v] == -1 && cut[v] ==>
            0 <= wit[v] < n && 0 <= wit2[v] < n && wit[v] != wit2[v] && par[wit[v]] == v && par[wit2[v]] == v
    &&& forall|v: int, x: int, y: int| 0 <= v < n && par[v] == -1 && !cut[v] && 0 <= x < n && 0 <= y < n
            && #[trigger] par[x] == v && #[trigger] par[y] == v ==> x == y
    &&& forall|v: int| 0 <= v < n && #[trigger] par[v] != -1 && cut[v] ==> 0 <= wit[v] < n && par[wit[v]] == v
    &&& forall|v: int, x: int, j: int| 0 <= v < n && par[v] != -1 && #[trigger] cut[v] && 0 <= wit[v] < n
            && 0 <= x < n && in_range(pre, last, wit[v], x) && 0 <= j < adj[x].len() ==>
            in_range(pre, last, wit[v], #[trigger] adj[x][j]) || adj[x][j] == v
    &&& forall|c: int| 0 <= c < n && #[trigger] par[c] != -1 && par[par[c]] != -1 && !cut[par[c]] ==>
            0 <= escx[c] < n && 0 <= escy[c] < n && adj[escx[c]].contains(escy[c])
            && in_range(pre, last, c, escx[c]) && !in_range(pre, last, c, escy[c]) && escy[c] != par[c]
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

// Articulation points by Tarjan's low-link: a depth-first search numbers the vertices in
// preorder and computes low[c], the least preorder number reached from the subtree of c by one
// edge other than the tree edge to c's parent (with the edge that reaches it); a non-root v is
// a cut vertex exactly when some child c has low[c] >= pre[v], a root when it has two children.
fn articulation_points(n: usize, adj: &Vec<Vec<usize>>)
    -> (res: (Vec<i64>, Vec<usize>, Vec<usize>, Vec<bool>, Vec<i64>, Vec<i64>, Vec<i64>, Vec<i64>))
    requires
        pre_articulation_points(n as int, adj_view(adj@)),
    ensures
        post_articulation_points(n as int, adj_view(adj@), int_view(res.0@), nat_view(res.1@), nat_view(res.2@),
            res.3@, int_view(res.4@), int_view(res.5@), int_view(res.6@), int_view(res.7@)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
