// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

// At most 1000 edges leave a vertex (the bound of the topological_sort task, kept so that the two contracts agree).
predicate pre_topological_sort_dfs(n: int, adj: seq<seq<int>>)
{
  valid_graph(n, adj) && forall u :: 0 <= u < n ==> |adj[u]| <= 1000
}

// order lists every vertex exactly once (n distinct vertices) and every edge goes forward: no edge
// leads from a vertex to itself or to a vertex listed before it.
predicate is_topological_order(n: int, adj: seq<seq<int>>, order: seq<int>)
  requires valid_graph(n, adj)
{
  |order| == n && (forall i :: 0 <= i < n ==> 0 <= order[i] < n) &&
  (forall i, j :: 0 <= i < j < n ==> order[i] != order[j]) &&
  forall i, j :: 0 <= j <= i < n ==> order[j] !in adj[order[i]]
}

// cycle is a directed cycle (a closed walk): each vertex has an edge to the next one, and the
// last one to the first.
predicate is_cycle(n: int, adj: seq<seq<int>>, cycle: seq<int>)
  requires valid_graph(n, adj)
{
  |cycle| >= 1 && (forall i :: 0 <= i < |cycle| ==> 0 <= cycle[i] < n) &&
  forall i :: 0 <= i < |cycle| ==> cycle[(i + 1) % |cycle|] in adj[cycle[i]]
}

// Either a topological order (acyclic) or a directed cycle that shows none exists.
predicate post_topological_sort_dfs(n: int, adj: seq<seq<int>>, acyclic: bool, order: seq<int>, cycle: seq<int>)
{
  pre_topological_sort_dfs(n, adj) &&
  (acyclic ==> is_topological_order(n, adj, order)) &&
  (!acyclic ==> is_cycle(n, adj, cycle))
}

// Why a cycle is a certificate, proved: a graph with a directed cycle has no topological order
// (the positions of the cycle's vertices would have to increase all the way around).
lemma cycle_excludes_topological_order(n: int, adj: seq<seq<int>>, cycle: seq<int>, order: seq<int>)
  requires valid_graph(n, adj) && is_cycle(n, adj, cycle) && is_topological_order(n, adj, order)
  ensures false
{
  var L := |cycle|;
  EveryVertexListed(n, order, cycle[0]);
  var i0 :| 0 <= i0 < n && order[i0] == cycle[0];
  var last := PositionsRise(n, adj, cycle, order, i0, L - 1);
  assert cycle[(L - 1 + 1) % L] == cycle[0];
  assert cycle[0] in adj[cycle[L - 1]];
  assert order[i0] in adj[order[last]];
}

// The vertex k steps along the cycle is listed at least k places after its first vertex.
lemma PositionsRise(n: int, adj: seq<seq<int>>, cycle: seq<int>, order: seq<int>, i0: int, k: int) returns (i: int)
  requires valid_graph(n, adj) && is_cycle(n, adj, cycle) && is_topological_order(n, adj, order)
  requires 0 <= i0 < n && order[i0] == cycle[0] && 0 <= k < |cycle|
  ensures 0 <= i < n && order[i] == cycle[k] && i >= i0 + k
  decreases k
{
  if k == 0 {
    i := i0;
  } else {
    var p := PositionsRise(n, adj, cycle, order, i0, k - 1);
    assert cycle[(k - 1 + 1) % |cycle|] == cycle[k];
    assert cycle[k] in adj[cycle[k - 1]];
    EveryVertexListed(n, order, cycle[k]);
    i :| 0 <= i < n && order[i] == cycle[k];
    if i <= p {
      assert order[i] !in adj[order[p]];
    }
  }
}
// n distinct vertices among 0 .. n-1 are all of them.
lemma EveryVertexListed(n: int, order: seq<int>, v: int)
  requires |order| == n && 0 <= v < n
  requires forall i :: 0 <= i < n ==> 0 <= order[i] < n
  requires forall i, j :: 0 <= i < j < n ==> order[i] != order[j]
  ensures v in order
{
  var s := set k | 0 <= k < n :: order[k];
  var full := set k | 0 <= k < n;
  SetOfRange(n);
  InjectiveImage(n, order);
  if v !in s {
    assert s <= full - {v};
    SubsetCard(s, full - {v});
  }
  var i :| 0 <= i < n && order[i] == v;
}

lemma SetOfRange(n: int)
  requires n >= 0
  ensures |set k | 0 <= k < n| == n
  decreases n
{
  if n > 0 {
    SetOfRange(n - 1);
    assert (set k | 0 <= k < n) == (set k | 0 <= k < n - 1) + {n - 1};
  }
}

lemma InjectiveImage(n: int, order: seq<int>)
  requires 0 <= n <= |order|
  requires forall i, j :: 0 <= i < j < n ==> order[i] != order[j]
  ensures |set k | 0 <= k < n :: order[k]| == n
  decreases n
{
  if n > 0 {
    InjectiveImage(n - 1, order);
    assert (set k | 0 <= k < n :: order[k]) == (set k | 0 <= k < n - 1 :: order[k]) + {order[n - 1]};
    assert order[n - 1] !in (set k | 0 <= k < n - 1 :: order[k]);
  }
}

lemma SubsetCard(a: set<int>, b: set<int>)
  requires a <= b
  ensures |a| <= |b|
  decreases |b|
{
  if a != {} {
    var x :| x in a;
    SubsetCard(a - {x}, b - {x});
  }
}

// <vc:helpers>
// Colours: 0 unvisited, 1 active (on the DFS path), 2 finished.
function Count(s: seq<int>, c: int): nat
{
  if |s| == 0 then 0 else Count(s[..|s| - 1], c) + (if s[|s| - 1] == c then 1 else 0)
}

lemma CountUpdate(s: seq<int>, v: int, c: int, x: int)
  requires 0 <= v < |s|
  ensures Count(s[v := c], x) == Count(s, x) - (if s[v] == x then 1 else 0) + (if c == x then 1 else 0)
  decreases |s|
{
  var t := s[v := c];
  if v == |s| - 1 {
    assert t[..|t| - 1] == s[..|s| - 1];
  } else {
    assert t[..|t| - 1] == s[..|s| - 1][v := c];
    CountUpdate(s[..|s| - 1], v, c, x);
  }
}

lemma CountAll(s: seq<int>, c: int)
  requires forall i :: 0 <= i < |s| ==> s[i] == c
  ensures Count(s, c) == |s|
  decreases |s|
{
  if |s| > 0 { CountAll(s[..|s| - 1], c); }
}

lemma CountNone(s: seq<int>, c: int)
  requires forall i :: 0 <= i < |s| ==> s[i] != c
  ensures Count(s, c) == 0
  decreases |s|
{
  if |s| > 0 { CountNone(s[..|s| - 1], c); }
}

// The DFS state: col the colours, stack the active path (each vertex has an edge to the next),
// post the finished vertices in finishing order with pos[v] the place of a finished v; every
// edge out of a finished vertex leads to a vertex finished earlier.
predicate Inv(n: int, adj: seq<seq<int>>, col: seq<int>, stack: seq<int>, post: seq<int>, pos: seq<int>)
  requires valid_graph(n, adj)
{
  |col| == n && |pos| == n &&
  (forall v :: 0 <= v < n ==> 0 <= col[v] <= 2) &&
  (forall v :: 0 <= v < n && col[v] == 2 ==> 0 <= pos[v] < |post| && post[pos[v]] == v) &&
  (forall k :: 0 <= k < |post| ==> 0 <= post[k] < n && col[post[k]] == 2 && pos[post[k]] == k) &&
  (forall j :: 0 <= j < |stack| ==> 0 <= stack[j] < n && col[stack[j]] == 1) &&
  (forall v :: 0 <= v < n && col[v] == 1 ==> v in stack) &&
  (forall j :: 0 <= j < |stack| - 1 ==> stack[j + 1] in adj[stack[j]]) &&
  Count(col, 2) == |post| &&
  (forall x, i :: 0 <= x < n && col[x] == 2 && 0 <= i < |adj[x]| ==>
     col[adj[x][i]] == 2 && pos[adj[x][i]] < pos[x])
}

lemma Enter(n: int, adj: seq<seq<int>>, col: seq<int>, stack: seq<int>, post: seq<int>, pos: seq<int>, u: int)
  requires valid_graph(n, adj) && Inv(n, adj, col, stack, post, pos) && 0 <= u < n && col[u] == 0
  requires |stack| > 0 ==> u in adj[stack[|stack| - 1]]
  ensures Inv(n, adj, col[u := 1], stack + [u], post, pos)
  ensures Count(col[u := 1], 0) == Count(col, 0) - 1
{
  CountUpdate(col, u, 1, 2);
  CountUpdate(col, u, 1, 0);
  var c := col[u := 1];
  var st := stack + [u];
  forall j | 0 <= j < |st| - 1
    ensures st[j + 1] in adj[st[j]]
  {
    if j < |stack| - 1 { assert st[j + 1] == stack[j + 1] && st[j] == stack[j]; }
    else { assert st[j + 1] == u && st[j] == stack[|stack| - 1]; }
  }
  forall v | 0 <= v < n && c[v] == 1
    ensures v in st
  {
    if v != u { assert v in stack; }
  }
  forall j | 0 <= j < |st|
    ensures 0 <= st[j] < n && c[st[j]] == 1
  {
    if j < |stack| { assert st[j] == stack[j]; }
  }
}

lemma Leave(n: int, adj: seq<seq<int>>, col: seq<int>, stack: seq<int>, post: seq<int>, pos: seq<int>, u: int)
  requires valid_graph(n, adj) && Inv(n, adj, col, stack + [u], post, pos) && 0 <= u < n && col[u] == 1
  requires forall j :: 0 <= j < |stack| ==> stack[j] != u
  requires forall i :: 0 <= i < |adj[u]| ==> col[adj[u][i]] == 2
  ensures Inv(n, adj, col[u := 2], stack, post + [u], pos[u := |post|])
  ensures Count(col[u := 2], 0) == Count(col, 0)
{
  CountUpdate(col, u, 2, 2);
  CountUpdate(col, u, 2, 0);
  var c := col[u := 2];
  var p := post + [u];
  var ps := pos[u := |post|];
  var st := stack + [u];
  forall j | 0 <= j < |stack| - 1
    ensures stack[j + 1] in adj[stack[j]]
  {
    assert st[j + 1] == stack[j + 1] && st[j] == stack[j];
  }
  forall j | 0 <= j < |stack|
    ensures 0 <= stack[j] < n && c[stack[j]] == 1
  {
    assert st[j] == stack[j];
  }
  forall v | 0 <= v < n && c[v] == 1
    ensures v in stack
  {
    assert v in st && v != u;
    var j :| 0 <= j < |st| && st[j] == v;
    assert j < |stack| && stack[j] == v;
  }
  forall v | 0 <= v < n && c[v] == 2
    ensures 0 <= ps[v] < |p| && p[ps[v]] == v
  {
    if v != u { assert col[v] == 2; }
  }
  forall k | 0 <= k < |p|
    ensures 0 <= p[k] < n && c[p[k]] == 2 && ps[p[k]] == k
  {
    if k < |post| { assert p[k] == post[k] && post[k] != u; }
  }
  forall x, i | 0 <= x < n && c[x] == 2 && 0 <= i < |adj[x]|
    ensures c[adj[x][i]] == 2 && ps[adj[x][i]] < ps[x]
  {
    var y := adj[x][i];
    if x == u {
      assert col[y] == 2 && y != u && pos[y] < |post|;
    } else {
      assert col[x] == 2 && col[y] == 2 && y != u;
    }
  }
}

// The active path stack ends at u and u has an edge to y, an active vertex: the stretch of the
// path from y to u is a cycle.
method CycleFrom(n: int, adj: seq<seq<int>>, st: seq<int>, y: int) returns (cycle: seq<int>)
  requires valid_graph(n, adj) && |st| > 0 && y in st
  requires forall j :: 0 <= j < |st| ==> 0 <= st[j] < n
  requires y in adj[st[|st| - 1]]
  requires forall j :: 0 <= j < |st| - 1 ==> st[j + 1] in adj[st[j]]
  ensures is_cycle(n, adj, cycle)
{
  var k := 0;
  while st[k] != y
    invariant 0 <= k < |st| && y !in st[..k]
    decreases |st| - k
  {
    assert st[..k + 1] == st[..k] + [st[k]];
    k := k + 1;
    if k == |st| { assert st[..k] == st; assert false; }
  }
  cycle := st[k..];
  var L := |cycle|;
  forall i | 0 <= i < L
    ensures cycle[(i + 1) % L] in adj[cycle[i]]
  {
    if i < L - 1 {
      assert (i + 1) % L == i + 1;
      assert cycle[i + 1] == st[k + i + 1] && cycle[i] == st[k + i];
    } else {
      assert (i + 1) % L == 0;
      assert cycle[0] == y && cycle[i] == st[|st| - 1];
    }
  }
}

// Visit u (unvisited) below the active path stack: either a cycle, or u and everything reached
// from it finished.
method Visit(n: int, adj: seq<seq<int>>, u: int, col: seq<int>, stack: seq<int>, post: seq<int>, ghost pos: seq<int>)
  returns (col2: seq<int>, post2: seq<int>, ghost pos2: seq<int>, found: bool, cycle: seq<int>)
  requires pre_topological_sort_dfs(n, adj) && Inv(n, adj, col, stack, post, pos) && 0 <= u < n && col[u] == 0
  requires |stack| > 0 ==> u in adj[stack[|stack| - 1]]
  ensures found ==> is_cycle(n, adj, cycle)
  ensures !found ==> Inv(n, adj, col2, stack, post2, pos2) && col2[u] == 2 && Count(col2, 0) < Count(col, 0)
  ensures !found ==> forall v :: 0 <= v < n && col[v] == 2 ==> col2[v] == 2
  decreases Count(col, 0)
{
  Enter(n, adj, col, stack, post, pos, u);
  var c := col[u := 1];
  var st := stack + [u];
  var p := post;
  ghost var ps := pos;
  found := false;
  cycle := [];
  var i := 0;
  while i < |adj[u]|
    invariant 0 <= i <= |adj[u]|
    invariant Inv(n, adj, c, st, p, ps) && c[u] == 1
    invariant forall j :: 0 <= j < i ==> c[adj[u][j]] == 2
    invariant Count(c, 0) < Count(col, 0)
    invariant forall v :: 0 <= v < n && col[v] == 2 ==> c[v] == 2
  {
    var y := adj[u][i];
    if c[y] == 1 {
      assert st[|st| - 1] == u;
      cycle := CycleFrom(n, adj, st, y);
      found := true;
      return;
    }
    if c[y] == 0 {
      var f, cy;
      c, p, ps, f, cy := Visit(n, adj, y, c, st, p, ps);
      if f {
        found, cycle := true, cy;
        return;
      }
    }
    i := i + 1;
  }
  assert forall j :: 0 <= j < |stack| ==> stack[j] != u by {
    forall j | 0 <= j < |stack| ensures stack[j] != u { assert col[stack[j]] == 1; }
  }
  Leave(n, adj, c, stack, p, ps, u);
  col2 := c[u := 2];
  post2 := p + [u];
  pos2 := ps[u := |p|];
}

method FillInt(n: int, x: int) returns (r: seq<int>)
  requires n >= 0
  ensures |r| == n && forall i :: 0 <= i < n ==> r[i] == x
{
  r := [];
  while |r| < n
    invariant |r| <= n && forall i :: 0 <= i < |r| ==> r[i] == x
  {
    r := r + [x];
  }
}

lemma InitInv(n: int, adj: seq<seq<int>>, col: seq<int>, pos: seq<int>)
  requires valid_graph(n, adj) && |col| == n && |pos| == n && forall v :: 0 <= v < n ==> col[v] == 0
  ensures Inv(n, adj, col, [], [], pos)
{
  CountNone(col, 2);
}

// All vertices finished: the reverse of the finishing order is topological.
lemma Conclude(n: int, adj: seq<seq<int>>, col: seq<int>, post: seq<int>, pos: seq<int>, order: seq<int>)
  requires valid_graph(n, adj) && Inv(n, adj, col, [], post, pos)
  requires forall v :: 0 <= v < n ==> col[v] == 2
  requires |order| == |post| && forall k :: 0 <= k < |order| ==> order[k] == post[|post| - 1 - k]
  ensures is_topological_order(n, adj, order)
{
  CountAll(col, 2);
  forall i, j | 0 <= i < j < n
    ensures order[i] != order[j]
  {
    assert pos[order[i]] == n - 1 - i && pos[order[j]] == n - 1 - j;
  }
  forall i, j | 0 <= j <= i < n
    ensures order[j] !in adj[order[i]]
  {
    var x := order[i];
    if order[j] in adj[x] {
      var t :| 0 <= t < |adj[x]| && adj[x][t] == order[j];
      assert pos[x] == n - 1 - i && pos[order[j]] == n - 1 - j;
      assert pos[adj[x][t]] < pos[x];
    }
  }
}
// </vc:helpers>

// Depth-first search: visit every vertex not visited yet; a visit marks its vertex active (on
// the DFS path), visits its unvisited heads, then marks it finished. Listing the vertices by
// decreasing finishing time (reverse postorder) gives a topological order; an edge to an active
// vertex closes a cycle along the DFS path.
method TopologicalSortDfs(n: int, adj: seq<seq<int>>) returns (acyclic: bool, order: seq<int>, cycle: seq<int>)
  requires pre_topological_sort_dfs(n, adj)
  ensures post_topological_sort_dfs(n, adj, acyclic, order, cycle)
{
  // <vc:code>
  var col := FillInt(n, 0);
  var pos0 := FillInt(n, 0);
  ghost var pos := pos0;
  var post: seq<int> := [];
  InitInv(n, adj, col, pos);
  acyclic := true;
  order := [];
  cycle := [];
  var v := 0;
  while v < n
    invariant 0 <= v <= n && Inv(n, adj, col, [], post, pos)
    invariant forall w :: 0 <= w < v ==> col[w] == 2
  {
    if col[v] == 0 {
      var f, cy;
      col, post, pos, f, cy := Visit(n, adj, v, col, [], post, pos);
      if f {
        acyclic, cycle := false, cy;
        return;
      }
    } else {
      assert col[v] != 1 by { if col[v] == 1 { assert v in []; } }
    }
    v := v + 1;
  }
  var k := 0;
  while k < |post|
    invariant 0 <= k <= |post| && |order| == k
    invariant forall i :: 0 <= i < k ==> order[i] == post[|post| - 1 - i]
  {
    order := order + [post[|post| - 1 - k]];
    k := k + 1;
  }
  Conclude(n, adj, col, post, pos, order);
  // </vc:code>
}
