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
    // Experimental: executable algorithm with bounds invariants; correctness invariants to do.
    let m = edges.len();
    let mut known: Vec<bool> = Vec::new();
    let mut dist: Vec<i64> = Vec::new();
    let mut pred: Vec<i64> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            known.len() == i && dist.len() == i && pred.len() == i,
        decreases n - i,
    {
        known.push(false);
        dist.push(0);
        pred.push(-1);
        i = i + 1;
    }
    known.set(s, true);
    let mut round: usize = 1;
    while round < n
        invariant
            known.len() == n && dist.len() == n && pred.len() == n,
        decreases n - round,
    {
        let mut e: usize = 0;
        while e < m
            invariant
                known.len() == n && dist.len() == n && pred.len() == n,
            decreases m - e,
        {
            let u = edges[e][0] as usize;
            let v = edges[e][1] as usize;
            let nd = dist[u] + edges[e][2];
            if known[u] && (!known[v] || nd < dist[v]) {
                known.set(v, true);
                dist.set(v, nd);
                pred.set(v, e as i64);
            }
            e = e + 1;
        }
        round = round + 1;
    }
    let mut bad: usize = n;
    let mut e: usize = 0;
    while e < m
        invariant
            known.len() == n && dist.len() == n && pred.len() == n,
            bad <= n,
        decreases m - e,
    {
        let u = edges[e][0] as usize;
        let v = edges[e][1] as usize;
        let nd = dist[u] + edges[e][2];
        if known[u] && nd < dist[v] {
            dist.set(v, nd);
            pred.set(v, e as i64);
            bad = v;
        }
        e = e + 1;
    }
    if bad == n {
        // ranks: depth in the predecessor tree
        let mut rank: Vec<i64> = Vec::new();
        let mut v: usize = 0;
        while v < n
            invariant
                v <= n,
                rank.len() == v,
                pred.len() == n,
            decreases n - v,
        {
            let mut d: usize = 0;
            let mut x = v;
            while x != s && d < n && 0 <= pred[x] && (pred[x] as usize) < m
                invariant
                    x < n,
                    pred.len() == n,
                decreases n - d,
            {
                x = edges[pred[x] as usize][0] as usize;
                d = d + 1;
            }
            rank.push(d as i64);
            v = v + 1;
        }
        return (false, known, dist, pred, rank, Vec::new());
    }
    let mut x = bad;
    let mut k: usize = 0;
    while k < n
        invariant
            x < n,
            pred.len() == n,
        decreases n - k,
    {
        x = edges[pred[x] as usize][0] as usize;
        k = k + 1;
    }
    // the cycle through x, collected backwards along pred and then reversed
    let mut back: Vec<usize> = Vec::new();
    back.push(pred[x] as usize);
    let mut y = edges[pred[x] as usize][0] as usize;
    let mut steps: usize = 0;
    while y != x && steps < n
        invariant
            y < n,
            pred.len() == n,
        decreases n - steps,
    {
        back.push(pred[y] as usize);
        y = edges[pred[y] as usize][0] as usize;
        steps = steps + 1;
    }
    let mut cycle: Vec<usize> = Vec::new();
    let mut j = back.len();
    while j > 0
        invariant
            j <= back.len(),
        decreases j,
    {
        j = j - 1;
        cycle.push(back[j]);
    }
    // reachability and its tree, by a separate fixpoint
    let mut reach: Vec<bool> = Vec::new();
    let mut tree: Vec<i64> = Vec::new();
    let mut depth: Vec<i64> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            reach.len() == i && tree.len() == i && depth.len() == i,
        decreases n - i,
    {
        reach.push(false);
        tree.push(-1);
        depth.push(0);
        i = i + 1;
    }
    reach.set(s, true);
    let mut round: usize = 0;
    while round < n
        invariant
            reach.len() == n && tree.len() == n && depth.len() == n,
        decreases n - round,
    {
        let mut e: usize = 0;
        while e < m
            invariant
                reach.len() == n && tree.len() == n && depth.len() == n,
            decreases m - e,
        {
            let u = edges[e][0] as usize;
            let v = edges[e][1] as usize;
            if reach[u] && !reach[v] {
                reach.set(v, true);
                tree.set(v, e as i64);
                let du = depth[u];
                depth.set(v, du + 1);
            }
            e = e + 1;
        }
        round = round + 1;
    }
    (true, reach, dist, tree, depth, cycle)
    // </vc:code>
}

fn main() {}

} // verus!
