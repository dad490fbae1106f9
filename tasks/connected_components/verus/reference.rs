use vstd::prelude::*;

verus! {

// An undirected graph on the vertices 0 .. n-1 as symmetric adjacency lists: v is in adj[u]
// exactly when u is in adj[v] (repetitions and self-loops allowed).
pub open spec fn valid_graph(n: int, adj: Seq<Seq<int>>) -> bool {
    &&& 1 <= n <= 100
    &&& adj.len() == n
    &&& forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> 0 <= #[trigger] adj[u][i] < n
}

pub open spec fn symmetric(n: int, adj: Seq<Seq<int>>) -> bool {
    forall|u: int, i: int| 0 <= u < n && 0 <= i < adj[u].len() ==> adj[#[trigger] adj[u][i]].contains(u)
}

pub open spec fn pre_connected_components(n: int, adj: Seq<Seq<int>>) -> bool {
    valid_graph(n, adj) && symmetric(n, adj)
}

// comp[u] == comp[v] exactly when u and v are connected. order and from are the certificate:
// order lists all n vertices once each, in the order the search reaches them, and from[i] names
// the earlier position order[i] was reached from (-1 for the first vertex of a component):
//  - every edge joins two vertices with the same label (so connected vertices share a label);
//  - every vertex is either its own label (from[i] == -1: a root) or has an edge from the vertex
//    at the earlier position from[i], which has the same label; by induction on the position,
//    every vertex is connected to the vertex its label names, so vertices that share a label are
//    connected through that vertex.
pub open spec fn post_connected_components(n: int, adj: Seq<Seq<int>>, comp: Seq<int>, order: Seq<int>, from: Seq<int>) -> bool {
    &&& pre_connected_components(n, adj)
    &&& comp.len() == n
    &&& order.len() == n
    &&& from.len() == n
    &&& forall|v: int| 0 <= v < n ==> 0 <= #[trigger] comp[v] < n
    &&& forall|i: int| 0 <= i < n ==> 0 <= #[trigger] order[i] < n
    &&& forall|i: int, j: int| 0 <= i < j < n ==> #[trigger] order[i] != #[trigger] order[j]
    &&& forall|u: int, k: int| 0 <= u < n && 0 <= k < adj[u].len() ==> comp[#[trigger] adj[u][k]] == comp[u]
    &&& forall|i: int| 0 <= i < n ==>
        (#[trigger] from[i] == -1 && comp[order[i]] == order[i])
        || (0 <= from[i] < i && adj[order[from[i]]].contains(order[i]) && comp[order[from[i]]] == comp[order[i]])
}

// The graph and the results as the contract sees them.
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
// The number of entries equal to -1 (vertices not labelled yet).
pub open spec fn count_unl(c: Seq<int>) -> nat
    decreases c.len(),
{
    if c.len() == 0 {
        0
    } else {
        count_unl(c.drop_last()) + (if c.last() == -1 { 1nat } else { 0nat })
    }
}

proof fn lemma_count_unl_update(c: Seq<int>, v: int, x: int)
    requires
        0 <= v < c.len(),
        c[v] == -1,
        x != -1,
    ensures
        count_unl(c.update(v, x)) + 1 == count_unl(c),
    decreases c.len(),
{
    let e = c.update(v, x);
    if v < c.len() - 1 {
        assert(e.drop_last() =~= c.drop_last().update(v, x));
        lemma_count_unl_update(c.drop_last(), v, x);
    } else {
        assert(e.drop_last() =~= c.drop_last());
    }
}

proof fn lemma_count_unl_all(c: Seq<int>)
    requires
        forall|v: int| 0 <= v < c.len() ==> #[trigger] c[v] == -1,
    ensures
        count_unl(c) == c.len(),
    decreases c.len(),
{
    if c.len() > 0 {
        lemma_count_unl_all(c.drop_last());
    }
}

proof fn lemma_count_unl_none(c: Seq<int>)
    requires
        forall|v: int| 0 <= v < c.len() ==> #[trigger] c[v] != -1,
    ensures
        count_unl(c) == 0,
    decreases c.len(),
{
    if c.len() > 0 {
        lemma_count_unl_none(c.drop_last());
    }
}

// The labelled vertices are listed once each, each a root (from == -1, its own label) or reached
// from an earlier position with its label; the stack holds positions of vertices labelled root;
// count_unl counts the unlabelled ones.
pub open spec fn common(n: int, adj: Seq<Seq<int>>, c: Seq<int>, order: Seq<int>, from: Seq<int>, stack: Seq<int>, root: int) -> bool {
    &&& pre_connected_components(n, adj)
    &&& c.len() == n
    &&& from.len() == order.len()
    &&& forall|i: int| 0 <= i < order.len() ==> 0 <= #[trigger] order[i] < n
    &&& forall|i: int, j: int| 0 <= i < j < order.len() ==> #[trigger] order[i] != #[trigger] order[j]
    &&& forall|v: int| 0 <= v < n ==> (#[trigger] c[v] != -1 <==> order.contains(v))
    &&& forall|v: int| 0 <= v < n ==> -1 <= #[trigger] c[v] < n
    &&& forall|i: int| 0 <= i < order.len() ==>
        (#[trigger] from[i] == -1 && c[order[i]] == order[i])
        || (0 <= from[i] < i && adj[order[from[i]]].contains(order[i]) && c[order[from[i]]] == c[order[i]])
    &&& forall|t: int| 0 <= t < stack.len() ==> 0 <= #[trigger] stack[t] < order.len() && c[order[stack[t]]] == root
    &&& order.len() + count_unl(c) == n
}

// Every listed position that is not on the stack (and is not p, whose edges are being scanned)
// has only neighbours with its own label.
pub open spec fn done(adj: Seq<Seq<int>>, c: Seq<int>, order: Seq<int>, stack: Seq<int>, p: int) -> bool {
    forall|i: int, k: int| 0 <= i < order.len() && !stack.contains(i) && i != p && 0 <= k < adj[order[i]].len() ==>
        c[#[trigger] adj[order[i]][k]] == c[order[i]]
}

pub open spec fn inv(n: int, adj: Seq<Seq<int>>, c: Seq<int>, order: Seq<int>, from: Seq<int>, stack: Seq<int>, root: int) -> bool {
    common(n, adj, c, order, from, stack, root) && done(adj, c, order, stack, -1)
}

// While the edges of the vertex at the popped position p are scanned: the first i of them lead
// to vertices labelled root.
pub open spec fn inner(n: int, adj: Seq<Seq<int>>, c: Seq<int>, order: Seq<int>, from: Seq<int>, stack: Seq<int>,
                       root: int, p: int, i: int) -> bool {
    &&& common(n, adj, c, order, from, stack, root)
    &&& 0 <= p < order.len()
    &&& c[order[p]] == root
    &&& root != -1
    &&& 0 <= i <= adj[order[p]].len()
    &&& done(adj, c, order, stack, p)
    &&& forall|k: int| 0 <= k < i ==> c[#[trigger] adj[order[p]][k]] == root
}

proof fn lemma_inner_start(n: int, adj: Seq<Seq<int>>, c: Seq<int>, order: Seq<int>, from: Seq<int>, stack: Seq<int>, root: int)
    requires
        inv(n, adj, c, order, from, stack, root),
        stack.len() > 0,
        root != -1,
    ensures
        inner(n, adj, c, order, from, stack.drop_last(), root, stack.last(), 0),
{
    let st = stack.drop_last();
    let p = stack.last();
    assert forall|i: int, k: int| 0 <= i < order.len() && !st.contains(i) && i != p && 0 <= k < adj[order[i]].len() implies
        c[#[trigger] adj[order[i]][k]] == c[order[i]] by {
        if stack.contains(i) {
            let t = choose|t: int| 0 <= t < stack.len() && stack[t] == i;
            assert(t < st.len() && st[t] == i);
        }
    }
    assert forall|t: int| 0 <= t < st.len() implies 0 <= #[trigger] st[t] < order.len() && c[order[st[t]]] == root by {
        assert(st[t] == stack[t]);
    }
}

proof fn lemma_inner_seen(n: int, adj: Seq<Seq<int>>, c: Seq<int>, order: Seq<int>, from: Seq<int>, stack: Seq<int>,
                          root: int, p: int, i: int)
    requires
        inner(n, adj, c, order, from, stack, root, p, i),
        i < adj[order[p]].len(),
        c[adj[order[p]][i]] != -1,
    ensures
        inner(n, adj, c, order, from, stack, root, p, i + 1),
{
    let u = order[p];
    let v = adj[u][i];
    assert(0 <= v < n);
    if c[v] != root {
        assert(order.contains(v));
        let j = choose|j: int| 0 <= j < order.len() && order[j] == v;
        if stack.contains(j) {
            let t = choose|t: int| 0 <= t < stack.len() && stack[t] == j;
            assert(c[order[stack[t]]] == root);
        }
        assert(j != p);
        assert(adj[v].contains(u));
        let k = choose|k: int| 0 <= k < adj[v].len() && adj[v][k] == u;
        assert(c[adj[order[j]][k]] == c[order[j]]);
    }
}

proof fn lemma_common_extend(n: int, adj: Seq<Seq<int>>, c: Seq<int>, order: Seq<int>, from: Seq<int>, stack: Seq<int>,
                             root: int, p: int, v: int, c2: Seq<int>, order2: Seq<int>, from2: Seq<int>, stack2: Seq<int>)
    requires
        common(n, adj, c, order, from, stack, root),
        0 <= p < order.len(),
        c[order[p]] == root,
        root != -1,
        0 <= v < n,
        c[v] == -1,
        adj[order[p]].contains(v),
        c2 == c.update(v, root),
        order2 == order.push(v),
        from2 == from.push(p),
        stack2 == stack.push(order.len() as int),
    ensures
        common(n, adj, c2, order2, from2, stack2, root),
{
    lemma_count_unl_update(c, v, root);
    assert(!order.contains(v));
    assert forall|a: int, b: int| 0 <= a < b < order2.len() implies #[trigger] order2[a] != #[trigger] order2[b] by {
        assert(order2[a] == order[a]);
        if b < order.len() {
            assert(order2[b] == order[b]);
        } else {
            assert(order.contains(order[a]));
        }
    }
    assert forall|w: int| 0 <= w < n implies (#[trigger] c2[w] != -1 <==> order2.contains(w)) by {
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
    assert forall|t: int| 0 <= t < order2.len() implies
        (#[trigger] from2[t] == -1 && c2[order2[t]] == order2[t])
        || (0 <= from2[t] < t && adj[order2[from2[t]]].contains(order2[t]) && c2[order2[from2[t]]] == c2[order2[t]]) by {
        if t < order.len() {
            assert(from2[t] == from[t] && order2[t] == order[t] && c2[order[t]] == c[order[t]]);
            if from[t] != -1 {
                assert(order2[from[t]] == order[from[t]] && c2[order[from[t]]] == c[order[from[t]]]);
            }
        } else {
            assert(from2[t] == p && order2[t] == v && order2[p] == order[p] && c2[order[p]] == root);
        }
    }
    assert forall|t: int| 0 <= t < stack2.len() implies 0 <= #[trigger] stack2[t] < order2.len() && c2[order2[stack2[t]]] == root by {
        if t < stack.len() {
            assert(stack2[t] == stack[t] && order2[stack[t]] == order[stack[t]]);
        }
    }
}

proof fn lemma_inner_new(n: int, adj: Seq<Seq<int>>, c: Seq<int>, order: Seq<int>, from: Seq<int>, stack: Seq<int>,
                         root: int, p: int, i: int, v: int, c2: Seq<int>, order2: Seq<int>, from2: Seq<int>,
                         stack2: Seq<int>)
    requires
        inner(n, adj, c, order, from, stack, root, p, i),
        i < adj[order[p]].len(),
        v == adj[order[p]][i],
        c[v] == -1,
        c2 == c.update(v, root),
        order2 == order.push(v),
        from2 == from.push(p),
        stack2 == stack.push(order.len() as int),
    ensures
        inner(n, adj, c2, order2, from2, stack2, root, p, i + 1),
{
    assert(0 <= v < n);
    assert(adj[order[p]].contains(v));
    lemma_common_extend(n, adj, c, order, from, stack, root, p, v, c2, order2, from2, stack2);
    assert(order2[p] == order[p]);
    assert forall|j: int, k: int| 0 <= j < order2.len() && !stack2.contains(j) && j != p && 0 <= k < adj[order2[j]].len() implies
        c2[#[trigger] adj[order2[j]][k]] == c2[order2[j]] by {
        assert(stack2[stack.len() as int] == order.len());
        assert(j != order.len());
        assert(order2[j] == order[j]);
        if stack.contains(j) {
            let t = choose|t: int| 0 <= t < stack.len() && stack[t] == j;
            assert(stack2[t] == j);
        }
        assert(order.contains(order[j]));
        assert(c[adj[order[j]][k]] == c[order[j]]);
    }
}

// A fresh root r starts a new component.
proof fn lemma_new_root(n: int, adj: Seq<Seq<int>>, c: Seq<int>, order: Seq<int>, from: Seq<int>, r: int,
                        c2: Seq<int>, order2: Seq<int>, from2: Seq<int>)
    requires
        inv(n, adj, c, order, from, Seq::<int>::empty(), -1),
        0 <= r < n,
        c[r] == -1,
        c2 == c.update(r, r),
        order2 == order.push(r),
        from2 == from.push(-1),
    ensures
        inv(n, adj, c2, order2, from2, seq![order.len() as int], r),
{
    lemma_count_unl_update(c, r, r);
    assert(!order.contains(r));
    assert forall|a: int, b: int| 0 <= a < b < order2.len() implies #[trigger] order2[a] != #[trigger] order2[b] by {
        assert(order2[a] == order[a]);
        if b < order.len() {
            assert(order2[b] == order[b]);
        } else {
            assert(order.contains(order[a]));
        }
    }
    assert forall|w: int| 0 <= w < n implies (#[trigger] c2[w] != -1 <==> order2.contains(w)) by {
        if w != r {
            if order2.contains(w) {
                let t = choose|t: int| 0 <= t < order2.len() && order2[t] == w;
                assert(t < order.len() && order[t] == w);
            }
            if order.contains(w) {
                let t = choose|t: int| 0 <= t < order.len() && order[t] == w;
                assert(order2[t] == w);
            }
        } else {
            assert(order2[order.len() as int] == r);
        }
    }
    assert forall|t: int| 0 <= t < order2.len() implies 0 <= #[trigger] order2[t] < n by {
        if t < order.len() {
            assert(order2[t] == order[t]);
        }
    }
    assert forall|t: int| 0 <= t < order2.len() implies
        (#[trigger] from2[t] == -1 && c2[order2[t]] == order2[t])
        || (0 <= from2[t] < t && adj[order2[from2[t]]].contains(order2[t]) && c2[order2[from2[t]]] == c2[order2[t]]) by {
        if t < order.len() {
            assert(from2[t] == from[t] && order2[t] == order[t] && c2[order[t]] == c[order[t]]);
            if from[t] != -1 {
                assert(order2[from[t]] == order[from[t]] && c2[order[from[t]]] == c[order[from[t]]]);
            }
        } else {
            assert(from2[t] == -1 && order2[t] == r);
        }
    }
    let st = seq![order.len() as int];
    assert(st[0] == order.len());
    assert(common(n, adj, c2, order2, from2, st, r));
    assert forall|i: int, k: int| 0 <= i < order2.len() && !st.contains(i) && i != -1 && 0 <= k < adj[order2[i]].len() implies
        c2[#[trigger] adj[order2[i]][k]] == c2[order2[i]] by {
        assert(i != order.len());
        assert(order2[i] == order[i]);
        assert(!Seq::<int>::empty().contains(i));
        assert(order.contains(order[i]));
        assert(c[adj[order[i]][k]] == c[order[i]]);
    }
}

proof fn lemma_finish(n: int, adj: Seq<Seq<int>>, c: Seq<int>, order: Seq<int>, from: Seq<int>)
    requires
        inv(n, adj, c, order, from, Seq::<int>::empty(), -1),
        forall|w: int| 0 <= w < n ==> #[trigger] c[w] != -1,
    ensures
        post_connected_components(n, adj, c, order, from),
{
    lemma_count_unl_none(c);
    assert forall|u: int, k: int| 0 <= u < n && 0 <= k < adj[u].len() implies c[#[trigger] adj[u][k]] == c[u] by {
        assert(c[u] != -1);
        assert(order.contains(u));
        let i = choose|i: int| 0 <= i < order.len() && order[i] == u;
        assert(!Seq::<int>::empty().contains(i));
        assert(c[adj[order[i]][k]] == c[order[i]]);
    }
}

pub open spec fn label_view(c: Seq<i64>) -> Seq<int> {
    c.map_values(|x: i64| x as int)
}

fn init_labels(n: usize) -> (c: Vec<i64>)
    requires
        1 <= n <= 100,
    ensures
        c.len() == n,
        forall|v: int| 0 <= v < n ==> #[trigger] c@[v] == -1,
        count_unl(label_view(c@)) == n,
{
    let mut c: Vec<i64> = Vec::new();
    let mut k: usize = 0;
    while k < n
        invariant
            k <= n,
            c.len() == k,
            forall|v: int| 0 <= v < k ==> #[trigger] c@[v] == -1,
        decreases n - k,
    {
        c.push(-1);
        k = k + 1;
    }
    proof {
        lemma_count_unl_all(label_view(c@));
    }
    c
}

// Scan the edges of the vertex at position p: every unlabelled neighbour gets label root, is
// listed (reached from p) and its position pushed.
fn scan_edges(n: usize, adj: &Vec<Vec<usize>>, c: &mut Vec<i64>, order: &mut Vec<usize>, from: &mut Vec<i64>,
              stack: &mut Vec<usize>, root: usize, p: usize)
    requires
        old(c).len() == n,
        inner(n as int, adj_view(adj@), label_view(old(c)@), nat_view(old(order)@), int_view(old(from)@),
            nat_view(old(stack)@), root as int, p as int, 0),
    ensures
        c.len() == n,
        inv(n as int, adj_view(adj@), label_view(c@), nat_view(order@), int_view(from@), nat_view(stack@), root as int),
        order.len() >= old(order).len(),
        order.len() == old(order).len() ==> stack.len() == old(stack).len(),
        forall|w: int| 0 <= w < n && old(c)@[w] != -1 ==> #[trigger] c@[w] == old(c)@[w],
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
            c.len() == n,
            u < n,
            root < n,
            p < order.len(),
            order@[p as int] == u,
            g == adj_view(adj@),
            g[u as int] == adj[u as int]@.map_values(|x: usize| x as int),
            inner(n as int, g, label_view(c@), nat_view(order@), int_view(from@), nat_view(stack@), root as int, p as int, i as int),
            order.len() >= old(order).len(),
            order.len() == old(order).len() ==> stack.len() == old(stack).len(),
            forall|w: int| 0 <= w < n && old(c)@[w] != -1 ==> #[trigger] c@[w] == old(c)@[w],
        decreases adj[u as int].len() - i,
    {
        let v = adj[u][i];
        proof {
            assert(g[u as int][i as int] == v as int);
            assert(nat_view(order@)[p as int] == u as int);
        }
        if c[v] == -1 {
            let ghost c_before = label_view(c@);
            let ghost o_before = nat_view(order@);
            let ghost f_before = int_view(from@);
            let ghost s_before = nat_view(stack@);
            proof {
                lemma_inner_new(n as int, g, c_before, o_before, f_before, s_before, root as int, p as int,
                    i as int, v as int, c_before.update(v as int, root as int), o_before.push(v as int),
                    f_before.push(p as int), s_before.push(o_before.len() as int));
            }
            c.set(v, root as i64);
            stack.push(order.len());
            order.push(v);
            from.push(p as i64);
            proof {
                assert(label_view(c@) =~= c_before.update(v as int, root as int));
                assert(nat_view(order@) =~= o_before.push(v as int));
                assert(int_view(from@) =~= f_before.push(p as int));
                assert(nat_view(stack@) =~= s_before.push(o_before.len() as int));
            }
        } else {
            proof {
                lemma_inner_seen(n as int, g, label_view(c@), nat_view(order@), int_view(from@), nat_view(stack@),
                    root as int, p as int, i as int);
            }
        }
        i = i + 1;
    }
}

// Label the whole component of the unlabelled vertex r with r (depth-first, explicit stack).
fn explore(n: usize, adj: &Vec<Vec<usize>>, c: &mut Vec<i64>, order: &mut Vec<usize>, from: &mut Vec<i64>, r: usize)
    requires
        old(c).len() == n,
        inv(n as int, adj_view(adj@), label_view(old(c)@), nat_view(old(order)@), int_view(old(from)@), Seq::<int>::empty(), -1),
        r < n,
        old(c)@[r as int] == -1,
    ensures
        c.len() == n,
        inv(n as int, adj_view(adj@), label_view(c@), nat_view(order@), int_view(from@), Seq::<int>::empty(), -1),
        c@[r as int] != -1,
        forall|w: int| 0 <= w < n && old(c)@[w] != -1 ==> #[trigger] c@[w] != -1,
{
    let ghost c_before = label_view(c@);
    let ghost o_before = nat_view(order@);
    let ghost f_before = int_view(from@);
    proof {
        lemma_new_root(n as int, adj_view(adj@), c_before, o_before, f_before, r as int,
            c_before.update(r as int, r as int), o_before.push(r as int), f_before.push(-1));
    }
    let mut stack: Vec<usize> = Vec::new();
    stack.push(order.len());
    c.set(r, r as i64);
    order.push(r);
    from.push(-1);
    proof {
        assert(label_view(c@) =~= c_before.update(r as int, r as int));
        assert(nat_view(order@) =~= o_before.push(r as int));
        assert(int_view(from@) =~= f_before.push(-1));
        assert(nat_view(stack@) =~= seq![o_before.len() as int]);
    }
    while stack.len() > 0
        invariant
            c.len() == n,
            r < n,
            inv(n as int, adj_view(adj@), label_view(c@), nat_view(order@), int_view(from@), nat_view(stack@), r as int),
            c@[r as int] == r,
            forall|w: int| 0 <= w < n && old(c)@[w] != -1 ==> #[trigger] c@[w] != -1,
        decreases n - order.len(), stack.len(),
    {
        let ghost st0 = nat_view(stack@);
        let p = stack.pop().unwrap();
        proof {
            lemma_inner_start(n as int, adj_view(adj@), label_view(c@), nat_view(order@), int_view(from@), st0, r as int);
            assert(nat_view(stack@) =~= st0.drop_last());
        }
        scan_edges(n, adj, c, order, from, &mut stack, r, p);
    }
    proof {
        assert(nat_view(stack@) =~= Seq::<int>::empty());
    }
}
// </vc:helpers>

// Connected components: for each vertex not labelled yet, in increasing order, label everything
// reachable from it with its number by a depth-first search (the stack holds positions in the
// order of discovery).
fn connected_components(n: usize, adj: &Vec<Vec<usize>>) -> (res: (Vec<usize>, Vec<usize>, Vec<i64>))
    requires
        pre_connected_components(n as int, adj_view(adj@)),
    ensures
        post_connected_components(n as int, adj_view(adj@), nat_view(res.0@), nat_view(res.1@), int_view(res.2@)),
{
    // <vc:code>
    let mut c = init_labels(n);
    let mut order: Vec<usize> = Vec::new();
    let mut from: Vec<i64> = Vec::new();
    proof {
        assert(nat_view(order@) =~= Seq::<int>::empty());
        assert(int_view(from@) =~= Seq::<int>::empty());
    }
    let mut r: usize = 0;
    while r < n
        invariant
            r <= n,
            c.len() == n,
            inv(n as int, adj_view(adj@), label_view(c@), nat_view(order@), int_view(from@), Seq::<int>::empty(), -1),
            forall|w: int| 0 <= w < r ==> #[trigger] c@[w] != -1,
        decreases n - r,
    {
        if c[r] == -1 {
            explore(n, adj, &mut c, &mut order, &mut from, r);
        }
        r = r + 1;
    }
    proof {
        lemma_finish(n as int, adj_view(adj@), label_view(c@), nat_view(order@), int_view(from@));
    }
    // the labels are vertices now: copy them into the result type
    let mut comp: Vec<usize> = Vec::new();
    let mut k: usize = 0;
    while k < n
        invariant
            k <= n,
            c.len() == n,
            comp.len() == k,
            forall|v: int| 0 <= v < n ==> 0 <= #[trigger] c@[v] < n,
            forall|v: int| 0 <= v < k ==> #[trigger] comp@[v] as int == c@[v] as int,
        decreases n - k,
    {
        comp.push(c[k] as usize);
        k = k + 1;
    }
    proof {
        assert(nat_view(comp@) =~= label_view(c@));
    }
    (comp, order, from)
    // </vc:code>
}

fn main() {}

} // verus!
