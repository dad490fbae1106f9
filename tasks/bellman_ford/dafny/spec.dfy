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

predicate pre_bellman_ford(n: int, edges: seq<seq<int>>, s: int)
{
  1 <= n <= 100 && |edges| <= 1000 && 0 <= s < n && valid_edges(n, edges) &&
  forall e :: 0 <= e < |edges| ==> -1000000 <= edges[e][2] <= 1000000
}

// A closed path (at least one edge) that ends where it starts.
predicate is_wcycle(n: int, edges: seq<seq<int>>, c: seq<int>)
  requires valid_edges(n, edges)
{
  |c| > 0 && 0 <= c[0] < |edges| && is_wpath(n, edges, c, edges[c[0]][0], edges[c[0]][0])
}

// reach[v]: v is reachable from s. Certificate in both cases: every reached v != s has a
// predecessor edge pred[v] from a reached vertex of smaller rank (so following pred edges back
// arrives at s: every reached vertex is reachable), and every edge out of a reached vertex
// enters a reached vertex (so every reachable vertex is reached).
// neg == false: no negative cycle is reachable from s, and dist[v] (for reached v) is the weight
//   of a lightest path from s to v: dist[s] == 0, no edge out of a reached vertex can improve a
//   distance, and each predecessor edge is tight (dist[u] + w == dist[v]). (These imply that
//   every path from s to v weighs at least dist[v], hence that no reachable cycle is negative.)
// neg == true: cycle is a closed path of negative total weight through a reached vertex.
// dist and pred of unreached vertices, dist when neg, and cycle when !neg are free.
predicate post_bellman_ford(n: int, edges: seq<seq<int>>, s: int, neg: bool, reach: seq<bool>,
                            dist: seq<int>, pred: seq<int>, rank: seq<int>, cycle: seq<int>)
{
  pre_bellman_ford(n, edges, s) && |reach| == n && |dist| == n && |pred| == n && |rank| == n && reach[s] &&
  (forall v :: 0 <= v < n && reach[v] ==> rank[v] >= 0 &&
     (v != s ==> 0 <= pred[v] < |edges| && edges[pred[v]][1] == v && reach[edges[pred[v]][0]] &&
                 rank[edges[pred[v]][0]] < rank[v])) &&
  (forall e :: 0 <= e < |edges| && reach[edges[e][0]] ==> reach[edges[e][1]]) &&
  (if !neg then
     dist[s] == 0 &&
     (forall e :: 0 <= e < |edges| && reach[edges[e][0]] ==>
        dist[edges[e][1]] <= dist[edges[e][0]] + edges[e][2]) &&
     (forall v :: 0 <= v < n && v != s && reach[v] ==>
        dist[edges[pred[v]][0]] + edges[pred[v]][2] == dist[v])
   else
     is_wcycle(n, edges, cycle) && reach[edges[cycle[0]][0]] && path_weight(edges, cycle) < 0)
}

// <vc:helpers>
// </vc:helpers>

// Bellman-Ford from s: shortest-path weights and tree, or a reachable negative cycle.
method BellmanFord(n: int, edges: seq<seq<int>>, s: int)
  returns (neg: bool, reach: seq<bool>, dist: seq<int>, pred: seq<int>, rank: seq<int>, cycle: seq<int>)
  requires pre_bellman_ford(n, edges, s)
  ensures post_bellman_ford(n, edges, s, neg, reach, dist, pred, rank, cycle)
{
  // <vc:code>
  // </vc:code>
}
