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
fn all_false(n: usize) -> (r: Vec<bool>)
    ensures
        r.len() == n,
{
    let mut r: Vec<bool> = Vec::new();
    while r.len() < n
        invariant
            r.len() <= n,
        decreases n - r.len(),
    {
        r.push(false);
    }
    r
}
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
    // in-degrees and the number of edges
    let mut ind: Vec<usize> = Vec::new();
    while ind.len() < n
        invariant
            ind.len() <= n,
        decreases n - ind.len(),
    {
        ind.push(0);
    }
    let mut m: usize = 0;
    let mut u: usize = 0;
    while u < n
        invariant
            u <= n,
            ind.len() == n,
            adj.len() == n,
        decreases n - u,
    {
        let mut j: usize = 0;
        while j < adj[u].len()
            invariant
                u < n,
                ind.len() == n,
                adj.len() == n,
            decreases adj[u as int].len() - j,
        {
            let w = adj[u][j];
            ind.set(w, ind[w] + 1);
            j = j + 1;
        }
        m = m + adj[u].len();
        u = u + 1;
    }
    // the degree conditions: out - in is -1, 0 or 1, with at most one +1 and one -1
    let mut plus: usize = n;
    let mut minus: usize = n;
    let mut v: usize = 0;
    while v < n
        invariant
            v <= n,
            ind.len() == n,
            adj.len() == n,
        decreases n - v,
    {
        let out = adj[v].len();
        let inn = ind[v];
        if out >= inn + 2 || inn >= out + 2 {
            return (false, Vec::new(), Vec::new(), v, v, all_false(n));
        }
        if out == inn + 1 {
            if plus != n {
                return (false, Vec::new(), Vec::new(), plus, v, all_false(n));
            }
            plus = v;
        } else if inn == out + 1 {
            if minus != n {
                return (false, Vec::new(), Vec::new(), minus, v, all_false(n));
            }
            minus = v;
        }
        v = v + 1;
    }
    // the trail starts at the vertex with a surplus out-edge, else at any vertex with an edge
    let mut start: usize = 0;
    if plus != n {
        start = plus;
    } else {
        let mut u: usize = 0;
        while u < n && adj[u].len() == 0
            invariant
                u <= n,
                adj.len() == n,
            decreases n - u,
        {
            u = u + 1;
        }
        if u < n {
            start = u;
        }
    }
    // Hierholzer's walk: a stack of vertices with the slot of the edge that entered each; the
    // top leaves along its next unused edge or, when it has none left, is popped onto the output
    let mut ptr: Vec<usize> = Vec::new();
    while ptr.len() < n
        invariant
            ptr.len() <= n,
        decreases n - ptr.len(),
    {
        ptr.push(0);
    }
    let mut seen = all_false(n);
    seen.set(start, true);
    let mut stack_v: Vec<usize> = vec![start];
    let mut stack_s: Vec<usize> = vec![0];
    let mut out_v: Vec<usize> = Vec::new();
    let mut out_s: Vec<usize> = Vec::new();
    while stack_v.len() > 0
        invariant
            ptr.len() == n,
            seen.len() == n,
            adj.len() == n,
            stack_s.len() == stack_v.len(),
            out_s.len() == out_v.len(),
        decreases 2 * (1000 - out_v.len()) + stack_v.len(),
    {
        let top = stack_v[stack_v.len() - 1];
        if ptr[top] < adj[top].len() {
            let j = ptr[top];
            let w = adj[top][j];
            ptr.set(top, j + 1);
            seen.set(w, true);
            stack_v.push(w);
            stack_s.push(j);
        } else {
            let x = stack_v.pop().unwrap();
            let sl = stack_s.pop().unwrap();
            out_v.push(x);
            out_s.push(sl);
        }
    }
    // the output reversed is the trail
    let mut path: Vec<usize> = Vec::new();
    let mut slot: Vec<usize> = Vec::new();
    let mut k: usize = out_v.len();
    while k > 0
        invariant
            k <= out_v.len(),
            out_s.len() == out_v.len(),
        decreases k,
    {
        k = k - 1;
        path.push(out_v[k]);
        if k + 1 < out_v.len() {
            slot.push(out_s[k]);
        }
    }
    if slot.len() == m {
        return (true, path, slot, 0, 0, seen);
    }
    // some edge was not reached: the vertices walked through form a closed side without it
    let mut b: usize = 0;
    let mut u: usize = 0;
    while u < n && ptr[u] == adj[u].len()
        invariant
            u <= n,
            ptr.len() == n,
            adj.len() == n,
        decreases n - u,
    {
        u = u + 1;
    }
    if u < n {
        b = u;
    }
    (false, path, slot, start, b, seen)
    // </vc:code>
}

fn main() {}

} // verus!
