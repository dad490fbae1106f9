use vstd::prelude::*;

verus! {

// A bipartite graph: left vertices 0..nl-1, right vertices 0..nr-1, adj[u] lists the right
// neighbours of the left vertex u. A matching is given from the left: m[u] is u's partner (-1:
// u is unmatched); a vertex cover by two masks (coverL, coverR).
pub open spec fn valid_bigraph(nl: int, nr: int, adj: Seq<Seq<i64>>) -> bool {
    &&& adj.len() == nl
    &&& forall|u: int, j: int| 0 <= u < nl && 0 <= j < adj[u].len() ==> 0 <= #[trigger] adj[u][j] < nr
}

// Every partner is a neighbour, and no right vertex has two partners.
pub open spec fn valid_matching(nl: int, nr: int, adj: Seq<Seq<i64>>, m: Seq<i64>) -> bool {
    &&& m.len() == nl
    &&& forall|u: int| 0 <= u < nl ==> #[trigger] m[u] == -1 || (0 <= m[u] < nr && adj[u].contains(m[u]))
    &&& forall|u1: int, u2: int| 0 <= u1 < u2 < nl && #[trigger] m[u1] != -1 ==> m[u1] != #[trigger] m[u2]
}

// The number of matched left vertices (the size of the matching).
pub open spec fn matched_count(m: Seq<i64>) -> int
    decreases m.len(),
{
    if m.len() == 0 { 0 } else { matched_count(m.drop_last()) + (if m[m.len() - 1] != -1 { 1int } else { 0int }) }
}

pub open spec fn count_true(s: Seq<bool>) -> int
    decreases s.len(),
{
    if s.len() == 0 { 0 } else { count_true(s.drop_last()) + (if s[s.len() - 1] { 1int } else { 0int }) }
}

pub open spec fn pre_max_bipartite_matching(nl: int, nr: int, adj: Seq<Seq<i64>>) -> bool {
    &&& 1 <= nl <= 100
    &&& 1 <= nr <= 100
    &&& valid_bigraph(nl, nr, adj)
    &&& forall|u: int| 0 <= u < nl ==> (#[trigger] adj[u]).len() <= 100
}

// matchL is a matching, and (coverL, coverR) a vertex cover (every edge has an endpoint in it)
// with as many vertices as the matching has edges; every matching edge needs its own cover
// vertex, so the matching is maximum (the Dafny version proves it in its locked part).
pub open spec fn post_max_bipartite_matching(nl: int, nr: int, adj: Seq<Seq<i64>>, matchL: Seq<i64>, coverL: Seq<bool>, coverR: Seq<bool>) -> bool {
    &&& pre_max_bipartite_matching(nl, nr, adj)
    &&& valid_matching(nl, nr, adj, matchL)
    &&& coverL.len() == nl
    &&& coverR.len() == nr
    &&& forall|u: int, j: int| 0 <= u < nl && 0 <= j < adj[u].len() ==> coverL[u] || coverR[#[trigger] adj[u][j] as int]
    &&& count_true(coverL) + count_true(coverR) == matched_count(matchL)
}

// <vc:helpers>
// Breadth-first search along alternating paths from every free left vertex: returns whether a
// free right vertex was reached (and which), the visited masks and fromR (the left vertex each
// right vertex was reached from). See the Dafny reference for the invariants.
fn search(nl: usize, nr: usize, adj: &Vec<Vec<i64>>, ml: &Vec<i64>, mr: &Vec<i64>) -> (res: (bool, usize, Vec<bool>, Vec<bool>, Vec<usize>))
    requires
        ml.len() == nl && mr.len() == nr && adj.len() == nl,
        forall|u: int, j: int| 0 <= u < nl && 0 <= j < adj[u].len() ==> 0 <= #[trigger] adj[u][j] < nr,
        forall|v: int| 0 <= v < nr ==> -1 <= #[trigger] mr[v] < nl,
    ensures
        res.2.len() == nl && res.3.len() == nr && res.4.len() == nr,
        res.0 ==> res.1 < nr,
        forall|v: int| 0 <= v < nr ==> #[trigger] res.4[v] < nl,
{
    let mut vis_l: Vec<bool> = Vec::new();
    let mut queue: Vec<usize> = Vec::new();
    let mut u: usize = 0;
    while u < nl
        invariant
            u <= nl && vis_l.len() == u && ml.len() == nl,
            forall|i: int| 0 <= i < queue.len() ==> #[trigger] queue[i] < nl,
        decreases nl - u,
    {
        if ml[u] == -1 {
            vis_l.push(true);
            queue.push(u);
        } else {
            vis_l.push(false);
        }
        u = u + 1;
    }
    let mut vis_r: Vec<bool> = Vec::new();
    let mut from_r: Vec<usize> = Vec::new();
    let mut v: usize = 0;
    while v < nr
        invariant
            v <= nr && vis_r.len() == v && from_r.len() == v,
            forall|k: int| 0 <= k < v ==> #[trigger] from_r[k] < nl,
        decreases nr - v,
    {
        vis_r.push(false);
        from_r.push(0);
        v = v + 1;
    }
    let mut head: usize = 0;
    while head < queue.len() && head < nl
        invariant
            vis_l.len() == nl && vis_r.len() == nr && from_r.len() == nr && ml.len() == nl && mr.len() == nr && adj.len() == nl,
            forall|u: int, j: int| 0 <= u < nl && 0 <= j < adj[u].len() ==> 0 <= #[trigger] adj[u][j] < nr,
            forall|v: int| 0 <= v < nr ==> -1 <= #[trigger] mr[v] < nl,
            forall|i: int| 0 <= i < queue.len() ==> #[trigger] queue[i] < nl,
            forall|k: int| 0 <= k < nr ==> #[trigger] from_r[k] < nl,
        decreases nl - head,
    {
        let x = queue[head];
        head = head + 1;
        let mut j: usize = 0;
        while j < adj[x].len()
            invariant
                x < nl && vis_l.len() == nl && vis_r.len() == nr && from_r.len() == nr && ml.len() == nl && mr.len() == nr && adj.len() == nl,
                forall|u: int, j: int| 0 <= u < nl && 0 <= j < adj[u].len() ==> 0 <= #[trigger] adj[u][j] < nr,
                forall|v: int| 0 <= v < nr ==> -1 <= #[trigger] mr[v] < nl,
                forall|i: int| 0 <= i < queue.len() ==> #[trigger] queue[i] < nl,
                forall|k: int| 0 <= k < nr ==> #[trigger] from_r[k] < nl,
            decreases adj[x as int].len() - j,
        {
            let v = adj[x][j] as usize;
            if !vis_r[v] {
                vis_r.set(v, true);
                from_r.set(v, x);
                if mr[v] == -1 {
                    return (true, v, vis_l, vis_r, from_r);
                }
                let w = mr[v] as usize;
                if !vis_l[w] {
                    vis_l.set(w, true);
                    queue.push(w);
                }
            }
            j = j + 1;
        }
    }
    (false, 0, vis_l, vis_r, from_r)
}
// </vc:helpers>

// Maximum matching by augmenting paths; returns the matching and a vertex cover of the same size.
fn max_bipartite_matching(nl: usize, nr: usize, adj: &Vec<Vec<i64>>) -> (res: (Vec<i64>, Vec<bool>, Vec<bool>))
    requires
        pre_max_bipartite_matching(nl as int, nr as int, adj@.map_values(|r: Vec<i64>| r@)),
    ensures
        post_max_bipartite_matching(nl as int, nr as int, adj@.map_values(|r: Vec<i64>| r@), res.0@, res.1@, res.2@),
{
    // <vc:code>
    let mut ml: Vec<i64> = Vec::new();
    let mut i: usize = 0;
    while i < nl
        invariant
            i <= nl && ml.len() == i,
        decreases nl - i,
    {
        ml.push(-1);
        i = i + 1;
    }
    let mut mr: Vec<i64> = Vec::new();
    let mut i: usize = 0;
    while i < nr
        invariant
            i <= nr && mr.len() == i,
            forall|v: int| 0 <= v < i ==> #[trigger] mr[v] == -1,
        decreases nr - i,
    {
        mr.push(-1);
        i = i + 1;
    }
    let mut rounds: usize = 0;
    loop
        decreases nl + 1 - rounds,
    {
        let (found, v0, vis_l, vis_r, from_r) = search(nl, nr, adj, &ml, &mr);
        if !found || rounds >= nl {
            // No augmenting path: the unvisited left and the visited right vertices cover.
            let mut cover_l: Vec<bool> = Vec::new();
            let mut u: usize = 0;
            while u < nl
                invariant
                    u <= nl && cover_l.len() == u && vis_l.len() == nl,
                decreases nl - u,
            {
                cover_l.push(!vis_l[u]);
                u = u + 1;
            }
            return (ml, cover_l, vis_r);
        }
        // Flip the alternating path that ends at v0 (back along from_r).
        let mut v = v0;
        let mut steps: usize = 0;
        while steps < nl
            decreases nl - steps,
        {
            let u = from_r[v];
            let next = ml[u];
            ml.set(u, v as i64);
            mr.set(v, u as i64);
            if next == -1 {
                break;
            }
            v = next as usize;
            steps = steps + 1;
        }
        rounds = rounds + 1;
    }
    // </vc:code>
}

fn main() {}

} // verus!
