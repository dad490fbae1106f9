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

// Every weight is 0 or 1.
pub open spec fn pre_zero_one_bfs(n: int, edges: Seq<Seq<i64>>, s: int) -> bool {
    &&& 1 <= n <= 100
    &&& edges.len() <= 1000
    &&& 0 <= s < n
    &&& valid_edges(n, edges)
    &&& forall|e: int| 0 <= e < edges.len() ==> 0 <= #[trigger] edges[e][2] <= 1
}

// dist[v] is the weight of a shortest path from s to v (-1: no path); pred[v] is the index of
// the last edge of such a path (v != s reached) and rank an order in which that shortest-path
// tree can be built (pred edges come from vertices of smaller rank). Each pred edge is tight,
// and no edge from a reached vertex can improve a distance; together these say exactly that
// every dist[v] is the weight of a path from s and no path is lighter (the Dafny version of this
// task proves that in its locked part).
pub open spec fn post_zero_one_bfs(n: int, edges: Seq<Seq<i64>>, s: int, dist: Seq<i64>, pred: Seq<i64>, rank: Seq<i64>) -> bool {
    &&& pre_zero_one_bfs(n, edges, s)
    &&& dist.len() == n
    &&& pred.len() == n
    &&& rank.len() == n
    &&& dist[s] == 0
    &&& forall|e: int| 0 <= e < edges.len() && dist[edges[e][0] as int] != -1 ==>
            dist[(#[trigger] edges[e])[1] as int] != -1
            && dist[edges[e][1] as int] <= dist[edges[e][0] as int] + edges[e][2]
    &&& forall|v: int| 0 <= v < n ==> #[trigger] dist[v] >= -1 && (dist[v] != -1 ==> rank[v] >= 0) &&
            (v != s && dist[v] != -1 ==>
                0 <= pred[v] < edges.len() && edges[pred[v] as int][1] == v
                && dist[edges[pred[v] as int][0] as int] != -1
                && dist[edges[pred[v] as int][0] as int] + edges[pred[v] as int][2] == dist[v]
                && rank[edges[pred[v] as int][0] as int] < rank[v])
}

// <vc:helpers>
pub open spec fn ev(edges: Seq<Seq<i64>>, e: int, k: int) -> int {
    edges[e][k] as int
}
// </vc:helpers>

// 0-1 BFS from s (every weight 0 or 1): a deque of (vertex, distance) entries, 0-edges pushed
// at the front and 1-edges at the back; distances, a shortest-path tree and the order (rank) in
// which the vertices were settled (first popped).
fn zero_one_bfs(n: usize, edges: &Vec<Vec<i64>>, s: usize) -> (res: (Vec<i64>, Vec<i64>, Vec<i64>))
    requires
        pre_zero_one_bfs(n as int, edges@.map_values(|e: Vec<i64>| e@), s as int),
    ensures
        post_zero_one_bfs(n as int, edges@.map_values(|e: Vec<i64>| e@), s as int, res.0@, res.1@, res.2@),
{
    // <vc:code>
    let ghost g = edges@.map_values(|e: Vec<i64>| e@);
    let m = edges.len();
    // out[u]: indices of the edges leaving u
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            out.len() == i,
        decreases n - i,
    {
        out.push(Vec::new());
        i = i + 1;
    }
    let mut e: usize = 0;
    while e < m
        invariant
            pre_zero_one_bfs(n as int, g, s as int),
            g == edges@.map_values(|e: Vec<i64>| e@),
            m == edges.len(),
            e <= m,
            out.len() == n,
        decreases m - e,
    {
        let u = edges[e][0] as usize;
        let mut row = out[u].clone();
        row.push(e);
        out.set(u, row);
        e = e + 1;
    }
    let mut dist: Vec<i64> = Vec::new();
    let mut pred: Vec<i64> = Vec::new();
    let mut done: Vec<bool> = Vec::new();
    let mut rank: Vec<i64> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            dist.len() == i && pred.len() == i && done.len() == i && rank.len() == i,
        decreases n - i,
    {
        dist.push(-1);
        pred.push(-1);
        done.push(false);
        rank.push(0);
        i = i + 1;
    }
    dist.set(s, 0);
    // The deque lives in buf[head..tail]: at most m + 1 entries are ever pushed (the source and
    // one per relaxed edge), so m + 1 free slots on each side of the start suffice.
    let cap = 2 * m + 3;
    let mut bv: Vec<usize> = Vec::new();
    let mut bk: Vec<i64> = Vec::new();
    let mut i: usize = 0;
    while i < cap
        invariant
            i <= cap,
            bv.len() == i && bk.len() == i,
        decreases cap - i,
    {
        bv.push(0);
        bk.push(0);
        i = i + 1;
    }
    let mut head: usize = m + 1;
    let mut tail: usize = m + 2;
    bv.set(m + 1, s);
    bk.set(m + 1, 0);
    let mut pushes: usize = 1;
    let mut settled: usize = 0;
    while head < tail
        invariant
            pre_zero_one_bfs(n as int, g, s as int),
            g == edges@.map_values(|e: Vec<i64>| e@),
            m == edges.len(),
            out.len() == n,
            dist.len() == n && pred.len() == n && done.len() == n && rank.len() == n,
            bv.len() == cap && bk.len() == cap && cap == 2 * m + 3,
            head <= tail <= cap,
            m + 1 - head + tail - (m + 2) + 1 <= pushes + 1,
            settled <= n,
        decreases m + 1 - pushes + 2 * m + 3 + tail - head,
    {
        let u = bv[head];
        head = head + 1;
        if !done[u] {
            done.set(u, true);
            rank.set(u, settled as i64);
            settled = settled + 1;
            let du = dist[u];
            let mut j: usize = 0;
            let ou_len = out[u].len();
            while j < ou_len
                invariant
                    u < n,
                    out.len() == n,
                    ou_len == out[u as int].len(),
                    j <= ou_len,
                    dist.len() == n && pred.len() == n,
                    bv.len() == cap && bk.len() == cap,
                    head <= tail <= cap,
                decreases ou_len - j,
            {
                let e = out[u][j];
                let v = edges[e][1] as usize;
                let w = edges[e][2];
                let nd = du + w;
                if dist[v] == -1 || nd < dist[v] {
                    dist.set(v, nd);
                    pred.set(v, e as i64);
                    if w == 0 {
                        head = head - 1;
                        bv.set(head, v);
                        bk.set(head, nd);
                    } else {
                        bv.set(tail, v);
                        bk.set(tail, nd);
                        tail = tail + 1;
                    }
                    pushes = pushes + 1;
                }
                j = j + 1;
            }
        }
    }
    (dist, pred, rank)
    // </vc:code>
}

fn main() {}

} // verus!
