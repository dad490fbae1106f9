use vstd::prelude::*;

verus! {

// A flow network on the vertices 0..n-1 is an edge list; edge e is [u, v, c], directed from u to
// v with capacity c. A flow gives each edge an amount flow[e]; net(v) is the flow leaving v minus
// the flow entering it. A cut is a vertex set (mask inS); its capacity is the total capacity of
// the edges leaving it.
pub open spec fn valid_edges(n: int, edges: Seq<Seq<i64>>) -> bool {
    forall|e: int| 0 <= e < edges.len() ==> (#[trigger] edges[e]).len() == 3 && 0 <= edges[e][0] < n && 0 <= edges[e][1] < n
}

// Flow out of v minus flow into v, over the edges 0..k-1.
pub open spec fn net_upto(edges: Seq<Seq<i64>>, flow: Seq<i64>, v: int, k: int) -> int
    decreases k,
{
    if k <= 0 || k > edges.len() || k > flow.len() || edges[k - 1].len() != 3 {
        0
    } else {
        net_upto(edges, flow, v, k - 1) + (if edges[k - 1][0] == v { flow[k - 1] as int } else { 0int })
            - (if edges[k - 1][1] == v { flow[k - 1] as int } else { 0int })
    }
}

pub open spec fn net(edges: Seq<Seq<i64>>, flow: Seq<i64>, v: int) -> int {
    net_upto(edges, flow, v, edges.len() as int)
}

// Capacity of the edges 0..k-1 that leave the set inS.
pub open spec fn cut_upto(edges: Seq<Seq<i64>>, inS: Seq<bool>, k: int) -> int
    decreases k,
{
    if k <= 0 || k > edges.len() || edges[k - 1].len() != 3 {
        0
    } else {
        cut_upto(edges, inS, k - 1) + (if 0 <= edges[k - 1][0] < inS.len() && 0 <= edges[k - 1][1] < inS.len()
            && inS[edges[k - 1][0] as int] && !inS[edges[k - 1][1] as int] { edges[k - 1][2] as int } else { 0int })
    }
}

pub open spec fn cut_capacity(edges: Seq<Seq<i64>>, inS: Seq<bool>) -> int {
    cut_upto(edges, inS, edges.len() as int)
}

pub open spec fn pre_edmonds_karp(n: int, edges: Seq<Seq<i64>>, s: int, t: int) -> bool {
    &&& 2 <= n <= 100
    &&& edges.len() <= 1000
    &&& valid_edges(n, edges)
    &&& forall|e: int| 0 <= e < edges.len() ==> 0 <= #[trigger] edges[e][2] <= 1000000
    &&& 0 <= s < n
    &&& 0 <= t < n
    &&& s != t
}

// A feasible flow (capacities respected, conservation at every vertex other than s and t) of
// value net(s), and an s-t cut whose capacity equals that value: the flow is maximum and the cut
// minimum (every flow's value is at most every s-t cut's capacity; the Dafny version of this
// task proves it in its locked part).
pub open spec fn post_edmonds_karp(n: int, edges: Seq<Seq<i64>>, s: int, t: int, flow: Seq<i64>, value: i64, inS: Seq<bool>) -> bool {
    &&& pre_edmonds_karp(n, edges, s, t)
    &&& flow.len() == edges.len()
    &&& inS.len() == n
    &&& forall|e: int| 0 <= e < edges.len() ==> 0 <= #[trigger] flow[e] <= edges[e][2]
    &&& forall|v: int| 0 <= v < n && v != s && v != t ==> #[trigger] net(edges, flow, v) == 0
    &&& value == net(edges, flow, s)
    &&& inS[s]
    &&& !inS[t]
    &&& cut_capacity(edges, inS) == value
}

// <vc:helpers>
// </vc:helpers>

// Edmonds-Karp: a maximum s-t flow (per edge), its value and a minimum cut.
fn edmonds_karp(n: usize, edges: &Vec<Vec<i64>>, s: usize, t: usize) -> (res: (Vec<i64>, i64, Vec<bool>))
    requires
        pre_edmonds_karp(n as int, edges@.map_values(|e: Vec<i64>| e@), s as int, t as int),
    ensures
        post_edmonds_karp(n as int, edges@.map_values(|e: Vec<i64>| e@), s as int, t as int, res.0@, res.1, res.2@),
{
    // <vc:code>
    let m = edges.len();
    // out[v] / inn[v]: the edges leaving / entering v.
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut inn: Vec<Vec<usize>> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n && out.len() == i && inn.len() == i,
        decreases n - i,
    {
        out.push(Vec::new());
        inn.push(Vec::new());
        i = i + 1;
    }
    let mut e: usize = 0;
    while e < m
        decreases m - e,
    {
        let u = edges[e][0] as usize;
        let w = edges[e][1] as usize;
        let mut row = out[u].clone();
        row.push(e);
        out.set(u, row);
        let mut row = inn[w].clone();
        row.push(e);
        inn.set(w, row);
        e = e + 1;
    }
    let mut flow: Vec<i64> = Vec::new();
    let mut e: usize = 0;
    while e < m
        invariant
            e <= m && flow.len() == e,
        decreases m - e,
    {
        flow.push(0);
        e = e + 1;
    }
    let mut value: i64 = 0;
    let mut rounds: usize = 0;
    loop
        decreases 1000000001usize - rounds,
    {
        // Breadth-first search from s in the residual network.
        let mut vis: Vec<bool> = Vec::new();
        let mut pe: Vec<usize> = Vec::new();
        let mut dir: Vec<bool> = Vec::new();
        let mut i: usize = 0;
        while i < n
            invariant
                i <= n && vis.len() == i && pe.len() == i && dir.len() == i,
            decreases n - i,
        {
            vis.push(false);
            pe.push(0);
            dir.push(true);
            i = i + 1;
        }
        vis.set(s, true);
        let mut queue: Vec<usize> = Vec::new();
        queue.push(s);
        let mut head: usize = 0;
        while head < queue.len() && !vis[t] && head < n
            decreases n - head,
        {
            let x = queue[head];
            head = head + 1;
            let mut j: usize = 0;
            while j < out[x].len() && !vis[t]
                decreases out[x as int].len() - j,
            {
                let e = out[x][j];
                let w = edges[e][1] as usize;
                if !vis[w] && flow[e] < edges[e][2] {
                    vis.set(w, true);
                    pe.set(w, e);
                    dir.set(w, true);
                    queue.push(w);
                }
                j = j + 1;
            }
            let mut j: usize = 0;
            while j < inn[x].len() && !vis[t]
                decreases inn[x as int].len() - j,
            {
                let e = inn[x][j];
                let w = edges[e][0] as usize;
                if !vis[w] && flow[e] > 0 {
                    vis.set(w, true);
                    pe.set(w, e);
                    dir.set(w, false);
                    queue.push(w);
                }
                j = j + 1;
            }
        }
        if !vis[t] || rounds >= 1000000000 {
            return (flow, value, vis);
        }
        // The least residual capacity on the tree path from s to t, then push it.
        let mut delta: i64 = 2000000;
        let mut x = t;
        let mut steps: usize = 0;
        while x != s && steps < n
            decreases n - steps,
        {
            let e = pe[x];
            let r = if dir[x] { edges[e][2] - flow[e] } else { flow[e] };
            if r < delta {
                delta = r;
            }
            x = if dir[x] { edges[e][0] as usize } else { edges[e][1] as usize };
            steps = steps + 1;
        }
        let mut x = t;
        let mut steps: usize = 0;
        while x != s && steps < n
            decreases n - steps,
        {
            let e = pe[x];
            if dir[x] {
                let f = flow[e] + delta;
                flow.set(e, f);
                x = edges[e][0] as usize;
            } else {
                let f = flow[e] - delta;
                flow.set(e, f);
                x = edges[e][1] as usize;
            }
            steps = steps + 1;
        }
        value = value + delta;
        rounds = rounds + 1;
    }
    // </vc:code>
}

fn main() {}

} // verus!
