use vstd::prelude::*;

verus! {

// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

pub open spec fn pre_transitive_closure(n: int, adj: Seq<Seq<int>>) -> bool {
    valid_graph(n, adj)
}

// d[v] is the number of edges of a shortest path from s to v, or -1 when there is none, stated as
// its certificate: d[s] == 0; every reached v != s has an edge from some u with d[u] == d[v] - 1
// (so a path of d[v] edges exists); every edge u -> v out of a reached u reaches v with
// d[v] <= d[u] + 1 (so every vertex on a path from s is reached).
pub open spec fn hop_labels(n: int, adj: Seq<Seq<int>>, s: int, d: Seq<int>) -> bool {
    &&& d.len() == n
    &&& d[s] == 0
    &&& forall|v: int| 0 <= v < n ==> #[trigger] d[v] >= -1
    &&& forall|v: int| 0 <= v < n && v != s && #[trigger] d[v] != -1 ==>
        d[v] >= 1 && exists|u: int| 0 <= u < n && #[trigger] d[u] == d[v] - 1 && adj[u].contains(v)
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() && d[u] != -1 ==>
        d[#[trigger] adj[u][i]] != -1 && d[adj[u][i]] <= d[u] + 1
}

// reach[u][v] is true exactly when a path leads from u to v (every vertex reaches itself). The
// certificate hops[u] is the row of shortest hop counts from u (hop_labels), and reach[u][v]
// holds exactly when hops[u][v] != -1.
pub open spec fn post_transitive_closure(n: int, adj: Seq<Seq<int>>, reach: Seq<Seq<bool>>, hops: Seq<Seq<int>>) -> bool {
    &&& pre_transitive_closure(n, adj)
    &&& reach.len() == n
    &&& hops.len() == n
    &&& forall|u: int| 0 <= u < n ==>
        (#[trigger] reach[u]).len() == n && hop_labels(n, adj, u, hops[u])
        && forall|v: int| 0 <= v < n ==> (reach[u][v] <==> #[trigger] hops[u][v] != -1)
}

// The graph and the results as the contract sees them.
pub open spec fn adj_view(adj: Seq<Vec<usize>>) -> Seq<Seq<int>> {
    adj.map_values(|r: Vec<usize>| r@.map_values(|x: usize| x as int))
}

pub open spec fn bool_mat(m: Seq<Vec<bool>>) -> Seq<Seq<bool>> {
    m.map_values(|r: Vec<bool>| r@)
}

pub open spec fn int_mat(m: Seq<Vec<i64>>) -> Seq<Seq<int>> {
    m.map_values(|r: Vec<i64>| r@.map_values(|x: i64| x as int))
}

// <vc:helpers>
pub open spec fn pre_bfs(n: int, adj: Seq<Seq<int>>, s: int) -> bool {
    valid_graph(n, adj) && 0 <= s < n
}

pub open spec fn post_bfs(n: int, adj: Seq<Seq<int>>, s: int, dist: Seq<int>) -> bool {
    pre_bfs(n, adj, s) && hop_labels(n, adj, s, dist)
}

pub open spec fn dist_view(d: Seq<i64>) -> Seq<int> {
    d.map_values(|x: i64| x as int)
}

// The number of entries equal to -1 (vertices not reached yet).
pub open spec fn count_unreached(d: Seq<int>) -> nat
    decreases d.len(),
{
    if d.len() == 0 {
        0
    } else {
        count_unreached(d.drop_last()) + (if d.last() == -1 { 1nat } else { 0nat })
    }
}

proof fn lemma_count_update(d: Seq<int>, v: int, x: int)
    requires
        0 <= v < d.len(),
        d[v] == -1,
        x != -1,
    ensures
        count_unreached(d.update(v, x)) + 1 == count_unreached(d),
    decreases d.len(),
{
    let e = d.update(v, x);
    if v < d.len() - 1 {
        assert(e.drop_last() =~= d.drop_last().update(v, x));
        lemma_count_update(d.drop_last(), v, x);
    } else {
        assert(e.drop_last() =~= d.drop_last());
    }
}

proof fn lemma_count_all(d: Seq<int>)
    requires
        forall|v: int| 0 <= v < d.len() ==> #[trigger] d[v] == -1,
    ensures
        count_unreached(d) == d.len(),
    decreases d.len(),
{
    if d.len() > 0 {
        lemma_count_all(d.drop_last());
    }
}

// Every reached vertex other than s has a predecessor one level closer.
pub open spec fn realised(n: int, adj: Seq<Seq<int>>, s: int, d: Seq<int>) -> bool {
    forall|v: int| 0 <= v < n && v != s && #[trigger] d[v] != -1 ==>
        d[v] >= 1 && exists|u: int| 0 <= u < n && #[trigger] d[u] == d[v] - 1 && adj[u].contains(v)
}

// Facts about the reached vertices that hold throughout: queue holds exactly them, in order of
// non-decreasing distance, and count_unreached counts the others.
pub open spec fn common(n: int, adj: Seq<Seq<int>>, s: int, d: Seq<int>, q: Seq<int>) -> bool {
    &&& pre_bfs(n, adj, s)
    &&& d.len() == n
    &&& q.len() >= 1
    &&& q[0] == s
    &&& forall|j: int| 0 <= j < q.len() ==> 0 <= #[trigger] q[j] < n
    &&& forall|v: int| 0 <= v < n ==> (#[trigger] d[v] != -1 <==> q.contains(v))
    &&& forall|v: int| 0 <= v < n ==> #[trigger] d[v] >= -1
    &&& d[s] == 0
    &&& forall|j: int, k: int| 0 <= j <= k < q.len() ==> d[#[trigger] q[j]] <= d[#[trigger] q[k]]
    &&& forall|j: int| 0 <= j < q.len() ==> d[#[trigger] q[j]] <= j
    &&& realised(n, adj, s, d)
    &&& q.len() + count_unreached(d) == n
}

// The edges of the first m dequeued vertices lead to reached vertices at most one level further.
pub open spec fn settled(adj: Seq<Seq<int>>, d: Seq<int>, q: Seq<int>, m: int) -> bool {
    forall|j: int, i: int| 0 <= j < m && 0 <= i < adj[q[j]].len() ==>
        d[#[trigger] adj[q[j]][i]] != -1 && d[adj[q[j]][i]] <= d[q[j]] + 1
}

// Between two dequeues: the queue spans at most one level beyond its front.
pub open spec fn inv(n: int, adj: Seq<Seq<int>>, s: int, d: Seq<int>, q: Seq<int>, head: int) -> bool {
    &&& common(n, adj, s, d, q)
    &&& 0 <= head <= q.len()
    &&& head < q.len() ==> forall|j: int| 0 <= j < q.len() ==> d[#[trigger] q[j]] <= d[q[head]] + 1
    &&& settled(adj, d, q, head)
}

// While the edges of u == q[head - 1] are scanned: the first i of them are settled.
pub open spec fn inner(n: int, adj: Seq<Seq<int>>, s: int, d: Seq<int>, q: Seq<int>, head: int, u: int, i: int) -> bool {
    &&& common(n, adj, s, d, q)
    &&& 1 <= head <= q.len()
    &&& q[head - 1] == u
    &&& 0 <= i <= adj[u].len()
    &&& d[u] >= 0
    &&& forall|j: int| 0 <= j < q.len() ==> d[#[trigger] q[j]] <= d[u] + 1
    &&& settled(adj, d, q, head - 1)
    &&& forall|k: int| 0 <= k < i ==> d[#[trigger] adj[u][k]] != -1 && d[adj[u][k]] <= d[u] + 1
}

proof fn lemma_inner_start(n: int, adj: Seq<Seq<int>>, s: int, d: Seq<int>, q: Seq<int>, head: int)
    requires
        inv(n, adj, s, d, q, head),
        head < q.len(),
    ensures
        inner(n, adj, s, d, q, head + 1, q[head], 0),
{
}

proof fn lemma_inner_seen(n: int, adj: Seq<Seq<int>>, s: int, d: Seq<int>, q: Seq<int>, head: int, u: int, i: int)
    requires
        inner(n, adj, s, d, q, head, u, i),
        0 <= u < adj.len(),
        i < adj[u].len(),
        d[adj[u][i]] != -1,
    ensures
        inner(n, adj, s, d, q, head, u, i + 1),
{
    let v = adj[u][i];
    assert(0 <= v < n);
    assert(q.contains(v));
    let j = choose|j: int| 0 <= j < q.len() && q[j] == v;
    assert(d[q[j]] <= d[u] + 1);
}

proof fn lemma_new_realised(n: int, adj: Seq<Seq<int>>, s: int, d: Seq<int>, u: int, v: int)
    requires
        adj.len() == n,
        d.len() == n,
        realised(n, adj, s, d),
        0 <= u < n,
        0 <= v < n,
        v != s,
        d[u] >= 0,
        d[v] == -1,
        adj[u].contains(v),
    ensures
        realised(n, adj, s, d.update(v, d[u] + 1)),
{
    let d2 = d.update(v, d[u] + 1);
    assert forall|w: int| 0 <= w < n && w != s && #[trigger] d2[w] != -1 implies
        d2[w] >= 1 && exists|x: int| 0 <= x < n && #[trigger] d2[x] == d2[w] - 1 && adj[x].contains(w) by {
        if w == v {
            assert(d2[u] == d2[w] - 1);
        } else {
            assert(d[w] != -1);
            let x = choose|x: int| 0 <= x < n && #[trigger] d[x] == d[w] - 1 && adj[x].contains(w);
            assert(d2[x] == d[x]);
        }
    }
}

proof fn lemma_new_queue(n: int, d: Seq<int>, q: Seq<int>, v: int, x: int, d2: Seq<int>, q2: Seq<int>)
    requires
        d.len() == n,
        0 <= v < n,
        d[v] == -1,
        x >= 0,
        d2 == d.update(v, x),
        q2 == q.push(v),
        forall|j: int| 0 <= j < q.len() ==> 0 <= #[trigger] q[j] < n,
        forall|w: int| 0 <= w < n ==> (#[trigger] d[w] != -1 <==> q.contains(w)),
        forall|j: int, k: int| 0 <= j <= k < q.len() ==> d[#[trigger] q[j]] <= d[#[trigger] q[k]],
        forall|j: int| 0 <= j < q.len() ==> d[#[trigger] q[j]] <= x,
        forall|j: int| 0 <= j < q.len() ==> d[#[trigger] q[j]] <= j,
        x <= q.len(),
    ensures
        forall|j: int| 0 <= j < q2.len() ==> d2[#[trigger] q2[j]] <= j,
        forall|j: int| 0 <= j < q2.len() ==> 0 <= #[trigger] q2[j] < n,
        forall|w: int| 0 <= w < n ==> (#[trigger] d2[w] != -1 <==> q2.contains(w)),
        forall|j: int| 0 <= j < q.len() ==> d2[#[trigger] q[j]] == d[q[j]] && q2[j] == q[j],
        forall|j: int, k: int| 0 <= j <= k < q2.len() ==> d2[#[trigger] q2[j]] <= d2[#[trigger] q2[k]],
        forall|j: int| 0 <= j < q2.len() ==> d2[#[trigger] q2[j]] <= x,
{
    assert(!q.contains(v));
    assert forall|j: int| 0 <= j < q.len() implies d2[#[trigger] q[j]] == d[q[j]] && q2[j] == q[j] by {
        assert(q[j] != v);
    }
    assert forall|w: int| 0 <= w < n implies (#[trigger] d2[w] != -1 <==> q2.contains(w)) by {
        if w != v {
            if q2.contains(w) {
                let j = choose|j: int| 0 <= j < q2.len() && q2[j] == w;
                assert(j < q.len());
                assert(q.contains(w));
            }
            if q.contains(w) {
                let j = choose|j: int| 0 <= j < q.len() && q[j] == w;
                assert(q2[j] == w);
            }
        } else {
            assert(q2[q.len() as int] == v);
        }
    }
    assert forall|j: int| 0 <= j < q2.len() implies d2[#[trigger] q2[j]] <= j by {
        if j < q.len() {
            assert(q2[j] == q[j]);
        }
    }
    assert forall|j: int| 0 <= j < q2.len() implies d2[#[trigger] q2[j]] <= x by {
        if j < q.len() {
            assert(q2[j] == q[j]);
        }
    }
    assert forall|j: int, k: int| 0 <= j <= k < q2.len() implies d2[#[trigger] q2[j]] <= d2[#[trigger] q2[k]] by {
        if k < q.len() {
            assert(q2[j] == q[j] && q2[k] == q[k]);
        } else if j < q.len() {
            assert(q2[j] == q[j] && q2[k] == v);
        }
    }
}

proof fn lemma_inner_new(n: int, adj: Seq<Seq<int>>, s: int, d: Seq<int>, q: Seq<int>, head: int, u: int, i: int,
                         v: int, d2: Seq<int>, q2: Seq<int>)
    requires
        inner(n, adj, s, d, q, head, u, i),
        0 <= u < adj.len(),
        i < adj[u].len(),
        v == adj[u][i],
        d[v] == -1,
        d2 == d.update(v, d[u] + 1),
        q2 == q.push(v),
    ensures
        inner(n, adj, s, d2, q2, head, u, i + 1),
{
    assert(0 <= v < n);
    assert(adj[u].contains(v));
    assert(d[q[head - 1]] <= head - 1);
    lemma_count_update(d, v, d[u] + 1);
    lemma_new_realised(n, adj, s, d, u, v);
    lemma_new_queue(n, d, q, v, d[u] + 1, d2, q2);
    assert(common(n, adj, s, d2, q2));
    assert(q2[head - 1] == u && d2[u] == d[u]);
    assert forall|j: int, k: int| 0 <= j < head - 1 && 0 <= k < adj[q2[j]].len() implies
        d2[#[trigger] adj[q2[j]][k]] != -1 && d2[adj[q2[j]][k]] <= d2[q2[j]] + 1 by {
        assert(q2[j] == q[j]);
        assert(d[adj[q[j]][k]] != -1);
    }
    assert forall|k: int| 0 <= k < i + 1 implies d2[#[trigger] adj[u][k]] != -1 && d2[adj[u][k]] <= d2[u] + 1 by {
        if k < i {
            assert(d[adj[u][k]] != -1);
        }
    }
}

proof fn lemma_inner_end(n: int, adj: Seq<Seq<int>>, s: int, d: Seq<int>, q: Seq<int>, head: int, u: int)
    requires
        0 <= u < adj.len(),
        inner(n, adj, s, d, q, head, u, adj[u].len() as int),
    ensures
        inv(n, adj, s, d, q, head),
{
    if head < q.len() {
        assert(d[q[head - 1]] <= d[q[head]]);
    }
    assert forall|j: int, i: int| 0 <= j < head && 0 <= i < adj[q[j]].len() implies
        d[#[trigger] adj[q[j]][i]] != -1 && d[adj[q[j]][i]] <= d[q[j]] + 1 by {
        if j == head - 1 {
            assert(adj[q[j]][i] == adj[u][i]);
        }
    }
}

proof fn lemma_start(n: int, adj: Seq<Seq<int>>, s: int, d: Seq<int>)
    requires
        pre_bfs(n, adj, s),
        d.len() == n,
        d[s] == 0,
        forall|v: int| 0 <= v < n && v != s ==> #[trigger] d[v] == -1,
        count_unreached(d) == n - 1,
    ensures
        inv(n, adj, s, d, seq![s], 0),
{
    let q = seq![s];
    assert forall|v: int| 0 <= v < n implies (#[trigger] d[v] != -1 <==> q.contains(v)) by {
        if v == s {
            assert(q[0] == s);
        }
    }
}

proof fn lemma_finish(n: int, adj: Seq<Seq<int>>, s: int, d: Seq<int>, q: Seq<int>)
    requires
        inv(n, adj, s, d, q, q.len() as int),
    ensures
        post_bfs(n, adj, s, d),
{
    assert forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() && d[u] != -1 implies
        d[#[trigger] adj[u][i]] != -1 && d[adj[u][i]] <= d[u] + 1 by {
        assert(q.contains(u));
        let j = choose|j: int| 0 <= j < q.len() && q[j] == u;
        assert(adj[q[j]][i] == adj[u][i]);
    }
}

pub open spec fn queue_view(q: Seq<usize>) -> Seq<int> {
    q.map_values(|x: usize| x as int)
}

fn init_dist(n: usize, s: usize) -> (d: Vec<i64>)
    requires
        1 <= n <= 100,
        s < n,
    ensures
        d.len() == n,
        d@[s as int] == 0,
        forall|v: int| 0 <= v < n && v != s ==> #[trigger] d@[v] == -1,
        count_unreached(dist_view(d@)) == n - 1,
{
    let mut d: Vec<i64> = Vec::new();
    let mut k: usize = 0;
    while k < n
        invariant
            k <= n,
            d.len() == k,
            forall|v: int| 0 <= v < k ==> #[trigger] d@[v] == -1,
        decreases n - k,
    {
        d.push(-1);
        k = k + 1;
    }
    proof {
        lemma_count_all(dist_view(d@));
        lemma_count_update(dist_view(d@), s as int, 0);
        assert(dist_view(d@).update(s as int, 0) =~= dist_view(d@.update(s as int, 0)));
    }
    d.set(s, 0);
    d
}

// Dequeue queue[head] and scan its edges, enqueueing every vertex seen for the first time.
fn expand(n: usize, adj: &Vec<Vec<usize>>, s: usize, d: &mut Vec<i64>, queue: &mut Vec<usize>, head: usize)
    requires
        old(d).len() == n,
        inv(n as int, adj_view(adj@), s as int, dist_view(old(d)@), queue_view(old(queue)@), head as int),
        head < old(queue).len(),
    ensures
        d.len() == n,
        inv(n as int, adj_view(adj@), s as int, dist_view(d@), queue_view(queue@), head as int + 1),
        old(queue).len() <= queue.len() <= n,
{
    let ghost g = adj_view(adj@);
    let u = queue[head];
    proof {
        lemma_inner_start(n as int, g, s as int, dist_view(d@), queue_view(queue@), head as int);
        assert(g[u as int] =~= adj[u as int]@.map_values(|x: usize| x as int));
    }
    let ghost q0len = queue.len();
    let mut i: usize = 0;
    while i < adj[u].len()
        invariant
            d.len() == n,
            q0len <= queue.len(),
            0 <= u < n,
            g == adj_view(adj@),
            g[u as int] == adj[u as int]@.map_values(|x: usize| x as int),
            inner(n as int, g, s as int, dist_view(d@), queue_view(queue@), head as int + 1, u as int, i as int),
        decreases adj[u as int].len() - i,
    {
        let v = adj[u][i];
        proof {
            assert(g[u as int][i as int] == v as int);
        }
        if d[v] == -1 {
            let du = d[u];
            proof {
                lemma_inner_new(n as int, g, s as int, dist_view(d@), queue_view(queue@), head as int + 1, u as int,
                    i as int, v as int, dist_view(d@).update(v as int, du as int + 1), queue_view(queue@).push(v as int));
                assert(du as int <= head as int);
            }
            let ghost d_before = dist_view(d@);
            let ghost q_before = queue_view(queue@);
            d.set(v, du + 1);
            queue.push(v);
            proof {
                assert(dist_view(d@) =~= d_before.update(v as int, du as int + 1));
                assert(queue_view(queue@) =~= q_before.push(v as int));
            }
        } else {
            proof {
                lemma_inner_seen(n as int, g, s as int, dist_view(d@), queue_view(queue@), head as int + 1, u as int, i as int);
            }
        }
        i = i + 1;
    }
    proof {
        lemma_inner_end(n as int, g, s as int, dist_view(d@), queue_view(queue@), head as int + 1, u as int);
    }
}

// Breadth-first search from s: a FIFO queue of reached vertices; a vertex seen for the first time
// is labelled one more than the vertex it was seen from.
fn bfs_from(n: usize, adj: &Vec<Vec<usize>>, s: usize) -> (dist: Vec<i64>)
    requires
        pre_bfs(n as int, adj_view(adj@), s as int),
    ensures
        post_bfs(n as int, adj_view(adj@), s as int, dist_view(dist@)),
{
    let mut d = init_dist(n, s);
    let mut queue: Vec<usize> = Vec::new();
    queue.push(s);
    let mut head: usize = 0;
    proof {
        assert(queue_view(queue@) =~= seq![s as int]);
        lemma_start(n as int, adj_view(adj@), s as int, dist_view(d@));
    }
    while head < queue.len()
        invariant
            d.len() == n,
            queue.len() <= n,
            inv(n as int, adj_view(adj@), s as int, dist_view(d@), queue_view(queue@), head as int),
        decreases n - queue.len(), queue.len() - head,
    {
        expand(n, adj, s, &mut d, &mut queue, head);
        head = head + 1;
    }
    proof {
        lemma_finish(n as int, adj_view(adj@), s as int, dist_view(d@), queue_view(queue@));
    }
    d
}

// The reachability row of a hop row.
fn row_of(n: usize, d: &Vec<i64>) -> (row: Vec<bool>)
    requires
        d.len() == n,
    ensures
        row.len() == n,
        forall|v: int| 0 <= v < n ==> (#[trigger] row@[v] <==> d@[v] != -1),
{
    let mut row: Vec<bool> = Vec::new();
    let mut v: usize = 0;
    while v < n
        invariant
            v <= n,
            d.len() == n,
            row.len() == v,
            forall|w: int| 0 <= w < v ==> (#[trigger] row@[w] <==> d@[w] != -1),
        decreases n - v,
    {
        row.push(d[v] != -1);
        v = v + 1;
    }
    row
}
// </vc:helpers>

// Transitive closure by a breadth-first search from every vertex.
fn transitive_closure(n: usize, adj: &Vec<Vec<usize>>) -> (res: (Vec<Vec<bool>>, Vec<Vec<i64>>))
    requires
        pre_transitive_closure(n as int, adj_view(adj@)),
    ensures
        post_transitive_closure(n as int, adj_view(adj@), bool_mat(res.0@), int_mat(res.1@)),
{
    // <vc:code>
    let mut reach: Vec<Vec<bool>> = Vec::new();
    let mut hops: Vec<Vec<i64>> = Vec::new();
    let mut u: usize = 0;
    while u < n
        invariant
            u <= n,
            pre_transitive_closure(n as int, adj_view(adj@)),
            reach.len() == u,
            hops.len() == u,
            forall|w: int| 0 <= w < u ==>
                (#[trigger] bool_mat(reach@)[w]).len() == n && hop_labels(n as int, adj_view(adj@), w, int_mat(hops@)[w])
                && forall|v: int| 0 <= v < n ==> (bool_mat(reach@)[w][v] <==> #[trigger] int_mat(hops@)[w][v] != -1),
        decreases n - u,
    {
        let d = bfs_from(n, adj, u);
        let row = row_of(n, &d);
        let ghost r0 = bool_mat(reach@);
        let ghost h0 = int_mat(hops@);
        proof {
            assert(dist_view(d@) =~= d@.map_values(|x: i64| x as int));
        }
        reach.push(row);
        hops.push(d);
        proof {
            assert(bool_mat(reach@) =~= r0.push(row@));
            assert(int_mat(hops@) =~= h0.push(dist_view(d@)));
        }
        u = u + 1;
    }
    (reach, hops)
    // </vc:code>
}

fn main() {}

} // verus!
