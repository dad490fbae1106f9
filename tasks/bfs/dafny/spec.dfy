// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

predicate pre_bfs(n: int, adj: seq<seq<int>>, s: int)
{
  valid_graph(n, adj) && 0 <= s < n
}

// dist[v] is the number of edges of a shortest path from s to v, or -1 when v is unreachable.
// Stated as the certificate that characterises exactly these labels:
//  - dist[s] == 0 and every other label is -1 or positive;
//  - realisable: every reached v != s has an edge from some u with dist[u] == dist[v] - 1, so (by
//    induction on dist[v]) a path of dist[v] edges from s to v exists;
//  - no shortcut: every edge u -> v out of a reached u reaches v with dist[v] <= dist[u] + 1, so
//    (by induction along a path) every vertex on a path from s is reached, at most that far.
predicate post_bfs(n: int, adj: seq<seq<int>>, s: int, dist: seq<int>)
{
  pre_bfs(n, adj, s) && |dist| == n && dist[s] == 0 &&
  (forall v :: 0 <= v < n ==> dist[v] >= -1) &&
  (forall v :: 0 <= v < n && v != s && dist[v] != -1 ==>
     dist[v] >= 1 && exists u :: 0 <= u < n && dist[u] == dist[v] - 1 && v in adj[u]) &&
  (forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| && dist[u] != -1 ==>
     dist[adj[u][i]] != -1 && dist[adj[u][i]] <= dist[u] + 1)
}

// A path from u to v: a vertex sequence starting at u, ending at v, following edges (a single
// vertex is the path of 0 edges).
predicate is_path(adj: seq<seq<int>>, p: seq<int>, u: int, v: int)
{
  |p| >= 1 && p[0] == u && p[|p| - 1] == v &&
  (forall i :: 0 <= i < |p| ==> 0 <= p[i] < |adj|) &&
  (forall i :: 0 <= i < |p| - 1 ==> p[i + 1] in adj[p[i]])
}

// What post_bfs means, proved: a reached vertex has a path of exactly dist[v] edges from s, every
// path from s ends at a reached vertex, and it has at least dist[v] edges. So dist[v] is the
// shortest-path distance, and -1 exactly when no path exists.
lemma post_bfs_means_shortest_paths(n: int, adj: seq<seq<int>>, s: int, dist: seq<int>, v: int, p: seq<int>)
  requires post_bfs(n, adj, s, dist) && 0 <= v < n
  ensures dist[v] != -1 ==> exists q :: is_path(adj, q, s, v) && |q| == dist[v] + 1
  ensures is_path(adj, p, s, v) ==> dist[v] != -1 && |p| - 1 >= dist[v]
{
  if dist[v] != -1 { ShortestPathExists(n, adj, s, dist, v); }
  if is_path(adj, p, s, v) { NoShorterPath(n, adj, s, dist, v, p); }
}

lemma ShortestPathExists(n: int, adj: seq<seq<int>>, s: int, dist: seq<int>, v: int)
  requires post_bfs(n, adj, s, dist) && 0 <= v < n && dist[v] != -1
  ensures exists q :: is_path(adj, q, s, v) && |q| == dist[v] + 1
  decreases dist[v]
{
  if v == s {
    assert is_path(adj, [s], s, s);
  } else {
    var u :| 0 <= u < n && dist[u] == dist[v] - 1 && v in adj[u];
    ShortestPathExists(n, adj, s, dist, u);
    var q :| is_path(adj, q, s, u) && |q| == dist[u] + 1;
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

lemma NoShorterPath(n: int, adj: seq<seq<int>>, s: int, dist: seq<int>, v: int, p: seq<int>)
  requires post_bfs(n, adj, s, dist) && 0 <= v < n && is_path(adj, p, s, v)
  ensures dist[v] != -1 && |p| - 1 >= dist[v]
  decreases |p|
{
  if |p| > 1 {
    var q := p[..|p| - 1];
    var u := p[|p| - 2];
    assert is_path(adj, q, s, u);
    NoShorterPath(n, adj, s, dist, u, q);
    var i :| 0 <= i < |adj[u]| && adj[u][i] == v;
  }
}

// <vc:helpers>
// </vc:helpers>

// Breadth-first search from s: a FIFO queue of reached vertices, each dequeued vertex's edges
// scanned once, a vertex seen for the first time labelled one more than the vertex it was seen from.
method Bfs(n: int, adj: seq<seq<int>>, s: int) returns (dist: seq<int>)
  requires pre_bfs(n, adj, s)
  ensures post_bfs(n, adj, s, dist)
{
  // <vc:code>
  // </vc:code>
}
