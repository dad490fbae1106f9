// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

predicate pre_dfs(n: int, adj: seq<seq<int>>, s: int)
{
  valid_graph(n, adj) && 0 <= s < n
}

// order lists the vertices reachable from s, each once, in the order the search visits them, and
// from (the search tree, the certificate) says for every later position i which earlier position
// from[i] it was discovered from:
//  - order starts at s, and order[i] has an edge from order[from[i]], listed before it (so, by
//    induction on the position, every listed vertex is reachable from s);
//  - it is closed under edges: every edge out of a listed vertex leads to a listed vertex (so, by
//    induction along a path from s, every reachable vertex is listed).
predicate post_dfs(n: int, adj: seq<seq<int>>, s: int, order: seq<int>, from: seq<int>)
{
  pre_dfs(n, adj, s) && |order| >= 1 && |from| == |order| && order[0] == s && from[0] == -1 &&
  (forall i :: 0 <= i < |order| ==> 0 <= order[i] < n) &&
  (forall i, j :: 0 <= i < j < |order| ==> order[i] != order[j]) &&
  (forall i :: 1 <= i < |order| ==> 0 <= from[i] < i && order[i] in adj[order[from[i]]]) &&
  (forall i, k :: 0 <= i < |order| && 0 <= k < |adj[order[i]]| ==> adj[order[i]][k] in order)
}

// A path from u to v: a vertex sequence starting at u, ending at v, following edges (a single
// vertex is the path of 0 edges).
predicate is_path(adj: seq<seq<int>>, p: seq<int>, u: int, v: int)
{
  |p| >= 1 && p[0] == u && p[|p| - 1] == v &&
  (forall i :: 0 <= i < |p| ==> 0 <= p[i] < |adj|) &&
  (forall i :: 0 <= i < |p| - 1 ==> p[i + 1] in adj[p[i]])
}

// What post_dfs means, proved: the listed vertices are exactly those reachable from s.
lemma post_dfs_means_reachable(n: int, adj: seq<seq<int>>, s: int, order: seq<int>, from: seq<int>, v: int, p: seq<int>)
  requires post_dfs(n, adj, s, order, from) && 0 <= v < n
  ensures v in order ==> exists q :: is_path(adj, q, s, v)
  ensures is_path(adj, p, s, v) ==> v in order
{
  if v in order {
    var i :| 0 <= i < |order| && order[i] == v;
    ListedIsReachable(n, adj, s, order, from, i);
  }
  if is_path(adj, p, s, v) { ReachableIsListed(n, adj, s, order, from, v, p); }
}

lemma ListedIsReachable(n: int, adj: seq<seq<int>>, s: int, order: seq<int>, from: seq<int>, i: int)
  requires post_dfs(n, adj, s, order, from) && 0 <= i < |order|
  ensures exists q :: is_path(adj, q, s, order[i])
  decreases i
{
  if i == 0 {
    assert is_path(adj, [s], s, s);
  } else {
    var j := from[i];
    ListedIsReachable(n, adj, s, order, from, j);
    var q :| is_path(adj, q, s, order[j]);
    ExtendPath(adj, q, s, order[j], order[i]);
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

lemma ReachableIsListed(n: int, adj: seq<seq<int>>, s: int, order: seq<int>, from: seq<int>, v: int, p: seq<int>)
  requires post_dfs(n, adj, s, order, from) && 0 <= v < n && is_path(adj, p, s, v)
  ensures v in order
  decreases |p|
{
  if |p| > 1 {
    var q := p[..|p| - 1];
    var u := p[|p| - 2];
    assert is_path(adj, q, s, u);
    ReachableIsListed(n, adj, s, order, from, u, q);
    var i :| 0 <= i < |order| && order[i] == u;
    var k :| 0 <= k < |adj[u]| && adj[u][k] == v;
    assert adj[order[i]][k] == v;
  }
}

// <vc:helpers>
// </vc:helpers>

// Depth-first search from s with an explicit stack: pop a vertex, scan its edges, and mark, list
// and push every vertex seen for the first time (the stack holds positions in the visit order).
method Dfs(n: int, adj: seq<seq<int>>, s: int) returns (order: seq<int>, from: seq<int>)
  requires pre_dfs(n, adj, s)
  ensures post_dfs(n, adj, s, order, from)
{
  // <vc:code>
  // </vc:code>
}
