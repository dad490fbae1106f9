// A weighted directed graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w]
// (from u to v with weight w). A path is a sequence of edge indices, each edge starting where
// the previous one ends.
predicate valid_edges(n: int, edges: seq<seq<int>>)
{
  forall e :: 0 <= e < |edges| ==> |edges[e]| == 3 && 0 <= edges[e][0] < n && 0 <= edges[e][1] < n
}

predicate is_wpath(n: int, edges: seq<seq<int>>, p: seq<int>, u: int, v: int)
  requires valid_edges(n, edges)
{
  (forall i :: 0 <= i < |p| ==> 0 <= p[i] < |edges|) &&
  (|p| == 0 ==> u == v) &&
  (|p| > 0 ==> edges[p[0]][0] == u && edges[p[|p| - 1]][1] == v &&
     forall i :: 0 <= i < |p| - 1 ==> edges[p[i]][1] == edges[p[i + 1]][0])
}

function path_weight(edges: seq<seq<int>>, p: seq<int>): int
  requires forall i :: 0 <= i < |p| ==> 0 <= p[i] < |edges| && |edges[p[i]]| == 3
{
  if |p| == 0 then 0 else path_weight(edges, p[..|p| - 1]) + edges[p[|p| - 1]][2]
}

// Every weight is 0 or 1.
predicate pre_zero_one_bfs(n: int, edges: seq<seq<int>>, s: int)
{
  1 <= n <= 100 && |edges| <= 1000 && 0 <= s < n && valid_edges(n, edges) &&
  forall e :: 0 <= e < |edges| ==> 0 <= edges[e][2] <= 1
}

// dist[v] is the weight of a shortest path from s to v (-1: no path). pred[v] is the index of
// the last edge of such a path (v != s reached), so the predecessor edges form a shortest-path
// tree: each is tight (dist[u] + w == dist[v]) and comes from a vertex of smaller rank (rank is
// an order in which the tree can be built, e.g. the order in which 0-1 BFS first pops vertices;
// it makes the tree acyclic, so following pred edges back from any reached vertex arrives at s).
// No edge from a reached vertex can improve a distance (dist[v] <= dist[u] + w), which is what
// makes every distance minimal: the lemma
// post_zero_one_bfs_means_shortest_paths below proves that these conditions say exactly
// "dist[v] is the weight of some path from s to v, no path is lighter, and -1 means no path".
predicate post_zero_one_bfs(n: int, edges: seq<seq<int>>, s: int, dist: seq<int>, pred: seq<int>, rank: seq<int>)
{
  pre_zero_one_bfs(n, edges, s) && |dist| == n && |pred| == n && |rank| == n && dist[s] == 0 &&
  (forall e :: 0 <= e < |edges| && dist[edges[e][0]] != -1 ==>
     dist[edges[e][1]] != -1 && dist[edges[e][1]] <= dist[edges[e][0]] + edges[e][2]) &&
  (forall v :: 0 <= v < n ==> dist[v] >= -1 && (dist[v] != -1 ==> rank[v] >= 0) &&
     (v != s && dist[v] != -1 ==>
        0 <= pred[v] < |edges| && edges[pred[v]][1] == v && dist[edges[pred[v]][0]] != -1 &&
        dist[edges[pred[v]][0]] + edges[pred[v]][2] == dist[v] && rank[edges[pred[v]][0]] < rank[v]))
}

lemma ExtendPath(n: int, edges: seq<seq<int>>, q: seq<int>, s: int, u: int, e: int)
  requires valid_edges(n, edges) && is_wpath(n, edges, q, s, u) && 0 <= e < |edges| && edges[e][0] == u
  ensures is_wpath(n, edges, q + [e], s, edges[e][1])
  ensures path_weight(edges, q + [e]) == path_weight(edges, q) + edges[e][2]
{
  var p := q + [e];
  assert p[..|p| - 1] == q;
}

lemma TruncatePath(n: int, edges: seq<seq<int>>, p: seq<int>, s: int, v: int)
  requires valid_edges(n, edges) && is_wpath(n, edges, p, s, v) && |p| > 0
  ensures is_wpath(n, edges, p[..|p| - 1], s, edges[p[|p| - 1]][0])
{
}

lemma PathsFromSourceAreNotLighter(n: int, edges: seq<seq<int>>, s: int, dist: seq<int>, pred: seq<int>, rank: seq<int>, p: seq<int>, v: int)
  requires post_zero_one_bfs(n, edges, s, dist, pred, rank) && 0 <= v < n && is_wpath(n, edges, p, s, v)
  ensures dist[v] != -1 && path_weight(edges, p) >= dist[v]
  decreases |p|
{
  if |p| > 0 {
    var e := p[|p| - 1];
    TruncatePath(n, edges, p, s, v);
    PathsFromSourceAreNotLighter(n, edges, s, dist, pred, rank, p[..|p| - 1], edges[e][0]);
  }
}

lemma TreeGivesPath(n: int, edges: seq<seq<int>>, s: int, dist: seq<int>, pred: seq<int>, rank: seq<int>, v: int)
  requires post_zero_one_bfs(n, edges, s, dist, pred, rank) && 0 <= v < n && dist[v] != -1
  ensures exists p :: is_wpath(n, edges, p, s, v) && path_weight(edges, p) == dist[v]
  decreases rank[v]
{
  if v == s {
    assert is_wpath(n, edges, [], s, v) && path_weight(edges, []) == dist[v];
  } else {
    var e := pred[v];
    var u := edges[e][0];
    TreeGivesPath(n, edges, s, dist, pred, rank, u);
    var q :| is_wpath(n, edges, q, s, u) && path_weight(edges, q) == dist[u];
    ExtendPath(n, edges, q, s, u, e);
    assert is_wpath(n, edges, q + [e], s, v);
  }
}

// What the contract means: the distances are exactly the shortest-path weights from s.
lemma post_zero_one_bfs_means_shortest_paths(n: int, edges: seq<seq<int>>, s: int, dist: seq<int>, pred: seq<int>, rank: seq<int>)
  requires post_zero_one_bfs(n, edges, s, dist, pred, rank)
  ensures forall v, p :: 0 <= v < n && is_wpath(n, edges, p, s, v) ==>
            dist[v] != -1 && path_weight(edges, p) >= dist[v]
  ensures forall v :: 0 <= v < n && dist[v] != -1 ==>
            exists p :: is_wpath(n, edges, p, s, v) && path_weight(edges, p) == dist[v]
{
  forall v, p | 0 <= v < n && is_wpath(n, edges, p, s, v)
    ensures dist[v] != -1 && path_weight(edges, p) >= dist[v]
  {
    PathsFromSourceAreNotLighter(n, edges, s, dist, pred, rank, p, v);
  }
  forall v | 0 <= v < n && dist[v] != -1
    ensures exists p :: is_wpath(n, edges, p, s, v) && path_weight(edges, p) == dist[v]
  {
    TreeGivesPath(n, edges, s, dist, pred, rank, v);
  }
}

// <vc:helpers>
// </vc:helpers>

// 0-1 BFS from s (every weight 0 or 1): a deque of (vertex, distance) entries, 0-edges pushed
// at the front and 1-edges at the back; distances, a shortest-path tree and the order (rank) in
// which the vertices were settled (first popped).
method ZeroOneBfs(n: int, edges: seq<seq<int>>, s: int) returns (dist: seq<int>, pred: seq<int>, rank: seq<int>)
  requires pre_zero_one_bfs(n, edges, s)
  ensures post_zero_one_bfs(n, edges, s, dist, pred, rank)
{
  // <vc:code>
  // </vc:code>
}
