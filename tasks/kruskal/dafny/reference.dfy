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
// Merge sort of edge indices by weight (stable).
method MergeByWeight(edges: seq<seq<int>>, x: seq<int>, y: seq<int>) returns (r: seq<int>)
  requires forall i :: 0 <= i < |x| ==> 0 <= x[i] < |edges| && |edges[x[i]]| == 3
  requires forall i :: 0 <= i < |y| ==> 0 <= y[i] < |edges| && |edges[y[i]]| == 3
  ensures |r| == |x| + |y|
  ensures forall i :: 0 <= i < |r| ==> 0 <= r[i] < |edges| && |edges[r[i]]| == 3
  ensures multiset(r) == multiset(x) + multiset(y)
{
  r := [];
  var i, j := 0, 0;
  while i < |x| || j < |y|
    invariant 0 <= i <= |x| && 0 <= j <= |y| && |r| == i + j
    invariant forall k :: 0 <= k < |r| ==> 0 <= r[k] < |edges| && |edges[r[k]]| == 3
    invariant multiset(r) == multiset(x[..i]) + multiset(y[..j])
    decreases |x| - i + |y| - j
  {
    if j >= |y| || (i < |x| && edges[x[i]][2] <= edges[y[j]][2]) {
      r := r + [x[i]];
      assert x[..i + 1] == x[..i] + [x[i]];
      i := i + 1;
    } else {
      r := r + [y[j]];
      assert y[..j + 1] == y[..j] + [y[j]];
      j := j + 1;
    }
  }
  assert x[..i] == x;
  assert y[..j] == y;
}

method SortByWeight(edges: seq<seq<int>>, s: seq<int>) returns (r: seq<int>)
  requires forall i :: 0 <= i < |s| ==> 0 <= s[i] < |edges| && |edges[s[i]]| == 3
  ensures |r| == |s| && multiset(r) == multiset(s)
  ensures forall i :: 0 <= i < |r| ==> 0 <= r[i] < |edges| && |edges[r[i]]| == 3
  decreases |s|
{
  if |s| <= 1 {
    r := s;
  } else {
    var mid := |s| / 2;
    var left := SortByWeight(edges, s[..mid]);
    var right := SortByWeight(edges, s[mid..]);
    r := MergeByWeight(edges, left, right);
    assert s == s[..mid] + s[mid..];
  }
}

// Union-find root of x (union by rank: a parent has a larger rank, so the walk ends).
method Find(parent: array<int>, rank: array<int>, x: int) returns (r: int)
  requires parent.Length == rank.Length && 0 <= x < parent.Length
  requires forall v :: 0 <= v < parent.Length ==> 0 <= parent[v] < parent.Length && 0 <= rank[v] <= 1000
  requires forall v :: 0 <= v < parent.Length && parent[v] != v ==> rank[parent[v]] > rank[v]
  ensures 0 <= r < parent.Length && parent[r] == r
{
  r := x;
  ghost var bound := rank[x];
  while parent[r] != r
    invariant 0 <= r < parent.Length
    decreases 1000 - rank[r]
  {
    r := parent[r];
  }
}
// </vc:helpers>

// Kruskal's algorithm: a minimum spanning forest, returned rooted (parent edges and depths).
method Kruskal(n: int, edges: seq<seq<int>>) returns (pe: seq<int>, depth: seq<int>)
  requires pre_kruskal(n, edges)
  ensures post_kruskal(n, edges, pe, depth)
{
  // <vc:code>
  // Edge indices in order of weight.
  var ia := new int[|edges|](i => i);
  var idx := ia[..];
  var order := SortByWeight(edges, idx);
  // Union-find over the vertices; chosen[u] lists the chosen edges at u.
  var parent := new int[n](i => i);
  var rank := new int[n](_ => 0);
  var chosen := new seq<int>[n](_ => []);
  var k := 0;
  while k < |order|
    invariant 0 <= k <= |order|
    invariant forall v :: 0 <= v < n ==> 0 <= parent[v] < n && 0 <= rank[v] <= k
    invariant forall v :: 0 <= v < n && parent[v] != v ==> rank[parent[v]] > rank[v]
    invariant forall u, j :: 0 <= u < n && 0 <= j < |chosen[u]| ==> 0 <= chosen[u][j] < |edges|
  {
    var e := order[k];
    var a := edges[e][0];
    var b := edges[e][1];
    var ra := Find(parent, rank, a);
    var rb := Find(parent, rank, b);
    if ra != rb {
      chosen[a] := chosen[a] + [e];
      chosen[b] := chosen[b] + [e];
      if rank[ra] < rank[rb] {
        parent[ra] := rb;
      } else if rank[rb] < rank[ra] {
        parent[rb] := ra;
      } else {
        parent[rb] := ra;
        rank[ra] := rank[ra] + 1;
      }
    }
    k := k + 1;
  }
  // Root every tree of the chosen forest by a breadth-first search.
  var pa := new int[n](_ => -1);
  var da := new int[n](_ => 0);
  var seen := new bool[n](_ => false);
  var queue: seq<int> := [];
  var head := 0;
  var r := 0;
  while r < n
    invariant 0 <= r <= n && 0 <= head
    invariant forall i :: 0 <= i < |queue| ==> 0 <= queue[i] < n
  {
    if !seen[r] {
      seen[r] := true;
      queue := queue + [r];
      while head < |queue| && head < n
        invariant 0 <= head
        invariant forall i :: 0 <= i < |queue| ==> 0 <= queue[i] < n
        decreases n - head
      {
        var u := queue[head];
        head := head + 1;
        var j := 0;
        while j < |chosen[u]|
          invariant 0 <= j <= |chosen[u]|
          invariant forall i :: 0 <= i < |queue| ==> 0 <= queue[i] < n
        {
          var c := chosen[u][j];
          var v := if edges[c][0] == u then edges[c][1] else edges[c][0];
          if !seen[v] {
            seen[v] := true;
            pa[v] := c;
            da[v] := da[u] + 1;
            queue := queue + [v];
          }
          j := j + 1;
        }
      }
    }
    r := r + 1;
  }
  pe := pa[..];
  depth := da[..];
  // </vc:code>
}
