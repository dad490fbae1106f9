// An undirected graph on the vertices 0 .. n-1 as symmetric adjacency lists: v is in adj[u]
// exactly when u is in adj[v] (repetitions and self-loops allowed).
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

predicate symmetric(n: int, adj: seq<seq<int>>)
  requires valid_graph(n, adj)
{
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> u in adj[adj[u][i]]
}

predicate pre_connected_components(n: int, adj: seq<seq<int>>)
{
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
predicate post_connected_components(n: int, adj: seq<seq<int>>, comp: seq<int>, order: seq<int>, from: seq<int>)
{
  pre_connected_components(n, adj) && |comp| == n && |order| == n && |from| == n &&
  (forall v :: 0 <= v < n ==> 0 <= comp[v] < n) &&
  (forall i :: 0 <= i < n ==> 0 <= order[i] < n) &&
  (forall i, j :: 0 <= i < j < n ==> order[i] != order[j]) &&
  (forall u, k :: 0 <= u < n && 0 <= k < |adj[u]| ==> comp[adj[u][k]] == comp[u]) &&
  (forall i :: 0 <= i < n ==>
     (from[i] == -1 && comp[order[i]] == order[i]) ||
     (0 <= from[i] < i && order[i] in adj[order[from[i]]] && comp[order[from[i]]] == comp[order[i]]))
}

// A path from u to v: a vertex sequence starting at u, ending at v, following edges (a single
// vertex is the path of 0 edges).
predicate is_path(adj: seq<seq<int>>, p: seq<int>, u: int, v: int)
{
  |p| >= 1 && p[0] == u && p[|p| - 1] == v &&
  (forall i :: 0 <= i < |p| ==> 0 <= p[i] < |adj|) &&
  (forall i :: 0 <= i < |p| - 1 ==> p[i + 1] in adj[p[i]])
}

// What post_connected_components means, proved: two vertices have the same label exactly when a
// path joins them.
lemma post_connected_components_means_connectivity(n: int, adj: seq<seq<int>>, comp: seq<int>,
                                                  order: seq<int>, from: seq<int>, u: int, v: int, p: seq<int>)
  requires post_connected_components(n, adj, comp, order, from) && 0 <= u < n && 0 <= v < n
  ensures comp[u] == comp[v] ==> exists q :: is_path(adj, q, u, v)
  ensures is_path(adj, p, u, v) ==> comp[u] == comp[v]
{
  if comp[u] == comp[v] {
    EveryVertexListed(n, order, u);
    EveryVertexListed(n, order, v);
    var iu :| 0 <= iu < n && order[iu] == u;
    var iv :| 0 <= iv < n && order[iv] == v;
    var qu := ToRoot(n, adj, comp, order, from, iu);
    var qv := ToRoot(n, adj, comp, order, from, iv);
    var back := Reverse(n, adj, qu, comp[u], u);
    var q := Concat(adj, back, qv, u, comp[v], v);
  }
  if is_path(adj, p, u, v) { SameCompAlong(n, adj, comp, order, from, u, v, p); }
}

// A path from order[i] to the root its comp names.
lemma ToRoot(n: int, adj: seq<seq<int>>, comp: seq<int>, order: seq<int>, from: seq<int>, i: int) returns (q: seq<int>)
  requires post_connected_components(n, adj, comp, order, from) && 0 <= i < n
  ensures is_path(adj, q, comp[order[i]], order[i])
  decreases i
{
  if from[i] == -1 {
    q := [order[i]];
  } else {
    var j := from[i];
    var q0 := ToRoot(n, adj, comp, order, from, j);
    q := q0 + [order[i]];
    ExtendPath(adj, q0, comp[order[j]], order[j], order[i]);
  }
}

lemma ExtendPath(adj: seq<seq<int>>, q: seq<int>, s: int, u: int, v: int)
  requires is_path(adj, q, s, u) && 0 <= v < |adj| && v in adj[u]
  ensures is_path(adj, q + [v], s, v)
{
  var r := q + [v];
  forall k | 0 <= k < |r| ensures 0 <= r[k] < |adj|
  {
    if k < |q| { assert r[k] == q[k]; }
  }
  forall k | 0 <= k < |r| - 1 ensures r[k + 1] in adj[r[k]]
  {
    if k < |q| - 1 { assert r[k] == q[k] && r[k + 1] == q[k + 1]; } else { assert r[k] == u; }
  }
}

// In a symmetric graph a path can be walked backwards.
lemma Reverse(n: int, adj: seq<seq<int>>, q: seq<int>, a: int, b: int) returns (r: seq<int>)
  requires pre_connected_components(n, adj) && is_path(adj, q, a, b)
  ensures is_path(adj, r, b, a)
  decreases |q|
{
  if |q| == 1 {
    r := q;
  } else {
    var c := q[|q| - 2];
    assert is_path(adj, q[..|q| - 1], a, c);
    var r0 := Reverse(n, adj, q[..|q| - 1], a, c);
    var k :| 0 <= k < |adj[c]| && adj[c][k] == b;
    assert c in adj[b];
    r := [b] + r0;
    forall t | 0 <= t < |r| ensures 0 <= r[t] < |adj|
    {
      if t > 0 { assert r[t] == r0[t - 1]; }
    }
    forall t | 0 <= t < |r| - 1 ensures r[t + 1] in adj[r[t]]
    {
      if t > 0 { assert r[t] == r0[t - 1] && r[t + 1] == r0[t]; }
    }
  }
}

lemma Concat(adj: seq<seq<int>>, q1: seq<int>, q2: seq<int>, a: int, b: int, c: int) returns (q: seq<int>)
  requires is_path(adj, q1, a, b) && is_path(adj, q2, b, c)
  ensures is_path(adj, q, a, c)
{
  q := q1 + q2[1..];
  forall t | 0 <= t < |q| ensures 0 <= q[t] < |adj|
  {
    if t < |q1| { assert q[t] == q1[t]; } else { assert q[t] == q2[t - |q1| + 1]; }
  }
  forall t | 0 <= t < |q| - 1 ensures q[t + 1] in adj[q[t]]
  {
    if t < |q1| - 1 {
      assert q[t] == q1[t] && q[t + 1] == q1[t + 1];
    } else if t == |q1| - 1 {
      assert q[t] == q2[0] && q[t + 1] == q2[1];
    } else {
      assert q[t] == q2[t - |q1| + 1] && q[t + 1] == q2[t - |q1| + 2];
    }
  }
}

lemma SameCompAlong(n: int, adj: seq<seq<int>>, comp: seq<int>, order: seq<int>, from: seq<int>, u: int, v: int, p: seq<int>)
  requires post_connected_components(n, adj, comp, order, from) && 0 <= u < n && 0 <= v < n && is_path(adj, p, u, v)
  ensures comp[u] == comp[v]
  decreases |p|
{
  if |p| > 1 {
    var c := p[|p| - 2];
    assert is_path(adj, p[..|p| - 1], u, c);
    SameCompAlong(n, adj, comp, order, from, u, c, p[..|p| - 1]);
    var k :| 0 <= k < |adj[c]| && adj[c][k] == v;
  }
}

// n distinct vertices among 0 .. n-1 are all of them.
lemma EveryVertexListed(n: int, order: seq<int>, v: int)
  requires |order| == n && 0 <= v < n
  requires forall i :: 0 <= i < n ==> 0 <= order[i] < n
  requires forall i, j :: 0 <= i < j < n ==> order[i] != order[j]
  ensures v in order
{
  var s := set k | 0 <= k < n :: order[k];
  var full := set k | 0 <= k < n;
  SetOfRange(n);
  InjectiveImage(n, order);
  if v !in s {
    assert s <= full - {v};
    SubsetCard(s, full - {v});
  }
  var i :| 0 <= i < n && order[i] == v;
}

lemma SetOfRange(n: int)
  requires n >= 0
  ensures |set k | 0 <= k < n| == n
  decreases n
{
  if n > 0 {
    SetOfRange(n - 1);
    assert (set k | 0 <= k < n) == (set k | 0 <= k < n - 1) + {n - 1};
  }
}

lemma InjectiveImage(n: int, order: seq<int>)
  requires 0 <= n <= |order|
  requires forall i, j :: 0 <= i < j < n ==> order[i] != order[j]
  ensures |set k | 0 <= k < n :: order[k]| == n
  decreases n
{
  if n > 0 {
    InjectiveImage(n - 1, order);
    assert (set k | 0 <= k < n :: order[k]) == (set k | 0 <= k < n - 1 :: order[k]) + {order[n - 1]};
    assert order[n - 1] !in (set k | 0 <= k < n - 1 :: order[k]);
  }
}

lemma SubsetCard(a: set<int>, b: set<int>)
  requires a <= b
  ensures |a| <= |b|
  decreases |b|
{
  if a != {} {
    var x :| x in a;
    SubsetCard(a - {x}, b - {x});
  }
}

// <vc:helpers>
// The number of entries equal to -1 (vertices not labelled yet).
function CountUnl(c: seq<int>): nat
  decreases |c|
{
  if |c| == 0 then 0 else CountUnl(c[..|c| - 1]) + (if c[|c| - 1] == -1 then 1 else 0)
}

lemma CountUnlUpdate(c: seq<int>, v: int, x: int)
  requires 0 <= v < |c| && c[v] == -1 && x != -1
  ensures CountUnl(c[v := x]) + 1 == CountUnl(c)
  decreases |c|
{
  var e := c[v := x];
  if v < |c| - 1 {
    assert e[..|e| - 1] == c[..|c| - 1][v := x];
    CountUnlUpdate(c[..|c| - 1], v, x);
  } else {
    assert e[..|e| - 1] == c[..|c| - 1];
  }
}

lemma CountUnlAll(c: seq<int>)
  requires forall v :: 0 <= v < |c| ==> c[v] == -1
  ensures CountUnl(c) == |c|
  decreases |c|
{
  if |c| > 0 { CountUnlAll(c[..|c| - 1]); }
}

lemma CountUnlNone(c: seq<int>)
  requires forall v :: 0 <= v < |c| ==> c[v] != -1
  ensures CountUnl(c) == 0
  decreases |c|
{
  if |c| > 0 { CountUnlNone(c[..|c| - 1]); }
}

// The labelled vertices are listed once each, each a root (from == -1, its own label) or reached
// from an earlier position with its label; the stack holds positions of vertices labelled root;
// CountUnl counts the unlabelled ones.
predicate Common(n: int, adj: seq<seq<int>>, c: seq<int>, order: seq<int>, from: seq<int>, stack: seq<int>, root: int)
{
  pre_connected_components(n, adj) && |c| == n && |from| == |order| &&
  (forall i :: 0 <= i < |order| ==> 0 <= order[i] < n) &&
  (forall i, j :: 0 <= i < j < |order| ==> order[i] != order[j]) &&
  (forall v :: 0 <= v < n ==> (c[v] != -1 <==> v in order)) &&
  (forall v :: 0 <= v < n ==> -1 <= c[v] < n) &&
  (forall i :: 0 <= i < |order| ==>
     (from[i] == -1 && c[order[i]] == order[i]) ||
     (0 <= from[i] < i && order[i] in adj[order[from[i]]] && c[order[from[i]]] == c[order[i]])) &&
  (forall t :: 0 <= t < |stack| ==> 0 <= stack[t] < |order| && c[order[stack[t]]] == root) &&
  |order| + CountUnl(c) == n
}

// Every listed position that is not on the stack (and is not p, whose edges are being scanned)
// has only neighbours with its own label.
predicate Done(n: int, adj: seq<seq<int>>, c: seq<int>, order: seq<int>, stack: seq<int>, p: int)
  requires |adj| == n && |c| == n
  requires forall w, i :: 0 <= w < n && 0 <= i < |adj[w]| ==> 0 <= adj[w][i] < n
  requires forall i :: 0 <= i < |order| ==> 0 <= order[i] < n
{
  forall i, k :: 0 <= i < |order| && i !in stack && i != p && 0 <= k < |adj[order[i]]| ==>
    c[adj[order[i]][k]] == c[order[i]]
}

predicate Inv(n: int, adj: seq<seq<int>>, c: seq<int>, order: seq<int>, from: seq<int>, stack: seq<int>, root: int)
{
  Common(n, adj, c, order, from, stack, root) && Done(n, adj, c, order, stack, -1)
}

// While the edges of the vertex at the popped position p are scanned: the first i of them lead
// to vertices labelled root.
predicate Inner(n: int, adj: seq<seq<int>>, c: seq<int>, order: seq<int>, from: seq<int>, stack: seq<int>,
                root: int, p: int, i: int)
{
  Common(n, adj, c, order, from, stack, root) && 0 <= p < |order| && c[order[p]] == root && root != -1 &&
  0 <= i <= |adj[order[p]]| && Done(n, adj, c, order, stack, p) &&
  (forall k :: 0 <= k < i ==> c[adj[order[p]][k]] == root)
}

lemma InnerStart(n: int, adj: seq<seq<int>>, c: seq<int>, order: seq<int>, from: seq<int>, stack: seq<int>, root: int)
  requires Inv(n, adj, c, order, from, stack, root) && |stack| > 0 && root != -1
  ensures Inner(n, adj, c, order, from, stack[..|stack| - 1], root, stack[|stack| - 1], 0)
{
  var st := stack[..|stack| - 1];
  var p := stack[|stack| - 1];
  forall i, k | 0 <= i < |order| && i !in st && i != p && 0 <= k < |adj[order[i]]|
    ensures c[adj[order[i]][k]] == c[order[i]]
  {
    assert i !in stack;
  }
  forall t | 0 <= t < |st| ensures 0 <= st[t] < |order| && c[order[st[t]]] == root
  {
    assert st[t] == stack[t];
  }
}

lemma InnerSeen(n: int, adj: seq<seq<int>>, c: seq<int>, order: seq<int>, from: seq<int>, stack: seq<int>,
                root: int, p: int, i: int)
  requires Inner(n, adj, c, order, from, stack, root, p, i) && i < |adj[order[p]]| && c[adj[order[p]][i]] != -1
  ensures Inner(n, adj, c, order, from, stack, root, p, i + 1)
{
  var u := order[p];
  var v := adj[u][i];
  assert valid_graph(n, adj) && symmetric(n, adj);
  if c[v] != root {
    assert v in order;
    var j :| 0 <= j < |order| && order[j] == v;
    assert j !in stack by {
      if j in stack {
        var t :| 0 <= t < |stack| && stack[t] == j;
      }
    }
    assert j != p;
    assert u in adj[v];
    var k :| 0 <= k < |adj[v]| && adj[v][k] == u;
    assert c[adj[order[j]][k]] == c[order[j]];
  }
}

// Appending a fresh vertex v with label root, reached from position p.
lemma CommonExtend(n: int, adj: seq<seq<int>>, c: seq<int>, order: seq<int>, from: seq<int>, stack: seq<int>, root: int,
                   p: int, v: int, c2: seq<int>, order2: seq<int>, from2: seq<int>, stack2: seq<int>)
  requires Common(n, adj, c, order, from, stack, root) && 0 <= p < |order| && c[order[p]] == root && root != -1
  requires 0 <= v < n && c[v] == -1 && v in adj[order[p]]
  requires c2 == c[v := root] && order2 == order + [v] && from2 == from + [p] && stack2 == stack + [|order|]
  ensures Common(n, adj, c2, order2, from2, stack2, root)
{
  CountUnlUpdate(c, v, root);
  assert v !in order;
  forall i, j | 0 <= i < j < |order2| ensures order2[i] != order2[j]
  {
    if j < |order| { assert order2[i] == order[i] && order2[j] == order[j]; }
    else { assert order2[i] == order[i]; }
  }
  forall w | 0 <= w < n ensures (c2[w] != -1 <==> w in order2)
  {
    if w != v { assert (w in order2) == (w in order); }
  }
  forall t | 0 <= t < |order2| ensures 0 <= order2[t] < n
  {
    if t < |order| { assert order2[t] == order[t]; }
  }
  forall t | 0 <= t < |order2|
    ensures (from2[t] == -1 && c2[order2[t]] == order2[t]) ||
            (0 <= from2[t] < t && order2[t] in adj[order2[from2[t]]] && c2[order2[from2[t]]] == c2[order2[t]])
  {
    if t < |order| {
      assert from2[t] == from[t] && order2[t] == order[t] && c2[order[t]] == c[order[t]];
      if from[t] != -1 {
        assert order2[from[t]] == order[from[t]] && c2[order[from[t]]] == c[order[from[t]]];
      }
    } else {
      assert from2[t] == p && order2[t] == v && order2[p] == order[p] && c2[order[p]] == root;
    }
  }
  forall t | 0 <= t < |stack2| ensures 0 <= stack2[t] < |order2| && c2[order2[stack2[t]]] == root
  {
    if t < |stack| {
      assert stack2[t] == stack[t] && order2[stack[t]] == order[stack[t]];
    }
  }
}

lemma InnerNew(n: int, adj: seq<seq<int>>, c: seq<int>, order: seq<int>, from: seq<int>, stack: seq<int>, root: int,
               p: int, i: int, v: int, c2: seq<int>, order2: seq<int>, from2: seq<int>, stack2: seq<int>)
  requires Inner(n, adj, c, order, from, stack, root, p, i) && i < |adj[order[p]]| && v == adj[order[p]][i] && c[v] == -1
  requires c2 == c[v := root] && order2 == order + [v] && from2 == from + [p] && stack2 == stack + [|order|]
  ensures Inner(n, adj, c2, order2, from2, stack2, root, p, i + 1)
{
  assert valid_graph(n, adj) && 0 <= v < n && v in adj[order[p]];
  CommonExtend(n, adj, c, order, from, stack, root, p, v, c2, order2, from2, stack2);
  assert order2[p] == order[p];
  forall j, k | 0 <= j < |order2| && j !in stack2 && j != p && 0 <= k < |adj[order2[j]]|
    ensures c2[adj[order2[j]][k]] == c2[order2[j]]
  {
    assert j != |order| by { assert stack2[|stack|] == |order|; }
    assert order2[j] == order[j] && j !in stack;
    assert c[adj[order[j]][k]] == c[order[j]];
    assert c[order[j]] != -1 by { assert order[j] in order; }
  }
  forall k | 0 <= k < i + 1 ensures c2[adj[order2[p]][k]] == root
  {
    if k < i { assert c[adj[order[p]][k]] == root; }
  }
}

lemma InnerEnd(n: int, adj: seq<seq<int>>, c: seq<int>, order: seq<int>, from: seq<int>, stack: seq<int>, root: int, p: int)
  requires 0 <= p < |order| && 0 <= order[p] < |adj| && Inner(n, adj, c, order, from, stack, root, p, |adj[order[p]]|)
  ensures Inv(n, adj, c, order, from, stack, root)
{
}

// A fresh root r starts a new component.
lemma NewRoot(n: int, adj: seq<seq<int>>, c: seq<int>, order: seq<int>, from: seq<int>, r: int,
              c2: seq<int>, order2: seq<int>, from2: seq<int>)
  requires Inv(n, adj, c, order, from, [], -1) && 0 <= r < n && c[r] == -1
  requires c2 == c[r := r] && order2 == order + [r] && from2 == from + [-1]
  ensures Inv(n, adj, c2, order2, from2, [|order|], r)
{
  CountUnlUpdate(c, r, r);
  assert r !in order;
  forall i, j | 0 <= i < j < |order2| ensures order2[i] != order2[j]
  {
    if j < |order| { assert order2[i] == order[i] && order2[j] == order[j]; }
    else { assert order2[i] == order[i]; }
  }
  forall w | 0 <= w < n ensures (c2[w] != -1 <==> w in order2)
  {
    if w != r { assert (w in order2) == (w in order); }
  }
  forall t | 0 <= t < |order2| ensures 0 <= order2[t] < n
  {
    if t < |order| { assert order2[t] == order[t]; }
  }
  forall t | 0 <= t < |order2|
    ensures (from2[t] == -1 && c2[order2[t]] == order2[t]) ||
            (0 <= from2[t] < t && order2[t] in adj[order2[from2[t]]] && c2[order2[from2[t]]] == c2[order2[t]])
  {
    if t < |order| {
      assert from2[t] == from[t] && order2[t] == order[t] && c2[order[t]] == c[order[t]];
      if from[t] != -1 {
        assert order2[from[t]] == order[from[t]] && c2[order[from[t]]] == c[order[from[t]]];
      }
    }
  }
  assert Common(n, adj, c2, order2, from2, [|order|], r);
  DoneRoot(n, adj, c, order, r, c2, order2);
}

lemma DoneRoot(n: int, adj: seq<seq<int>>, c: seq<int>, order: seq<int>, r: int, c2: seq<int>, order2: seq<int>)
  requires valid_graph(n, adj) && |c| == n && 0 <= r < n && c[r] == -1
  requires forall i :: 0 <= i < |order| ==> 0 <= order[i] < n && c[order[i]] != -1
  requires Done(n, adj, c, order, [], -1)
  requires c2 == c[r := r] && order2 == order + [r]
  ensures forall i :: 0 <= i < |order2| ==> 0 <= order2[i] < n
  ensures Done(n, adj, c2, order2, [|order|], -1)
{
  forall i | 0 <= i < |order2| ensures 0 <= order2[i] < n
  {
    if i < |order| { assert order2[i] == order[i]; }
  }
  forall i, k | 0 <= i < |order2| && i !in [|order|] && 0 <= k < |adj[order2[i]]|
    ensures c2[adj[order2[i]][k]] == c2[order2[i]]
  {
    assert i != |order|;
    assert order2[i] == order[i] && i !in [];
    assert c[adj[order[i]][k]] == c[order[i]];
  }
}

lemma Finish(n: int, adj: seq<seq<int>>, c: seq<int>, order: seq<int>, from: seq<int>)
  requires Inv(n, adj, c, order, from, [], -1) && forall w :: 0 <= w < n ==> c[w] != -1
  ensures post_connected_components(n, adj, c, order, from)
{
  CountUnlNone(c);
  assert valid_graph(n, adj);
  forall u, k | 0 <= u < n && 0 <= k < |adj[u]| ensures c[adj[u][k]] == c[u]
  {
    assert u in order;
    var i :| 0 <= i < |order| && order[i] == u;
    assert i !in [];
    assert c[adj[order[i]][k]] == c[order[i]];
  }
}

method InitLabels(n: int) returns (c: array<int>)
  requires 1 <= n
  ensures fresh(c) && c.Length == n
  ensures forall v :: 0 <= v < n ==> c[v] == -1
  ensures CountUnl(c[..]) == n
{
  c := new int[n];
  var k := 0;
  while k < n
    invariant 0 <= k <= n
    invariant forall v :: 0 <= v < k ==> c[v] == -1
  {
    c[k] := -1;
    k := k + 1;
  }
  CountUnlAll(c[..]);
}

// Scan the edges of the vertex at position p: every unlabelled neighbour gets label root, is
// listed (reached from p) and its position pushed.
method ScanEdges(n: int, adj: seq<seq<int>>, c: array<int>, order: seq<int>, from: seq<int>, stack: seq<int>,
                 root: int, p: int)
  returns (order2: seq<int>, from2: seq<int>, stack2: seq<int>)
  requires c.Length == n && Inner(n, adj, c[..], order, from, stack, root, p, 0)
  modifies c
  ensures Inv(n, adj, c[..], order2, from2, stack2, root)
  ensures |order2| >= |order| && (|order2| == |order| ==> stack2 == stack)
  ensures forall w :: 0 <= w < n && old(c[w]) != -1 ==> c[w] == old(c[w])
{
  order2, from2, stack2 := order, from, stack;
  var u := order[p];
  var i := 0;
  while i < |adj[u]|
    invariant Inner(n, adj, c[..], order2, from2, stack2, root, p, i) && order2[p] == u
    invariant |order2| >= |order| && (|order2| == |order| ==> stack2 == stack)
    invariant forall w :: 0 <= w < n && old(c[w]) != -1 ==> c[w] == old(c[w])
  {
    var v := adj[u][i];
    if c[v] == -1 {
      InnerNew(n, adj, c[..], order2, from2, stack2, root, p, i, v, c[..][v := root], order2 + [v], from2 + [p], stack2 + [|order2|]);
      c[v] := root;
      stack2 := stack2 + [|order2|];
      order2 := order2 + [v];
      from2 := from2 + [p];
    } else {
      InnerSeen(n, adj, c[..], order2, from2, stack2, root, p, i);
    }
    i := i + 1;
  }
  InnerEnd(n, adj, c[..], order2, from2, stack2, root, p);
}

// Label the whole component of the unlabelled vertex r with r (depth-first, explicit stack).
method Explore(n: int, adj: seq<seq<int>>, c: array<int>, order: seq<int>, from: seq<int>, r: int)
  returns (order2: seq<int>, from2: seq<int>)
  requires c.Length == n && Inv(n, adj, c[..], order, from, [], -1) && 0 <= r < n && c[r] == -1
  modifies c
  ensures Inv(n, adj, c[..], order2, from2, [], -1) && c[r] != -1
  ensures forall w :: 0 <= w < n && old(c[w]) != -1 ==> c[w] != -1
{
  NewRoot(n, adj, c[..], order, from, r, c[..][r := r], order + [r], from + [-1]);
  c[r] := r;
  var stack := [|order|];
  order2 := order + [r];
  from2 := from + [-1];
  while |stack| > 0
    invariant Inv(n, adj, c[..], order2, from2, stack, r) && c[r] == r
    invariant forall w :: 0 <= w < n && old(c[w]) != -1 ==> c[w] != -1
    decreases n - |order2|, |stack|
  {
    var p := stack[|stack| - 1];
    InnerStart(n, adj, c[..], order2, from2, stack, r);
    ghost var m := |order2|;
    ghost var h := |stack|;
    ghost var cb := c[..];
    order2, from2, stack := ScanEdges(n, adj, c, order2, from2, stack[..|stack| - 1], r, p);
    assert forall w :: 0 <= w < n && cb[w] != -1 ==> c[w] == cb[w];
    assert |order2| > m || |stack| == h - 1;
    assert n - |order2| >= 0 by { assert Common(n, adj, c[..], order2, from2, stack, r); }
  }
  assert Done(n, adj, c[..], order2, [], -1);
}
// </vc:helpers>

// Connected components: for each vertex not labelled yet, in increasing order, label everything
// reachable from it with its number by a depth-first search (the stack holds positions in the
// order of discovery).
method ConnectedComponents(n: int, adj: seq<seq<int>>) returns (comp: seq<int>, order: seq<int>, from: seq<int>)
  requires pre_connected_components(n, adj)
  ensures post_connected_components(n, adj, comp, order, from)
{
  // <vc:code>
  var c := InitLabels(n);
  order := [];
  from := [];
  var r := 0;
  while r < n
    invariant 0 <= r <= n && Inv(n, adj, c[..], order, from, [], -1)
    invariant forall w :: 0 <= w < r ==> c[w] != -1
  {
    if c[r] == -1 {
      order, from := Explore(n, adj, c, order, from, r);
    }
    r := r + 1;
  }
  Finish(n, adj, c[..], order, from);
  comp := c[..];
  // </vc:code>
}
