// A weighted undirected graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w], joining
// u and v with weight w (parallel edges and self-loops allowed).
predicate valid_edges(n: int, edges: seq<seq<int>>)
{
  forall e :: 0 <= e < |edges| ==> |edges[e]| == 3 && 0 <= edges[e][0] < n && 0 <= edges[e][1] < n
}

predicate pre_prim(n: int, edges: seq<seq<int>>)
{
  1 <= n <= 100 && |edges| <= 1000 && valid_edges(n, edges) &&
  forall e :: 0 <= e < |edges| ==> 0 <= edges[e][2] <= 1000000
}

// A minimum spanning forest (a minimum spanning tree when the graph is connected), as Prim's
// algorithm builds it. rank lists the order in which the vertices join the forest (a permutation
// of 0..n-1); pe[v] is the index of the edge that joined v to a vertex of smaller rank, or -1 when
// v starts a new tree. The certificate of minimality is Prim's cut condition: when the vertex of
// rank r joins, every edge between the vertices of rank < r and the others weighs at least as
// much as its edge pe, and a vertex starts a new tree only when no such edge exists. The edges pe
// form a spanning forest (each joins a vertex to an earlier one, and a tree is only closed when
// no edge leaves it); the cut condition makes it a minimum one, and every minimum spanning forest
// has such a rank (the task's notes give both arguments).
predicate post_prim(n: int, edges: seq<seq<int>>, pe: seq<int>, rank: seq<int>)
{
  pre_prim(n, edges) && |pe| == n && |rank| == n &&
  (forall v :: 0 <= v < n ==> 0 <= rank[v] < n) &&
  (forall u, v :: 0 <= u < v < n ==> rank[u] != rank[v]) &&
  (forall v :: 0 <= v < n ==> -1 <= pe[v] < |edges|) &&
  (forall v :: 0 <= v < n && pe[v] != -1 ==>
     (edges[pe[v]][0] == v && rank[edges[pe[v]][1]] < rank[v]) ||
     (edges[pe[v]][1] == v && rank[edges[pe[v]][0]] < rank[v])) &&
  (forall v, e :: 0 <= v < n && 0 <= e < |edges| &&
     ((rank[edges[e][0]] < rank[v] <= rank[edges[e][1]]) || (rank[edges[e][1]] < rank[v] <= rank[edges[e][0]])) ==>
     0 <= pe[v] < |edges| && edges[pe[v]][2] <= edges[e][2])
}

// <vc:helpers>
// </vc:helpers>

// Prim's algorithm with a key array (O(n^2 + m)): the vertex outside the forest with the lightest
// edge to it joins next, through that edge; when no edge leaves the forest, the lowest vertex
// outside starts a new tree. After a vertex joins, its edges lower the keys of its neighbours.
method Prim(n: int, edges: seq<seq<int>>) returns (pe: seq<int>, rank: seq<int>)
  requires pre_prim(n, edges)
  ensures post_prim(n, edges, pe, rank)
{
  // <vc:code>
  // </vc:code>
}
