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
// Edge e crosses the cut between the vertices of rank < c and the others.
predicate Crosses(edges: seq<seq<int>>, r: seq<int>, e: int, c: int)
  requires 0 <= e < |edges| && |edges[e]| == 3 && 0 <= edges[e][0] < |r| && 0 <= edges[e][1] < |r|
{
  (r[edges[e][0]] < c <= r[edges[e][1]]) || (r[edges[e][1]] < c <= r[edges[e][0]])
}

// Edge e joins y to a vertex in the forest (rank < n).
predicate JoinsIn(n: int, edges: seq<seq<int>>, r: seq<int>, e: int, y: int)
  requires valid_edges(n, edges) && |r| == n && 0 <= e < |edges|
{
  (edges[e][0] == y && r[edges[e][1]] < n) || (edges[e][1] == y && r[edges[e][0]] < n)
}

// Edge e joins y and x.
predicate JoinsX(edges: seq<seq<int>>, e: int, y: int, x: int)
  requires 0 <= e < |edges| && |edges[e]| == 3
{
  (edges[e][0] == y && edges[e][1] == x) || (edges[e][1] == y && edges[e][0] == x)
}

// The ranks given so far: cnt vertices (the set added) have the distinct ranks 0..cnt-1, the
// others rank n.
predicate Ranks(n: int, r: seq<int>, cnt: int, added: set<int>)
{
  |r| == n && 0 <= cnt <= n && |added| == cnt &&
  (forall v :: 0 <= v < n ==> (0 <= r[v] < cnt || r[v] == n)) &&
  (forall v :: 0 <= v < n ==> (v in added <==> r[v] < n)) &&
  (forall v :: v in added ==> 0 <= v < n) &&
  (forall u, v :: 0 <= u < n && 0 <= v < n && u != v && r[u] < n ==> r[u] != r[v])
}

// The forest so far: each vertex in it joined through an edge to an earlier one (or started a
// tree), and satisfies the cut condition.
predicate Forest(n: int, edges: seq<seq<int>>, pe: seq<int>, r: seq<int>)
  requires valid_edges(n, edges) && |r| == n
{
  |pe| == n &&
  (forall v :: 0 <= v < n && r[v] < n ==> pe[v] == -1 ||
     (0 <= pe[v] < |edges| &&
      ((edges[pe[v]][0] == v && r[edges[pe[v]][1]] < r[v]) ||
       (edges[pe[v]][1] == v && r[edges[pe[v]][0]] < r[v])))) &&
  (forall v, e :: 0 <= v < n && r[v] < n && 0 <= e < |edges| && Crosses(edges, r, e, r[v]) ==>
     0 <= pe[v] < |edges| && edges[pe[v]][2] <= edges[e][2])
}

// For each vertex y outside the forest: best[y] == -1 when no edge joins it to the forest;
// otherwise best[y] is a lightest such edge and key[y] its weight.
predicate Keys(n: int, edges: seq<seq<int>>, r: seq<int>, key: seq<int>, best: seq<int>)
  requires valid_edges(n, edges) && |r| == n
{
  |key| == n && |best| == n &&
  forall y :: 0 <= y < n && r[y] == n ==>
    (best[y] == -1 ==> forall e :: 0 <= e < |edges| ==> !JoinsIn(n, edges, r, e, y)) &&
    (best[y] != -1 ==> 0 <= best[y] < |edges| && JoinsIn(n, edges, r, best[y], y) && key[y] == edges[best[y]][2] &&
       forall e :: 0 <= e < |edges| && JoinsIn(n, edges, r, e, y) ==> key[y] <= edges[e][2])
}

// Edge e is already accounted for in the key of y while the edges ix[..k] of x are scanned.
predicate Accounted(edges: seq<seq<int>>, e: int, y: int, x: int, ix: seq<int>, k: int)
  requires 0 <= e < |edges| && |edges[e]| == 3 && 0 <= k <= |ix|
{
  !JoinsX(edges, e, y, x) || e in ix[..k]
}

// Keys while the edges of x (just added) are scanned: the first k are accounted for.
predicate KeysScan(n: int, edges: seq<seq<int>>, r: seq<int>, key: seq<int>, best: seq<int>, x: int, ix: seq<int>, k: int)
  requires valid_edges(n, edges) && |r| == n && 0 <= k <= |ix|
{
  |key| == n && |best| == n &&
  forall y :: 0 <= y < n && r[y] == n ==>
    (best[y] == -1 ==> forall e :: 0 <= e < |edges| && JoinsIn(n, edges, r, e, y) ==> !Accounted(edges, e, y, x, ix, k)) &&
    (best[y] != -1 ==> 0 <= best[y] < |edges| && JoinsIn(n, edges, r, best[y], y) && key[y] == edges[best[y]][2] &&
       forall e :: 0 <= e < |edges| && JoinsIn(n, edges, r, e, y) && Accounted(edges, e, y, x, ix, k) ==> key[y] <= edges[e][2])
}

// inc[x] lists exactly the edges with an endpoint x.
predicate Incidence(n: int, edges: seq<seq<int>>, inc: seq<seq<int>>)
  requires valid_edges(n, edges)
{
  |inc| == n &&
  (forall x, j :: 0 <= x < n && 0 <= j < |inc[x]| ==> 0 <= inc[x][j] < |edges| && (edges[inc[x][j]][0] == x || edges[inc[x][j]][1] == x)) &&
  (forall e :: 0 <= e < |edges| ==> e in inc[edges[e][0]] && e in inc[edges[e][1]])
}

method BuildIncidence(n: int, edges: seq<seq<int>>) returns (inc: seq<seq<int>>)
  requires 1 <= n && valid_edges(n, edges)
  ensures Incidence(n, edges, inc)
{
  inc := [];
  var v := 0;
  while v < n
    invariant 0 <= v <= n && |inc| == v && forall x :: 0 <= x < v ==> inc[x] == []
  {
    inc := inc + [[]];
    v := v + 1;
  }
  var e := 0;
  while e < |edges|
    invariant 0 <= e <= |edges| && |inc| == n
    invariant forall x, j :: 0 <= x < n && 0 <= j < |inc[x]| ==> 0 <= inc[x][j] < |edges| && (edges[inc[x][j]][0] == x || edges[inc[x][j]][1] == x)
    invariant forall f :: 0 <= f < e ==> f in inc[edges[f][0]] && f in inc[edges[f][1]]
  {
    var a := edges[e][0];
    var b := edges[e][1];
    inc := inc[a := inc[a] + [e]];
    if b != a {
      inc := inc[b := inc[b] + [e]];
    }
    e := e + 1;
  }
}

lemma CardRange(n: nat)
  ensures |set v | 0 <= v < n| == n
{
  if n > 0 {
    CardRange(n - 1);
    assert (set v | 0 <= v < n) == (set v | 0 <= v < n - 1) + {n - 1};
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

// Fewer than n vertices of 0..n-1 in the forest: one is outside.
lemma SomeOutside(n: int, r: seq<int>, cnt: int, added: set<int>) returns (y: int)
  requires Ranks(n, r, cnt, added) && cnt < n
  ensures 0 <= y < n && r[y] == n
{
  if forall v :: 0 <= v < n ==> r[v] < n {
    assert (set v | 0 <= v < n) <= added;
    CardRange(n);
    SubsetCard(set v | 0 <= v < n, added);
    assert false;
  }
  y :| 0 <= y < n && r[y] >= n;
}

// All n vertices in the forest.
lemma AllIn(n: int, r: seq<int>, added: set<int>)
  requires Ranks(n, r, n, added)
  ensures forall v :: 0 <= v < n ==> 0 <= r[v] < n
{
  forall y | 0 <= y < n ensures r[y] < n
  {
    if r[y] == n {
      assert added <= (set v | 0 <= v < n) - {y};
      CardRange(n);
      SubsetCard(added, (set v | 0 <= v < n) - {y});
      assert false;
    }
  }
}

// The chosen vertex x joins the forest with rank cnt through best[x] (or starts a new tree).
lemma AddVertex(n: int, edges: seq<seq<int>>, pe: seq<int>, r: seq<int>, key: seq<int>, best: seq<int>,
                cnt: int, added: set<int>, x: int)
  requires pre_prim(n, edges) && Ranks(n, r, cnt, added) && cnt < n && Forest(n, edges, pe, r) && Keys(n, edges, r, key, best)
  requires 0 <= x < n && r[x] == n
  requires best[x] != -1 ==> forall y :: 0 <= y < n && r[y] == n && best[y] != -1 ==> key[x] <= key[y]
  requires best[x] == -1 ==> forall y :: 0 <= y < n && r[y] == n ==> best[y] == -1
  ensures Ranks(n, r[x := cnt], cnt + 1, added + {x})
  ensures Forest(n, edges, pe[x := best[x]], r[x := cnt])
  ensures KeysScan(n, edges, r[x := cnt], key, best, x, [], 0)
{
  var r2 := r[x := cnt];
  var pe2 := pe[x := best[x]];
  assert x !in added;
  forall u, v | 0 <= u < n && 0 <= v < n && u != v && r2[u] < n ensures r2[u] != r2[v]
  {
    if u != x && v != x { assert r[u] != r[v]; }
  }
  assert Ranks(n, r2, cnt + 1, added + {x});
  forall v | 0 <= v < n && r2[v] < n
    ensures pe2[v] == -1 ||
     (0 <= pe2[v] < |edges| &&
      ((edges[pe2[v]][0] == v && r2[edges[pe2[v]][1]] < r2[v]) ||
       (edges[pe2[v]][1] == v && r2[edges[pe2[v]][0]] < r2[v])))
  {
    if v == x {
      if best[x] != -1 {
        assert JoinsIn(n, edges, r, best[x], x);
      }
    } else {
      assert r[v] < cnt;
    }
  }
  forall v, e | 0 <= v < n && r2[v] < n && 0 <= e < |edges| && Crosses(edges, r2, e, r2[v])
    ensures 0 <= pe2[v] < |edges| && edges[pe2[v]][2] <= edges[e][2]
  {
    var a, b := edges[e][0], edges[e][1];
    if v == x {
      var y := if r2[a] < cnt then b else a;
      assert r[y] == n;
      assert JoinsIn(n, edges, r, e, y);
      assert best[y] != -1;
    } else {
      assert r[v] < cnt;
      assert Crosses(edges, r, e, r[v]);
    }
  }
  forall y | 0 <= y < n && r2[y] == n
    ensures (best[y] == -1 ==> forall e :: 0 <= e < |edges| && JoinsIn(n, edges, r2, e, y) ==> !Accounted(edges, e, y, x, [], 0)) &&
    (best[y] != -1 ==> 0 <= best[y] < |edges| && JoinsIn(n, edges, r2, best[y], y) && key[y] == edges[best[y]][2] &&
       forall e :: 0 <= e < |edges| && JoinsIn(n, edges, r2, e, y) && Accounted(edges, e, y, x, [], 0) ==> key[y] <= edges[e][2])
  {
    assert y != x && r[y] == n;
    forall e | 0 <= e < |edges| && JoinsIn(n, edges, r2, e, y) && Accounted(edges, e, y, x, [], 0)
      ensures JoinsIn(n, edges, r, e, y)
    {
    }
    if best[y] != -1 {
      assert JoinsIn(n, edges, r, best[y], y);
    }
  }
}

// Scanning edge ix[k] = e0 of x: y0 (its other end) may get a lighter key.
lemma ScanStep(n: int, edges: seq<seq<int>>, r: seq<int>, key: seq<int>, best: seq<int>, x: int, ix: seq<int>, k: int,
               y0: int, key2: seq<int>, best2: seq<int>)
  requires pre_prim(n, edges) && |r| == n && 0 <= x < n && r[x] < n && 0 <= k < |ix|
  requires KeysScan(n, edges, r, key, best, x, ix, k)
  requires 0 <= ix[k] < |edges| && (edges[ix[k]][0] == x || edges[ix[k]][1] == x)
  requires y0 == (if edges[ix[k]][0] == x then edges[ix[k]][1] else edges[ix[k]][0])
  requires (r[y0] == n && (best[y0] == -1 || edges[ix[k]][2] < key[y0])) ==>
             key2 == key[y0 := edges[ix[k]][2]] && best2 == best[y0 := ix[k]]
  requires !(r[y0] == n && (best[y0] == -1 || edges[ix[k]][2] < key[y0])) ==> key2 == key && best2 == best
  ensures KeysScan(n, edges, r, key2, best2, x, ix, k + 1)
{
  var e0 := ix[k];
  assert ix[..k + 1] == ix[..k] + [e0];
  forall y | 0 <= y < n && r[y] == n
    ensures (best2[y] == -1 ==> forall e :: 0 <= e < |edges| && JoinsIn(n, edges, r, e, y) ==> !Accounted(edges, e, y, x, ix, k + 1)) &&
    (best2[y] != -1 ==> 0 <= best2[y] < |edges| && JoinsIn(n, edges, r, best2[y], y) && key2[y] == edges[best2[y]][2] &&
       forall e :: 0 <= e < |edges| && JoinsIn(n, edges, r, e, y) && Accounted(edges, e, y, x, ix, k + 1) ==> key2[y] <= edges[e][2])
  {
    forall e | 0 <= e < |edges| && e != e0
      ensures Accounted(edges, e, y, x, ix, k + 1) == Accounted(edges, e, y, x, ix, k)
    {
      assert (e in ix[..k + 1]) == (e in ix[..k]);
    }
    assert Accounted(edges, e0, y, x, ix, k + 1);
    if y != y0 {
      assert !JoinsX(edges, e0, y, x);
      assert Accounted(edges, e0, y, x, ix, k);
      assert key2[y] == key[y] && best2[y] == best[y];
    } else {
      assert JoinsIn(n, edges, r, e0, y);
    }
  }
}

lemma EndScan(n: int, edges: seq<seq<int>>, inc: seq<seq<int>>, r: seq<int>, key: seq<int>, best: seq<int>, x: int)
  requires pre_prim(n, edges) && Incidence(n, edges, inc) && |r| == n && 0 <= x < n
  requires KeysScan(n, edges, r, key, best, x, inc[x], |inc[x]|)
  ensures Keys(n, edges, r, key, best)
{
  assert inc[x][..|inc[x]|] == inc[x];
  forall y, e | 0 <= y < n && 0 <= e < |edges| ensures Accounted(edges, e, y, x, inc[x], |inc[x]|)
  {
    if JoinsX(edges, e, y, x) {
      assert e in inc[edges[e][0]] && e in inc[edges[e][1]];
    }
  }
}

lemma Finish(n: int, edges: seq<seq<int>>, pe: seq<int>, r: seq<int>, added: set<int>)
  requires pre_prim(n, edges) && Ranks(n, r, n, added) && Forest(n, edges, pe, r)
  ensures post_prim(n, edges, pe, r)
{
  AllIn(n, r, added);
  forall v, e | 0 <= v < n && 0 <= e < |edges| &&
     ((r[edges[e][0]] < r[v] <= r[edges[e][1]]) || (r[edges[e][1]] < r[v] <= r[edges[e][0]]))
    ensures 0 <= pe[v] < |edges| && edges[pe[v]][2] <= edges[e][2]
  {
    assert Crosses(edges, r, e, r[v]);
  }
}

// The vertex outside the forest to add next: the one of least key among those with an edge to
// the forest, or, when there is none, the lowest vertex outside.
method Select(n: int, edges: seq<seq<int>>, r: seq<int>, key: seq<int>, best: seq<int>, ghost cnt: int, ghost added: set<int>)
  returns (x: int)
  requires pre_prim(n, edges) && Ranks(n, r, cnt, added) && cnt < n && Keys(n, edges, r, key, best)
  ensures 0 <= x < n && r[x] == n
  ensures best[x] != -1 ==> forall y :: 0 <= y < n && r[y] == n && best[y] != -1 ==> key[x] <= key[y]
  ensures best[x] == -1 ==> forall y :: 0 <= y < n && r[y] == n ==> best[y] == -1
{
  ghost var g := SomeOutside(n, r, cnt, added);
  x := -1;
  var any := -1;
  var v := 0;
  while v < n
    invariant 0 <= v <= n
    invariant any == -1 ==> forall y :: 0 <= y < v ==> r[y] != n
    invariant any != -1 ==> 0 <= any < n && r[any] == n
    invariant x == -1 ==> forall y :: 0 <= y < v && r[y] == n ==> best[y] == -1
    invariant x != -1 ==> 0 <= x < n && r[x] == n && best[x] != -1 &&
      forall y :: 0 <= y < v && r[y] == n && best[y] != -1 ==> key[x] <= key[y]
  {
    if r[v] == n {
      if any == -1 { any := v; }
      if best[v] != -1 && (x == -1 || key[v] < key[x]) {
        x := v;
      }
    }
    v := v + 1;
  }
  if x == -1 {
    assert r[g] == n;
    x := any;
  }
}
// </vc:helpers>

// Prim's algorithm with a key array (O(n^2 + m)): the vertex outside the forest with the lightest
// edge to it joins next, through that edge; when no edge leaves the forest, the lowest vertex
// outside starts a new tree. After a vertex joins, its edges lower the keys of its neighbours.
method Prim(n: int, edges: seq<seq<int>>) returns (pe: seq<int>, rank: seq<int>)
  requires pre_prim(n, edges)
  ensures post_prim(n, edges, pe, rank)
{
  // <vc:code>
  var inc := BuildIncidence(n, edges);
  pe := [];
  rank := [];
  var key: seq<int> := [];
  var best: seq<int> := [];
  var v := 0;
  while v < n
    invariant 0 <= v <= n && |pe| == v && |rank| == v && |key| == v && |best| == v
    invariant forall y :: 0 <= y < v ==> rank[y] == n && best[y] == -1
  {
    pe := pe + [-1];
    rank := rank + [n];
    key := key + [0];
    best := best + [-1];
    v := v + 1;
  }
  ghost var added: set<int> := {};
  var cnt := 0;
  while cnt < n
    invariant Ranks(n, rank, cnt, added) && Forest(n, edges, pe, rank) && Keys(n, edges, rank, key, best)
    decreases n - cnt
  {
    var x := Select(n, edges, rank, key, best, cnt, added);
    AddVertex(n, edges, pe, rank, key, best, cnt, added, x);
    rank := rank[x := cnt];
    pe := pe[x := best[x]];
    added := added + {x};
    var ix := inc[x];
    var k := 0;
    while k < |ix|
      invariant 0 <= k <= |ix| && KeysScan(n, edges, rank, key, best, x, ix, k)
    {
      var e := ix[k];
      var y := if edges[e][0] == x then edges[e][1] else edges[e][0];
      var key2, best2 := key, best;
      if rank[y] == n && (best[y] == -1 || edges[e][2] < key[y]) {
        key2 := key[y := edges[e][2]];
        best2 := best[y := e];
      }
      ScanStep(n, edges, rank, key, best, x, ix, k, y, key2, best2);
      key, best := key2, best2;
      k := k + 1;
    }
    EndScan(n, edges, inc, rank, key, best, x);
    cnt := cnt + 1;
  }
  Finish(n, edges, pe, rank, added);
  // </vc:code>
}
