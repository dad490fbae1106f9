// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

predicate pre_transitive_closure(n: int, adj: seq<seq<int>>)
{
  valid_graph(n, adj)
}

// d[v] is the number of edges of a shortest path from s to v, or -1 when there is none, stated as
// its certificate: d[s] == 0; every reached v != s has an edge from some u with d[u] == d[v] - 1
// (so a path of d[v] edges exists); every edge u -> v out of a reached u reaches v with
// d[v] <= d[u] + 1 (so every vertex on a path from s is reached).
predicate hop_labels(n: int, adj: seq<seq<int>>, s: int, d: seq<int>)
  requires valid_graph(n, adj) && 0 <= s < n
{
  |d| == n && d[s] == 0 &&
  (forall v :: 0 <= v < n ==> d[v] >= -1) &&
  (forall v :: 0 <= v < n && v != s && d[v] != -1 ==>
     d[v] >= 1 && exists u :: 0 <= u < n && d[u] == d[v] - 1 && v in adj[u]) &&
  (forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| && d[u] != -1 ==>
     d[adj[u][i]] != -1 && d[adj[u][i]] <= d[u] + 1)
}

// reach[u][v] is true exactly when a path leads from u to v (every vertex reaches itself). The
// certificate hops[u] is the row of shortest hop counts from u (hop_labels), and reach[u][v]
// holds exactly when hops[u][v] != -1. The lemma below proves what this means.
predicate post_transitive_closure(n: int, adj: seq<seq<int>>, reach: seq<seq<bool>>, hops: seq<seq<int>>)
{
  pre_transitive_closure(n, adj) && |reach| == n && |hops| == n &&
  forall u :: 0 <= u < n ==>
    |reach[u]| == n && hop_labels(n, adj, u, hops[u]) &&
    forall v :: 0 <= v < n ==> (reach[u][v] <==> hops[u][v] != -1)
}

// A path from u to v: a vertex sequence starting at u, ending at v, following edges (a single
// vertex is the path of 0 edges).
predicate is_path(adj: seq<seq<int>>, p: seq<int>, u: int, v: int)
{
  |p| >= 1 && p[0] == u && p[|p| - 1] == v &&
  (forall i :: 0 <= i < |p| ==> 0 <= p[i] < |adj|) &&
  (forall i :: 0 <= i < |p| - 1 ==> p[i + 1] in adj[p[i]])
}

// What post_transitive_closure means, proved: reach[u][v] exactly when a path leads from u to v.
lemma post_transitive_closure_means_reachability(n: int, adj: seq<seq<int>>, reach: seq<seq<bool>>,
                                                 hops: seq<seq<int>>, u: int, v: int, p: seq<int>)
  requires post_transitive_closure(n, adj, reach, hops) && 0 <= u < n && 0 <= v < n
  ensures reach[u][v] ==> exists q :: is_path(adj, q, u, v)
  ensures is_path(adj, p, u, v) ==> reach[u][v]
{
  assert hop_labels(n, adj, u, hops[u]);
  if reach[u][v] { PathExists(n, adj, u, hops[u], v); }
  if is_path(adj, p, u, v) { PathIsLabelled(n, adj, u, hops[u], v, p); }
}

lemma PathExists(n: int, adj: seq<seq<int>>, s: int, d: seq<int>, v: int)
  requires valid_graph(n, adj) && 0 <= s < n && hop_labels(n, adj, s, d) && 0 <= v < n && d[v] != -1
  ensures exists q :: is_path(adj, q, s, v)
  decreases d[v]
{
  if v == s {
    assert is_path(adj, [s], s, s);
  } else {
    var u :| 0 <= u < n && d[u] == d[v] - 1 && v in adj[u];
    PathExists(n, adj, s, d, u);
    var q :| is_path(adj, q, s, u);
    var r := q + [v];
    forall i | 0 <= i < |r| ensures 0 <= r[i] < |adj|
    {
      if i < |q| { assert r[i] == q[i]; }
    }
    forall i | 0 <= i < |r| - 1 ensures r[i + 1] in adj[r[i]]
    {
      if i < |q| - 1 { assert r[i] == q[i] && r[i + 1] == q[i + 1]; } else { assert r[i] == u; }
    }
    assert is_path(adj, r, s, v);
  }
}

lemma PathIsLabelled(n: int, adj: seq<seq<int>>, s: int, d: seq<int>, v: int, p: seq<int>)
  requires valid_graph(n, adj) && 0 <= s < n && hop_labels(n, adj, s, d) && 0 <= v < n && is_path(adj, p, s, v)
  ensures d[v] != -1
  decreases |p|
{
  if |p| > 1 {
    var q := p[..|p| - 1];
    var u := p[|p| - 2];
    assert is_path(adj, q, s, u);
    PathIsLabelled(n, adj, s, d, u, q);
    var i :| 0 <= i < |adj[u]| && adj[u][i] == v;
  }
}

// <vc:helpers>
// </vc:helpers>

// Transitive closure by a breadth-first search from every vertex.
method TransitiveClosure(n: int, adj: seq<seq<int>>) returns (reach: seq<seq<bool>>, hops: seq<seq<int>>)
  requires pre_transitive_closure(n, adj)
  ensures post_transitive_closure(n, adj, reach, hops)
{
  // <vc:code>
  // </vc:code>
}
