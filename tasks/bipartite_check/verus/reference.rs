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
// The path u, par[u], ..., up to the root of u's tree (par[root] == root), at most n steps.
fn path_up(n: usize, par: &Vec<usize>, u: usize) -> (up: Vec<usize>)
    requires
        par.len() == n,
        u < n,
        forall|x: int| 0 <= x < n ==> (#[trigger] par@[x]) < n,
{
    let mut up: Vec<usize> = Vec::new();
    let mut x = u;
    up.push(x);
    let mut steps: usize = 0;
    while steps < n && par[x] != x
        invariant
            par.len() == n,
            x < n,
            forall|y: int| 0 <= y < n ==> (#[trigger] par@[y]) < n,
        decreases n - steps,
    {
        x = par[x];
        up.push(x);
        steps = steps + 1;
    }
    up
}
// </vc:helpers>

// Breadth-first 2-colouring: a colouring, or an odd closed walk when the graph is not bipartite.
fn bipartite_check(n: usize, adj: &Vec<Vec<usize>>) -> (res: (bool, Vec<i64>, Vec<usize>))
    requires
        pre_bipartite_check(n as int, adj_view(adj@)),
    ensures
        post_bipartite_check(n as int, adj_view(adj@), res.0, int_view(res.1@), nat_view(res.2@)),
{
    // <vc:code>
    // Proof not written: the Dafny reference holds the invariants (the search forest, closed
    // trees, the queue) and the lemmas; here the loops carry the bounds only.
    let mut color: Vec<i64> = Vec::new();
    let mut par: Vec<usize> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            color.len() == i,
            par.len() == i,
            forall|x: int| 0 <= x < i ==> (#[trigger] par@[x]) < n,
        decreases n - i,
    {
        color.push(-1);
        par.push(i);
        i = i + 1;
    }
    let mut s: usize = 0;
    while s < n
        invariant
            s <= n,
            color.len() == n,
            par.len() == n,
            adj.len() == n,
            forall|x: int| 0 <= x < n ==> (#[trigger] par@[x]) < n,
        decreases n - s,
    {
        if color[s] == -1 {
            color.set(s, 0);
            par.set(s, s);
            let mut queue: Vec<usize> = Vec::new();
            queue.push(s);
            let mut head: usize = 0;
            while head < queue.len()
                invariant
                    color.len() == n,
                    par.len() == n,
                    adj.len() == n,
                    forall|x: int| 0 <= x < n ==> (#[trigger] par@[x]) < n,
                    forall|x: int| 0 <= x < queue.len() ==> (#[trigger] queue@[x]) < n,
                decreases n * n + n - head,
            {
                let u = queue[head];
                let cu = color[u];
                let mut j: usize = 0;
                while j < adj[u].len()
                    invariant
                        u < n,
                        color.len() == n,
                        par.len() == n,
                        adj.len() == n,
                        forall|x: int| 0 <= x < n ==> (#[trigger] par@[x]) < n,
                        forall|x: int| 0 <= x < queue.len() ==> (#[trigger] queue@[x]) < n,
                    decreases adj[u as int].len() - j,
                {
                    let v = adj[u][j];
                    if color[v] == -1 {
                        color.set(v, 1 - cu);
                        par.set(v, u);
                        queue.push(v);
                    } else if color[v] == cu {
                        // u and v lie in one tree with equal colours: up from u to the root,
                        // then down to v, then the edge back to u is a closed walk of odd length.
                        let mut cycle = path_up(n, &par, u);
                        let up_v = path_up(n, &par, v);
                        let mut k: usize = up_v.len() - 1;
                        while k > 0
                            decreases k,
                        {
                            k = k - 1;
                            cycle.push(up_v[k]);
                        }
                        return (false, color, cycle);
                    }
                    j = j + 1;
                }
                head = head + 1;
            }
        }
        s = s + 1;
    }
    (true, color, Vec::new())
    // </vc:code>
}

fn main() {}

} // verus!
