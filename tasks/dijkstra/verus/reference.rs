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

pub open spec fn pre_dijkstra(n: int, edges: Seq<Seq<i64>>, s: int) -> bool {
    &&& 1 <= n <= 100
    &&& edges.len() <= 1000
    &&& 0 <= s < n
    &&& valid_edges(n, edges)
    &&& forall|e: int| 0 <= e < edges.len() ==> 0 <= #[trigger] edges[e][2] <= 1000000
}

// dist[v] is the weight of a shortest path from s to v (-1: no path); pred[v] is the index of
// the last edge of such a path (v != s reached) and rank an order in which that shortest-path
// tree can be built (pred edges come from vertices of smaller rank). Each pred edge is tight,
// and no edge from a reached vertex can improve a distance; together these say exactly that
// every dist[v] is the weight of a path from s and no path is lighter (the Dafny version of this
// task proves that in its locked part).
pub open spec fn post_dijkstra(n: int, edges: Seq<Seq<i64>>, s: int, dist: Seq<i64>, pred: Seq<i64>, rank: Seq<i64>) -> bool {
    &&& pre_dijkstra(n, edges, s)
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

// Invariant between settling steps (see the Dafny reference for the argument): S settled,
// R[v] the step at which v was settled, cnt steps so far.
pub open spec fn base_inv(n: int, edges: Seq<Seq<i64>>, s: int, d: Seq<i64>, p: Seq<i64>, st: Seq<bool>, r: Seq<int>, cnt: int) -> bool {
    &&& d.len() == n && p.len() == n && st.len() == n && r.len() == n && d[s] == 0 && 0 <= cnt
    &&& forall|v: int| 0 <= v < n ==> #[trigger] d[v] >= -1 && d[v] <= 100000000
    &&& forall|v: int| 0 <= v < n && #[trigger] st[v] ==> d[v] != -1 && 0 <= r[v] < cnt
    &&& forall|x: int, y: int| 0 <= x < n && 0 <= y < n && #[trigger] st[x] && !#[trigger] st[y] && d[y] != -1 ==> d[x] <= d[y]
    &&& forall|v: int| 0 <= v < n && v != s && #[trigger] d[v] != -1 ==>
            0 <= p[v] < edges.len() && ev(edges, p[v] as int, 1) == v && st[ev(edges, p[v] as int, 0)]
            && d[ev(edges, p[v] as int, 0)] + ev(edges, p[v] as int, 2) == d[v]
            && (st[v] ==> r[ev(edges, p[v] as int, 0)] < r[v])
}

pub open spec fn relaxed(edges: Seq<Seq<i64>>, d: Seq<i64>, e: int) -> bool {
    d[ev(edges, e, 1)] != -1 && d[ev(edges, e, 1)] <= d[ev(edges, e, 0)] + ev(edges, e, 2)
}

pub open spec fn main_inv(n: int, edges: Seq<Seq<i64>>, s: int, d: Seq<i64>, p: Seq<i64>, st: Seq<bool>, r: Seq<int>, cnt: int) -> bool {
    &&& base_inv(n, edges, s, d, p, st, r, cnt)
    &&& forall|e: int| 0 <= e < edges.len() && st[ev(edges, e, 0)] ==> #[trigger] relaxed(edges, d, e)
}

// </vc:helpers>

// Dijkstra's algorithm from s (non-negative weights): distances, a shortest-path tree and the
// order (rank) in which the vertices were settled.
fn dijkstra(n: usize, edges: &Vec<Vec<i64>>, s: usize) -> (res: (Vec<i64>, Vec<i64>, Vec<i64>))
    requires
        pre_dijkstra(n as int, edges@.map_values(|e: Vec<i64>| e@), s as int),
    ensures
        post_dijkstra(n as int, edges@.map_values(|e: Vec<i64>| e@), s as int, res.0@, res.1@, res.2@),
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
            forall|u: int| 0 <= u < i ==> (#[trigger] out[u]).len() == 0,
        decreases n - i,
    {
        out.push(Vec::new());
        i = i + 1;
    }
    let mut e: usize = 0;
    while e < m
        invariant
            pre_dijkstra(n as int, g, s as int),
            g == edges@.map_values(|e: Vec<i64>| e@),
            m == edges.len(),
            e <= m,
            out.len() == n,
            forall|u: int, j: int| 0 <= u < n && 0 <= j < out[u].len() ==>
                (#[trigger] out[u][j]) < m && ev(g, out[u][j] as int, 0) == u,
            forall|f: int| 0 <= f < e ==> out[ev(g, f, 0)]@.contains(f as usize),
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
            forall|v: int| 0 <= v < i ==> #[trigger] dist[v] == -1 && !done[v] && rank[v] == 0,
        decreases n - i,
    {
        dist.push(-1);
        pred.push(-1);
        done.push(false);
        rank.push(0);
        i = i + 1;
    }
    dist.set(s, 0);
    let ghost mut r: Seq<int> = Seq::new(n as nat, |v: int| 0);
    let ghost mut cnt: int = 0;
    let mut steps: usize = 0;
    let mut going = true;
    while going && steps < n
        invariant
            pre_dijkstra(n as int, g, s as int),
            g == edges@.map_values(|e: Vec<i64>| e@),
            m == edges.len(),
            out.len() == n,
            forall|u: int, j: int| 0 <= u < n && 0 <= j < out[u].len() ==>
                (#[trigger] out[u][j]) < m && ev(g, out[u][j] as int, 0) == u,
            forall|f: int| 0 <= f < m ==> out[ev(g, f, 0)]@.contains(f as usize),
            main_inv(n as int, g, s as int, dist@, pred@, done@, r, cnt),
            rank.len() == n,
            forall|v: int| 0 <= v < n ==> #[trigger] rank@[v] as int == r[v],
            cnt == steps,
            steps <= n,
            forall|v: int| 0 <= v < n && done@[v] ==> 0 <= #[trigger] r[v] < steps,
            !going ==> forall|v: int| 0 <= v < n && !done@[v] ==> #[trigger] dist@[v] == -1,
        decreases n - steps, going,
    {
        // the unsettled reached vertex of least distance
        let mut u: usize = n;
        let mut v: usize = 0;
        while v < n
            invariant
                v <= n,
                dist.len() == n && done.len() == n,
                u == n || (u < n && !done[u as int] && dist[u as int] != -1),
                u == n ==> forall|x: int| 0 <= x < v && !done[x] ==> #[trigger] dist[x] == -1,
                u != n ==> forall|x: int| 0 <= x < v && !done[x] && dist[x] != -1 ==> dist[u as int] <= #[trigger] dist[x],
            decreases n - v,
        {
            if !done[v] && dist[v] != -1 && (u == n || dist[v] < dist[u]) {
                u = v;
            }
            v = v + 1;
        }
        if u == n {
            going = false;
        } else {
            let du = dist[u];
            done.set(u, true);
            rank.set(u, steps as i64);
            proof {
                r = r.update(u as int, cnt);
                cnt = cnt + 1;
            }
            steps = steps + 1;
            let mut j: usize = 0;
            let ou_len = out[u].len();
            while j < ou_len
                invariant
                    pre_dijkstra(n as int, g, s as int),
                    g == edges@.map_values(|e: Vec<i64>| e@),
                    m == edges.len(),
                    out.len() == n,
                    u < n,
                    ou_len == out[u as int].len(),
                    forall|uu: int, jj: int| 0 <= uu < n && 0 <= jj < out[uu].len() ==>
                        (#[trigger] out[uu][jj]) < m && ev(g, out[uu][jj] as int, 0) == uu,
                    j <= ou_len,
                    done@[u as int],
                    dist@[u as int] == du,
                    0 <= du <= 100000000,
                    base_inv(n as int, g, s as int, dist@, pred@, done@, r, cnt),
                    forall|y: int| 0 <= y < n && !done@[y] && dist@[y] != -1 ==> du <= #[trigger] dist@[y],
                    forall|x: int| 0 <= x < n && done@[x] ==> #[trigger] dist@[x] <= du,
                    forall|f: int| 0 <= f < m && done@[ev(g, f, 0)] && ev(g, f, 0) != u ==> #[trigger] relaxed(g, dist@, f),
                    forall|i: int| 0 <= i < j ==> #[trigger] relaxed(g, dist@, out[u as int][i] as int),
                decreases ou_len - j,
            {
                let e = out[u][j];
                let w = edges[e][1] as usize;
                let nd = du + edges[e][2];
                if dist[w] == -1 || nd < dist[w] {
                    dist.set(w, nd);
                    pred.set(w, e as i64);
                }
                j = j + 1;
            }
        }
    }
    proof {
        // every reached vertex is settled (the loop stops only when no unsettled vertex is
        // reached); the invariant's ranks are the settle steps, stored in rank
    }
    (dist, pred, rank)
    // </vc:code>
}

fn main() {}

} // verus!
