use vstd::prelude::*;

verus! {

// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

// At most 1000 edges leave a vertex (so in-degree counts fit machine integers in every language).
pub open spec fn pre_topological_sort(n: int, adj: Seq<Seq<int>>) -> bool {
    valid_graph(n, adj) && forall|u: int| 0 <= u < n ==> #[trigger] adj[u].len() <= 1000
}

// order lists every vertex exactly once (n distinct vertices) and every edge goes forward: no edge
// leads from a vertex to itself or to a vertex listed before it.
pub open spec fn is_topological_order(n: int, adj: Seq<Seq<int>>, order: Seq<int>) -> bool {
    &&& order.len() == n
    &&& forall|i: int| 0 <= i < n ==> 0 <= #[trigger] order[i] < n
    &&& forall|i: int, j: int| 0 <= i < j < n ==> #[trigger] order[i] != #[trigger] order[j]
    &&& forall|i: int, j: int| 0 <= j <= i < n ==> !adj[#[trigger] order[i]].contains(#[trigger] order[j])
}

// cycle is a directed cycle (a closed walk): each vertex has an edge to the next one, and the
// last one to the first.
pub open spec fn is_cycle(n: int, adj: Seq<Seq<int>>, cycle: Seq<int>) -> bool {
    &&& cycle.len() >= 1
    &&& forall|i: int| 0 <= i < cycle.len() ==> 0 <= #[trigger] cycle[i] < n
    &&& forall|i: int| 0 <= i < cycle.len() ==> adj[#[trigger] cycle[i]].contains(cycle[(i + 1) % (cycle.len() as int)])
}

// Either a topological order (acyclic) or a directed cycle that shows none exists.
pub open spec fn post_topological_sort(n: int, adj: Seq<Seq<int>>, acyclic: bool, order: Seq<int>, cycle: Seq<int>) -> bool {
    &&& pre_topological_sort(n, adj)
    &&& (acyclic ==> is_topological_order(n, adj, order))
    &&& (!acyclic ==> is_cycle(n, adj, cycle))
}

// The graph and the results as the contract sees them.
pub open spec fn adj_view(adj: Seq<Vec<usize>>) -> Seq<Seq<int>> {
    adj.map_values(|r: Vec<usize>| r@.map_values(|x: usize| x as int))
}

pub open spec fn nat_view(v: Seq<usize>) -> Seq<int> {
    v.map_values(|x: usize| x as int)
}

// <vc:helpers>
// occ(s, v): how often v occurs in s.
pub open spec fn occ(s: Seq<int>, v: int) -> nat
    decreases s.len(),
{
    if s.len() == 0 {
        0
    } else {
        occ(s.drop_last(), v) + (if s.last() == v { 1nat } else { 0nat })
    }
}

proof fn lemma_occ_prefix(s: Seq<int>, k: int, v: int)
    requires
        0 <= k < s.len(),
    ensures
        occ(s.subrange(0, k + 1), v) == occ(s.subrange(0, k), v) + (if s[k] == v { 1nat } else { 0nat }),
{
    assert(s.subrange(0, k + 1).drop_last() =~= s.subrange(0, k));
}

proof fn lemma_occ_prefix_at_most(s: Seq<int>, k: int, v: int)
    requires
        0 <= k <= s.len(),
    ensures
        occ(s.subrange(0, k), v) <= occ(s, v),
    decreases s.len() - k,
{
    if k < s.len() {
        lemma_occ_prefix(s, k, v);
        lemma_occ_prefix_at_most(s, k + 1, v);
    } else {
        assert(s.subrange(0, k) =~= s);
    }
}

proof fn lemma_occ_positive(s: Seq<int>, v: int)
    requires
        s.contains(v),
    ensures
        occ(s, v) >= 1,
    decreases s.len(),
{
    if s.last() != v {
        let i = choose|i: int| 0 <= i < s.len() && s[i] == v;
        assert(s.drop_last()[i] == v);
        lemma_occ_positive(s.drop_last(), v);
    }
}

proof fn lemma_occ_absent(s: Seq<int>, v: int)
    requires
        !s.contains(v),
    ensures
        occ(s, v) == 0,
    decreases s.len(),
{
    if s.len() > 0 {
        assert forall|i: int| 0 <= i < s.len() - 1 implies s.drop_last()[i] != v by {
            assert(s.drop_last()[i] == s[i]);
        }
        lemma_occ_absent(s.drop_last(), v);
    }
}

// in_deg(adj, done, v, m): the number of edges into v from the vertices among 0 .. m-1 that are
// not done.
pub open spec fn in_deg(adj: Seq<Seq<int>>, done: Seq<bool>, v: int, m: int) -> nat
    decreases m,
{
    if m <= 0 || m > adj.len() || m > done.len() {
        0
    } else {
        in_deg(adj, done, v, m - 1) + (if done[m - 1] { 0nat } else { occ(adj[m - 1], v) })
    }
}

proof fn lemma_in_deg_done(adj: Seq<Seq<int>>, done: Seq<bool>, u: int, v: int, m: int)
    requires
        0 <= m <= adj.len(),
        done.len() == adj.len(),
        0 <= u < adj.len(),
        !done[u],
    ensures
        in_deg(adj, done.update(u, true), v, m) + (if u < m { occ(adj[u], v) } else { 0nat }) == in_deg(adj, done, v, m),
    decreases m,
{
    if m > 0 {
        lemma_in_deg_done(adj, done, u, v, m - 1);
    }
}

proof fn lemma_in_deg_zero(adj: Seq<Seq<int>>, done: Seq<bool>, v: int, m: int, x: int)
    requires
        0 <= m <= adj.len(),
        done.len() == adj.len(),
        in_deg(adj, done, v, m) == 0,
        0 <= x < m,
        !done[x],
    ensures
        !adj[x].contains(v),
    decreases m,
{
    if x < m - 1 {
        lemma_in_deg_zero(adj, done, v, m - 1, x);
    } else if adj[x].contains(v) {
        lemma_occ_positive(adj[x], v);
    }
}

proof fn lemma_in_deg_positive(adj: Seq<Seq<int>>, done: Seq<bool>, v: int, m: int) -> (x: int)
    requires
        0 <= m <= adj.len(),
        done.len() == adj.len(),
        in_deg(adj, done, v, m) > 0,
    ensures
        0 <= x < m,
        !done[x],
        adj[x].contains(v),
    decreases m,
{
    if in_deg(adj, done, v, m - 1) > 0 {
        lemma_in_deg_positive(adj, done, v, m - 1)
    } else {
        if !adj[m - 1].contains(v) {
            lemma_occ_absent(adj[m - 1], v);
        }
        m - 1
    }
}

// The number of entries equal to false.
pub open spec fn count_false(b: Seq<bool>) -> nat
    decreases b.len(),
{
    if b.len() == 0 {
        0
    } else {
        count_false(b.drop_last()) + (if b.last() { 0nat } else { 1nat })
    }
}

proof fn lemma_count_false_update(b: Seq<bool>, v: int)
    requires
        0 <= v < b.len(),
        !b[v],
    ensures
        count_false(b.update(v, true)) + 1 == count_false(b),
    decreases b.len(),
{
    let e = b.update(v, true);
    if v < b.len() - 1 {
        assert(e.drop_last() =~= b.drop_last().update(v, true));
        lemma_count_false_update(b.drop_last(), v);
    } else {
        assert(e.drop_last() =~= b.drop_last());
    }
}

proof fn lemma_count_all_false(b: Seq<bool>)
    requires
        forall|v: int| 0 <= v < b.len() ==> !(#[trigger] b[v]),
    ensures
        count_false(b) == b.len(),
    decreases b.len(),
{
    if b.len() > 0 {
        lemma_count_all_false(b.drop_last());
    }
}

proof fn lemma_count_false_witness(b: Seq<bool>) -> (v: int)
    requires
        count_false(b) > 0,
    ensures
        0 <= v < b.len(),
        !b[v],
    decreases b.len(),
{
    if b.last() {
        lemma_count_false_witness(b.drop_last())
    } else {
        (b.len() - 1) as int
    }
}

// Kahn's state: queue holds every vertex ever enqueued, once each; queue[..head] are the removed
// ones (done), in an order where every edge among them goes forward; queue[head..] are waiting
// with in-degree 0; indeg counts the edges from vertices not removed yet; every vertex that is
// not removed and has in-degree 0 has been enqueued; no edge leads from a vertex not removed to
// a removed one.
pub open spec fn kahn(n: int, adj: Seq<Seq<int>>, done: Seq<bool>, indeg: Seq<int>, queue: Seq<int>, head: int, inq: Seq<bool>) -> bool {
    &&& valid_graph(n, adj)
    &&& done.len() == n
    &&& indeg.len() == n
    &&& inq.len() == n
    &&& 0 <= head <= queue.len()
    &&& forall|j: int| 0 <= j < queue.len() ==> 0 <= #[trigger] queue[j] < n
    &&& forall|j: int, k: int| 0 <= j < k < queue.len() ==> #[trigger] queue[j] != #[trigger] queue[k]
    &&& forall|v: int| 0 <= v < n ==> (#[trigger] inq[v] <==> queue.contains(v))
    &&& forall|v: int| 0 <= v < n ==> (#[trigger] done[v] <==> queue.subrange(0, head).contains(v))
    &&& forall|j: int| head <= j < queue.len() ==> indeg[#[trigger] queue[j]] == 0
    &&& forall|v: int| 0 <= v < n && !done[v] && #[trigger] indeg[v] == 0 ==> inq[v]
    &&& forall|v: int| 0 <= v < n ==> #[trigger] indeg[v] == in_deg(adj, done, v, n)
    &&& forall|i: int, j: int| 0 <= j <= i < head ==> !adj[#[trigger] queue[i]].contains(#[trigger] queue[j])
    &&& forall|x: int, w: int| 0 <= x < n && 0 <= w < n && !done[x] && done[w] ==> !(#[trigger] adj[x]).contains(w)
    &&& queue.len() + count_false(inq) == n
}

// While the edges of u == queue[head - 1] (just removed) are scanned: the counts of the heads
// among the first k edges are already lowered.
pub open spec fn scan(n: int, adj: Seq<Seq<int>>, done: Seq<bool>, indeg: Seq<int>, queue: Seq<int>, head: int,
                      inq: Seq<bool>, u: int, k: int) -> bool {
    &&& valid_graph(n, adj)
    &&& done.len() == n
    &&& indeg.len() == n
    &&& inq.len() == n
    &&& 1 <= head <= queue.len()
    &&& queue[head - 1] == u
    &&& 0 <= u < n
    &&& 0 <= k <= adj[u].len()
    &&& forall|j: int| 0 <= j < queue.len() ==> 0 <= #[trigger] queue[j] < n
    &&& forall|j: int, k2: int| 0 <= j < k2 < queue.len() ==> #[trigger] queue[j] != #[trigger] queue[k2]
    &&& forall|v: int| 0 <= v < n ==> (#[trigger] inq[v] <==> queue.contains(v))
    &&& forall|v: int| 0 <= v < n ==> (#[trigger] done[v] <==> queue.subrange(0, head).contains(v))
    &&& forall|j: int| head <= j < queue.len() ==> indeg[#[trigger] queue[j]] == 0
    &&& forall|v: int| 0 <= v < n && !done[v] && #[trigger] indeg[v] == 0 ==> inq[v]
    &&& forall|v: int| 0 <= v < n ==>
        #[trigger] indeg[v] == in_deg(adj, done, v, n) + occ(adj[u], v) - occ(adj[u].subrange(0, k), v)
    &&& forall|i: int, j: int| 0 <= j <= i < head ==> !adj[#[trigger] queue[i]].contains(#[trigger] queue[j])
    &&& forall|x: int, w: int| 0 <= x < n && 0 <= w < n && !done[x] && done[w] ==> !(#[trigger] adj[x]).contains(w)
    &&& forall|w: int| 0 <= w < n && #[trigger] done[w] ==> !adj[u].contains(w)
    &&& queue.len() + count_false(inq) == n
}

proof fn lemma_start_scan(n: int, adj: Seq<Seq<int>>, done: Seq<bool>, indeg: Seq<int>, queue: Seq<int>, head: int, inq: Seq<bool>)
    requires
        kahn(n, adj, done, indeg, queue, head, inq),
        head < queue.len(),
    ensures
        scan(n, adj, done.update(queue[head], true), indeg, queue, head + 1, inq, queue[head], 0),
{
    let u = queue[head];
    let d2 = done.update(u, true);
    if done[u] {
        let j = choose|j: int| 0 <= j < head && queue.subrange(0, head)[j] == u;
        assert(queue[j] == u);
    }
    assert(indeg[u] == 0);
    assert forall|v: int| 0 <= v < n implies
        #[trigger] indeg[v] == in_deg(adj, d2, v, n) + occ(adj[u], v) - occ(adj[u].subrange(0, 0), v) by {
        lemma_in_deg_done(adj, done, u, v, n);
        assert(adj[u].subrange(0, 0).len() == 0);
    }
    assert forall|x: int| 0 <= x < n && !done[x] implies !adj[x].contains(u) by {
        lemma_in_deg_zero(adj, done, u, n, x);
    }
    assert(queue.subrange(0, head + 1) =~= queue.subrange(0, head).push(u));
    assert forall|i: int, j: int| 0 <= j <= i < head + 1 implies !adj[#[trigger] queue[i]].contains(#[trigger] queue[j]) by {
        if i == head && j < head {
            assert(queue.subrange(0, head)[j] == queue[j]);
            assert(done[queue[j]]);
        }
    }
}

proof fn lemma_scan_step(n: int, adj: Seq<Seq<int>>, done: Seq<bool>, indeg: Seq<int>, queue: Seq<int>, head: int,
                         inq: Seq<bool>, u: int, k: int)
    requires
        scan(n, adj, done, indeg, queue, head, inq, u, k),
        k < adj[u].len(),
    ensures
        indeg[adj[u][k]] >= 1,
        indeg[adj[u][k]] == 1 ==> !inq[adj[u][k]],
        indeg[adj[u][k]] == 1 ==> scan(n, adj, done, indeg.update(adj[u][k], indeg[adj[u][k]] - 1),
            queue.push(adj[u][k]), head, inq.update(adj[u][k], true), u, k + 1),
        indeg[adj[u][k]] != 1 ==> scan(n, adj, done, indeg.update(adj[u][k], indeg[adj[u][k]] - 1),
            queue, head, inq, u, k + 1),
{
    let w = adj[u][k];
    assert(0 <= w < n);
    lemma_occ_prefix(adj[u], k, w);
    lemma_occ_prefix_at_most(adj[u], k + 1, w);
    assert(adj[u].contains(w));
    let i2 = indeg.update(w, indeg[w] - 1);
    assert forall|v: int| 0 <= v < n implies
        #[trigger] i2[v] == in_deg(adj, done, v, n) + occ(adj[u], v) - occ(adj[u].subrange(0, k + 1), v) by {
        lemma_occ_prefix(adj[u], k, v);
    }
    if indeg[w] == 1 {
        if inq[w] {
            let j = choose|j: int| 0 <= j < queue.len() && queue[j] == w;
            if j < head {
                assert(queue.subrange(0, head)[j] == w);
            }
        }
        let q2 = queue.push(w);
        let n2 = inq.update(w, true);
        lemma_count_false_update(inq, w);
        assert(q2.subrange(0, head) =~= queue.subrange(0, head));
        assert forall|j: int, k2: int| 0 <= j < k2 < q2.len() implies #[trigger] q2[j] != #[trigger] q2[k2] by {
            assert(q2[j] == queue[j]);
            if k2 < queue.len() {
                assert(q2[k2] == queue[k2]);
            } else {
                assert(queue.contains(queue[j]));
            }
        }
        assert forall|v: int| 0 <= v < n implies (#[trigger] n2[v] <==> q2.contains(v)) by {
            if v != w {
                if q2.contains(v) {
                    let t = choose|t: int| 0 <= t < q2.len() && q2[t] == v;
                    assert(t < queue.len() && queue[t] == v);
                }
                if queue.contains(v) {
                    let t = choose|t: int| 0 <= t < queue.len() && queue[t] == v;
                    assert(q2[t] == v);
                }
            } else {
                assert(q2[queue.len() as int] == w);
            }
        }
        assert forall|j: int| 0 <= j < q2.len() implies 0 <= #[trigger] q2[j] < n by {
            if j < queue.len() {
                assert(q2[j] == queue[j]);
            }
        }
        assert forall|j: int| head <= j < q2.len() implies i2[#[trigger] q2[j]] == 0 by {
            if j < queue.len() {
                assert(q2[j] == queue[j] && queue[j] != w);
            }
        }
        assert forall|i: int, j: int| 0 <= j <= i < head implies !adj[#[trigger] q2[i]].contains(#[trigger] q2[j]) by {
            assert(q2[j] == queue[j] && q2[i] == queue[i]);
        }
    } else {
        assert forall|j: int| head <= j < queue.len() implies i2[#[trigger] queue[j]] == 0 by {
            assert(queue[j] != w);
        }
    }
}

proof fn lemma_end_scan(n: int, adj: Seq<Seq<int>>, done: Seq<bool>, indeg: Seq<int>, queue: Seq<int>, head: int,
                        inq: Seq<bool>, u: int)
    requires
        0 <= u < adj.len(),
        scan(n, adj, done, indeg, queue, head, inq, u, adj[u].len() as int),
    ensures
        kahn(n, adj, done, indeg, queue, head, inq),
{
    assert(adj[u].subrange(0, adj[u].len() as int) =~= adj[u]);
}

// Every vertex that is not done has an edge from a vertex that is not done (stated through the
// count, so that it has no existential).
pub open spec fn has_preds(n: int, adj: Seq<Seq<int>>, done: Seq<bool>) -> bool {
    forall|x: int| 0 <= x < n && !done[x] ==> #[trigger] in_deg(adj, done, x, n) > 0
}

proof fn lemma_acyclic_end(n: int, adj: Seq<Seq<int>>, done: Seq<bool>, indeg: Seq<int>, queue: Seq<int>, inq: Seq<bool>)
    requires
        kahn(n, adj, done, indeg, queue, queue.len() as int, inq),
        queue.len() == n,
    ensures
        is_topological_order(n, adj, queue),
{
}

proof fn lemma_cyclic_end(n: int, adj: Seq<Seq<int>>, done: Seq<bool>, indeg: Seq<int>, queue: Seq<int>, inq: Seq<bool>) -> (x0: int)
    requires
        kahn(n, adj, done, indeg, queue, queue.len() as int, inq),
        queue.len() < n,
    ensures
        0 <= x0 < n,
        !done[x0],
        has_preds(n, adj, done),
{
    assert(queue.subrange(0, queue.len() as int) =~= queue);
    let x0 = lemma_count_false_witness(inq);
    assert forall|x: int| 0 <= x < n && !done[x] implies #[trigger] in_deg(adj, done, x, n) > 0 by {
        assert(!queue.contains(x));
        assert(!inq[x]);
        assert(indeg[x] != 0);
    }
    x0
}

// The backward walk: w[j] has an edge from w[j + 1]; m[v] is the position of v in w (-1: not on
// it); seen marks the same vertices and count_false counts the others.
pub open spec fn walk_inv(n: int, adj: Seq<Seq<int>>, done: Seq<bool>, w: Seq<int>, m: Seq<int>, seen: Seq<bool>) -> bool {
    &&& valid_graph(n, adj)
    &&& done.len() == n
    &&& m.len() == n
    &&& w.len() >= 1
    &&& seen.len() == n
    &&& forall|j: int| 0 <= j < w.len() ==> 0 <= #[trigger] w[j] < n && !done[w[j]] && m[w[j]] == j
    &&& forall|z: int| 0 <= z < n ==> (#[trigger] m[z] != -1 <==> seen[z])
    &&& forall|z: int| 0 <= z < n && #[trigger] m[z] != -1 ==> 0 <= m[z] < w.len() && w[m[z]] == z
    &&& forall|j: int| 0 <= j < w.len() - 1 ==> adj[#[trigger] w[j + 1]].contains(w[j])
    &&& w.len() + count_false(seen) == n
}

proof fn lemma_walk_extend(n: int, adj: Seq<Seq<int>>, done: Seq<bool>, w: Seq<int>, m: Seq<int>, seen: Seq<bool>, y: int)
    requires
        walk_inv(n, adj, done, w, m, seen),
        0 <= y < n,
        !done[y],
        m[y] == -1,
        adj[y].contains(w.last()),
    ensures
        walk_inv(n, adj, done, w.push(y), m.update(y, w.len() as int), seen.update(y, true)),
{
    let w2 = w.push(y);
    let m2 = m.update(y, w.len() as int);
    lemma_count_false_update(seen, y);
    assert forall|j: int| 0 <= j < w2.len() implies 0 <= #[trigger] w2[j] < n && !done[w2[j]] && m2[w2[j]] == j by {
        if j < w.len() {
            assert(w2[j] == w[j] && w[j] != y);
        }
    }
    assert forall|z: int| 0 <= z < n && #[trigger] m2[z] != -1 implies 0 <= m2[z] < w2.len() && w2[m2[z]] == z by {
        if z != y {
            assert(w2[m[z]] == w[m[z]]);
        }
    }
    assert forall|j: int| 0 <= j < w2.len() - 1 implies adj[#[trigger] w2[j + 1]].contains(w2[j]) by {
        if j < w.len() - 1 {
            assert(w2[j] == w[j] && w2[j + 1] == w[j + 1]);
        } else {
            assert(w2[j] == w.last() && w2[j + 1] == y);
        }
    }
}

// The walk w[|w|-1] -> ... -> w[t] (edges go from w[j+1] to w[j]) closed by the edge from
// w[t] back to w[|w|-1] is a directed cycle; c lists it from w[|w|-1] down to w[t].
proof fn lemma_walk_cycle(n: int, adj: Seq<Seq<int>>, w: Seq<int>, t: int, c: Seq<int>)
    requires
        valid_graph(n, adj),
        0 <= t < w.len(),
        forall|j: int| 0 <= j < w.len() ==> 0 <= #[trigger] w[j] < n,
        forall|j: int| 0 <= j < w.len() - 1 ==> adj[#[trigger] w[j + 1]].contains(w[j]),
        adj[w[t]].contains(w.last()),
        c.len() == w.len() - t,
        forall|q: int| 0 <= q < c.len() ==> #[trigger] c[q] == w[w.len() - 1 - q],
    ensures
        is_cycle(n, adj, c),
{
    let l = c.len() as int;
    assert forall|q: int| 0 <= q < l implies adj[#[trigger] c[q]].contains(c[(q + 1) % l]) by {
        if q < l - 1 {
            assert((q + 1) % l == q + 1);
            assert(c[q + 1] == w[w.len() - 2 - q] && c[q] == w[w.len() - 1 - q]);
        } else {
            assert((q + 1) % l == 0);
            assert(c[0] == w.last() && c[q] == w[t]);
        }
    }
}

proof fn lemma_occ_le_len(s: Seq<int>, v: int)
    ensures
        occ(s, v) <= s.len(),
    decreases s.len(),
{
    if s.len() > 0 {
        lemma_occ_le_len(s.drop_last(), v);
    }
}

proof fn lemma_in_deg_bound(adj: Seq<Seq<int>>, done: Seq<bool>, v: int, m: int)
    requires
        0 <= m <= adj.len(),
        done.len() == adj.len(),
        forall|u: int| 0 <= u < adj.len() ==> #[trigger] adj[u].len() <= 1000,
    ensures
        in_deg(adj, done, v, m) <= m * 1000,
    decreases m,
{
    if m > 0 {
        lemma_in_deg_bound(adj, done, v, m - 1);
        lemma_occ_le_len(adj[m - 1], v);
    }
}

fn compute_in_deg(n: usize, adj: &Vec<Vec<usize>>, done: &Vec<bool>) -> (indeg: Vec<i64>)
    requires
        pre_topological_sort(n as int, adj_view(adj@)),
        done.len() == n,
        forall|v: int| 0 <= v < n ==> !(#[trigger] done@[v]),
    ensures
        indeg.len() == n,
        forall|v: int| 0 <= v < n ==> #[trigger] indeg@[v] as int == in_deg(adj_view(adj@), done@, v, n as int),
{
    let ghost g = adj_view(adj@);
    let mut indeg: Vec<i64> = Vec::new();
    let mut v: usize = 0;
    while v < n
        invariant
            v <= n,
            indeg.len() == v,
            forall|z: int| 0 <= z < v ==> #[trigger] indeg@[z] == 0,
        decreases n - v,
    {
        indeg.push(0);
        v = v + 1;
    }
    let mut u: usize = 0;
    while u < n
        invariant
            u <= n,
            indeg.len() == n,
            g == adj_view(adj@),
            pre_topological_sort(n as int, g),
            done.len() == n,
            forall|z: int| 0 <= z < n ==> #[trigger] indeg@[z] as int == in_deg(g, done@, z, u as int),
        decreases n - u,
    {
        proof {
            assert(g[u as int] =~= adj[u as int]@.map_values(|x: usize| x as int));
        }
        let mut k: usize = 0;
        while k < adj[u].len()
            invariant
                u < n,
                k <= adj[u as int].len(),
                indeg.len() == n,
                g == adj_view(adj@),
                pre_topological_sort(n as int, g),
                done.len() == n,
                g[u as int] == adj[u as int]@.map_values(|x: usize| x as int),
                forall|z: int| 0 <= z < n ==>
                    #[trigger] indeg@[z] as int == in_deg(g, done@, z, u as int) + occ(g[u as int].subrange(0, k as int), z),
            decreases adj[u as int].len() - k,
        {
            let w = adj[u][k];
            proof {
                assert(g[u as int][k as int] == w as int);
                lemma_in_deg_bound(g, done@, w as int, u as int);
                lemma_occ_le_len(g[u as int].subrange(0, k as int), w as int);
                assert(indeg@[w as int] <= 100000);
                assert forall|z: int| 0 <= z < n implies
                    occ(g[u as int].subrange(0, k + 1), z) == occ(g[u as int].subrange(0, k as int), z) + (if w as int == z { 1nat } else { 0nat }) by {
                    lemma_occ_prefix(g[u as int], k as int, z);
                }
            }
            indeg.set(w, indeg[w] + 1);
            k = k + 1;
        }
        proof {
            assert(g[u as int].subrange(0, g[u as int].len() as int) =~= g[u as int]);
        }
        u = u + 1;
    }
    indeg
}

// The vertices of in-degree 0, in increasing order, start the queue.
fn init_queue(n: usize, adj: &Vec<Vec<usize>>, done: &Vec<bool>, indeg: &Vec<i64>) -> (res: (Vec<usize>, Ghost<Seq<bool>>))
    requires
        pre_topological_sort(n as int, adj_view(adj@)),
        done.len() == n,
        forall|v: int| 0 <= v < n ==> !(#[trigger] done@[v]),
        indeg.len() == n,
        forall|v: int| 0 <= v < n ==> #[trigger] indeg@[v] as int == in_deg(adj_view(adj@), done@, v, n as int),
    ensures
        kahn(n as int, adj_view(adj@), done@, int_view(indeg@), nat_view(res.0@), 0, res.1@),
{
    let mut queue: Vec<usize> = Vec::new();
    let ghost mut inq: Seq<bool> = Seq::empty();
    let mut v: usize = 0;
    while v < n
        invariant
            v <= n,
            indeg.len() == n,
            inq.len() == v,
            forall|j: int| 0 <= j < queue.len() ==> #[trigger] queue@[j] < v && indeg@[queue@[j] as int] == 0,
            forall|j: int, k: int| 0 <= j < k < queue.len() ==> #[trigger] queue@[j] < #[trigger] queue@[k],
            forall|z: int| 0 <= z < v ==> (#[trigger] inq[z] <==> nat_view(queue@).contains(z)) && (inq[z] <==> indeg@[z] == 0),
            queue.len() + count_false(inq) == v,
        decreases n - v,
    {
        let b = indeg[v] == 0;
        let ghost q0 = nat_view(queue@);
        if b {
            queue.push(v);
        }
        proof {
            assert(inq.push(b).drop_last() =~= inq);
            if b {
                assert(nat_view(queue@) =~= q0.push(v as int));
            } else {
                assert(nat_view(queue@) =~= q0);
            }
            inq = inq.push(b);
        }
        v = v + 1;
    }
    (queue, Ghost(inq))
}

pub open spec fn int_view(v: Seq<i64>) -> Seq<int> {
    v.map_values(|x: i64| x as int)
}

// Remove queue[head] and lower the in-degrees of its heads, enqueueing those that reach 0.
fn remove(n: usize, adj: &Vec<Vec<usize>>, done: &mut Vec<bool>, indeg: &mut Vec<i64>, queue: &mut Vec<usize>,
          head: usize, Ghost(inq): Ghost<Seq<bool>>) -> (inq2: Ghost<Seq<bool>>)
    requires
        old(done).len() == n,
        old(indeg).len() == n,
        kahn(n as int, adj_view(adj@), old(done)@, int_view(old(indeg)@), nat_view(old(queue)@), head as int, inq),
        head < old(queue).len(),
    ensures
        done.len() == n,
        indeg.len() == n,
        kahn(n as int, adj_view(adj@), done@, int_view(indeg@), nat_view(queue@), head as int + 1, inq2@),
        old(queue).len() <= queue.len() <= n,
{
    let ghost g = adj_view(adj@);
    let u = queue[head];
    proof {
        lemma_start_scan(n as int, g, done@, int_view(indeg@), nat_view(queue@), head as int, inq);
        assert(g[u as int] =~= adj[u as int]@.map_values(|x: usize| x as int));
    }
    done.set(u, true);
    let ghost mut inq2 = inq;
    let mut k: usize = 0;
    while k < adj[u].len()
        invariant
            done.len() == n,
            indeg.len() == n,
            u < n,
            g == adj_view(adj@),
            g[u as int] == adj[u as int]@.map_values(|x: usize| x as int),
            scan(n as int, g, done@, int_view(indeg@), nat_view(queue@), head as int + 1, inq2, u as int, k as int),
            old(queue).len() <= queue.len(),
        decreases adj[u as int].len() - k,
    {
        let w = adj[u][k];
        let ghost i0 = int_view(indeg@);
        let ghost q0 = nat_view(queue@);
        proof {
            assert(g[u as int][k as int] == w as int);
            lemma_scan_step(n as int, g, done@, i0, q0, head as int + 1, inq2, u as int, k as int);
        }
        let d = indeg[w] - 1;
        indeg.set(w, d);
        if d == 0 {
            queue.push(w);
            proof {
                inq2 = inq2.update(w as int, true);
            }
        }
        proof {
            assert(int_view(indeg@) =~= i0.update(w as int, i0[w as int] - 1));
            if d == 0 {
                assert(nat_view(queue@) =~= q0.push(w as int));
            }
        }
        k = k + 1;
    }
    proof {
        lemma_end_scan(n as int, g, done@, int_view(indeg@), nat_view(queue@), head as int + 1, inq2, u as int);
    }
    Ghost(inq2)
}

// Some vertex y that is not done has an edge to x (one exists: in_deg counts them).
fn find_pred(n: usize, adj: &Vec<Vec<usize>>, done: &Vec<bool>, x: usize) -> (y: usize)
    requires
        valid_graph(n as int, adj_view(adj@)),
        done.len() == n,
        in_deg(adj_view(adj@), done@, x as int, n as int) > 0,
    ensures
        y < n,
        !done@[y as int],
        adj_view(adj@)[y as int].contains(x as int),
{
    let ghost g = adj_view(adj@);
    let mut u: usize = 0;
    while u < n
        invariant
            u <= n,
            g == adj_view(adj@),
            done.len() == n,
            valid_graph(n as int, g),
            in_deg(g, done@, x as int, n as int) > 0,
            forall|z: int| 0 <= z < u ==> done@[z] || !(#[trigger] g[z]).contains(x as int),
        decreases n - u,
    {
        proof {
            assert(g[u as int] =~= adj[u as int]@.map_values(|x: usize| x as int));
        }
        if !done[u] {
            let mut k: usize = 0;
            while k < adj[u].len()
                invariant
                    u < n,
                    k <= adj[u as int].len(),
                    g == adj_view(adj@),
                    g[u as int] == adj[u as int]@.map_values(|x: usize| x as int),
                    forall|t: int| 0 <= t < k ==> #[trigger] g[u as int][t] != x as int,
                decreases adj[u as int].len() - k,
            {
                if adj[u][k] == x {
                    proof {
                        assert(g[u as int][k as int] == x as int);
                    }
                    return u;
                }
                k = k + 1;
            }
        }
        u = u + 1;
    }
    proof {
        let z = lemma_in_deg_positive(g, done@, x as int, n as int);
        assert(false);
    }
    0
}

// w[|w|-1], w[|w|-2], ..., w[t].
fn reverse_tail(w: &Vec<usize>, t: usize) -> (c: Vec<usize>)
    requires
        t < w.len(),
    ensures
        c.len() == w.len() - t,
        forall|q: int| 0 <= q < c.len() ==> #[trigger] c@[q] == w@[w.len() - 1 - q],
{
    let mut c: Vec<usize> = Vec::new();
    let mut i: usize = w.len();
    while i > t
        invariant
            t <= i <= w.len(),
            c.len() == w.len() - i,
            forall|q: int| 0 <= q < c.len() ==> #[trigger] c@[q] == w@[w.len() - 1 - q],
        decreases i,
    {
        i = i - 1;
        c.push(w[i]);
    }
    c
}

// Every vertex that is not done has an edge from a vertex that is not done: walk backwards
// along such edges, marking the position of each vertex, until one repeats; the repeated stretch
// is a cycle.
fn find_cycle(n: usize, adj: &Vec<Vec<usize>>, done: &Vec<bool>, x0: usize) -> (cycle: Vec<usize>)
    requires
        valid_graph(n as int, adj_view(adj@)),
        done.len() == n,
        x0 < n,
        !done@[x0 as int],
        has_preds(n as int, adj_view(adj@), done@),
    ensures
        is_cycle(n as int, adj_view(adj@), nat_view(cycle@)),
{
    let ghost g = adj_view(adj@);
    let mut mark: Vec<i64> = Vec::new();
    let ghost mut seen: Seq<bool> = Seq::empty();
    let mut v: usize = 0;
    while v < n
        invariant
            v <= n,
            mark.len() == v,
            seen.len() == v,
            forall|z: int| 0 <= z < v ==> #[trigger] mark@[z] == -1 && !seen[z],
        decreases n - v,
    {
        mark.push(-1);
        proof {
            seen = seen.push(false);
        }
        v = v + 1;
    }
    proof {
        lemma_count_all_false(seen);
        lemma_count_false_update(seen, x0 as int);
        seen = seen.update(x0 as int, true);
    }
    mark.set(x0, 0);
    let mut w: Vec<usize> = Vec::new();
    w.push(x0);
    proof {
        assert(nat_view(w@) =~= seq![x0 as int]);
    }
    loop
        invariant
            g == adj_view(adj@),
            has_preds(n as int, g, done@),
            walk_inv(n as int, g, done@, nat_view(w@), int_view(mark@), seen),
        decreases n - w.len(),
    {
        let cur = w[w.len() - 1];
        proof {
            assert(nat_view(w@)[w.len() - 1] == cur as int);
            assert(!done@[cur as int]);
            assert(in_deg(g, done@, cur as int, n as int) > 0);
        }
        let y = find_pred(n, adj, done, cur);
        if mark[y] != -1 {
            let t = mark[y] as usize;
            proof {
                assert(int_view(mark@)[y as int] == mark@[y as int]);
            }
            let c = reverse_tail(&w, t);
            proof {
                assert forall|q: int| 0 <= q < c.len() implies #[trigger] nat_view(c@)[q] == nat_view(w@)[w.len() - 1 - q] by {
                    assert(c@[q] == w@[w.len() - 1 - q]);
                }
                lemma_walk_cycle(n as int, g, nat_view(w@), t as int, nat_view(c@));
            }
            return c;
        }
        let ghost w0 = nat_view(w@);
        let ghost m0 = int_view(mark@);
        proof {
            lemma_walk_extend(n as int, g, done@, w0, m0, seen, y as int);
            seen = seen.update(y as int, true);
        }
        mark.set(y, w.len() as i64);
        w.push(y);
        proof {
            assert(nat_view(w@) =~= w0.push(y as int));
            assert(int_view(mark@) =~= m0.update(y as int, w0.len() as int));
        }
    }
}
// </vc:helpers>

// Kahn's algorithm: repeatedly remove a vertex of in-degree 0 (a FIFO queue of them), lowering
// the in-degrees of its heads. If every vertex is removed, the removal order is topological;
// otherwise every remaining vertex has an edge from a remaining vertex, and walking back along
// such edges finds a cycle.
fn topological_sort(n: usize, adj: &Vec<Vec<usize>>) -> (res: (bool, Vec<usize>, Vec<usize>))
    requires
        pre_topological_sort(n as int, adj_view(adj@)),
    ensures
        post_topological_sort(n as int, adj_view(adj@), res.0, nat_view(res.1@), nat_view(res.2@)),
{
    // <vc:code>
    let mut done: Vec<bool> = Vec::new();
    let mut v: usize = 0;
    while v < n
        invariant
            v <= n,
            done.len() == v,
            forall|z: int| 0 <= z < v ==> !(#[trigger] done@[z]),
        decreases n - v,
    {
        done.push(false);
        v = v + 1;
    }
    let mut indeg = compute_in_deg(n, adj, &done);
    let (mut queue, Ghost(inq0)) = init_queue(n, adj, &done, &indeg);
    let ghost mut inq = inq0;
    let mut head: usize = 0;
    while head < queue.len()
        invariant
            done.len() == n,
            indeg.len() == n,
            queue.len() <= n,
            kahn(n as int, adj_view(adj@), done@, int_view(indeg@), nat_view(queue@), head as int, inq),
        decreases n - queue.len(), queue.len() - head,
    {
        let Ghost(i2) = remove(n, adj, &mut done, &mut indeg, &mut queue, head, Ghost(inq));
        proof {
            inq = i2;
        }
        head = head + 1;
    }
    if queue.len() == n {
        proof {
            lemma_acyclic_end(n as int, adj_view(adj@), done@, int_view(indeg@), nat_view(queue@), inq);
        }
        (true, queue, Vec::new())
    } else {
        let ghost mut g0: int = 0;
        proof {
            g0 = lemma_cyclic_end(n as int, adj_view(adj@), done@, int_view(indeg@), nat_view(queue@), inq);
        }
        let mut x0: usize = 0;
        while done[x0]
            invariant
                done.len() == n,
                x0 <= g0,
                0 <= g0 < n,
                !done@[g0],
            decreases g0 - x0,
        {
            x0 = x0 + 1;
        }
        let cycle = find_cycle(n, adj, &done, x0);
        proof {
            assert(nat_view(Vec::<usize>::new()@) =~= Seq::<int>::empty());
        }
        (false, Vec::new(), cycle)
    }
    // </vc:code>
}

fn main() {}

} // verus!
