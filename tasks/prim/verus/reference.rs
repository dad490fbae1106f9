use vstd::prelude::*;

verus! {

// A weighted undirected graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w], joining
// u and v with weight w (parallel edges and self-loops allowed).
pub open spec fn valid_edges(n: int, edges: Seq<Seq<i64>>) -> bool {
    forall|e: int| 0 <= e < edges.len() ==> (#[trigger] edges[e]).len() == 3 && 0 <= edges[e][0] < n && 0 <= edges[e][1] < n
}

pub open spec fn pre_prim(n: int, edges: Seq<Seq<i64>>) -> bool {
    &&& 1 <= n <= 100
    &&& edges.len() <= 1000
    &&& valid_edges(n, edges)
    &&& forall|e: int| 0 <= e < edges.len() ==> 0 <= #[trigger] edges[e][2] <= 1000000
}

// A minimum spanning forest (a minimum spanning tree when the graph is connected), as Prim's
// algorithm builds it. rank lists the order in which the vertices join the forest (a permutation
// of 0..n-1); pe[v] is the index of the edge that joined v to a vertex of smaller rank, or -1 when
// v starts a new tree. The certificate of minimality is Prim's cut condition: when the vertex of
// rank r joins, every edge between the vertices of rank < r and the others weighs at least as
// much as its edge pe, and a vertex starts a new tree only when no such edge exists. The edges pe
// form a spanning forest (each joins a vertex to an earlier one, and a tree is only closed when
// no edge leaves it); the cut condition makes it a minimum one, and every minimum spanning forest
// has such a rank (the task's notes give both arguments).
pub open spec fn post_prim(n: int, edges: Seq<Seq<i64>>, pe: Seq<i64>, rank: Seq<i64>) -> bool {
    &&& pre_prim(n, edges)
    &&& pe.len() == n
    &&& rank.len() == n
    &&& forall|v: int| 0 <= v < n ==> 0 <= #[trigger] rank[v] < n
    &&& forall|u: int, v: int| 0 <= u < v < n ==> #[trigger] rank[u] != #[trigger] rank[v]
    &&& forall|v: int| 0 <= v < n ==> -1 <= #[trigger] pe[v] < edges.len()
    &&& forall|v: int| 0 <= v < n && #[trigger] pe[v] != -1 ==>
            (edges[pe[v] as int][0] == v && rank[edges[pe[v] as int][1] as int] < rank[v]) ||
            (edges[pe[v] as int][1] == v && rank[edges[pe[v] as int][0] as int] < rank[v])
    &&& forall|v: int, e: int| #![trigger rank[v], edges[e]] 0 <= v < n && 0 <= e < edges.len() &&
            ((rank[edges[e][0] as int] < rank[v] <= rank[edges[e][1] as int]) ||
             (rank[edges[e][1] as int] < rank[v] <= rank[edges[e][0] as int])) ==>
            0 <= pe[v] < edges.len() && edges[pe[v] as int][2] <= edges[e][2]
}

// <vc:helpers>
// </vc:helpers>

// Prim's algorithm with a key array (O(n^2 + m)): the vertex outside the forest with the lightest
// edge to it joins next, through that edge; when no edge leaves the forest, the lowest vertex
// outside starts a new tree. After a vertex joins, its edges lower the keys of its neighbours.
fn prim(n: usize, edges: &Vec<Vec<i64>>) -> (res: (Vec<i64>, Vec<i64>))
    requires
        pre_prim(n as int, edges@.map_values(|e: Vec<i64>| e@)),
    ensures
        post_prim(n as int, edges@.map_values(|e: Vec<i64>| e@), res.0@, res.1@),
{
    // <vc:code>
    let ghost g = edges@.map_values(|e: Vec<i64>| e@);
    let m = edges.len();
    // inc[x]: indices of the edges with an endpoint x
    let mut inc: Vec<Vec<usize>> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            inc.len() == i,
        decreases n - i,
    {
        inc.push(Vec::new());
        i = i + 1;
    }
    let mut e: usize = 0;
    while e < m
        invariant
            pre_prim(n as int, g),
            g == edges@.map_values(|e: Vec<i64>| e@),
            m == edges.len(),
            e <= m,
            inc.len() == n,
        decreases m - e,
    {
        let a = edges[e][0] as usize;
        let b = edges[e][1] as usize;
        let mut row = inc[a].clone();
        row.push(e);
        inc.set(a, row);
        if b != a {
            let mut row2 = inc[b].clone();
            row2.push(e);
            inc.set(b, row2);
        }
        e = e + 1;
    }
    let nn = n as i64;
    let mut pe: Vec<i64> = Vec::new();
    let mut rank: Vec<i64> = Vec::new();
    let mut key: Vec<i64> = Vec::new();
    let mut best: Vec<i64> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            pe.len() == i && rank.len() == i && key.len() == i && best.len() == i,
        decreases n - i,
    {
        pe.push(-1);
        rank.push(nn);
        key.push(0);
        best.push(-1);
        i = i + 1;
    }
    let mut cnt: usize = 0;
    while cnt < n
        invariant
            pre_prim(n as int, g),
            g == edges@.map_values(|e: Vec<i64>| e@),
            m == edges.len(),
            inc.len() == n,
            cnt <= n,
            pe.len() == n && rank.len() == n && key.len() == n && best.len() == n,
        decreases n - cnt,
    {
        // the vertex outside of least key (or the lowest one outside, when no key is set)
        let mut x: usize = n;
        let mut any: usize = n;
        let mut v: usize = 0;
        while v < n
            invariant
                v <= n,
                x <= n,
                any <= n,
                rank.len() == n && key.len() == n && best.len() == n,
            decreases n - v,
        {
            if rank[v] == nn {
                if any == n {
                    any = v;
                }
                if best[v] != -1 && (x == n || key[v] < key[x]) {
                    x = v;
                }
            }
            v = v + 1;
        }
        if x == n {
            x = any;
        }
        rank.set(x, cnt as i64);
        let bx = best[x];
        pe.set(x, bx);
        let mut k: usize = 0;
        while k < inc[x].len()
            invariant
                k <= inc[x].len(),
                rank.len() == n && key.len() == n && best.len() == n,
            decreases inc[x].len() - k,
        {
            let f = inc[x][k];
            let a = edges[f][0] as usize;
            let y = if a == x { edges[f][1] as usize } else { a };
            let w = edges[f][2];
            if rank[y] == nn && (best[y] == -1 || w < key[y]) {
                key.set(y, w);
                best.set(y, f as i64);
            }
            k = k + 1;
        }
        cnt = cnt + 1;
    }
    (pe, rank)
    // </vc:code>
}

fn main() {}

} // verus!
