use vstd::prelude::*;

verus! {

// A weighted directed graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w]
// (from u to v with weight w). A path is a sequence of edge indices, each edge starting where
// the previous one ends.
pub open spec fn valid_edges(n: int, edges: Seq<Seq<i64>>) -> bool {
    forall|e: int| 0 <= e < edges.len() ==> (#[trigger] edges[e]).len() == 3 && 0 <= edges[e][0] < n && 0 <= edges[e][1] < n
}

pub open spec fn is_wpath(n: int, edges: Seq<Seq<i64>>, p: Seq<int>, u: int, v: int) -> bool {
    &&& forall|i: int| 0 <= i < p.len() ==> 0 <= #[trigger] p[i] < edges.len()
    &&& p.len() == 0 ==> u == v
    &&& p.len() > 0 ==> edges[p[0]][0] == u && edges[p[p.len() - 1]][1] == v
        && forall|i: int| 0 <= i < p.len() - 1 ==> edges[#[trigger] p[i]][1] == edges[p[i + 1]][0]
}

pub open spec fn path_weight(edges: Seq<Seq<i64>>, p: Seq<int>) -> int
    decreases p.len(),
{
    if p.len() == 0 { 0 } else { path_weight(edges, p.drop_last()) + edges[p[p.len() - 1]][2] }
}

// The graph is acyclic, witnessed by the topological rank given with it: every edge goes from a
// smaller to a larger rank (ranks lie in 0..n-1 and need not be distinct).
pub open spec fn pre_dag_shortest_path(n: int, edges: Seq<Seq<i64>>, rank: Seq<i64>, s: int) -> bool {
    &&& 1 <= n <= 100
    &&& edges.len() <= 1000
    &&& 0 <= s < n
    &&& valid_edges(n, edges)
    &&& rank.len() == n
    &&& forall|v: int| 0 <= v < n ==> 0 <= #[trigger] rank[v] < n
    &&& forall|e: int| 0 <= e < edges.len() ==> -1000000 <= #[trigger] edges[e][2] <= 1000000
            && rank[edges[e][0] as int] < rank[edges[e][1] as int]
}

// reach[v]: v is reachable from s; dist[v] (reached v): the weight of a lightest path from s;
// pred[v] (reached v != s): the index of the last edge of such a path. Certificate (see the
// Dafny spec, whose locked lemma proves its meaning): dist[s] == 0; every edge out of a reached
// vertex enters a reached vertex and cannot improve its distance; every reached v != s has a
// tight pred edge from a reached vertex (pred edges go up in rank, so they form a tree at s).
pub open spec fn post_dag_shortest_path(n: int, edges: Seq<Seq<i64>>, rank: Seq<i64>, s: int,
                                        reach: Seq<bool>, dist: Seq<i64>, pred: Seq<i64>) -> bool {
    &&& pre_dag_shortest_path(n, edges, rank, s)
    &&& reach.len() == n && dist.len() == n && pred.len() == n
    &&& reach[s] && dist[s] == 0
    &&& forall|e: int| 0 <= e < edges.len() && reach[edges[e][0] as int] ==>
            reach[(#[trigger] edges[e])[1] as int]
            && dist[edges[e][1] as int] <= dist[edges[e][0] as int] + edges[e][2]
    &&& forall|v: int| 0 <= v < n && v != s && #[trigger] reach[v] ==>
            0 <= pred[v] < edges.len() && edges[pred[v] as int][1] == v
            && reach[edges[pred[v] as int][0] as int]
            && dist[edges[pred[v] as int][0] as int] + edges[pred[v] as int][2] == dist[v]
}

// <vc:helpers>
pub open spec fn ev(edges: Seq<Seq<i64>>, e: int, k: int) -> int {
    edges[e][k] as int
}

// Edge e cannot improve the label of its head.
pub open spec fn relaxed(edges: Seq<Seq<i64>>, r: Seq<bool>, d: Seq<i64>, e: int) -> bool {
    r[ev(edges, e, 0)] ==> r[ev(edges, e, 1)] && d[ev(edges, e, 1)] <= d[ev(edges, e, 0)] + ev(edges, e, 2)
}

// See the Dafny reference: tight pred edges from ranks below lim, reached ranks >= rank[s],
// and |dist| bounded by 10^6 times the rank (so nothing overflows).
pub open spec fn base_inv(n: int, edges: Seq<Seq<i64>>, rank: Seq<i64>, s: int, r: Seq<bool>, d: Seq<i64>, p: Seq<i64>, lim: int) -> bool {
    &&& r.len() == n && d.len() == n && p.len() == n && r[s] && d[s] == 0
    &&& forall|v: int| 0 <= v < n && #[trigger] r[v] ==> rank[s] <= rank[v]
            && -1000000 * rank[v] <= d[v] <= 1000000 * rank[v]
    &&& forall|v: int| 0 <= v < n && v != s && #[trigger] r[v] ==>
            0 <= p[v] < edges.len() && ev(edges, p[v] as int, 1) == v && r[ev(edges, p[v] as int, 0)]
            && d[ev(edges, p[v] as int, 0)] + ev(edges, p[v] as int, 2) == d[v]
            && rank[ev(edges, p[v] as int, 0)] < lim
}
// </vc:helpers>

// Shortest paths from s in a DAG: relax the edges in topological order.
fn dag_shortest_path(n: usize, edges: &Vec<Vec<i64>>, rank: &Vec<i64>, s: usize) -> (res: (Vec<bool>, Vec<i64>, Vec<i64>))
    requires
        pre_dag_shortest_path(n as int, edges@.map_values(|e: Vec<i64>| e@), rank@, s as int),
    ensures
        post_dag_shortest_path(n as int, edges@.map_values(|e: Vec<i64>| e@), rank@, s as int, res.0@, res.1@, res.2@),
{
    // <vc:code>
    let ghost g = edges@.map_values(|e: Vec<i64>| e@);
    let m = edges.len();
    // by_rank[q]: indices of the edges whose source has rank q
    let mut by_rank: Vec<Vec<usize>> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            by_rank.len() == i,
            forall|q: int| 0 <= q < i ==> (#[trigger] by_rank[q]).len() == 0,
        decreases n - i,
    {
        by_rank.push(Vec::new());
        i = i + 1;
    }
    let mut e: usize = 0;
    while e < m
        invariant
            pre_dag_shortest_path(n as int, g, rank@, s as int),
            g == edges@.map_values(|e: Vec<i64>| e@),
            m == edges.len(),
            e <= m,
            by_rank.len() == n,
            forall|q: int, j: int| 0 <= q < n && 0 <= j < by_rank[q].len() ==>
                (#[trigger] by_rank[q][j]) < m && rank[ev(g, by_rank[q][j] as int, 0)] == q,
            forall|f: int| 0 <= f < e ==> by_rank[rank[ev(g, f, 0)] as int]@.contains(f as usize),
        decreases m - e,
    {
        let q = rank[edges[e][0] as usize] as usize;
        let mut row = by_rank[q].clone();
        row.push(e);
        by_rank.set(q, row);
        e = e + 1;
    }
    let mut reach: Vec<bool> = Vec::new();
    let mut dist: Vec<i64> = Vec::new();
    let mut pred: Vec<i64> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            reach.len() == i && dist.len() == i && pred.len() == i,
            forall|v: int| 0 <= v < i ==> !(#[trigger] reach[v]) && dist[v] == 0,
        decreases n - i,
    {
        reach.push(false);
        dist.push(0);
        pred.push(-1);
        i = i + 1;
    }
    reach.set(s, true);
    let mut q: usize = 0;
    while q < n
        invariant
            pre_dag_shortest_path(n as int, g, rank@, s as int),
            g == edges@.map_values(|e: Vec<i64>| e@),
            m == edges.len(),
            by_rank.len() == n,
            forall|qq: int, j: int| 0 <= qq < n && 0 <= j < by_rank[qq].len() ==>
                (#[trigger] by_rank[qq][j]) < m && rank[ev(g, by_rank[qq][j] as int, 0)] == qq,
            forall|f: int| 0 <= f < m ==> by_rank[rank[ev(g, f, 0)] as int]@.contains(f as usize),
            q <= n,
            base_inv(n as int, g, rank@, s as int, reach@, dist@, pred@, q as int),
            forall|f: int| 0 <= f < m && rank[ev(g, f, 0)] < q ==> #[trigger] relaxed(g, reach@, dist@, f),
        decreases n - q,
    {
        let blen = by_rank[q].len();
        let mut j: usize = 0;
        while j < blen
            invariant
                pre_dag_shortest_path(n as int, g, rank@, s as int),
                g == edges@.map_values(|e: Vec<i64>| e@),
                m == edges.len(),
                by_rank.len() == n,
                q < n,
                blen == by_rank[q as int].len(),
                forall|qq: int, jj: int| 0 <= qq < n && 0 <= jj < by_rank[qq].len() ==>
                    (#[trigger] by_rank[qq][jj]) < m && rank[ev(g, by_rank[qq][jj] as int, 0)] == qq,
                j <= blen,
                base_inv(n as int, g, rank@, s as int, reach@, dist@, pred@, q as int + 1),
                forall|f: int| 0 <= f < m && rank[ev(g, f, 0)] < q ==> #[trigger] relaxed(g, reach@, dist@, f),
                forall|i: int| 0 <= i < j ==> #[trigger] relaxed(g, reach@, dist@, by_rank[q as int][i] as int),
            decreases blen - j,
        {
            let e = by_rank[q][j];
            let u = edges[e][0] as usize;
            let v = edges[e][1] as usize;
            if reach[u] {
                let nd = dist[u] + edges[e][2];
                if !reach[v] || nd < dist[v] {
                    reach.set(v, true);
                    dist.set(v, nd);
                    pred.set(v, e as i64);
                }
            }
            j = j + 1;
        }
        q = q + 1;
    }
    (reach, dist, pred)
    // </vc:code>
}

fn main() {}

} // verus!
