use vstd::prelude::*;

verus! {

// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

pub open spec fn pre_dfs(n: int, adj: Seq<Seq<int>>, s: int) -> bool {
    valid_graph(n, adj) && 0 <= s < n
}

// order lists the vertices reachable from s, each once, in the order the search visits them, and
// from (the search tree, the certificate) says for every later position i which earlier position
// from[i] it was discovered from:
//  - order starts at s, and order[i] has an edge from order[from[i]], listed before it (so, by
//    induction on the position, every listed vertex is reachable from s);
//  - it is closed under edges: every edge out of a listed vertex leads to a listed vertex (so, by
//    induction along a path from s, every reachable vertex is listed).
pub open spec fn post_dfs(n: int, adj: Seq<Seq<int>>, s: int, order: Seq<int>, from: Seq<int>) -> bool {
    &&& pre_dfs(n, adj, s)
    &&& order.len() >= 1
    &&& from.len() == order.len()
    &&& order[0] == s
    &&& from[0] == -1
    &&& forall|i: int| 0 <= i < order.len() ==> 0 <= #[trigger] order[i] < n
    &&& forall|i: int, j: int| 0 <= i < j < order.len() ==> #[trigger] order[i] != #[trigger] order[j]
    &&& forall|i: int| 1 <= i < order.len() ==>
        0 <= #[trigger] from[i] < i && adj[order[from[i]]].contains(order[i])
    &&& forall|i: int, k: int| 0 <= i < order.len() && 0 <= k < adj[order[i]].len() ==>
        order.contains(#[trigger] adj[order[i]][k])
}

// The graph and the result as the contract sees them.
pub open spec fn adj_view(adj: Seq<Vec<usize>>) -> Seq<Seq<int>> {
    adj.map_values(|r: Vec<usize>| r@.map_values(|x: usize| x as int))
}

pub open spec fn nat_view(v: Seq<usize>) -> Seq<int> {
    v.map_values(|x: usize| x as int)
}

pub open spec fn int_view(v: Seq<i64>) -> Seq<int> {
    v.map_values(|x: i64| x as int)
}

// <vc:helpers>
// The number of entries equal to false (vertices not visited yet).
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

// The visited vertices are listed in order, once each, each (after the first) discovered from an
// earlier position, and count_false counts the others; the stack holds positions in order.
pub open spec fn common(n: int, adj: Seq<Seq<int>>, s: int, vis: Seq<bool>, order: Seq<int>, from: Seq<int>, stack: Seq<int>) -> bool {
    &&& pre_dfs(n, adj, s)
    &&& vis.len() == n
    &&& order.len() >= 1
    &&& from.len() == order.len()
    &&& order[0] == s
    &&& from[0] == -1
    &&& forall|i: int| 0 <= i < order.len() ==> 0 <= #[trigger] order[i] < n
    &&& forall|i: int, j: int| 0 <= i < j < order.len() ==> #[trigger] order[i] != #[trigger] order[j]
    &&& forall|v: int| 0 <= v < n ==> (#[trigger] vis[v] <==> order.contains(v))
    &&& forall|i: int| 1 <= i < order.len() ==> 0 <= #[trigger] from[i] < i && adj[order[from[i]]].contains(order[i])
    &&& forall|t: int| 0 <= t < stack.len() ==> 0 <= #[trigger] stack[t] < order.len()
    &&& order.len() + count_false(vis) == n
}

// Every listed position that is not on the stack (and is not p, whose edges are being scanned)
// has all its edges leading to visited vertices.
pub open spec fn done(adj: Seq<Seq<int>>, vis: Seq<bool>, order: Seq<int>, stack: Seq<int>, p: int) -> bool {
    forall|i: int, k: int| 0 <= i < order.len() && !stack.contains(i) && i != p && 0 <= k < adj[order[i]].len() ==>
        vis[#[trigger] adj[order[i]][k]]
}

pub open spec fn inv(n: int, adj: Seq<Seq<int>>, s: int, vis: Seq<bool>, order: Seq<int>, from: Seq<int>, stack: Seq<int>) -> bool {
    common(n, adj, s, vis, order, from, stack) && done(adj, vis, order, stack, -1)
}

// While the edges of the vertex at the popped position p are scanned: the first i of them lead to
// visited vertices.
pub open spec fn inner(n: int, adj: Seq<Seq<int>>, s: int, vis: Seq<bool>, order: Seq<int>, from: Seq<int>,
                       stack: Seq<int>, p: int, i: int) -> bool {
    &&& common(n, adj, s, vis, order, from, stack)
    &&& 0 <= p < order.len()
    &&& 0 <= i <= adj[order[p]].len()
    &&& done(adj, vis, order, stack, p)
    &&& forall|k: int| 0 <= k < i ==> vis[#[trigger] adj[order[p]][k]]
}

proof fn lemma_inner_start(n: int, adj: Seq<Seq<int>>, s: int, vis: Seq<bool>, order: Seq<int>, from: Seq<int>, stack: Seq<int>)
    requires
        inv(n, adj, s, vis, order, from, stack),
        stack.len() > 0,
    ensures
        inner(n, adj, s, vis, order, from, stack.drop_last(), stack.last(), 0),
{
    let st = stack.drop_last();
    let p = stack.last();
    assert forall|i: int, k: int| 0 <= i < order.len() && !st.contains(i) && i != p && 0 <= k < adj[order[i]].len() implies
        vis[#[trigger] adj[order[i]][k]] by {
        if stack.contains(i) {
            let t = choose|t: int| 0 <= t < stack.len() && stack[t] == i;
            assert(t < st.len() && st[t] == i);
        }
    }
    assert forall|t: int| 0 <= t < st.len() implies 0 <= #[trigger] st[t] < order.len() by {
        assert(st[t] == stack[t]);
    }
}

proof fn lemma_common_extend(n: int, adj: Seq<Seq<int>>, s: int, vis: Seq<bool>, order: Seq<int>, from: Seq<int>,
                             stack: Seq<int>, p: int, v: int, vis2: Seq<bool>, order2: Seq<int>, from2: Seq<int>,
                             stack2: Seq<int>)
    requires
        common(n, adj, s, vis, order, from, stack),
        0 <= p < order.len(),
        0 <= v < n,
        !vis[v],
        adj[order[p]].contains(v),
        vis2 == vis.update(v, true),
        order2 == order.push(v),
        from2 == from.push(p),
        stack2 == stack.push(order.len() as int),
    ensures
        common(n, adj, s, vis2, order2, from2, stack2),
{
    lemma_count_false_update(vis, v);
    assert(!order.contains(v));
    assert forall|a: int, b: int| 0 <= a < b < order2.len() implies #[trigger] order2[a] != #[trigger] order2[b] by {
        assert(order2[a] == order[a]);
        if b < order.len() {
            assert(order2[b] == order[b]);
        } else {
            assert(order.contains(order[a]));
        }
    }
    assert forall|w: int| 0 <= w < n implies (#[trigger] vis2[w] <==> order2.contains(w)) by {
        if w != v {
            if order2.contains(w) {
                let t = choose|t: int| 0 <= t < order2.len() && order2[t] == w;
                assert(t < order.len() && order[t] == w);
            }
            if order.contains(w) {
                let t = choose|t: int| 0 <= t < order.len() && order[t] == w;
                assert(order2[t] == w);
            }
        } else {
            assert(order2[order.len() as int] == v);
        }
    }
    assert forall|t: int| 0 <= t < order2.len() implies 0 <= #[trigger] order2[t] < n by {
        if t < order.len() {
            assert(order2[t] == order[t]);
        }
    }
    assert forall|t: int| 1 <= t < order2.len() implies
        0 <= #[trigger] from2[t] < t && adj[order2[from2[t]]].contains(order2[t]) by {
        if t < order.len() {
            assert(from2[t] == from[t] && order2[t] == order[t] && order2[from[t]] == order[from[t]]);
        } else {
            assert(from2[t] == p && order2[t] == v && order2[p] == order[p]);
        }
    }
    assert forall|t: int| 0 <= t < stack2.len() implies 0 <= #[trigger] stack2[t] < order2.len() by {
        if t < stack.len() {
            assert(stack2[t] == stack[t]);
        }
    }
}

proof fn lemma_inner_new(n: int, adj: Seq<Seq<int>>, s: int, vis: Seq<bool>, order: Seq<int>, from: Seq<int>,
                         stack: Seq<int>, p: int, i: int, v: int, vis2: Seq<bool>, order2: Seq<int>,
                         from2: Seq<int>, stack2: Seq<int>)
    requires
        inner(n, adj, s, vis, order, from, stack, p, i),
        i < adj[order[p]].len(),
        v == adj[order[p]][i],
        !vis[v],
        vis2 == vis.update(v, true),
        order2 == order.push(v),
        from2 == from.push(p),
        stack2 == stack.push(order.len() as int),
    ensures
        inner(n, adj, s, vis2, order2, from2, stack2, p, i + 1),
{
    assert(0 <= v < n);
    assert(adj[order[p]].contains(v));
    lemma_common_extend(n, adj, s, vis, order, from, stack, p, v, vis2, order2, from2, stack2);
    assert(order2[p] == order[p]);
    assert forall|j: int, k: int| 0 <= j < order2.len() && !stack2.contains(j) && j != p && 0 <= k < adj[order2[j]].len() implies
        vis2[#[trigger] adj[order2[j]][k]] by {
        assert(stack2[stack.len() as int] == order.len());
        assert(j != order.len());
        assert(order2[j] == order[j]);
        if stack.contains(j) {
            let t = choose|t: int| 0 <= t < stack.len() && stack[t] == j;
            assert(stack2[t] == j);
        }
        assert(vis[adj[order[j]][k]]);
    }
}

proof fn lemma_finish(n: int, adj: Seq<Seq<int>>, s: int, vis: Seq<bool>, order: Seq<int>, from: Seq<int>)
    requires
        inv(n, adj, s, vis, order, from, Seq::<int>::empty()),
    ensures
        post_dfs(n, adj, s, order, from),
{
    assert forall|i: int, k: int| 0 <= i < order.len() && 0 <= k < adj[order[i]].len() implies
        order.contains(#[trigger] adj[order[i]][k]) by {
        assert(!Seq::<int>::empty().contains(i));
        assert(vis[adj[order[i]][k]]);
    }
}

fn init_visited(n: usize, s: usize) -> (vis: Vec<bool>)
    requires
        1 <= n <= 100,
        s < n,
    ensures
        vis.len() == n,
        vis@[s as int],
        forall|v: int| 0 <= v < n && v != s ==> !(#[trigger] vis@[v]),
        count_false(vis@) == n - 1,
{
    let mut vis: Vec<bool> = Vec::new();
    let mut k: usize = 0;
    while k < n
        invariant
            k <= n,
            vis.len() == k,
            forall|v: int| 0 <= v < k ==> !(#[trigger] vis@[v]),
        decreases n - k,
    {
        vis.push(false);
        k = k + 1;
    }
    proof {
        lemma_count_all_false(vis@);
        lemma_count_false_update(vis@, s as int);
    }
    vis.set(s, true);
    vis
}

// Scan the edges of the vertex at position p: every vertex seen for the first time is marked,
// listed (discovered from p) and its position pushed.
fn scan_edges(n: usize, adj: &Vec<Vec<usize>>, s: usize, vis: &mut Vec<bool>, order: &mut Vec<usize>,
              from: &mut Vec<i64>, stack: &mut Vec<usize>, p: usize)
    requires
        old(vis).len() == n,
        inner(n as int, adj_view(adj@), s as int, old(vis)@, nat_view(old(order)@), int_view(old(from)@),
            nat_view(old(stack)@), p as int, 0),
    ensures
        vis.len() == n,
        inv(n as int, adj_view(adj@), s as int, vis@, nat_view(order@), int_view(from@), nat_view(stack@)),
        order.len() >= old(order).len(),
        order.len() == old(order).len() ==> stack.len() == old(stack).len(),
{
    let ghost g = adj_view(adj@);
    let u = order[p];
    proof {
        assert(nat_view(order@)[p as int] == u as int);
        assert(g[u as int] =~= adj[u as int]@.map_values(|x: usize| x as int));
    }
    let mut i: usize = 0;
    while i < adj[u].len()
        invariant
            vis.len() == n,
            u < n,
            p < order.len(),
            order@[p as int] == u,
            g == adj_view(adj@),
            g[u as int] == adj[u as int]@.map_values(|x: usize| x as int),
            inner(n as int, g, s as int, vis@, nat_view(order@), int_view(from@), nat_view(stack@), p as int, i as int),
            order.len() >= old(order).len(),
            order.len() == old(order).len() ==> stack.len() == old(stack).len(),
        decreases adj[u as int].len() - i,
    {
        let v = adj[u][i];
        proof {
            assert(g[u as int][i as int] == v as int);
            assert(nat_view(order@)[p as int] == u as int);
        }
        if !vis[v] {
            let ghost o_before = nat_view(order@);
            let ghost f_before = int_view(from@);
            let ghost s_before = nat_view(stack@);
            proof {
                lemma_inner_new(n as int, g, s as int, vis@, o_before, f_before, s_before, p as int, i as int,
                    v as int, vis@.update(v as int, true), o_before.push(v as int), f_before.push(p as int),
                    s_before.push(o_before.len() as int));
            }
            vis.set(v, true);
            stack.push(order.len());
            order.push(v);
            from.push(p as i64);
            proof {
                assert(nat_view(order@) =~= o_before.push(v as int));
                assert(int_view(from@) =~= f_before.push(p as int));
                assert(nat_view(stack@) =~= s_before.push(o_before.len() as int));
            }
        }
        i = i + 1;
    }
}
// </vc:helpers>

// Depth-first search from s with an explicit stack: pop a vertex, scan its edges, and mark, list
// and push every vertex seen for the first time (the stack holds positions in the visit order).
fn dfs(n: usize, adj: &Vec<Vec<usize>>, s: usize) -> (res: (Vec<usize>, Vec<i64>))
    requires
        pre_dfs(n as int, adj_view(adj@), s as int),
    ensures
        post_dfs(n as int, adj_view(adj@), s as int, nat_view(res.0@), int_view(res.1@)),
{
    // <vc:code>
    let mut vis = init_visited(n, s);
    let mut order: Vec<usize> = Vec::new();
    order.push(s);
    let mut from: Vec<i64> = Vec::new();
    from.push(-1);
    let mut stack: Vec<usize> = Vec::new();
    stack.push(0);
    proof {
        assert(nat_view(order@) =~= seq![s as int]);
        assert(int_view(from@) =~= seq![-1int]);
        assert(nat_view(stack@) =~= seq![0int]);
        assert forall|v: int| 0 <= v < n implies (#[trigger] vis@[v] <==> nat_view(order@).contains(v)) by {
            if v == s as int {
                assert(nat_view(order@)[0] == v);
            }
        }
    }
    while stack.len() > 0
        invariant
            vis.len() == n,
            inv(n as int, adj_view(adj@), s as int, vis@, nat_view(order@), int_view(from@), nat_view(stack@)),
        decreases n - order.len(), stack.len(),
    {
        let ghost st0 = nat_view(stack@);
        let p = stack.pop().unwrap();
        proof {
            lemma_inner_start(n as int, adj_view(adj@), s as int, vis@, nat_view(order@), int_view(from@), st0);
            assert(nat_view(stack@) =~= st0.drop_last());
            assert(p as int == st0.last());
        }
        scan_edges(n, adj, s, &mut vis, &mut order, &mut from, &mut stack, p);
    }
    proof {
        assert(nat_view(stack@) =~= Seq::<int>::empty());
        lemma_finish(n as int, adj_view(adj@), s as int, vis@, nat_view(order@), int_view(from@));
    }
    (order, from)
    // </vc:code>
}

fn main() {}

} // verus!
