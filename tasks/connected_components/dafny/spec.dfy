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
// </vc:helpers>

// Connected components: for each vertex not labelled yet, in increasing order, label everything
// reachable from it with its number by a depth-first search (the stack holds positions in the
// order of discovery).
method ConnectedComponents(n: int, adj: seq<seq<int>>) returns (comp: seq<int>, order: seq<int>, from: seq<int>)
  requires pre_connected_components(n, adj)
  ensures post_connected_components(n, adj, comp, order, from)
{
  // <vc:code>
  // </vc:code>
}
