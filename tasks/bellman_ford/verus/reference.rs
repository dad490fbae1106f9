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

pub open spec fn pre_bellman_ford(n: int, edges: Seq<Seq<i64>>, s: int) -> bool {
    &&& 1 <= n <= 100
    &&& edges.len() <= 1000
    &&& 0 <= s < n
    &&& valid_edges(n, edges)
    &&& forall|e: int| 0 <= e < edges.len() ==> -1000000 <= #[trigger] edges[e][2] <= 1000000
}

// A closed path (at least one edge) that ends where it starts.
pub open spec fn is_wcycle(n: int, edges: Seq<Seq<i64>>, c: Seq<int>) -> bool {
    c.len() > 0 && 0 <= c[0] < edges.len() && is_wpath(n, edges, c, edges[c[0]][0] as int, edges[c[0]][0] as int)
}

// See the Dafny spec for the full comment: reach is certified by the pred tree (ranks) and
// by closure under edges; neg == false: dist[s] == 0, no edge out of a reached vertex improves a
// distance, pred edges are tight; neg == true: cycle is a negative closed path through a reached
// vertex.
pub open spec fn post_bellman_ford(n: int, edges: Seq<Seq<i64>>, s: int, neg: bool, reach: Seq<bool>,
                                   dist: Seq<i64>, pred: Seq<i64>, rank: Seq<i64>, cycle: Seq<int>) -> bool {
    &&& pre_bellman_ford(n, edges, s)
    &&& reach.len() == n && dist.len() == n && pred.len() == n && rank.len() == n && reach[s]
    &&& forall|v: int| 0 <= v < n && #[trigger] reach[v] ==> rank[v] >= 0 &&
            (v != s ==> 0 <= pred[v] < edges.len() && edges[pred[v] as int][1] == v
                && reach[edges[pred[v] as int][0] as int] && rank[edges[pred[v] as int][0] as int] < rank[v])
    &&& forall|e: int| 0 <= e < edges.len() && reach[edges[e][0] as int] ==> reach[(#[trigger] edges[e])[1] as int]
    &&& if !neg {
            &&& dist[s] == 0
            &&& forall|e: int| 0 <= e < edges.len() && reach[edges[e][0] as int] ==>
                    dist[(#[trigger] edges[e])[1] as int] <= dist[edges[e][0] as int] + edges[e][2]
            &&& forall|v: int| 0 <= v < n && v != s && #[trigger] reach[v] ==>
                    dist[edges[pred[v] as int][0] as int] + edges[pred[v] as int][2] == dist[v]
        } else {
            is_wcycle(n, edges, cycle) && reach[edges[cycle[0]][0] as int] && path_weight(edges, cycle) < 0
        }
}

// <vc:helpers>
// </vc:helpers>

// Bellman-Ford from s: shortest-path weights and tree, or a reachable negative cycle.
fn bellman_ford(n: usize, edges: &Vec<Vec<i64>>, s: usize) -> (res: (bool, Vec<bool>, Vec<i64>, Vec<i64>, Vec<i64>, Vec<usize>))
    requires
        pre_bellman_ford(n as int, edges@.map_values(|e: Vec<i64>| e@), s as int),
    ensures
        post_bellman_ford(n as int, edges@.map_values(|e: Vec<i64>| e@), s as int, res.0, res.1@, res.2@, res.3@,
            res.4@, res.5@.map_values(|x: usize| x as int)),
{
    // <vc:code>
    // Proof not complete: the loops carry the shapes of the vectors; the Dafny reference holds the
    // invariants (round k's distances are the least weights of walks with at most k edges and are
    // realised by the walks rebuilt from the tables; the last and first improving edges form the
    // two trees) and the lemmas (a walk with n edges repeats a vertex; cutting out the closed part).
    let m = edges.len();
    let mut known: Vec<bool> = Vec::new();
    let mut dist: Vec<i64> = Vec::new();
    let mut lk: Vec<i64> = Vec::new(); // the last round that changed v
    let mut lp: Vec<i64> = Vec::new(); // the edge that did it
    let mut fk: Vec<i64> = Vec::new(); // the round in which v became known
    let mut fp: Vec<i64> = Vec::new(); // the edge that reached it
    let mut t0: Vec<i64> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            known.len() == i && dist.len() == i && lk.len() == i && lp.len() == i,
            fk.len() == i && fp.len() == i && t0.len() == i,
        decreases n - i,
    {
        known.push(false);
        dist.push(0);
        lk.push(0);
        lp.push(-1);
        fk.push(0);
        fp.push(-1);
        t0.push(-1);
        i = i + 1;
    }
    known.set(s, true);
    // tables[k][v]: the edge that set v in round k, or -1
    let mut tables: Vec<Vec<i64>> = Vec::new();
    tables.push(t0);
    let mut changed = false;
    let mut bad: usize = 0;
    let mut k: usize = 0;
    // rounds 1..n; round k relaxes every edge against the distances of round k - 1 only
    while k < n
        invariant
            k <= n && s < n && bad < n,
            known.len() == n && dist.len() == n && lk.len() == n && lp.len() == n,
            fk.len() == n && fp.len() == n,
            tables.len() == k + 1,
            forall|r: int| 0 <= r < tables.len() ==> tables[r].len() == n,
        decreases n - k,
    {
        let mut nk = known.clone();
        let mut nd = dist.clone();
        let mut pt: Vec<i64> = Vec::new();
        let mut i: usize = 0;
        while i < n
            invariant
                i <= n,
                pt.len() == i,
            decreases n - i,
        {
            pt.push(-1);
            i = i + 1;
        }
        changed = false;
        let mut e: usize = 0;
        while e < m
            invariant
                bad < n,
                known.len() == n && dist.len() == n && lk.len() == n && lp.len() == n,
                fk.len() == n && fp.len() == n,
                nk.len() == n && nd.len() == n && pt.len() == n,
            decreases m - e,
        {
            let u = edges[e][0] as usize;
            let v = edges[e][1] as usize;
            let cand = dist[u] + edges[e][2];
            if known[u] && (!nk[v] || cand < nd[v]) {
                nk.set(v, true);
                nd.set(v, cand);
                pt.set(v, e as i64);
                lk.set(v, (k + 1) as i64);
                lp.set(v, e as i64);
                if !known[v] {
                    fk.set(v, (k + 1) as i64);
                    fp.set(v, e as i64);
                }
                changed = true;
                bad = v;
            }
            e = e + 1;
        }
        known = nk;
        dist = nd;
        tables.push(pt);
        k = k + 1;
    }
    if !changed {
        // round n changed nothing: the last improving edges are tight
        return (false, known, dist, lp, lk, Vec::new());
    }
    // round n improved bad: rebuild its walk of round n (n edges), backwards
    let mut back: Vec<usize> = Vec::new();
    let mut x = bad;
    let mut r = n;
    while r > 0
        invariant
            r <= n && x < n,
            tables.len() == n + 1,
            forall|q: int| 0 <= q < tables.len() ==> tables[q].len() == n,
        decreases r,
    {
        let e = tables[r][x];
        if e >= 0 {
            back.push(e as usize);
            x = edges[e as usize][0] as usize;
        }
        r = r - 1;
    }
    let mut walk: Vec<usize> = Vec::new();
    let mut j = back.len();
    while j > 0
        invariant
            j <= back.len(),
        decreases j,
    {
        j = j - 1;
        walk.push(back[j]);
    }
    // its vertices; one repeats, and the closed part between the two visits is negative
    let mut verts: Vec<usize> = Vec::new();
    verts.push(s);
    let mut i: usize = 0;
    while i < walk.len()
        invariant
            i <= walk.len(),
        decreases walk.len() - i,
    {
        verts.push(edges[walk[i]][1] as usize);
        i = i + 1;
    }
    let mut pos: Vec<i64> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            pos.len() == i,
        decreases n - i,
    {
        pos.push(-1);
        i = i + 1;
    }
    let mut a: usize = 0;
    let mut c: usize = 0;
    let mut found = false;
    let mut j: usize = 0;
    while j < verts.len() && !found
        invariant
            j <= verts.len(),
            pos.len() == n,
        decreases verts.len() - j,
    {
        let y = verts[j];
        if pos[y] >= 0 {
            a = pos[y] as usize;
            c = j;
            found = true;
        } else {
            pos.set(y, j as i64);
            j = j + 1;
        }
    }
    let mut cycle: Vec<usize> = Vec::new();
    let mut t = a;
    while t < c
        invariant
            a <= t && t <= c,
        decreases c - t,
    {
        cycle.push(walk[t]);
        t = t + 1;
    }
    // reachability: the first edges that reached each vertex
    (true, known, dist, fp, fk, cycle)
    // </vc:code>
}

fn main() {}

} // verus!
