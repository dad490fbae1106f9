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
pub open spec fn pre_dag_longest_path(n: int, edges: Seq<Seq<i64>>, rank: Seq<i64>, s: int) -> bool {
    &&& 1 <= n <= 100
    &&& edges.len() <= 1000
    &&& 0 <= s < n
    &&& valid_edges(n, edges)
    &&& rank.len() == n
    &&& forall|v: int| 0 <= v < n ==> 0 <= #[trigger] rank[v] < n
    &&& forall|e: int| 0 <= e < edges.len() ==> -1000000 <= #[trigger] edges[e][2] <= 1000000
            && rank[edges[e][0] as int] < rank[edges[e][1] as int]
}

// reach[v]: v is reachable from s; dist[v] (reached v): the weight of a heaviest path from s;
// pred[v] (reached v != s): the index of the last edge of such a path. Certificate (see the
// Dafny spec, whose locked lemma proves its meaning): dist[s] == 0; every edge out of a reached
// vertex enters a reached vertex and cannot make its label heavier; every reached v != s has a
// tight pred edge from a reached vertex (pred edges go up in rank, so they form a tree at s).
pub open spec fn post_dag_longest_path(n: int, edges: Seq<Seq<i64>>, rank: Seq<i64>, s: int,
                                        reach: Seq<bool>, dist: Seq<i64>, pred: Seq<i64>) -> bool {
    &&& pre_dag_longest_path(n, edges, rank, s)
    &&& reach.len() == n && dist.len() == n && pred.len() == n
    &&& reach[s] && dist[s] == 0
    &&& forall|e: int| 0 <= e < edges.len() && reach[edges[e][0] as int] ==>
            reach[(#[trigger] edges[e])[1] as int]
            && dist[edges[e][1] as int] >= dist[edges[e][0] as int] + edges[e][2]
    &&& forall|v: int| 0 <= v < n && v != s && #[trigger] reach[v] ==>
            0 <= pred[v] < edges.len() && edges[pred[v] as int][1] == v
            && reach[edges[pred[v] as int][0] as int]
            && dist[edges[pred[v] as int][0] as int] + edges[pred[v] as int][2] == dist[v]
}

// <vc:helpers>
pub open spec fn ev(edges: Seq<Seq<i64>>, e: int, k: int) -> int {
    edges[e][k] as int
}

// Edge e cannot make the label of its head heavier.
pub open spec fn relaxed(edges: Seq<Seq<i64>>, r: Seq<bool>, d: Seq<i64>, e: int) -> bool {
    r[ev(edges, e, 0)] ==> r[ev(edges, e, 1)] && d[ev(edges, e, 1)] >= d[ev(edges, e, 0)] + ev(edges, e, 2)
}

// How many of the first m edges enter v and are not processed (p) yet.
pub open spec fn pending(edges: Seq<Seq<i64>>, p: Seq<bool>, v: int, m: int) -> nat
    decreases m,
{
    if m <= 0 {
        0
    } else {
        pending(edges, p, v, m - 1) + (if !p[m - 1] && ev(edges, m - 1, 1) == v { 1nat } else { 0nat })
    }
}

pub open spec fn count_false(b: Seq<bool>) -> nat
    decreases b.len(),
{
    if b.len() == 0 { 0 } else { count_false(b.drop_last()) + (if b[b.len() - 1] { 0nat } else { 1nat }) }
}

// out[u] lists, in increasing order, the indices of the edges leaving u.
pub open spec fn out_lists(n: int, edges: Seq<Seq<i64>>, out: Seq<Seq<usize>>) -> bool {
    &&& out.len() == n
    &&& forall|u: int, j: int| 0 <= u < n && 0 <= j < out[u].len() ==>
            (#[trigger] out[u][j]) < edges.len() && ev(edges, out[u][j] as int, 0) == u
    &&& forall|u: int, i: int, j: int| 0 <= u < n && 0 <= i < j < out[u].len() ==>
            (#[trigger] out[u][i]) < (#[trigger] out[u][j])
    &&& forall|e: int| 0 <= e < edges.len() ==> out[ev(edges, e, 0)]@.contains(e as usize)
}

// See the Dafny reference. The labels: s reached at 0; reached ranks >= rank[s]; |dist| bounded
// by 10^6 times the rank (so nothing overflows); tight pred edges from reached done vertices.
pub open spec fn labels_inv(n: int, edges: Seq<Seq<i64>>, rank: Seq<i64>, s: int, r: Seq<bool>, d: Seq<i64>,
                            p: Seq<i64>, done: Seq<bool>) -> bool {
    &&& r.len() == n && d.len() == n && p.len() == n && done.len() == n && r[s] && d[s] == 0
    &&& forall|v: int| 0 <= v < n && #[trigger] r[v] ==> rank[s] <= rank[v]
            && -1000000 * rank[v] <= d[v] <= 1000000 * rank[v]
    &&& forall|v: int| 0 <= v < n && v != s && #[trigger] r[v] ==>
            0 <= p[v] < edges.len() && ev(edges, p[v] as int, 1) == v && r[ev(edges, p[v] as int, 0)]
            && d[ev(edges, p[v] as int, 0)] + ev(edges, p[v] as int, 2) == d[v]
            && done[ev(edges, p[v] as int, 0)]
}

// Processed edges are relaxed and leave a done vertex; every edge into a done vertex is processed.
pub open spec fn processed_inv(edges: Seq<Seq<i64>>, r: Seq<bool>, d: Seq<i64>, done: Seq<bool>, pe: Seq<bool>) -> bool {
    &&& pe.len() == edges.len()
    &&& forall|e: int| 0 <= e < edges.len() && #[trigger] pe[e] ==> relaxed(edges, r, d, e) && done[ev(edges, e, 0)]
    &&& forall|e: int| 0 <= e < edges.len() && done[ev(edges, e, 1)] ==> #[trigger] pe[e]
}

// Kahn's queue: queue[..head] are the done vertices, queue[head..] wait with in-degree 0, each
// vertex at most once; indeg counts the unprocessed edges into each vertex; every vertex not done
// with in-degree 0 has been enqueued.
pub open spec fn queue_inv(n: int, edges: Seq<Seq<i64>>, done: Seq<bool>, indeg: Seq<i64>, queue: Seq<usize>,
                           head: int, pe: Seq<bool>) -> bool {
    &&& indeg.len() == n && 0 <= head <= queue.len()
    &&& forall|j: int| 0 <= j < queue.len() ==> (#[trigger] queue[j]) < n
    &&& forall|j: int, k: int| 0 <= j < k < queue.len() ==> #[trigger] queue[j] != #[trigger] queue[k]
    &&& forall|v: int| 0 <= v < n ==> (#[trigger] done[v] <==> queue.subrange(0, head).contains(v as usize))
    &&& forall|j: int| head <= j < queue.len() ==> indeg[#[trigger] queue[j] as int] == 0
    &&& forall|v: int| 0 <= v < n && !done[v] && #[trigger] indeg[v] == 0 ==> queue.contains(v as usize)
    &&& forall|v: int| 0 <= v < n ==> #[trigger] indeg[v] == pending(edges, pe, v, edges.len() as int)
}

pub open spec fn state_inv(n: int, edges: Seq<Seq<i64>>, rank: Seq<i64>, s: int, r: Seq<bool>, d: Seq<i64>,
                           p: Seq<i64>, done: Seq<bool>, indeg: Seq<i64>, queue: Seq<usize>, head: int,
                           pe: Seq<bool>) -> bool {
    &&& labels_inv(n, edges, rank, s, r, d, p, done)
    &&& processed_inv(edges, r, d, done, pe)
    &&& queue_inv(n, edges, done, indeg, queue, head, pe)
}

// Between removals the processed edges are exactly those out of done vertices.
pub open spec fn synced(edges: Seq<Seq<i64>>, done: Seq<bool>, pe: Seq<bool>) -> bool {
    forall|e: int| 0 <= e < edges.len() ==> (#[trigger] pe[e] <==> done[ev(edges, e, 0)])
}

// While out[u] is scanned: processed are the edges out of done vertices other than u, and the
// first k edges of out[u].
pub open spec fn scanning(edges: Seq<Seq<i64>>, out: Seq<Seq<usize>>, done: Seq<bool>, pe: Seq<bool>, u: int, k: int) -> bool {
    &&& 0 <= u < out.len() && 0 <= k <= out[u].len() && done[u]
    &&& forall|e: int| 0 <= e < edges.len() ==> (#[trigger] pe[e] <==>
            done[ev(edges, e, 0)] && (ev(edges, e, 0) != u || out[u]@.subrange(0, k).contains(e as usize)))
}

proof fn lemma_pending_mark(edges: Seq<Seq<i64>>, p: Seq<bool>, f: int, v: int, m: int)
    requires
        0 <= m <= edges.len(), p.len() == edges.len(), 0 <= f < edges.len(), !p[f],
    ensures
        pending(edges, p.update(f, true), v, m) + (if f < m && ev(edges, f, 1) == v { 1int } else { 0int })
            == pending(edges, p, v, m),
    decreases m,
{
    if m > 0 {
        lemma_pending_mark(edges, p, f, v, m - 1);
    }
}

proof fn lemma_pending_zero(edges: Seq<Seq<i64>>, p: Seq<bool>, v: int, m: int, f: int)
    requires
        0 <= m <= edges.len(), p.len() == edges.len(), pending(edges, p, v, m) == 0,
        0 <= f < m, ev(edges, f, 1) == v,
    ensures
        p[f],
    decreases m,
{
    if f < m - 1 {
        lemma_pending_zero(edges, p, v, m - 1, f);
    }
}

proof fn lemma_pending_witness(edges: Seq<Seq<i64>>, p: Seq<bool>, v: int, m: int) -> (f: int)
    requires
        0 <= m <= edges.len(), p.len() == edges.len(), pending(edges, p, v, m) > 0,
    ensures
        0 <= f < m && !p[f] && ev(edges, f, 1) == v,
    decreases m,
{
    if pending(edges, p, v, m - 1) > 0 {
        lemma_pending_witness(edges, p, v, m - 1)
    } else {
        m - 1
    }
}

proof fn lemma_count_false_update(b: Seq<bool>, v: int)
    requires
        0 <= v < b.len(), !b[v],
    ensures
        count_false(b.update(v, true)) + 1 == count_false(b),
    decreases b.len(),
{
    let c = b.update(v, true);
    if v < b.len() - 1 {
        assert(c.drop_last() =~= b.drop_last().update(v, true));
        lemma_count_false_update(b.drop_last(), v);
    } else {
        assert(c.drop_last() =~= b.drop_last());
    }
}

// Removing u == queue[head] (in-degree 0): every edge into u is processed already.
proof fn lemma_start_scan(n: int, edges: Seq<Seq<i64>>, rank: Seq<i64>, s: int, out: Seq<Seq<usize>>, r: Seq<bool>,
                          d: Seq<i64>, p: Seq<i64>, done: Seq<bool>, indeg: Seq<i64>, queue: Seq<usize>, head: int,
                          pe: Seq<bool>, u: int)
    requires
        pre_dag_longest_path(n, edges, rank, s),
        out_lists(n, edges, out),
        state_inv(n, edges, rank, s, r, d, p, done, indeg, queue, head, pe),
        synced(edges, done, pe),
        0 <= head < queue.len(),
        u == queue[head] as int,
    ensures
        0 <= u < n && !done[u],
        state_inv(n, edges, rank, s, r, d, p, done.update(u, true), indeg, queue, head + 1, pe),
        scanning(edges, out, done.update(u, true), pe, u, 0),
{
    let d2 = done.update(u, true);
    if done[u] {
        assert(queue.subrange(0, head).contains(u as usize));
        let j = choose|j: int| 0 <= j < head && queue.subrange(0, head)[j] == u as usize;
        assert(queue[j] == queue[head]);
    }
    assert(indeg[u] == 0);
    assert forall|e: int| 0 <= e < edges.len() && d2[ev(edges, e, 1)] implies #[trigger] pe[e] by {
        if ev(edges, e, 1) == u {
            lemma_pending_zero(edges, pe, u, edges.len() as int, e);
        }
    }
    assert(queue.subrange(0, head + 1) =~= queue.subrange(0, head).push(queue[head]));
    assert forall|v: int| 0 <= v < n implies (#[trigger] d2[v] <==> queue.subrange(0, head + 1).contains(v as usize)) by {
        if v != u {
            assert(queue.subrange(0, head + 1).contains(v as usize) ==> queue.subrange(0, head).contains(v as usize));
        } else {
            assert(queue.subrange(0, head + 1)[head] == v as usize);
        }
    }
    assert(out[u]@.subrange(0, 0) =~= Seq::<usize>::empty());
}

// Edge f == out[u][k] is not processed yet, so its head v is not done (in particular v != u)
// and indeg[v] >= 1; v has a larger rank than u.
proof fn lemma_step_facts(n: int, edges: Seq<Seq<i64>>, rank: Seq<i64>, s: int, out: Seq<Seq<usize>>, r: Seq<bool>,
                          d: Seq<i64>, p: Seq<i64>, done: Seq<bool>, indeg: Seq<i64>, queue: Seq<usize>, head: int,
                          pe: Seq<bool>, u: int, k: int, f: int, v: int)
    requires
        pre_dag_longest_path(n, edges, rank, s),
        out_lists(n, edges, out),
        state_inv(n, edges, rank, s, r, d, p, done, indeg, queue, head, pe),
        scanning(edges, out, done, pe, u, k),
        k < out[u].len(), f == out[u][k] as int, v == ev(edges, f, 1),
    ensures
        0 <= f < edges.len() && ev(edges, f, 0) == u && 0 <= v < n,
        !pe[f] && !done[v] && v != u && rank[u] < rank[v],
        indeg[v] >= 1 && pending(edges, pe.update(f, true), v, edges.len() as int) == indeg[v] - 1,
        forall|x: int| 0 <= x < n && x != v ==> pending(edges, pe.update(f, true), x, edges.len() as int) == #[trigger] indeg[x],
{
    if pe[f] {
        assert(out[u]@.subrange(0, k).contains(f as usize));
        let i = choose|i: int| 0 <= i < k && out[u]@.subrange(0, k)[i] == f as usize;
        assert(out[u][i] < out[u][k]);
    }
    lemma_pending_mark(edges, pe, f, v, edges.len() as int);
    assert forall|x: int| 0 <= x < n && x != v implies
        pending(edges, pe.update(f, true), x, edges.len() as int) == #[trigger] indeg[x] by {
        lemma_pending_mark(edges, pe, f, x, edges.len() as int);
    }
}

proof fn lemma_step_labels(n: int, edges: Seq<Seq<i64>>, rank: Seq<i64>, s: int, r: Seq<bool>, d: Seq<i64>,
                           p: Seq<i64>, done: Seq<bool>, u: int, f: int, v: int, nd: i64)
    requires
        pre_dag_longest_path(n, edges, rank, s),
        labels_inv(n, edges, rank, s, r, d, p, done),
        0 <= f < edges.len(), ev(edges, f, 0) == u, ev(edges, f, 1) == v, done[u], !done[v], r[u],
        nd == d[u] + ev(edges, f, 2),
    ensures
        v != s,
        labels_inv(n, edges, rank, s, r.update(v, true), d.update(v, nd), p.update(v, f as i64), done),
{
    let r2 = r.update(v, true);
    let d2 = d.update(v, nd);
    let p2 = p.update(v, f as i64);
    assert(rank[u] < rank[v]);
    assert forall|x: int| 0 <= x < n && x != s && #[trigger] r2[x] implies
        0 <= p2[x] < edges.len() && ev(edges, p2[x] as int, 1) == x && r2[ev(edges, p2[x] as int, 0)]
        && d2[ev(edges, p2[x] as int, 0)] + ev(edges, p2[x] as int, 2) == d2[x] && done[ev(edges, p2[x] as int, 0)] by {
        if x != v {
            assert(ev(edges, p[x] as int, 0) != v);
        }
    }
}

proof fn lemma_step_processed(edges: Seq<Seq<i64>>, r: Seq<bool>, d: Seq<i64>, done: Seq<bool>, pe: Seq<bool>,
                              r2: Seq<bool>, d2: Seq<i64>, u: int, f: int, v: int, upd: bool)
    requires
        processed_inv(edges, r, d, done, pe),
        0 <= f < edges.len(), ev(edges, f, 0) == u, ev(edges, f, 1) == v, done[u], !done[v], u != v,
        upd == (r[u] && (!r[v] || d[u] + ev(edges, f, 2) > d[v])),
        upd ==> r2 == r.update(v, true) && d2 == d.update(v, (d[u] + ev(edges, f, 2)) as i64),
        !upd ==> r2 == r && d2 == d,
    ensures
        processed_inv(edges, r2, d2, done, pe.update(f, true)),
{
    let pe2 = pe.update(f, true);
    assert forall|e: int| 0 <= e < edges.len() && #[trigger] pe2[e] implies
        relaxed(edges, r2, d2, e) && done[ev(edges, e, 0)] by {
        if e != f {
            assert(relaxed(edges, r, d, e));
            assert(ev(edges, e, 0) != v);
        }
    }
}

proof fn lemma_step_queue(n: int, edges: Seq<Seq<i64>>, done: Seq<bool>, indeg: Seq<i64>, queue: Seq<usize>, head: int,
                          pe: Seq<bool>, f: int, v: int, indeg2: Seq<i64>, queue2: Seq<usize>)
    requires
        queue_inv(n, edges, done, indeg, queue, head, pe),
        done.len() == n, pe.len() == edges.len(),
        0 <= f < edges.len(), !pe[f], 0 <= v < n, !done[v], indeg[v] >= 1,
        pending(edges, pe.update(f, true), v, edges.len() as int) == indeg[v] - 1,
        forall|x: int| 0 <= x < n && x != v ==> pending(edges, pe.update(f, true), x, edges.len() as int) == #[trigger] indeg[x],
        indeg2 == indeg.update(v, indeg[v] - 1),
        indeg2[v] == 0 ==> queue2 == queue.push(v as usize),
        indeg2[v] != 0 ==> queue2 == queue,
    ensures
        queue_inv(n, edges, done, indeg2, queue2, head, pe.update(f, true)),
{
    if queue.contains(v as usize) {
        let j = choose|j: int| 0 <= j < queue.len() && queue[j] == v as usize;
        if j < head {
            assert(queue.subrange(0, head)[j] == v as usize);
        }
    }
    assert(queue2.subrange(0, head) =~= queue.subrange(0, head));
    assert forall|j: int| head <= j < queue2.len() implies indeg2[#[trigger] queue2[j] as int] == 0 by {
        if j < queue.len() {
            assert(queue2[j] == queue[j] && queue[j] != v as usize);
        }
    }
    assert forall|x: int| 0 <= x < n && !done[x] && #[trigger] indeg2[x] == 0 implies queue2.contains(x as usize) by {
        if x != v {
            let j = choose|j: int| 0 <= j < queue.len() && queue[j] == x as usize;
            assert(queue2[j] == x as usize);
        } else {
            assert(queue2[queue.len() as int] == v as usize);
        }
    }
}

// Every vertex is done once the queue is exhausted: otherwise an unprocessed edge enters v from
// a vertex that is not done either, of smaller rank.
proof fn lemma_all_done(n: int, edges: Seq<Seq<i64>>, rank: Seq<i64>, s: int, r: Seq<bool>, d: Seq<i64>,
                        p: Seq<i64>, done: Seq<bool>, indeg: Seq<i64>, queue: Seq<usize>, pe: Seq<bool>, v: int)
    requires
        pre_dag_longest_path(n, edges, rank, s),
        state_inv(n, edges, rank, s, r, d, p, done, indeg, queue, queue.len() as int, pe),
        synced(edges, done, pe),
        0 <= v < n,
    ensures
        done[v],
    decreases rank[v],
{
    if !done[v] {
        assert(queue.subrange(0, queue.len() as int) =~= queue);
        assert(indeg[v] != 0);
        let f = lemma_pending_witness(edges, pe, v, edges.len() as int);
        lemma_all_done(n, edges, rank, s, r, d, p, done, indeg, queue, pe, ev(edges, f, 0));
    }
}
// </vc:helpers>

// Longest (heaviest) paths from s in a DAG, the critical-path method: Kahn's topological order,
// relaxing the edges out of each vertex as it leaves the queue.
fn dag_longest_path(n: usize, edges: &Vec<Vec<i64>>, rank: &Vec<i64>, s: usize) -> (res: (Vec<bool>, Vec<i64>, Vec<i64>))
    requires
        pre_dag_longest_path(n as int, edges@.map_values(|e: Vec<i64>| e@), rank@, s as int),
    ensures
        post_dag_longest_path(n as int, edges@.map_values(|e: Vec<i64>| e@), rank@, s as int, res.0@, res.1@, res.2@),
{
    // <vc:code>
    let ghost g = edges@.map_values(|e: Vec<i64>| e@);
    let m = edges.len();
    // out[u]: indices of the edges leaving u, in increasing order
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            out.len() == i,
            forall|q: int| 0 <= q < i ==> (#[trigger] out[q]).len() == 0,
        decreases n - i,
    {
        out.push(Vec::new());
        i = i + 1;
    }
    let mut e: usize = 0;
    while e < m
        invariant
            pre_dag_longest_path(n as int, g, rank@, s as int),
            g == edges@.map_values(|e: Vec<i64>| e@),
            m == edges.len(),
            e <= m,
            out.len() == n,
            forall|u: int, j: int| 0 <= u < n && 0 <= j < out[u].len() ==>
                (#[trigger] out[u][j]) < e && ev(g, out[u][j] as int, 0) == u,
            forall|u: int, a: int, b: int| 0 <= u < n && 0 <= a < b < out[u].len() ==>
                (#[trigger] out[u][a]) < (#[trigger] out[u][b]),
            forall|f: int| 0 <= f < e ==> out[ev(g, f, 0)]@.contains(f as usize),
        decreases m - e,
    {
        let u = edges[e][0] as usize;
        let mut row = out[u].clone();
        row.push(e);
        out.set(u, row);
        e = e + 1;
    }
    let ghost mut pe: Seq<bool> = Seq::new(m as nat, |i: int| false);
    // in-degrees
    let mut indeg: Vec<i64> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            indeg.len() == i,
            forall|v: int| 0 <= v < i ==> #[trigger] indeg[v] == 0,
        decreases n - i,
    {
        indeg.push(0);
        i = i + 1;
    }
    let mut e: usize = 0;
    while e < m
        invariant
            pre_dag_longest_path(n as int, g, rank@, s as int),
            g == edges@.map_values(|e: Vec<i64>| e@),
            m == edges.len(),
            e <= m,
            indeg.len() == n,
            pe == Seq::new(m as nat, |i: int| false),
            forall|v: int| 0 <= v < n ==> #[trigger] indeg[v] == pending(g, pe, v, e as int),
            forall|v: int| 0 <= v < n ==> 0 <= #[trigger] indeg[v] <= e,
        decreases m - e,
    {
        let v = edges[e][1] as usize;
        let d = indeg[v];
        indeg.set(v, d + 1);
        e = e + 1;
    }
    // the queue starts with the vertices of in-degree 0
    let mut queue: Vec<usize> = Vec::new();
    let mut v: usize = 0;
    while v < n
        invariant
            v <= n,
            indeg.len() == n,
            forall|j: int| 0 <= j < queue.len() ==> (#[trigger] queue[j]) < v && indeg[queue[j] as int] == 0,
            forall|j: int, k: int| 0 <= j < k < queue.len() ==> (#[trigger] queue[j]) < (#[trigger] queue[k]),
            forall|z: int| 0 <= z < v && #[trigger] indeg[z] == 0 ==> queue@.contains(z as usize),
        decreases n - v,
    {
        if indeg[v] == 0 {
            queue.push(v);
        }
        v = v + 1;
    }
    let mut reach: Vec<bool> = Vec::new();
    let mut dist: Vec<i64> = Vec::new();
    let mut pred: Vec<i64> = Vec::new();
    let mut done: Vec<bool> = Vec::new();
    let mut i: usize = 0;
    while i < n
        invariant
            i <= n,
            reach.len() == i && dist.len() == i && pred.len() == i && done.len() == i,
            forall|v: int| 0 <= v < i ==> !(#[trigger] reach[v]) && dist[v] == 0 && !done[v],
        decreases n - i,
    {
        reach.push(false);
        dist.push(0);
        pred.push(-1);
        done.push(false);
        i = i + 1;
    }
    reach.set(s, true);
    let mut head: usize = 0;
    while head < queue.len()
        invariant
            pre_dag_longest_path(n as int, g, rank@, s as int),
            g == edges@.map_values(|e: Vec<i64>| e@),
            m == edges.len(),
            out_lists(n as int, g, out@.map_values(|r: Vec<usize>| r@)),
            state_inv(n as int, g, rank@, s as int, reach@, dist@, pred@, done@, indeg@, queue@, head as int, pe),
            synced(g, done@, pe),
        decreases count_false(done@),
    {
        let u = queue[head];
        proof {
            lemma_start_scan(n as int, g, rank@, s as int, out@.map_values(|r: Vec<usize>| r@), reach@, dist@, pred@,
                             done@, indeg@, queue@, head as int, pe, u as int);
            lemma_count_false_update(done@, u as int);
        }
        done.set(u, true);
        head = head + 1;
        let len = out[u].len();
        let mut k: usize = 0;
        while k < len
            invariant
                pre_dag_longest_path(n as int, g, rank@, s as int),
                g == edges@.map_values(|e: Vec<i64>| e@),
                m == edges.len(),
                out_lists(n as int, g, out@.map_values(|r: Vec<usize>| r@)),
                u < n,
                len == out[u as int].len(),
                k <= len,
                state_inv(n as int, g, rank@, s as int, reach@, dist@, pred@, done@, indeg@, queue@, head as int, pe),
                scanning(g, out@.map_values(|r: Vec<usize>| r@), done@, pe, u as int, k as int),
            decreases len - k,
        {
            let f = out[u][k];
            let v = edges[f][1] as usize;
            let ghost og = out@.map_values(|r: Vec<usize>| r@);
            proof {
                lemma_step_facts(n as int, g, rank@, s as int, og, reach@, dist@, pred@, done@, indeg@, queue@,
                                 head as int, pe, u as int, k as int, f as int, v as int);
            }
            let ghost r0 = reach@;
            let ghost d0 = dist@;
            let upd = reach[u] && (!reach[v] || dist[u] + edges[f][2] > dist[v]);
            if upd {
                let nd = dist[u] + edges[f][2];
                proof {
                    lemma_step_labels(n as int, g, rank@, s as int, reach@, dist@, pred@, done@, u as int, f as int,
                                      v as int, nd);
                }
                reach.set(v, true);
                dist.set(v, nd);
                pred.set(v, f as i64);
            }
            proof {
                lemma_step_processed(g, r0, d0, done@, pe, reach@, dist@, u as int, f as int, v as int, upd);
            }
            let ghost i0 = indeg@;
            let ghost q0 = queue@;
            let d = indeg[v] - 1;
            indeg.set(v, d);
            if d == 0 {
                queue.push(v);
            }
            proof {
                lemma_step_queue(n as int, g, done@, i0, q0, head as int, pe, f as int, v as int, indeg@, queue@);
                pe = pe.update(f as int, true);
                assert(out[u as int]@.subrange(0, k as int + 1) =~= out[u as int]@.subrange(0, k as int).push(f));
            }
            k = k + 1;
        }
        proof {
            assert(out[u as int]@.subrange(0, len as int) =~= out[u as int]@);
        }
    }
    proof {
        assert forall|v: int| 0 <= v < n implies #[trigger] done@[v] by {
            lemma_all_done(n as int, g, rank@, s as int, reach@, dist@, pred@, done@, indeg@, queue@, pe, v);
        }
    }
    (reach, dist, pred)
    // </vc:code>
}

fn main() {}

} // verus!
