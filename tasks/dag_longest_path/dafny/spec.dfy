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

// The graph is acyclic, witnessed by the topological rank given with it: every edge goes from a
// smaller to a larger rank (ranks lie in 0..n-1 and need not be distinct).
predicate pre_dag_longest_path(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int)
{
  1 <= n <= 100 && |edges| <= 1000 && 0 <= s < n && valid_edges(n, edges) && |rank| == n &&
  (forall v :: 0 <= v < n ==> 0 <= rank[v] < n) &&
  (forall e :: 0 <= e < |edges| ==> -1000000 <= edges[e][2] <= 1000000 &&
     rank[edges[e][0]] < rank[edges[e][1]])
}

// reach[v]: v is reachable from s; dist[v] (for reached v) is the weight of a heaviest path
// from s to v; pred[v] (for reached v != s) is the index of the last edge of such a path.
// Certificate: dist[s] == 0; every edge out of a reached vertex enters a reached vertex and
// cannot make its label heavier (dual feasibility); every reached v != s has a tight predecessor
// edge from a reached vertex (realisability; pred edges go up in rank, so following them back
// arrives at s). dist and pred of unreached vertices, and pred[s], are free. The lemma
// post_dag_longest_path_means_longest_paths below proves what this says against is_wpath.
predicate post_dag_longest_path(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int,
                                reach: seq<bool>, dist: seq<int>, pred: seq<int>)
{
  pre_dag_longest_path(n, edges, rank, s) && |reach| == n && |dist| == n && |pred| == n &&
  reach[s] && dist[s] == 0 &&
  (forall e :: 0 <= e < |edges| && reach[edges[e][0]] ==>
     reach[edges[e][1]] && dist[edges[e][1]] >= dist[edges[e][0]] + edges[e][2]) &&
  (forall v :: 0 <= v < n && v != s && reach[v] ==>
     0 <= pred[v] < |edges| && edges[pred[v]][1] == v && reach[edges[pred[v]][0]] &&
     dist[edges[pred[v]][0]] + edges[pred[v]][2] == dist[v])
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

lemma PathsFromSourceAreNotHeavier(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, reach: seq<bool>,
                                   dist: seq<int>, pred: seq<int>, p: seq<int>, v: int)
  requires post_dag_longest_path(n, edges, rank, s, reach, dist, pred) && 0 <= v < n && is_wpath(n, edges, p, s, v)
  ensures reach[v] && path_weight(edges, p) <= dist[v]
  decreases |p|
{
  if |p| > 0 {
    var e := p[|p| - 1];
    TruncatePath(n, edges, p, s, v);
    PathsFromSourceAreNotHeavier(n, edges, rank, s, reach, dist, pred, p[..|p| - 1], edges[e][0]);
  }
}

lemma TreeGivesPath(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, reach: seq<bool>,
                    dist: seq<int>, pred: seq<int>, v: int)
  requires post_dag_longest_path(n, edges, rank, s, reach, dist, pred) && 0 <= v < n && reach[v]
  ensures exists p :: is_wpath(n, edges, p, s, v) && path_weight(edges, p) == dist[v]
  decreases rank[v]
{
  if v == s {
    assert is_wpath(n, edges, [], s, v) && path_weight(edges, []) == dist[v];
  } else {
    var e := pred[v];
    var u := edges[e][0];
    TreeGivesPath(n, edges, rank, s, reach, dist, pred, u);
    var q :| is_wpath(n, edges, q, s, u) && path_weight(edges, q) == dist[u];
    ExtendPath(n, edges, q, s, u, e);
    assert is_wpath(n, edges, q + [e], s, v);
  }
}

// What the contract means: reach is exactly reachability from s and the labels are exactly the
// heaviest path weights.
lemma post_dag_longest_path_means_longest_paths(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int,
                                                reach: seq<bool>, dist: seq<int>, pred: seq<int>)
  requires post_dag_longest_path(n, edges, rank, s, reach, dist, pred)
  ensures forall v, p :: 0 <= v < n && is_wpath(n, edges, p, s, v) ==>
            reach[v] && path_weight(edges, p) <= dist[v]
  ensures forall v :: 0 <= v < n && reach[v] ==>
            exists p :: is_wpath(n, edges, p, s, v) && path_weight(edges, p) == dist[v]
{
  forall v, p | 0 <= v < n && is_wpath(n, edges, p, s, v)
    ensures reach[v] && path_weight(edges, p) <= dist[v]
  {
    PathsFromSourceAreNotHeavier(n, edges, rank, s, reach, dist, pred, p, v);
  }
  forall v | 0 <= v < n && reach[v]
    ensures exists p :: is_wpath(n, edges, p, s, v) && path_weight(edges, p) == dist[v]
  {
    TreeGivesPath(n, edges, rank, s, reach, dist, pred, v);
  }
}

// <vc:helpers>
// </vc:helpers>

// Longest (heaviest) paths from s in a DAG, the critical-path method: Kahn's topological order,
// relaxing the edges out of each vertex as it leaves the queue.
method DagLongestPath(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int)
  returns (reach: seq<bool>, dist: seq<int>, pred: seq<int>)
  requires pre_dag_longest_path(n, edges, rank, s)
  ensures post_dag_longest_path(n, edges, rank, s, reach, dist, pred)
{
  // <vc:code>
  // </vc:code>
}
