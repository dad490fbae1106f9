use vstd::prelude::*;

verus! {

// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

// At most 1000 edges leave a vertex (the bound of the topological_sort task, kept so that the two contracts agree).
pub open spec fn pre_topological_sort_dfs(n: int, adj: Seq<Seq<int>>) -> bool {
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

// Either a topological order (acyclic) or a directed cycle that shows none exists.
pub open spec fn post_topological_sort_dfs(n: int, adj: Seq<Seq<int>>, acyclic: bool, order: Seq<int>, cycle: Seq<int>) -> bool {
    &&& pre_topological_sort_dfs(n, adj)
    &&& (acyclic ==> is_topological_order(n, adj, order))
    &&& (!acyclic ==> is_cycle(n, adj, cycle))
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

// Depth-first search: visit every vertex not visited yet; a visit marks its vertex active (on
// the DFS path), visits its unvisited heads, then marks it finished. Listing the vertices by
// decreasing finishing time (reverse postorder) gives a topological order; an edge to an active
// vertex closes a cycle along the DFS path.
fn topological_sort_dfs(n: usize, adj: &Vec<Vec<usize>>) -> (res: (bool, Vec<usize>, Vec<usize>))
    requires
        pre_topological_sort_dfs(n as int, adj_view(adj@)),
    ensures
        post_topological_sort_dfs(n as int, adj_view(adj@), res.0, nat_view(res.1@), nat_view(res.2@)),
{
    // <vc:code>
    // col: 0 unvisited, 1 active, 2 finished; the frames (sv[t], si[t]) are the active path with
    // the index of the next out-edge to look at; post lists the finished vertices in order.
    let mut col: Vec<u8> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            col.len() == i,
        decreases n - i,
    {
        col.push(0);
        i = i + 1;
    }
    let mut post: Vec<usize> = Vec::new();
    let mut sv: Vec<usize> = Vec::new();
    let mut si: Vec<usize> = Vec::new();
    let mut r: usize = 0;
    while r < n
        invariant
            pre_topological_sort_dfs(n as int, adj_view(adj@)),
            adj.len() == n,
            col.len() == n,
            r <= n,
        decreases n - r,
    {
        if col[r] == 0 {
            col.set(r, 1);
            sv.push(r);
            si.push(0);
            while sv.len() > 0
                invariant
                    adj.len() == n,
                    col.len() == n,
                    sv.len() == si.len(),
                    forall|t: int| 0 <= t < sv.len() ==> (#[trigger] sv[t]) < n,
                decreases n - post.len(), sv.len(),
            {
                let top = sv.len() - 1;
                let u = sv[top];
                let k = si[top];
                if k < adj[u].len() {
                    si.set(top, k + 1);
                    let y = adj[u][k];
                    if col[y] == 1 {
                        // the active path from y to u, then the edge u -> y
                        let mut start: usize = 0;
                        while start < sv.len() && sv[start] != y
                            invariant
                                start <= sv.len(),
                            decreases sv.len() - start,
                        {
                            start = start + 1;
                        }
                        let mut cycle: Vec<usize> = Vec::new();
                        let mut t = start;
                        while t < sv.len()
                            invariant
                                t <= sv.len(),
                            decreases sv.len() - t,
                        {
                            cycle.push(sv[t]);
                            t = t + 1;
                        }
                        return (false, Vec::new(), cycle);
                    } else if col[y] == 0 {
                        col.set(y, 1);
                        sv.push(y);
                        si.push(0);
                    }
                } else {
                    col.set(u, 2);
                    post.push(u);
                    sv.pop();
                    si.pop();
                }
            }
        }
        r = r + 1;
    }
    // reverse postorder
    let mut order: Vec<usize> = Vec::new();
    let mut k = post.len();
    while k > 0
        invariant
            k <= post.len(),
        decreases k,
    {
        k = k - 1;
        order.push(post[k]);
    }
    (true, order, Vec::new())
    // </vc:code>
}

fn main() {}

} // verus!
