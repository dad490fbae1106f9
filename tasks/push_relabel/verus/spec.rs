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
    // </vc:code>
}

fn main() {}

} // verus!
