// An undirected weighted graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w]
// (between u and v, weight w). A spanning forest is given rooted: pe[v] is the index of the edge
// joining v to its parent (-1 for a root) and depth[v] the number of edges from v up to its root.
predicate valid_edges(n: int, edges: seq<seq<int>>)
{
  forall e :: 0 <= e < |edges| ==> |edges[e]| == 3 && 0 <= edges[e][0] < n && 0 <= edges[e][1] < n
}

// The endpoint of edge e other than v.
function other(edges: seq<seq<int>>, e: int, v: int): int
{
  if 0 <= e < |edges| && |edges[e]| == 3 then (if edges[e][0] == v then edges[e][1] else edges[e][0]) else v
}

// The vertex k parent steps above v (stops at a root).
function up(edges: seq<seq<int>>, pe: seq<int>, v: int, k: int): int
  decreases k
{
  if k <= 0 || !(0 <= v < |pe|) || pe[v] < 0 then v else up(edges, pe, other(edges, pe[v], v), k - 1)
}

// x is v or an ancestor of v: v lies in the subtree of x.
predicate in_subtree(edges: seq<seq<int>>, pe: seq<int>, depth: seq<int>, x: int, v: int)
  requires 0 <= x < |depth| && 0 <= v < |depth|
{
  depth[x] <= depth[v] && up(edges, pe, v, depth[v] - depth[x]) == x
}

predicate pre_kruskal(n: int, edges: seq<seq<int>>)
{
  1 <= n <= 100 && |edges| <= 1000 && valid_edges(n, edges) &&
  forall e :: 0 <= e < |edges| ==> 0 <= edges[e][2] <= 1000000
}

// (1) pe and depth describe a rooted forest whose parent links are graph edges: a root has
//     pe[v] == -1 and depth 0, any other v has a parent edge incident to v whose other endpoint
//     is one level higher (so following parents always reaches a root; the tree edges are the
//     pe[v] != -1, all distinct).
// (2) It spans: both endpoints of every edge lie in the same tree (same root).
// (3) It is minimal (cut form of the cycle property): removing the tree edge pe[x] cuts off the
//     subtree of x, and every graph edge with exactly one endpoint in that subtree is at least as
//     heavy as pe[x]. Equivalently, every non-tree edge is at least as heavy as each tree edge on
//     the tree path between its endpoints (pe[x] lies on that path exactly when x is an ancestor
//     of one endpoint and not of the other), which characterises minimum spanning forests.
predicate post_kruskal(n: int, edges: seq<seq<int>>, pe: seq<int>, depth: seq<int>)
{
  pre_kruskal(n, edges) && |pe| == n && |depth| == n &&
  (forall v :: 0 <= v < n ==> depth[v] >= 0 && (pe[v] == -1 <==> depth[v] == 0) &&
     (pe[v] != -1 ==> 0 <= pe[v] < |edges| && (edges[pe[v]][0] == v || edges[pe[v]][1] == v) &&
        depth[other(edges, pe[v], v)] == depth[v] - 1)) &&
  (forall e :: 0 <= e < |edges| ==>
     up(edges, pe, edges[e][0], depth[edges[e][0]]) == up(edges, pe, edges[e][1], depth[edges[e][1]])) &&
  (forall x, e :: 0 <= x < n && 0 <= e < |edges| && pe[x] != -1 &&
     in_subtree(edges, pe, depth, x, edges[e][0]) != in_subtree(edges, pe, depth, x, edges[e][1]) ==>
     edges[pe[x]][2] <= edges[e][2])
}

// <vc:helpers>
// </vc:helpers>

// Kruskal's algorithm: a minimum spanning forest, returned rooted (parent edges and depths).
method Kruskal(n: int, edges: seq<seq<int>>) returns (pe: seq<int>, depth: seq<int>)
  requires pre_kruskal(n, edges)
  ensures post_kruskal(n, edges, pe, depth)
{
  // <vc:code>
  // </vc:code>
}
