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

pub open spec fn pre_push_relabel(n: int, edges: Seq<Seq<i64>>, s: int, t: int) -> bool {
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
pub open spec fn post_push_relabel(n: int, edges: Seq<Seq<i64>>, s: int, t: int, flow: Seq<i64>, value: i64, inS: Seq<bool>) -> bool {
    &&& pre_push_relabel(n, edges, s, t)
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

// Push-relabel (FIFO): a maximum s-t flow (per edge), its value and a minimum cut.
fn push_relabel(n: usize, edges: &Vec<Vec<i64>>, s: usize, t: usize) -> (res: (Vec<i64>, i64, Vec<bool>))
    requires
        pre_push_relabel(n as int, edges@.map_values(|e: Vec<i64>| e@), s as int, t as int),
    ensures
        post_push_relabel(n as int, edges@.map_values(|e: Vec<i64>| e@), s as int, t as int, res.0@, res.1, res.2@),
{
    // <vc:code>
    let m = edges.len();
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut inn: Vec<Vec<usize>> = Vec::new();
    let mut ex: Vec<i64> = Vec::new();
    let mut h: Vec<usize> = Vec::new();
    let mut active: Vec<bool> = Vec::new();
    let mut i: usize = 0;
    while i < n
        decreases n - i,
    {
        out.push(Vec::new());
        inn.push(Vec::new());
        ex.push(0);
        h.push(0);
        active.push(false);
        i = i + 1;
    }
    let mut flow: Vec<i64> = Vec::new();
    let mut e: usize = 0;
    while e < m
        decreases m - e,
    {
        let a = edges[e][0] as usize;
        let b = edges[e][1] as usize;
        let mut row = out[a].clone();
        row.push(e);
        out.set(a, row);
        let mut row = inn[b].clone();
        row.push(e);
        inn.set(b, row);
        flow.push(0);
        e = e + 1;
    }
    h.set(s, n);
    let mut queue: Vec<usize> = Vec::new();
    // Saturate the edges leaving s.
    let mut j: usize = 0;
    while j < out[s].len()
        decreases out[s as int].len() - j,
    {
        let f = out[s][j];
        let w = edges[f][1] as usize;
        if w != s {
            let c = edges[f][2];
            flow.set(f, c);
            let x = ex[w] + c;
            ex.set(w, x);
            let y = ex[s] - c;
            ex.set(s, y);
            if w != t && !active[w] && ex[w] > 0 {
                active.set(w, true);
                queue.push(w);
            }
        }
        j = j + 1;
    }
    // Discharge active vertices in FIFO order.
    let mut head: usize = 0;
    let mut fuel: usize = 4 * n * n * (m + 1) + 4 * n;
    while head < queue.len() && fuel > 0
        decreases fuel,
    {
        fuel = fuel - 1;
        let u = queue[head];
        head = head + 1;
        active.set(u, false);
        let mut going = true;
        while going && ex[u] > 0 && fuel > 0
            decreases fuel,
        {
            fuel = fuel - 1;
            let mut j: usize = 0;
            while j < out[u].len() && ex[u] > 0
                decreases out[u as int].len() - j,
            {
                let f = out[u][j];
                let w = edges[f][1] as usize;
                if flow[f] < edges[f][2] && h[u] == h[w] + 1 {
                    let r = edges[f][2] - flow[f];
                    let d = if ex[u] < r { ex[u] } else { r };
                    let x = flow[f] + d;
                    flow.set(f, x);
                    let x = ex[u] - d;
                    ex.set(u, x);
                    let x = ex[w] + d;
                    ex.set(w, x);
                    if w != s && w != t && !active[w] {
                        active.set(w, true);
                        queue.push(w);
                    }
                }
                j = j + 1;
            }
            let mut j: usize = 0;
            while j < inn[u].len() && ex[u] > 0
                decreases inn[u as int].len() - j,
            {
                let f = inn[u][j];
                let w = edges[f][0] as usize;
                if flow[f] > 0 && h[u] == h[w] + 1 {
                    let d = if ex[u] < flow[f] { ex[u] } else { flow[f] };
                    let x = flow[f] - d;
                    flow.set(f, x);
                    let x = ex[u] - d;
                    ex.set(u, x);
                    let x = ex[w] + d;
                    ex.set(w, x);
                    if w != s && w != t && !active[w] {
                        active.set(w, true);
                        queue.push(w);
                    }
                }
                j = j + 1;
            }
            if ex[u] > 0 {
                // Relabel: one above the lowest residual neighbour.
                let mut best: usize = 0;
                let mut any = false;
                let mut j: usize = 0;
                while j < out[u].len()
                    decreases out[u as int].len() - j,
                {
                    let f = out[u][j];
                    let w = edges[f][1] as usize;
                    if flow[f] < edges[f][2] && (!any || h[w] < best) {
                        best = h[w];
                        any = true;
                    }
                    j = j + 1;
                }
                let mut j: usize = 0;
                while j < inn[u].len()
                    decreases inn[u as int].len() - j,
                {
                    let f = inn[u][j];
                    let w = edges[f][0] as usize;
                    if flow[f] > 0 && (!any || h[w] < best) {
                        best = h[w];
                        any = true;
                    }
                    j = j + 1;
                }
                if !any || best >= 4 * n {
                    going = false;
                } else {
                    h.set(u, best + 1);
                }
            }
        }
    }
    // The cut: the vertices that cannot reach t in the residual network.
    let mut reach: Vec<bool> = Vec::new();
    let mut i: usize = 0;
    while i < n
        decreases n - i,
    {
        reach.push(false);
        i = i + 1;
    }
    reach.set(t, true);
    let mut q2: Vec<usize> = Vec::new();
    q2.push(t);
    let mut k: usize = 0;
    while k < q2.len() && k < n
        decreases n - k,
    {
        let y = q2[k];
        k = k + 1;
        let mut j: usize = 0;
        while j < inn[y].len()
            decreases inn[y as int].len() - j,
        {
            let f = inn[y][j];
            let x = edges[f][0] as usize;
            if flow[f] < edges[f][2] && !reach[x] {
                reach.set(x, true);
                q2.push(x);
            }
            j = j + 1;
        }
        let mut j: usize = 0;
        while j < out[y].len()
            decreases out[y as int].len() - j,
        {
            let f = out[y][j];
            let x = edges[f][1] as usize;
            if flow[f] > 0 && !reach[x] {
                reach.set(x, true);
                q2.push(x);
            }
            j = j + 1;
        }
    }
    let mut cut: Vec<bool> = Vec::new();
    let mut i: usize = 0;
    while i < n
        decreases n - i,
    {
        cut.push(!reach[i]);
        i = i + 1;
    }
    (flow, ex[t], cut)
    // </vc:code>
}

fn main() {}

} // verus!
