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

predicate pre_floyd_warshall(n: int, edges: seq<seq<int>>)
{
  1 <= n <= 100 && |edges| <= 1000 && valid_edges(n, edges) &&
  forall e :: 0 <= e < |edges| ==> 0 <= edges[e][2] <= 1000000
}

// dist[u][v] is the weight of a shortest path from u to v (-1: no path). For every source u the
// row u is certified as a single-source answer: dist[u][u] == 0; no edge out of a vertex reached
// from u can improve a distance (its head is reached and dist[u][y] <= dist[u][x] + w); and every
// reached v != u has a tight predecessor edge pred[u][v] = [x, v, w] (dist[u][x] + w ==
// dist[u][v]) from a vertex x of smaller rank[u][x] < rank[u][v] (rank[u][v] may be the number of
// edges of the path found; it makes the predecessor edges of row u a tree rooted at u). The lemma
// post_floyd_warshall_means_shortest_paths below proves that these conditions say exactly
// "dist[u][v] is the weight of some path from u to v, no path is lighter, and -1 means no path".
// pred and rank entries of unreached pairs (and of the diagonal) are free.
predicate post_floyd_warshall(n: int, edges: seq<seq<int>>, dist: seq<seq<int>>, pred: seq<seq<int>>, rank: seq<seq<int>>)
{
  pre_floyd_warshall(n, edges) && |dist| == n && |pred| == n && |rank| == n &&
  forall u :: 0 <= u < n ==>
    |dist[u]| == n && |pred[u]| == n && |rank[u]| == n && dist[u][u] == 0 &&
    (forall e :: 0 <= e < |edges| && dist[u][edges[e][0]] != -1 ==>
       dist[u][edges[e][1]] != -1 && dist[u][edges[e][1]] <= dist[u][edges[e][0]] + edges[e][2]) &&
    (forall v :: 0 <= v < n ==> dist[u][v] >= -1 && (dist[u][v] != -1 ==> rank[u][v] >= 0) &&
       (v != u && dist[u][v] != -1 ==>
          0 <= pred[u][v] < |edges| && edges[pred[u][v]][1] == v && dist[u][edges[pred[u][v]][0]] != -1 &&
          dist[u][edges[pred[u][v]][0]] + edges[pred[u][v]][2] == dist[u][v] &&
          rank[u][edges[pred[u][v]][0]] < rank[u][v]))
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

lemma PathsAreNotLighter(n: int, edges: seq<seq<int>>, dist: seq<seq<int>>, pred: seq<seq<int>>, rank: seq<seq<int>>,
                         u: int, p: seq<int>, v: int)
  requires post_floyd_warshall(n, edges, dist, pred, rank) && 0 <= u < n && 0 <= v < n && is_wpath(n, edges, p, u, v)
  ensures dist[u][v] != -1 && path_weight(edges, p) >= dist[u][v]
  decreases |p|
{
  if |p| > 0 {
    var e := p[|p| - 1];
    TruncatePath(n, edges, p, u, v);
    PathsAreNotLighter(n, edges, dist, pred, rank, u, p[..|p| - 1], edges[e][0]);
  }
}

lemma TreeGivesPath(n: int, edges: seq<seq<int>>, dist: seq<seq<int>>, pred: seq<seq<int>>, rank: seq<seq<int>>,
                    u: int, v: int)
  requires post_floyd_warshall(n, edges, dist, pred, rank) && 0 <= u < n && 0 <= v < n && dist[u][v] != -1
  ensures exists p :: is_wpath(n, edges, p, u, v) && path_weight(edges, p) == dist[u][v]
  decreases rank[u][v]
{
  if v == u {
    assert is_wpath(n, edges, [], u, v) && path_weight(edges, []) == dist[u][v];
  } else {
    var e := pred[u][v];
    var x := edges[e][0];
    TreeGivesPath(n, edges, dist, pred, rank, u, x);
    var q :| is_wpath(n, edges, q, u, x) && path_weight(edges, q) == dist[u][x];
    ExtendPath(n, edges, q, u, x, e);
    assert is_wpath(n, edges, q + [e], u, v);
  }
}

// What the contract means: dist holds exactly the shortest-path weights between all pairs.
lemma post_floyd_warshall_means_shortest_paths(n: int, edges: seq<seq<int>>, dist: seq<seq<int>>, pred: seq<seq<int>>, rank: seq<seq<int>>)
  requires post_floyd_warshall(n, edges, dist, pred, rank)
  ensures forall u, v, p :: 0 <= u < n && 0 <= v < n && is_wpath(n, edges, p, u, v) ==>
            dist[u][v] != -1 && path_weight(edges, p) >= dist[u][v]
  ensures forall u, v :: 0 <= u < n && 0 <= v < n && dist[u][v] != -1 ==>
            exists p :: is_wpath(n, edges, p, u, v) && path_weight(edges, p) == dist[u][v]
{
  forall u, v, p | 0 <= u < n && 0 <= v < n && is_wpath(n, edges, p, u, v)
    ensures dist[u][v] != -1 && path_weight(edges, p) >= dist[u][v]
  {
    PathsAreNotLighter(n, edges, dist, pred, rank, u, p, v);
  }
  forall u, v | 0 <= u < n && 0 <= v < n && dist[u][v] != -1
    ensures exists p :: is_wpath(n, edges, p, u, v) && path_weight(edges, p) == dist[u][v]
  {
    TreeGivesPath(n, edges, dist, pred, rank, u, v);
  }
}

// <vc:helpers>
// </vc:helpers>

// Floyd-Warshall: all-pairs shortest-path weights, a shortest-path tree per source (pred) and
// the number of edges of each path found (rank).
method FloydWarshall(n: int, edges: seq<seq<int>>) returns (dist: seq<seq<int>>, pred: seq<seq<int>>, rank: seq<seq<int>>)
  requires pre_floyd_warshall(n, edges)
  ensures post_floyd_warshall(n, edges, dist, pred, rank)
{
  // <vc:code>
  // </vc:code>
}
