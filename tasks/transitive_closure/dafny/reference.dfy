// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

predicate pre_transitive_closure(n: int, adj: seq<seq<int>>)
{
  valid_graph(n, adj)
}

// d[v] is the number of edges of a shortest path from s to v, or -1 when there is none, stated as
// its certificate: d[s] == 0; every reached v != s has an edge from some u with d[u] == d[v] - 1
// (so a path of d[v] edges exists); every edge u -> v out of a reached u reaches v with
// d[v] <= d[u] + 1 (so every vertex on a path from s is reached).
predicate hop_labels(n: int, adj: seq<seq<int>>, s: int, d: seq<int>)
  requires valid_graph(n, adj) && 0 <= s < n
{
  |d| == n && d[s] == 0 &&
  (forall v :: 0 <= v < n ==> d[v] >= -1) &&
  (forall v :: 0 <= v < n && v != s && d[v] != -1 ==>
     d[v] >= 1 && exists u :: 0 <= u < n && d[u] == d[v] - 1 && v in adj[u]) &&
  (forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| && d[u] != -1 ==>
     d[adj[u][i]] != -1 && d[adj[u][i]] <= d[u] + 1)
}

// reach[u][v] is true exactly when a path leads from u to v (every vertex reaches itself). The
// certificate hops[u] is the row of shortest hop counts from u (hop_labels), and reach[u][v]
// holds exactly when hops[u][v] != -1. The lemma below proves what this means.
predicate post_transitive_closure(n: int, adj: seq<seq<int>>, reach: seq<seq<bool>>, hops: seq<seq<int>>)
{
  pre_transitive_closure(n, adj) && |reach| == n && |hops| == n &&
  forall u :: 0 <= u < n ==>
    |reach[u]| == n && hop_labels(n, adj, u, hops[u]) &&
    forall v :: 0 <= v < n ==> (reach[u][v] <==> hops[u][v] != -1)
}

// A path from u to v: a vertex sequence starting at u, ending at v, following edges (a single
// vertex is the path of 0 edges).
predicate is_path(adj: seq<seq<int>>, p: seq<int>, u: int, v: int)
{
  |p| >= 1 && p[0] == u && p[|p| - 1] == v &&
  (forall i :: 0 <= i < |p| ==> 0 <= p[i] < |adj|) &&
  (forall i :: 0 <= i < |p| - 1 ==> p[i + 1] in adj[p[i]])
}

// What post_transitive_closure means, proved: reach[u][v] exactly when a path leads from u to v.
lemma post_transitive_closure_means_reachability(n: int, adj: seq<seq<int>>, reach: seq<seq<bool>>,
                                                 hops: seq<seq<int>>, u: int, v: int, p: seq<int>)
  requires post_transitive_closure(n, adj, reach, hops) && 0 <= u < n && 0 <= v < n
  ensures reach[u][v] ==> exists q :: is_path(adj, q, u, v)
  ensures is_path(adj, p, u, v) ==> reach[u][v]
{
  assert hop_labels(n, adj, u, hops[u]);
  if reach[u][v] { PathExists(n, adj, u, hops[u], v); }
  if is_path(adj, p, u, v) { PathIsLabelled(n, adj, u, hops[u], v, p); }
}

lemma PathExists(n: int, adj: seq<seq<int>>, s: int, d: seq<int>, v: int)
  requires valid_graph(n, adj) && 0 <= s < n && hop_labels(n, adj, s, d) && 0 <= v < n && d[v] != -1
  ensures exists q :: is_path(adj, q, s, v)
  decreases d[v]
{
  if v == s {
    assert is_path(adj, [s], s, s);
  } else {
    var u :| 0 <= u < n && d[u] == d[v] - 1 && v in adj[u];
    PathExists(n, adj, s, d, u);
    var q :| is_path(adj, q, s, u);
    var r := q + [v];
    forall i | 0 <= i < |r| ensures 0 <= r[i] < |adj|
    {
      if i < |q| { assert r[i] == q[i]; }
    }
    forall i | 0 <= i < |r| - 1 ensures r[i + 1] in adj[r[i]]
    {
      if i < |q| - 1 { assert r[i] == q[i] && r[i + 1] == q[i + 1]; } else { assert r[i] == u; }
    }
    assert is_path(adj, r, s, v);
  }
}

lemma PathIsLabelled(n: int, adj: seq<seq<int>>, s: int, d: seq<int>, v: int, p: seq<int>)
  requires valid_graph(n, adj) && 0 <= s < n && hop_labels(n, adj, s, d) && 0 <= v < n && is_path(adj, p, s, v)
  ensures d[v] != -1
  decreases |p|
{
  if |p| > 1 {
    var q := p[..|p| - 1];
    var u := p[|p| - 2];
    assert is_path(adj, q, s, u);
    PathIsLabelled(n, adj, s, d, u, q);
    var i :| 0 <= i < |adj[u]| && adj[u][i] == v;
  }
}

// <vc:helpers>
predicate pre_bfs(n: int, adj: seq<seq<int>>, s: int)
{
  valid_graph(n, adj) && 0 <= s < n
}

// The number of entries equal to -1 (vertices not reached yet).
function CountUnreached(d: seq<int>): nat
  decreases |d|
{
  if |d| == 0 then 0 else CountUnreached(d[..|d| - 1]) + (if d[|d| - 1] == -1 then 1 else 0)
}

lemma CountUnreachedUpdate(d: seq<int>, v: int, x: int)
  requires 0 <= v < |d| && d[v] == -1 && x != -1
  ensures CountUnreached(d[v := x]) + 1 == CountUnreached(d)
  decreases |d|
{
  var e := d[v := x];
  if v < |d| - 1 {
    assert e[..|e| - 1] == d[..|d| - 1][v := x];
    CountUnreachedUpdate(d[..|d| - 1], v, x);
  } else {
    assert e[..|e| - 1] == d[..|d| - 1];
  }
}

lemma CountAllUnreached(d: seq<int>)
  requires forall v :: 0 <= v < |d| ==> d[v] == -1
  ensures CountUnreached(d) == |d|
  decreases |d|
{
  if |d| > 0 { CountAllUnreached(d[..|d| - 1]); }
}

// Every reached vertex other than s has a predecessor one level closer.
predicate Realised(n: int, adj: seq<seq<int>>, s: int, d: seq<int>)
  requires |adj| == n && |d| == n
{
  forall v :: 0 <= v < n && v != s && d[v] != -1 ==>
    d[v] >= 1 && exists u :: 0 <= u < n && d[u] == d[v] - 1 && v in adj[u]
}

// Facts about the reached vertices that hold throughout: queue holds exactly them, in order of
// non-decreasing distance, and CountUnreached counts the others.
predicate Common(n: int, adj: seq<seq<int>>, s: int, d: seq<int>, queue: seq<int>)
{
  pre_bfs(n, adj, s) && |d| == n && |queue| >= 1 && queue[0] == s &&
  (forall j :: 0 <= j < |queue| ==> 0 <= queue[j] < n) &&
  (forall v :: 0 <= v < n ==> (d[v] != -1 <==> v in queue)) &&
  (forall v :: 0 <= v < n ==> d[v] >= -1) && d[s] == 0 &&
  (forall j, k :: 0 <= j <= k < |queue| ==> d[queue[j]] <= d[queue[k]]) &&
  Realised(n, adj, s, d) &&
  |queue| + CountUnreached(d) == n
}

// The edges of the first m dequeued vertices are settled: they lead to reached vertices at most
// one level further.
predicate Settled(n: int, adj: seq<seq<int>>, d: seq<int>, queue: seq<int>, m: int)
  requires |adj| == n && |d| == n && 0 <= m <= |queue|
  requires forall j :: 0 <= j < |queue| ==> 0 <= queue[j] < n
  requires forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
{
  forall j, i :: 0 <= j < m && 0 <= i < |adj[queue[j]]| ==>
    d[adj[queue[j]][i]] != -1 && d[adj[queue[j]][i]] <= d[queue[j]] + 1
}

// Between two dequeues: the queue spans at most one level beyond its front.
predicate Inv(n: int, adj: seq<seq<int>>, s: int, d: seq<int>, queue: seq<int>, head: int)
{
  Common(n, adj, s, d, queue) && 0 <= head <= |queue| &&
  (head < |queue| ==> forall j :: 0 <= j < |queue| ==> d[queue[j]] <= d[queue[head]] + 1) &&
  Settled(n, adj, d, queue, head)
}

// While the edges of u == queue[head - 1] are scanned: the first i of them are settled.
predicate Inner(n: int, adj: seq<seq<int>>, s: int, d: seq<int>, queue: seq<int>, head: int, u: int, i: int)
{
  Common(n, adj, s, d, queue) && 1 <= head <= |queue| && queue[head - 1] == u &&
  0 <= i <= |adj[u]| && d[u] >= 0 &&
  (forall j :: 0 <= j < |queue| ==> d[queue[j]] <= d[u] + 1) &&
  Settled(n, adj, d, queue, head - 1) &&
  (forall k :: 0 <= k < i ==> d[adj[u][k]] != -1 && d[adj[u][k]] <= d[u] + 1)
}

lemma InnerStart(n: int, adj: seq<seq<int>>, s: int, d: seq<int>, queue: seq<int>, head: int)
  requires Inv(n, adj, s, d, queue, head) && head < |queue|
  ensures Inner(n, adj, s, d, queue, head + 1, queue[head], 0)
{
}

lemma InnerSeen(n: int, adj: seq<seq<int>>, s: int, d: seq<int>, queue: seq<int>, head: int, u: int, i: int)
  requires Inner(n, adj, s, d, queue, head, u, i) && 0 <= u < |adj| && i < |adj[u]| && d[adj[u][i]] != -1
  ensures Inner(n, adj, s, d, queue, head, u, i + 1)
{
  var v := adj[u][i];
  var j :| 0 <= j < |queue| && queue[j] == v;
  assert d[v] <= d[u] + 1;
}

lemma NewRealised(n: int, adj: seq<seq<int>>, s: int, d: seq<int>, u: int, v: int)
  requires |adj| == n && |d| == n && Realised(n, adj, s, d)
  requires 0 <= u < n && 0 <= v < n && v != s && d[u] >= 0 && d[v] == -1 && v in adj[u]
  ensures Realised(n, adj, s, d[v := d[u] + 1])
{
  var d2 := d[v := d[u] + 1];
  forall w | 0 <= w < n && w != s && d2[w] != -1
    ensures d2[w] >= 1 && exists x :: 0 <= x < n && d2[x] == d2[w] - 1 && w in adj[x]
  {
    if w == v {
      assert d2[u] == d2[w] - 1;
    } else {
      var x :| 0 <= x < n && d[x] == d[w] - 1 && w in adj[x];
      assert d2[x] == d[x];
    }
  }
}

lemma NewQueue(n: int, d: seq<int>, queue: seq<int>, v: int, x: int, d2: seq<int>, q2: seq<int>)
  requires |d| == n && 0 <= v < n && d[v] == -1 && x >= 0 && d2 == d[v := x] && q2 == queue + [v]
  requires forall j :: 0 <= j < |queue| ==> 0 <= queue[j] < n
  requires forall w :: 0 <= w < n ==> (d[w] != -1 <==> w in queue)
  requires forall j, k :: 0 <= j <= k < |queue| ==> d[queue[j]] <= d[queue[k]]
  requires forall j :: 0 <= j < |queue| ==> d[queue[j]] <= x
  ensures forall j :: 0 <= j < |q2| ==> 0 <= q2[j] < n
  ensures forall w :: 0 <= w < n ==> (d2[w] != -1 <==> w in q2)
  ensures forall j :: 0 <= j < |queue| ==> d2[queue[j]] == d[queue[j]] && q2[j] == queue[j]
  ensures forall j, k :: 0 <= j <= k < |q2| ==> d2[q2[j]] <= d2[q2[k]]
  ensures forall j :: 0 <= j < |q2| ==> d2[q2[j]] <= x
{
  assert v !in queue;
  forall j | 0 <= j < |q2| ensures 0 <= q2[j] < n
  {
    if j < |queue| { assert q2[j] == queue[j]; }
  }
  forall w | 0 <= w < n ensures (d2[w] != -1 <==> w in q2)
  {
    if w != v { assert (w in q2) == (w in queue); }
  }
  forall j | 0 <= j < |queue| ensures d2[queue[j]] == d[queue[j]] && q2[j] == queue[j] { }
  forall j | 0 <= j < |q2| ensures d2[q2[j]] <= x
  {
    if j < |queue| { assert q2[j] == queue[j]; }
  }
  forall j, k | 0 <= j <= k < |q2| ensures d2[q2[j]] <= d2[q2[k]]
  {
    if k < |queue| {
      assert q2[j] == queue[j] && q2[k] == queue[k];
    } else if j < |queue| {
      assert q2[j] == queue[j] && q2[k] == v;
    }
  }
}

lemma InnerNew(n: int, adj: seq<seq<int>>, s: int, d: seq<int>, queue: seq<int>, head: int, u: int, i: int,
                v: int, d2: seq<int>, q2: seq<int>)
  requires Inner(n, adj, s, d, queue, head, u, i) && 0 <= u < |adj| && i < |adj[u]|
  requires v == adj[u][i] && d[v] == -1 && d2 == d[v := d[u] + 1] && q2 == queue + [v]
  ensures Inner(n, adj, s, d2, q2, head, u, i + 1)
{
  assert valid_graph(n, adj);
  CountUnreachedUpdate(d, v, d[u] + 1);
  NewRealised(n, adj, s, d, u, v);
  NewQueue(n, d, queue, v, d[u] + 1, d2, q2);
  assert Common(n, adj, s, d2, q2);
  assert q2[head - 1] == u && d2[u] == d[u];
  forall j, k | 0 <= j < head - 1 && 0 <= k < |adj[q2[j]]|
    ensures d2[adj[q2[j]][k]] != -1 && d2[adj[q2[j]][k]] <= d2[q2[j]] + 1
  {
    assert q2[j] == queue[j];
    assert d[adj[queue[j]][k]] != -1;
  }
  assert Settled(n, adj, d2, q2, head - 1);
  forall k | 0 <= k < i + 1 ensures d2[adj[u][k]] != -1 && d2[adj[u][k]] <= d2[u] + 1
  {
    if k < i { assert d[adj[u][k]] != -1; }
  }
  assert 1 <= head <= |q2| && 0 <= i + 1 <= |adj[u]| && d2[u] >= 0;
  assert forall j :: 0 <= j < |q2| ==> d2[q2[j]] <= d2[u] + 1;
}

lemma InnerEnd(n: int, adj: seq<seq<int>>, s: int, d: seq<int>, queue: seq<int>, head: int, u: int)
  requires 0 <= u < |adj| && Inner(n, adj, s, d, queue, head, u, |adj[u]|)
  ensures Inv(n, adj, s, d, queue, head)
{
  assert Common(n, adj, s, d, queue) && pre_bfs(n, adj, s) && valid_graph(n, adj);
  if head < |queue| {
    assert d[u] <= d[queue[head]];
  }
  forall j, i | 0 <= j < head && 0 <= i < |adj[queue[j]]|
    ensures d[adj[queue[j]][i]] != -1 && d[adj[queue[j]][i]] <= d[queue[j]] + 1
  {
    if j == head - 1 { assert adj[queue[j]][i] == adj[u][i]; }
  }
}

method InitDist(n: int, s: int) returns (d: array<int>)
  requires 1 <= n && 0 <= s < n
  ensures fresh(d) && d.Length == n && d[s] == 0
  ensures forall v :: 0 <= v < n && v != s ==> d[v] == -1
  ensures CountUnreached(d[..]) == n - 1
{
  d := new int[n];
  var k := 0;
  while k < n
    invariant 0 <= k <= n
    invariant forall v :: 0 <= v < k ==> d[v] == -1
  {
    d[k] := -1;
    k := k + 1;
  }
  CountAllUnreached(d[..]);
  CountUnreachedUpdate(d[..], s, 0);
  d[s] := 0;
}

// Dequeue queue[head] and scan its edges, enqueueing every vertex seen for the first time.
method Expand(n: int, adj: seq<seq<int>>, s: int, d: array<int>, queue: seq<int>, head: int)
  returns (queue2: seq<int>)
  requires d.Length == n && Inv(n, adj, s, d[..], queue, head) && head < |queue|
  modifies d
  ensures Inv(n, adj, s, d[..], queue2, head + 1) && |queue| <= |queue2|
{
  var u := queue[head];
  InnerStart(n, adj, s, d[..], queue, head);
  queue2 := queue;
  var i := 0;
  while i < |adj[u]|
    invariant Inner(n, adj, s, d[..], queue2, head + 1, u, i) && |queue| <= |queue2|
  {
    var v := adj[u][i];
    if d[v] == -1 {
      InnerNew(n, adj, s, d[..], queue2, head + 1, u, i, v, d[..][v := d[u] + 1], queue2 + [v]);
      d[v] := d[u] + 1;
      queue2 := queue2 + [v];
    } else {
      InnerSeen(n, adj, s, d[..], queue2, head + 1, u, i);
    }
    i := i + 1;
  }
  InnerEnd(n, adj, s, d[..], queue2, head + 1, u);
}

// Breadth-first search from s: a FIFO queue of reached vertices; a vertex seen for the first time
// is labelled one more than the vertex it was seen from.
method BfsFrom(n: int, adj: seq<seq<int>>, s: int) returns (dist: seq<int>)
  requires pre_bfs(n, adj, s)
  ensures hop_labels(n, adj, s, dist)
{
  var d := InitDist(n, s);
  var queue := [s];
  var head := 0;
  while head < |queue|
    invariant Inv(n, adj, s, d[..], queue, head)
    decreases n - |queue|, |queue| - head
  {
    queue := Expand(n, adj, s, d, queue, head);
    head := head + 1;
  }
  dist := d[..];
}

// The reachability row of a hop row.
method RowOf(n: int, d: seq<int>) returns (row: seq<bool>)
  requires |d| == n
  ensures |row| == n && forall v :: 0 <= v < n ==> (row[v] <==> d[v] != -1)
{
  row := [];
  var v := 0;
  while v < n
    invariant 0 <= v <= n && |row| == v
    invariant forall w :: 0 <= w < v ==> (row[w] <==> d[w] != -1)
  {
    row := row + [d[v] != -1];
    v := v + 1;
  }
}
// </vc:helpers>

// Transitive closure by a breadth-first search from every vertex.
method TransitiveClosure(n: int, adj: seq<seq<int>>) returns (reach: seq<seq<bool>>, hops: seq<seq<int>>)
  requires pre_transitive_closure(n, adj)
  ensures post_transitive_closure(n, adj, reach, hops)
{
  // <vc:code>
  reach, hops := [], [];
  var u := 0;
  while u < n
    invariant 0 <= u <= n && |reach| == u && |hops| == u
    invariant forall w :: 0 <= w < u ==>
      |reach[w]| == n && hop_labels(n, adj, w, hops[w]) &&
      forall v :: 0 <= v < n ==> (reach[w][v] <==> hops[w][v] != -1)
  {
    var d := BfsFrom(n, adj, u);
    var row := RowOf(n, d);
    reach, hops := reach + [row], hops + [d];
    u := u + 1;
  }
  // </vc:code>
}
