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
