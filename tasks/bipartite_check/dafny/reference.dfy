// An undirected graph on the vertices 0 .. n-1 as symmetric adjacency lists: v is in adj[u]
// exactly when u is in adj[v] (repetitions and self-loops allowed; a self-loop is an odd cycle).
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

predicate symmetric(n: int, adj: seq<seq<int>>)
  requires valid_graph(n, adj)
{
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> u in adj[adj[u][i]]
}

predicate pre_bipartite_check(n: int, adj: seq<seq<int>>)
{
  valid_graph(n, adj) && symmetric(n, adj) && forall u :: 0 <= u < n ==> |adj[u]| <= 1000
}

// color gives every vertex one of two colours, 0 or 1, and every edge joins different colours.
predicate is_two_colouring(n: int, adj: seq<seq<int>>, color: seq<int>)
  requires valid_graph(n, adj)
{
  |color| == n &&
  forall v :: 0 <= v < n ==> (color[v] == 0 || color[v] == 1) &&
    forall i :: 0 <= i < |adj[v]| ==> color[adj[v][i]] != color[v]
}

// cycle is a closed walk of odd length: each vertex has an edge to the next one, the last one to
// the first, and the number of vertices (= the number of edges walked) is odd.
predicate is_odd_closed_walk(n: int, adj: seq<seq<int>>, cycle: seq<int>)
  requires valid_graph(n, adj)
{
  |cycle| % 2 == 1 &&
  forall i :: 0 <= i < |cycle| ==> 0 <= cycle[i] < n && cycle[(i + 1) % |cycle|] in adj[cycle[i]]
}

// bipartite: a 2-colouring with every edge between the two colours; otherwise an odd closed walk,
// which shows that no 2-colouring exists (lemma odd_closed_walk_excludes_two_colouring). Colour
// when !bipartite and cycle when bipartite are free.
predicate post_bipartite_check(n: int, adj: seq<seq<int>>, bipartite: bool, color: seq<int>, cycle: seq<int>)
{
  pre_bipartite_check(n, adj) &&
  (bipartite ==> is_two_colouring(n, adj, color)) &&
  (!bipartite ==> is_odd_closed_walk(n, adj, cycle))
}

// Along a walk the colours alternate: the vertex k steps in has the first vertex's colour
// exactly when k is even.
lemma ColoursAlternate(n: int, adj: seq<seq<int>>, cycle: seq<int>, color: seq<int>, k: int)
  requires valid_graph(n, adj) && is_odd_closed_walk(n, adj, cycle) && is_two_colouring(n, adj, color)
  requires 0 <= k < |cycle|
  ensures color[cycle[k]] == (if k % 2 == 0 then color[cycle[0]] else 1 - color[cycle[0]])
{
  if k > 0 {
    ColoursAlternate(n, adj, cycle, color, k - 1);
    var u := cycle[k - 1];
    assert (k - 1 + 1) % |cycle| == k;
    assert cycle[k] in adj[u];
    var i :| 0 <= i < |adj[u]| && adj[u][i] == cycle[k];
  }
}

// Why an odd closed walk is a certificate, proved: a graph with one has no 2-colouring.
lemma odd_closed_walk_excludes_two_colouring(n: int, adj: seq<seq<int>>, cycle: seq<int>, color: seq<int>)
  requires valid_graph(n, adj) && is_odd_closed_walk(n, adj, cycle) && is_two_colouring(n, adj, color)
  ensures false
{
  var L := |cycle|;
  ColoursAlternate(n, adj, cycle, color, L - 1);
  var u := cycle[L - 1];
  assert (L - 1 + 1) % L == 0;
  assert cycle[0] in adj[u];
  var i :| 0 <= i < |adj[u]| && adj[u][i] == cycle[0];
}

// <vc:helpers>
// The search forest: every coloured vertex has a colour (0 or 1) equal to the parity of its depth;
// depth 0 is the root of its tree, any other vertex has an edge from its coloured parent, one
// level up in the same tree.
predicate ForestAt(n: int, adj: seq<seq<int>>, color: seq<int>, par: seq<int>, dep: seq<int>, root: seq<int>, v: int)
  requires valid_graph(n, adj) && |color| == n && |par| == n && |dep| == n && |root| == n && 0 <= v < n
{
  -1 <= color[v] <= 1 &&
  (color[v] != -1 ==> 0 <= root[v] < n && dep[v] >= 0 && color[v] == dep[v] % 2 &&
    (dep[v] == 0 ==> v == root[v]) &&
    (dep[v] > 0 ==> 0 <= par[v] < n && color[par[v]] != -1 && dep[par[v]] == dep[v] - 1 &&
                    root[par[v]] == root[v] && v in adj[par[v]]))
}

predicate Forest(n: int, adj: seq<seq<int>>, color: seq<int>, par: seq<int>, dep: seq<int>, root: seq<int>)
  requires valid_graph(n, adj)
{
  |color| == n && |par| == n && |dep| == n && |root| == n &&
  forall v :: 0 <= v < n ==> ForestAt(n, adj, color, par, dep, root, v)
}

// Every neighbour of x is coloured, in x's tree, with the other colour.
predicate Closed(n: int, adj: seq<seq<int>>, color: seq<int>, root: seq<int>, x: int)
  requires valid_graph(n, adj) && |color| == n && |root| == n && 0 <= x < n
{
  color[x] != -1 &&
  forall i :: 0 <= i < |adj[x]| ==> color[adj[x][i]] != -1 && root[adj[x][i]] == root[x] && color[adj[x][i]] != color[x]
}

// Before the search from s: the vertices below s are coloured, all trees so far are closed.
predicate Outer(n: int, adj: seq<seq<int>>, color: seq<int>, par: seq<int>, dep: seq<int>, root: seq<int>, s: int)
  requires valid_graph(n, adj)
{
  Forest(n, adj, color, par, dep, root) && 0 <= s <= n &&
  (forall v :: 0 <= v < s ==> color[v] != -1) &&
  (forall v :: 0 <= v < n && color[v] != -1 ==> root[v] < s && Closed(n, adj, color, root, v))
}

// During the search from s: q lists the vertices of the tree of s once each; the first head of
// them are closed; older trees are closed.
predicate Search(n: int, adj: seq<seq<int>>, color: seq<int>, par: seq<int>, dep: seq<int>, root: seq<int>, s: int,
                 q: seq<int>, head: int)
  requires valid_graph(n, adj)
{
  Forest(n, adj, color, par, dep, root) && 0 <= s < n && color[s] != -1 && 0 <= head <= |q| &&
  (forall v :: 0 <= v < s ==> color[v] != -1) &&
  (forall v :: 0 <= v < n && color[v] != -1 ==> root[v] <= s && (root[v] < s ==> Closed(n, adj, color, root, v))) &&
  (forall v :: 0 <= v < n && color[v] != -1 && root[v] == s ==> v in q) &&
  (forall i :: 0 <= i < |q| ==> 0 <= q[i] < n && color[q[i]] != -1 && root[q[i]] == s) &&
  (forall i :: 0 <= i < head ==> Closed(n, adj, color, root, q[i]))
}

lemma SymmetricEdge(n: int, adj: seq<seq<int>>, u: int, v: int)
  requires pre_bipartite_check(n, adj) && 0 <= u < n && v in adj[u]
  ensures 0 <= v < n && u in adj[v]
{
  var i :| 0 <= i < |adj[u]| && adj[u][i] == v;
}

// A vertex of the tree of s meets, along an edge, only vertices of the tree of s.
lemma SameTree(n: int, adj: seq<seq<int>>, color: seq<int>, par: seq<int>, dep: seq<int>, root: seq<int>, s: int,
               q: seq<int>, head: int, u: int, v: int)
  requires pre_bipartite_check(n, adj) && Search(n, adj, color, par, dep, root, s, q, head)
  requires 0 <= u < n && color[u] != -1 && root[u] == s && v in adj[u] && color[v] != -1
  ensures root[v] == s
{
  SymmetricEdge(n, adj, u, v);
  if root[v] < s {
    assert Closed(n, adj, color, root, v);
    var i :| 0 <= i < |adj[v]| && adj[v][i] == u;
  }
}

// Walk up from u to the root of its tree: u, par[u], ..., root[u] (each has an edge to the next).
method PathUp(n: int, adj: seq<seq<int>>, color: seq<int>, par: seq<int>, dep: seq<int>, root: seq<int>, u: int)
  returns (up: seq<int>)
  requires pre_bipartite_check(n, adj) && Forest(n, adj, color, par, dep, root) && 0 <= u < n && color[u] != -1
  ensures |up| >= 1 && |up| == dep[u] + 1 && up[0] == u && up[|up| - 1] == root[u]
  ensures forall i :: 0 <= i < |up| ==> 0 <= up[i] < n
  ensures forall i :: 0 <= i < |up| - 1 ==> up[i + 1] in adj[up[i]]
{
  var x := u;
  up := [u];
  assert ForestAt(n, adj, color, par, dep, root, u);
  while dep[x] > 0
    invariant 0 <= x < n && color[x] != -1 && root[x] == root[u] && 0 <= dep[x] <= dep[u]
    invariant |up| == dep[u] - dep[x] + 1 && up[0] == u && up[|up| - 1] == x
    invariant forall i :: 0 <= i < |up| ==> 0 <= up[i] < n
    invariant forall i :: 0 <= i < |up| - 1 ==> up[i + 1] in adj[up[i]]
    decreases dep[x]
  {
    assert ForestAt(n, adj, color, par, dep, root, x);
    SymmetricEdge(n, adj, par[x], x);
    x := par[x];
    up := up + [x];
  }
  assert ForestAt(n, adj, color, par, dep, root, x);
}

// Walk down from the root of v's tree to v: root[v], ..., par[v], v.
method PathDown(n: int, adj: seq<seq<int>>, color: seq<int>, par: seq<int>, dep: seq<int>, root: seq<int>, v: int)
  returns (down: seq<int>)
  requires pre_bipartite_check(n, adj) && Forest(n, adj, color, par, dep, root) && 0 <= v < n && color[v] != -1
  ensures |down| >= 1 && |down| == dep[v] + 1 && down[0] == root[v] && down[|down| - 1] == v
  ensures forall i :: 0 <= i < |down| ==> 0 <= down[i] < n
  ensures forall i :: 0 <= i < |down| - 1 ==> down[i + 1] in adj[down[i]]
{
  var x := v;
  down := [v];
  assert ForestAt(n, adj, color, par, dep, root, v);
  while dep[x] > 0
    invariant 0 <= x < n && color[x] != -1 && root[x] == root[v] && 0 <= dep[x] <= dep[v]
    invariant |down| == dep[v] - dep[x] + 1 && down[0] == x && down[|down| - 1] == v
    invariant forall i :: 0 <= i < |down| ==> 0 <= down[i] < n
    invariant forall i :: 0 <= i < |down| - 1 ==> down[i + 1] in adj[down[i]]
    decreases dep[x]
  {
    assert ForestAt(n, adj, color, par, dep, root, x);
    x := par[x];
    down := [x] + down;
  }
  assert ForestAt(n, adj, color, par, dep, root, x);
}

// An edge u -> v inside one tree between equal colours closes an odd walk:
// u up to the root, then down to v, then back to u.
method OddWalk(n: int, adj: seq<seq<int>>, color: seq<int>, par: seq<int>, dep: seq<int>, root: seq<int>, u: int, v: int)
  returns (cycle: seq<int>)
  requires pre_bipartite_check(n, adj) && Forest(n, adj, color, par, dep, root)
  requires 0 <= u < n && 0 <= v < n && color[u] != -1 && color[u] == color[v] && root[u] == root[v] && v in adj[u]
  ensures is_odd_closed_walk(n, adj, cycle)
{
  var up := PathUp(n, adj, color, par, dep, root, u);
  var down := PathDown(n, adj, color, par, dep, root, v);
  SymmetricEdge(n, adj, u, v);
  assert ForestAt(n, adj, color, par, dep, root, u);
  assert ForestAt(n, adj, color, par, dep, root, v);
  cycle := up + down[1..];
  var L := |cycle|;
  assert L == dep[u] + dep[v] + 1;
  forall i | 0 <= i < L
    ensures 0 <= cycle[i] < n && cycle[(i + 1) % L] in adj[cycle[i]]
  {
    if i < |up| - 1 {
      assert (i + 1) % L == i + 1;
      assert cycle[i] == up[i] && cycle[i + 1] == up[i + 1];
    } else if i < L - 1 {
      assert (i + 1) % L == i + 1;
      var j := i - |up| + 1;
      assert cycle[i] == down[j] && cycle[i + 1] == down[j + 1];
    } else {
      assert (i + 1) % L == 0;
      assert cycle[i] == v;
    }
  }
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
// The search from the uncoloured vertex s starts with s alone in its tree.
lemma StartSearch(n: int, adj: seq<seq<int>>, color: seq<int>, par: seq<int>, dep: seq<int>, root: seq<int>, s: int)
  requires pre_bipartite_check(n, adj) && Outer(n, adj, color, par, dep, root, s) && s < n && color[s] == -1
  ensures Search(n, adj, color[s := 0], par, dep[s := 0], root[s := s], s, [s], 0)
{
  var c2, d2, r2 := color[s := 0], dep[s := 0], root[s := s];
  forall v | 0 <= v < n ensures ForestAt(n, adj, c2, par, d2, r2, v)
  {
    assert ForestAt(n, adj, color, par, dep, root, v);
  }
  forall v | 0 <= v < n && c2[v] != -1 && r2[v] < s ensures Closed(n, adj, c2, r2, v)
  {
    assert Closed(n, adj, color, root, v);
  }
}

// Colouring the uncoloured neighbour v of u (the vertex being scanned) and queueing it.
lemma PushStep(n: int, adj: seq<seq<int>>, color: seq<int>, par: seq<int>, dep: seq<int>, root: seq<int>, s: int,
               q: seq<int>, head: int, u: int, j: int)
  requires pre_bipartite_check(n, adj) && Search(n, adj, color, par, dep, root, s, q, head) && head < |q| && u == q[head]
  requires 0 <= j < |adj[u]| && color[adj[u][j]] == -1
  requires forall i :: 0 <= i < j ==> color[adj[u][i]] != -1
  ensures var v := adj[u][j];
    Search(n, adj, color[v := 1 - color[u]], par[v := u], dep[v := dep[u] + 1], root[v := s], s, q + [v], head)
{
  var v := adj[u][j];
  var c2, p2, d2, r2 := color[v := 1 - color[u]], par[v := u], dep[v := dep[u] + 1], root[v := s];
  assert ForestAt(n, adj, color, par, dep, root, u);
  assert v in adj[u];
  forall w | 0 <= w < n ensures ForestAt(n, adj, c2, p2, d2, r2, w)
  {
    assert ForestAt(n, adj, color, par, dep, root, w);
  }
  forall w | 0 <= w < n && c2[w] != -1 && r2[w] < s ensures Closed(n, adj, c2, r2, w)
  {
    assert Closed(n, adj, color, root, w);
  }
  forall i | 0 <= i < head ensures Closed(n, adj, c2, r2, q[i])
  {
    assert Closed(n, adj, color, root, q[i]);
  }
  var q2 := q + [v];
  forall w | 0 <= w < n && c2[w] != -1 && r2[w] == s ensures w in q2
  {
    if w != v { assert w in q; }
  }
}

// After the search from s: every vertex of its tree is closed.
lemma FinishSearch(n: int, adj: seq<seq<int>>, color: seq<int>, par: seq<int>, dep: seq<int>, root: seq<int>, s: int, q: seq<int>)
  requires pre_bipartite_check(n, adj) && Search(n, adj, color, par, dep, root, s, q, |q|)
  ensures Outer(n, adj, color, par, dep, root, s + 1)
{
  forall v | 0 <= v < n && color[v] != -1 ensures root[v] < s + 1 && Closed(n, adj, color, root, v)
  {
    if root[v] == s {
      assert v in q;
      var i :| 0 <= i < |q| && q[i] == v;
    }
  }
}

method Traverse(n: int, adj: seq<seq<int>>, color0: seq<int>, par0: seq<int>, dep0: seq<int>, root0: seq<int>, s: int)
  returns (ok: bool, color: seq<int>, par: seq<int>, dep: seq<int>, root: seq<int>, cycle: seq<int>)
  requires pre_bipartite_check(n, adj) && Outer(n, adj, color0, par0, dep0, root0, s) && s < n && color0[s] == -1
  ensures ok ==> Outer(n, adj, color, par, dep, root, s + 1)
  ensures !ok ==> is_odd_closed_walk(n, adj, cycle)
{
  StartSearch(n, adj, color0, par0, dep0, root0, s);
  color, par, dep, root := color0[s := 0], par0, dep0[s := 0], root0[s := s];
  cycle := [];
  var q := [s];
  var head := 0;
  ghost var U := set v | 0 <= v < n && color[v] == -1;
  while head < |q|
    invariant Search(n, adj, color, par, dep, root, s, q, head)
    invariant U == set v | 0 <= v < n && color[v] == -1
    decreases U, |q| - head
  {
    var u := q[head];
    assert 0 <= u < n && color[u] != -1 && root[u] == s;
    ghost var U0 := U;
    ghost var q0 := q;
    var j := 0;
    while j < |adj[u]|
      invariant 0 <= j <= |adj[u]|
      invariant Search(n, adj, color, par, dep, root, s, q, head)
      invariant |q0| <= |q| && head < |q0| && q[..|q0|] == q0 && q[head] == u && 0 <= u < n
      invariant color[u] != -1 && root[u] == s
      invariant forall i :: 0 <= i < j ==>
        color[adj[u][i]] != -1 && root[adj[u][i]] == root[u] && color[adj[u][i]] != color[u]
      invariant U == set v | 0 <= v < n && color[v] == -1
      invariant (U == U0 && |q| == |q0|) || U < U0
      decreases |adj[u]| - j
    {
      var v := adj[u][j];
      assert v in adj[u];
      if color[v] == -1 {
        PushStep(n, adj, color, par, dep, root, s, q, head, u, j);
        assert ForestAt(n, adj, color, par, dep, root, u);
        color, par, dep, root := color[v := 1 - color[u]], par[v := u], dep[v := dep[u] + 1], root[v := s];
        q := q + [v];
        U := U - {v};
      } else {
        SameTree(n, adj, color, par, dep, root, s, q, head, u, v);
        if color[v] == color[u] {
          cycle := OddWalk(n, adj, color, par, dep, root, u, v);
          ok := false;
          return;
        }
      }
      j := j + 1;
    }
    assert Closed(n, adj, color, root, u);
    head := head + 1;
  }
  FinishSearch(n, adj, color, par, dep, root, s, q);
  ok := true;
}

lemma OuterDone(n: int, adj: seq<seq<int>>, color: seq<int>, par: seq<int>, dep: seq<int>, root: seq<int>)
  requires pre_bipartite_check(n, adj) && Outer(n, adj, color, par, dep, root, n)
  ensures is_two_colouring(n, adj, color)
{
  forall v | 0 <= v < n
    ensures (color[v] == 0 || color[v] == 1) && forall i :: 0 <= i < |adj[v]| ==> color[adj[v][i]] != color[v]
  {
    assert ForestAt(n, adj, color, par, dep, root, v);
    assert Closed(n, adj, color, root, v);
  }
}
// </vc:helpers>

// Breadth-first 2-colouring: a colouring, or an odd closed walk when the graph is not bipartite.
method BipartiteCheck(n: int, adj: seq<seq<int>>) returns (bipartite: bool, color: seq<int>, cycle: seq<int>)
  requires pre_bipartite_check(n, adj)
  ensures post_bipartite_check(n, adj, bipartite, color, cycle)
{
  // <vc:code>
  color := Fill(n, -1);
  var par := Fill(n, -1);
  var dep := Fill(n, 0);
  var root := Fill(n, 0);
  cycle := [];
  var s := 0;
  while s < n
    invariant Outer(n, adj, color, par, dep, root, s)
  {
    if color[s] == -1 {
      var ok, cyc;
      ok, color, par, dep, root, cyc := Traverse(n, adj, color, par, dep, root, s);
      if !ok {
        bipartite := false;
        cycle := cyc;
        return;
      }
    }
    s := s + 1;
  }
  OuterDone(n, adj, color, par, dep, root);
  bipartite := true;
  // </vc:code>
}
