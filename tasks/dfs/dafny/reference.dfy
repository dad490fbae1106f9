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
// The number of entries equal to false (vertices not visited yet).
function CountFalse(b: seq<bool>): nat
  decreases |b|
{
  if |b| == 0 then 0 else CountFalse(b[..|b| - 1]) + (if b[|b| - 1] then 0 else 1)
}

lemma CountFalseUpdate(b: seq<bool>, v: int)
  requires 0 <= v < |b| && !b[v]
  ensures CountFalse(b[v := true]) + 1 == CountFalse(b)
  decreases |b|
{
  var e := b[v := true];
  if v < |b| - 1 {
    assert e[..|e| - 1] == b[..|b| - 1][v := true];
    CountFalseUpdate(b[..|b| - 1], v);
  } else {
    assert e[..|e| - 1] == b[..|b| - 1];
  }
}

lemma CountAllFalse(b: seq<bool>)
  requires forall v :: 0 <= v < |b| ==> !b[v]
  ensures CountFalse(b) == |b|
  decreases |b|
{
  if |b| > 0 { CountAllFalse(b[..|b| - 1]); }
}

// The visited vertices are listed in order, once each, each (after the first) discovered from an
// earlier position, and CountFalse counts the others; the stack holds positions in order.
predicate Common(n: int, adj: seq<seq<int>>, s: int, vis: seq<bool>, order: seq<int>, from: seq<int>, stack: seq<int>)
{
  pre_dfs(n, adj, s) && |vis| == n && |order| >= 1 && |from| == |order| && order[0] == s && from[0] == -1 &&
  (forall i :: 0 <= i < |order| ==> 0 <= order[i] < n) &&
  (forall i, j :: 0 <= i < j < |order| ==> order[i] != order[j]) &&
  (forall v :: 0 <= v < n ==> (vis[v] <==> v in order)) &&
  (forall i :: 1 <= i < |order| ==> 0 <= from[i] < i && order[i] in adj[order[from[i]]]) &&
  (forall t :: 0 <= t < |stack| ==> 0 <= stack[t] < |order|) &&
  |order| + CountFalse(vis) == n
}

// Every listed position that is not on the stack (and is not p, whose edges are being scanned)
// has all its edges leading to visited vertices.
predicate Done(n: int, adj: seq<seq<int>>, vis: seq<bool>, order: seq<int>, stack: seq<int>, p: int)
  requires |adj| == n && |vis| == n
  requires forall w, i :: 0 <= w < n && 0 <= i < |adj[w]| ==> 0 <= adj[w][i] < n
  requires forall i :: 0 <= i < |order| ==> 0 <= order[i] < n
{
  forall i, k :: 0 <= i < |order| && i !in stack && i != p && 0 <= k < |adj[order[i]]| ==> vis[adj[order[i]][k]]
}

// Between two pops.
predicate Inv(n: int, adj: seq<seq<int>>, s: int, vis: seq<bool>, order: seq<int>, from: seq<int>, stack: seq<int>)
{
  Common(n, adj, s, vis, order, from, stack) && Done(n, adj, vis, order, stack, -1)
}

// While the edges of the vertex at the popped position p are scanned: the first i of them lead to
// visited vertices.
predicate Inner(n: int, adj: seq<seq<int>>, s: int, vis: seq<bool>, order: seq<int>, from: seq<int>, stack: seq<int>,
                p: int, i: int)
{
  Common(n, adj, s, vis, order, from, stack) && 0 <= p < |order| && 0 <= i <= |adj[order[p]]| &&
  Done(n, adj, vis, order, stack, p) &&
  (forall k :: 0 <= k < i ==> vis[adj[order[p]][k]])
}

lemma InnerStart(n: int, adj: seq<seq<int>>, s: int, vis: seq<bool>, order: seq<int>, from: seq<int>, stack: seq<int>)
  requires Inv(n, adj, s, vis, order, from, stack) && |stack| > 0
  ensures Inner(n, adj, s, vis, order, from, stack[..|stack| - 1], stack[|stack| - 1], 0)
{
  var st := stack[..|stack| - 1];
  var p := stack[|stack| - 1];
  forall i, k | 0 <= i < |order| && i !in st && i != p && 0 <= k < |adj[order[i]]| ensures vis[adj[order[i]][k]]
  {
    assert i !in stack;
  }
}

// Appending a fresh vertex v, discovered from position p, to the visit order.
lemma OrderExtend(n: int, adj: seq<seq<int>>, vis: seq<bool>, order: seq<int>, from: seq<int>, p: int, v: int,
                  vis2: seq<bool>, order2: seq<int>, from2: seq<int>)
  requires |adj| == n && |vis| == n && 0 <= v < n && !vis[v] && 0 <= p < |order|
  requires |from| == |order| && vis2 == vis[v := true] && order2 == order + [v] && from2 == from + [p]
  requires forall i :: 0 <= i < |order| ==> 0 <= order[i] < n
  requires v in adj[order[p]]
  requires forall i, j :: 0 <= i < j < |order| ==> order[i] != order[j]
  requires forall w :: 0 <= w < n ==> (vis[w] <==> w in order)
  requires forall i :: 1 <= i < |order| ==> 0 <= from[i] < i && order[i] in adj[order[from[i]]]
  ensures forall i :: 0 <= i < |order2| ==> 0 <= order2[i] < n
  ensures forall i, j :: 0 <= i < j < |order2| ==> order2[i] != order2[j]
  ensures forall w :: 0 <= w < n ==> (vis2[w] <==> w in order2)
  ensures forall i :: 1 <= i < |order2| ==> 0 <= from2[i] < i && order2[i] in adj[order2[from2[i]]]
{
  assert v !in order;
  forall i, j | 0 <= i < j < |order2| ensures order2[i] != order2[j]
  {
    if j < |order| { assert order2[i] == order[i] && order2[j] == order[j]; }
    else { assert order2[i] == order[i]; }
  }
  forall w | 0 <= w < n ensures (vis2[w] <==> w in order2)
  {
    if w != v { assert (w in order2) == (w in order); }
  }
  forall t | 0 <= t < |order2| ensures 0 <= order2[t] < n
  {
    if t < |order| { assert order2[t] == order[t]; }
  }
  forall t | 1 <= t < |order2| ensures 0 <= from2[t] < t && order2[t] in adj[order2[from2[t]]]
  {
    if t < |order| {
      assert from2[t] == from[t] && order2[t] == order[t] && order2[from[t]] == order[from[t]];
    } else {
      assert from2[t] == p && order2[t] == v && order2[p] == order[p];
    }
  }
}

lemma CommonExtend(n: int, adj: seq<seq<int>>, s: int, vis: seq<bool>, order: seq<int>, from: seq<int>, stack: seq<int>,
                   p: int, v: int, vis2: seq<bool>, order2: seq<int>, from2: seq<int>, stack2: seq<int>)
  requires Common(n, adj, s, vis, order, from, stack) && 0 <= p < |order| && 0 <= v < n && !vis[v]
  requires v in adj[order[p]]
  requires vis2 == vis[v := true] && order2 == order + [v] && from2 == from + [p] && stack2 == stack + [|order|]
  ensures Common(n, adj, s, vis2, order2, from2, stack2)
{
  CountFalseUpdate(vis, v);
  OrderExtend(n, adj, vis, order, from, p, v, vis2, order2, from2);
  forall t | 0 <= t < |stack2| ensures 0 <= stack2[t] < |order2|
  {
    if t < |stack| { assert stack2[t] == stack[t]; }
  }
}

lemma InnerNew(n: int, adj: seq<seq<int>>, s: int, vis: seq<bool>, order: seq<int>, from: seq<int>, stack: seq<int>,
               p: int, i: int, v: int, vis2: seq<bool>, order2: seq<int>, from2: seq<int>, stack2: seq<int>)
  requires Inner(n, adj, s, vis, order, from, stack, p, i) && i < |adj[order[p]]| && v == adj[order[p]][i] && !vis[v]
  requires vis2 == vis[v := true] && order2 == order + [v] && from2 == from + [p] && stack2 == stack + [|order|]
  ensures Inner(n, adj, s, vis2, order2, from2, stack2, p, i + 1)
{
  assert valid_graph(n, adj) && 0 <= v < n && v in adj[order[p]];
  CommonExtend(n, adj, s, vis, order, from, stack, p, v, vis2, order2, from2, stack2);
  forall j, k | 0 <= j < |order2| && j !in stack2 && j != p && 0 <= k < |adj[order2[j]]| ensures vis2[adj[order2[j]][k]]
  {
    assert j != |order| by { assert stack2[|stack|] == |order|; }
    assert order2[j] == order[j] && j !in stack;
    assert vis[adj[order[j]][k]];
  }
  forall k | 0 <= k < i + 1 ensures vis2[adj[order2[p]][k]]
  {
    assert order2[p] == order[p];
  }
}

lemma InnerSeen(n: int, adj: seq<seq<int>>, s: int, vis: seq<bool>, order: seq<int>, from: seq<int>, stack: seq<int>, p: int, i: int)
  requires Inner(n, adj, s, vis, order, from, stack, p, i) && i < |adj[order[p]]| && vis[adj[order[p]][i]]
  ensures Inner(n, adj, s, vis, order, from, stack, p, i + 1)
{
}

lemma InnerEnd(n: int, adj: seq<seq<int>>, s: int, vis: seq<bool>, order: seq<int>, from: seq<int>, stack: seq<int>, p: int)
  requires 0 <= p < |order| && 0 <= order[p] < |adj| && Inner(n, adj, s, vis, order, from, stack, p, |adj[order[p]]|)
  ensures Inv(n, adj, s, vis, order, from, stack)
{
}

lemma Finish(n: int, adj: seq<seq<int>>, s: int, vis: seq<bool>, order: seq<int>, from: seq<int>)
  requires Inv(n, adj, s, vis, order, from, [])
  ensures post_dfs(n, adj, s, order, from)
{
  forall i, k | 0 <= i < |order| && 0 <= k < |adj[order[i]]| ensures adj[order[i]][k] in order
  {
    assert i !in [];
    assert valid_graph(n, adj);
    assert vis[adj[order[i]][k]];
  }
}

method InitVisited(n: int, s: int) returns (vis: array<bool>)
  requires 1 <= n && 0 <= s < n
  ensures fresh(vis) && vis.Length == n && vis[s]
  ensures forall v :: 0 <= v < n && v != s ==> !vis[v]
  ensures CountFalse(vis[..]) == n - 1
{
  vis := new bool[n];
  var k := 0;
  while k < n
    invariant 0 <= k <= n
    invariant forall v :: 0 <= v < k ==> !vis[v]
  {
    vis[k] := false;
    k := k + 1;
  }
  CountAllFalse(vis[..]);
  CountFalseUpdate(vis[..], s);
  vis[s] := true;
}

// Scan the edges of the vertex at position p: every vertex seen for the first time is marked,
// listed (discovered from p) and its position pushed.
method ScanEdges(n: int, adj: seq<seq<int>>, s: int, vis: array<bool>, order: seq<int>, from: seq<int>, stack: seq<int>, p: int)
  returns (order2: seq<int>, from2: seq<int>, stack2: seq<int>)
  requires vis.Length == n && Inner(n, adj, s, vis[..], order, from, stack, p, 0)
  modifies vis
  ensures Inv(n, adj, s, vis[..], order2, from2, stack2)
  ensures |order2| >= |order| && (|order2| == |order| ==> stack2 == stack)
{
  order2, from2, stack2 := order, from, stack;
  var u := order[p];
  var i := 0;
  while i < |adj[u]|
    invariant Inner(n, adj, s, vis[..], order2, from2, stack2, p, i) && order2[p] == u
    invariant |order2| >= |order| && (|order2| == |order| ==> stack2 == stack)
  {
    var v := adj[u][i];
    if !vis[v] {
      InnerNew(n, adj, s, vis[..], order2, from2, stack2, p, i, v, vis[..][v := true], order2 + [v], from2 + [p], stack2 + [|order2|]);
      vis[v] := true;
      stack2 := stack2 + [|order2|];
      order2 := order2 + [v];
      from2 := from2 + [p];
    } else {
      InnerSeen(n, adj, s, vis[..], order2, from2, stack2, p, i);
    }
    i := i + 1;
  }
  InnerEnd(n, adj, s, vis[..], order2, from2, stack2, p);
}
// </vc:helpers>

// Depth-first search from s with an explicit stack: pop a vertex, scan its edges, and mark, list
// and push every vertex seen for the first time (the stack holds positions in the visit order).
method Dfs(n: int, adj: seq<seq<int>>, s: int) returns (order: seq<int>, from: seq<int>)
  requires pre_dfs(n, adj, s)
  ensures post_dfs(n, adj, s, order, from)
{
  // <vc:code>
  var vis := InitVisited(n, s);
  order := [s];
  from := [-1];
  var stack := [0];
  while |stack| > 0
    invariant Inv(n, adj, s, vis[..], order, from, stack)
    decreases n - |order|, |stack|
  {
    var p := stack[|stack| - 1];
    InnerStart(n, adj, s, vis[..], order, from, stack);
    ghost var m := |order|;
    ghost var h := |stack|;
    order, from, stack := ScanEdges(n, adj, s, vis, order, from, stack[..|stack| - 1], p);
    assert |order| > m || |stack| == h - 1;
    assert n - |order| >= 0 by { assert Common(n, adj, s, vis[..], order, from, stack); }
  }
  Finish(n, adj, s, vis[..], order, from);
  // </vc:code>
}
