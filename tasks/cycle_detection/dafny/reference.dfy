// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

// At most 1000 edges leave a vertex (so in-degree counts fit machine integers in every language).
predicate pre_cycle_detection(n: int, adj: seq<seq<int>>)
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

// cyclic: a directed cycle exists, and cycle is one. Otherwise a topological order, which shows
// that there is none (lemma cycle_excludes_topological_order). The unused output is free.
predicate post_cycle_detection(n: int, adj: seq<seq<int>>, cyclic: bool, cycle: seq<int>, order: seq<int>)
{
  pre_cycle_detection(n, adj) &&
  (cyclic ==> is_cycle(n, adj, cycle)) &&
  (!cyclic ==> is_topological_order(n, adj, order))
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
function White(n: int, color: seq<int>): set<int>
  requires |color| == n
{
  set v | 0 <= v < n && color[v] == 0
}

function Black(n: int, color: seq<int>): set<int>
  requires |color| == n
{
  set v | 0 <= v < n && color[v] == 2
}

predicate VAt(n: int, adj: seq<seq<int>>, color: seq<int>, fin: seq<int>, post: seq<int>, stack: seq<int>, v: int)
  requires valid_graph(n, adj) && |color| == n && |fin| == n && 0 <= v < n
{
  0 <= color[v] <= 2 && (color[v] == 1 <==> v in stack) &&
  (color[v] == 2 ==> 0 <= fin[v] < |post| && post[fin[v]] == v &&
     forall k :: 0 <= k < |adj[v]| ==> color[adj[v][k]] == 2 && fin[adj[v][k]] < fin[v])
}

// The search state: colour 0 white, 1 grey (exactly the vertices on the current path stack,
// each with an edge to the next), 2 black (finished: post[fin[v]] == v, and every head of an
// edge out of v is black and finished earlier).
predicate Valid(n: int, adj: seq<seq<int>>, color: seq<int>, fin: seq<int>, post: seq<int>, stack: seq<int>)
  requires valid_graph(n, adj)
{
  |color| == n && |fin| == n &&
  (forall v :: 0 <= v < n ==> VAt(n, adj, color, fin, post, stack, v)) &&
  (forall t :: 0 <= t < |post| ==> 0 <= post[t] < n && color[post[t]] == 2 && fin[post[t]] == t) &&
  (forall i :: 0 <= i < |stack| ==> 0 <= stack[i] < n) &&
  (forall i :: 0 <= i < |stack| - 1 ==> stack[i + 1] in adj[stack[i]]) &&
  |post| == |Black(n, color)|
}

lemma Enter(n: int, adj: seq<seq<int>>, color: seq<int>, fin: seq<int>, post: seq<int>, stack: seq<int>, u: int)
  requires pre_cycle_detection(n, adj) && Valid(n, adj, color, fin, post, stack) && 0 <= u < n && color[u] == 0
  requires |stack| > 0 ==> u in adj[stack[|stack| - 1]]
  ensures Valid(n, adj, color[u := 1], fin, post, stack + [u])
  ensures White(n, color[u := 1]) < White(n, color)
{
  var c2 := color[u := 1];
  assert Black(n, c2) == Black(n, color);
  assert u in White(n, color) && u !in White(n, c2);
  assert White(n, c2) <= White(n, color);
  var st := stack + [u];
  forall i | 0 <= i < |st| - 1 ensures st[i + 1] in adj[st[i]]
  {
    if i < |stack| - 1 { assert st[i] == stack[i] && st[i + 1] == stack[i + 1]; }
  }
  forall v | 0 <= v < n ensures VAt(n, adj, c2, fin, post, st, v)
  {
    assert VAt(n, adj, color, fin, post, stack, v);
    if color[v] == 2 {
      forall k | 0 <= k < |adj[v]| ensures c2[adj[v][k]] == 2
      {
        assert color[adj[v][k]] == 2;
      }
    }
  }
}

lemma Finish(n: int, adj: seq<seq<int>>, color: seq<int>, fin: seq<int>, post: seq<int>, stack: seq<int>, u: int)
  requires pre_cycle_detection(n, adj) && valid_graph(n, adj) && Valid(n, adj, color, fin, post, stack + [u]) && 0 <= u < n
  requires u !in stack
  requires forall k :: 0 <= k < |adj[u]| ==> color[adj[u][k]] == 2
  ensures Valid(n, adj, color[u := 2], fin[u := |post|], post + [u], stack)
{
  var c2, f2, p2 := color[u := 2], fin[u := |post|], post + [u];
  assert VAt(n, adj, color, fin, post, stack + [u], u);
  assert color[u] == 1;
  assert Black(n, c2) == Black(n, color) + {u};
  assert u !in Black(n, color);
  forall i | 0 <= i < |stack| - 1 ensures stack[i + 1] in adj[stack[i]]
  {
    assert (stack + [u])[i] == stack[i] && (stack + [u])[i + 1] == stack[i + 1];
  }
  forall i | 0 <= i < |stack| ensures 0 <= stack[i] < n
  {
    assert (stack + [u])[i] == stack[i];
  }
  forall v | 0 <= v < n ensures VAt(n, adj, c2, f2, p2, stack, v)
  {
    assert VAt(n, adj, color, fin, post, stack + [u], v);
    if v != u {
      if color[v] == 2 {
        assert p2[fin[v]] == post[fin[v]];
        forall k | 0 <= k < |adj[v]| ensures c2[adj[v][k]] == 2 && f2[adj[v][k]] < f2[v]
        {
          assert color[adj[v][k]] == 2;
        }
      }
    } else {
      forall k | 0 <= k < |adj[v]| ensures c2[adj[v][k]] == 2 && f2[adj[v][k]] < f2[v]
      {
        var w := adj[u][k];
        assert color[w] == 2;
        assert VAt(n, adj, color, fin, post, stack + [u], w);
      }
    }
  }
  forall t | 0 <= t < |p2| ensures 0 <= p2[t] < n && c2[p2[t]] == 2 && f2[p2[t]] == t
  {
    if t < |post| {
      assert VAt(n, adj, color, fin, post, stack + [u], post[t]);
    }
  }
}

method FindCycle(n: int, adj: seq<seq<int>>, st: seq<int>, u: int, w: int) returns (cycle: seq<int>)
  requires pre_cycle_detection(n, adj) && valid_graph(n, adj) && |st| > 0 && st[|st| - 1] == u && w in st
  requires 0 <= u < n && w in adj[u]
  requires forall i :: 0 <= i < |st| ==> 0 <= st[i] < n
  requires forall i :: 0 <= i < |st| - 1 ==> st[i + 1] in adj[st[i]]
  ensures is_cycle(n, adj, cycle)
{
  var p := 0;
  while st[p] != w
    invariant 0 <= p < |st| && w in st[p..]
    decreases |st| - p
  {
    assert st[p..] == [st[p]] + st[p + 1..];
    p := p + 1;
  }
  cycle := st[p..];
  var L := |cycle|;
  forall i | 0 <= i < L ensures 0 <= cycle[i] < n && cycle[(i + 1) % L] in adj[cycle[i]]
  {
    if i < L - 1 {
      assert (i + 1) % L == i + 1;
      assert cycle[i] == st[p + i] && cycle[i + 1] == st[p + i + 1];
    } else {
      assert (i + 1) % L == 0;
      assert cycle[i] == u && cycle[0] == w;
    }
  }
}

method Visit(n: int, adj: seq<seq<int>>, u: int, color0: seq<int>, fin0: seq<int>, post0: seq<int>, stack: seq<int>)
  returns (found: bool, cycle: seq<int>, color: seq<int>, fin: seq<int>, post: seq<int>)
  requires pre_cycle_detection(n, adj) && Valid(n, adj, color0, fin0, post0, stack) && 0 <= u < n && color0[u] == 0
  requires |stack| > 0 ==> u in adj[stack[|stack| - 1]]
  ensures found ==> is_cycle(n, adj, cycle)
  ensures !found ==> Valid(n, adj, color, fin, post, stack) && |color| == n && color[u] == 2 &&
    White(n, color) <= White(n, color0) &&
    forall v :: 0 <= v < n && color0[v] != 0 ==> color[v] == color0[v]
  decreases White(n, color0)
{
  Enter(n, adj, color0, fin0, post0, stack, u);
  color, fin, post := color0[u := 1], fin0, post0;
  cycle := [];
  var st := stack + [u];
  var j := 0;
  while j < |adj[u]|
    invariant 0 <= j <= |adj[u]|
    invariant Valid(n, adj, color, fin, post, st) && color[u] == 1
    invariant forall k :: 0 <= k < j ==> color[adj[u][k]] == 2
    invariant White(n, color) < White(n, color0)
    invariant forall v :: 0 <= v < n && color0[v] != 0 ==> color[v] == color0[v]
    decreases |adj[u]| - j
  {
    var w := adj[u][j];
    assert w in adj[u];
    assert VAt(n, adj, color, fin, post, st, w);
    if color[w] == 0 {
      var f, c;
      ghost var before := color;
      f, c, color, fin, post := Visit(n, adj, w, color, fin, post, st);
      if f {
        found, cycle := true, c;
        return;
      }
      assert forall v :: 0 <= v < n && before[v] != 0 ==> color[v] == before[v];
      assert forall k :: 0 <= k < j ==> before[adj[u][k]] == 2;
    } else if color[w] == 1 {
      assert VAt(n, adj, color, fin, post, st, w);
      cycle := FindCycle(n, adj, st, u, w);
      found := true;
      return;
    }
    j := j + 1;
  }
  assert VAt(n, adj, color0, fin0, post0, stack, u);
  assert u !in stack;
  Finish(n, adj, color, fin, post, stack, u);
  color, fin, post := color[u := 2], fin[u := |post|], post + [u];
  found := false;
}

method Fill(n: int, x: int) returns (a: seq<int>)
  requires n >= 0
  ensures |a| == n && forall i :: 0 <= i < n ==> a[i] == x
{
  a := [];
  while |a| < n
    invariant |a| <= n && forall i :: 0 <= i < |a| ==> a[i] == x
  {
    a := a + [x];
  }
}

lemma AllBlack(n: int, adj: seq<seq<int>>, color: seq<int>, fin: seq<int>, post: seq<int>)
  requires pre_cycle_detection(n, adj) && Valid(n, adj, color, fin, post, []) && forall v :: 0 <= v < n ==> color[v] == 2
  ensures |post| == n
{
  assert Black(n, color) == set k | 0 <= k < n;
  SetOfRange(n);
}

lemma ReverseIsTopological(n: int, adj: seq<seq<int>>, color: seq<int>, fin: seq<int>, post: seq<int>, order: seq<int>)
  requires pre_cycle_detection(n, adj) && Valid(n, adj, color, fin, post, []) && |post| == n
  requires |order| == n && forall i :: 0 <= i < n ==> order[i] == post[n - 1 - i]
  ensures is_topological_order(n, adj, order)
{
  forall i, j | 0 <= i < j < n ensures order[i] != order[j]
  {
    assert fin[post[n - 1 - i]] == n - 1 - i && fin[post[n - 1 - j]] == n - 1 - j;
  }
  forall i, j | 0 <= j <= i < n ensures order[j] !in adj[order[i]]
  {
    var u := order[i];
    assert fin[u] == n - 1 - i && color[u] == 2;
    assert VAt(n, adj, color, fin, post, [], u);
    if order[j] in adj[u] {
      var k :| 0 <= k < |adj[u]| && adj[u][k] == order[j];
      assert fin[order[j]] == n - 1 - j;
    }
  }
}
// </vc:helpers>

// Depth-first search with three colours (white, grey = on the current path, black = finished):
// an edge to a grey vertex closes a cycle along the path; otherwise the reverse finishing order
// is topological.
method CycleDetection(n: int, adj: seq<seq<int>>) returns (cyclic: bool, cycle: seq<int>, order: seq<int>)
  requires pre_cycle_detection(n, adj)
  ensures post_cycle_detection(n, adj, cyclic, cycle, order)
{
  // <vc:code>
  var color := Fill(n, 0);
  var fin := Fill(n, 0);
  var post: seq<int> := [];
  cycle := [];
  order := [];
  assert Black(n, color) == {};
  var s := 0;
  while s < n
    invariant 0 <= s <= n && Valid(n, adj, color, fin, post, [])
    invariant forall v :: 0 <= v < s ==> color[v] == 2
  {
    assert VAt(n, adj, color, fin, post, [], s);
    if color[s] == 0 {
      var f, c;
      f, c, color, fin, post := Visit(n, adj, s, color, fin, post, []);
      if f {
        cyclic, cycle := true, c;
        return;
      }
    }
    s := s + 1;
  }
  AllBlack(n, adj, color, fin, post);
  var t := n;
  while t > 0
    invariant 0 <= t <= n && |order| == n - t
    invariant forall i :: 0 <= i < n - t ==> order[i] == post[n - 1 - i]
  {
    t := t - 1;
    order := order + [post[t]];
  }
  ReverseIsTopological(n, adj, color, fin, post, order);
  cyclic := false;
  // </vc:code>
}
