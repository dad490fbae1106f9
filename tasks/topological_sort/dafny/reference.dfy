// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

// At most 1000 edges leave a vertex (so in-degree counts fit machine integers in every language).
predicate pre_topological_sort(n: int, adj: seq<seq<int>>)
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
predicate post_topological_sort(n: int, adj: seq<seq<int>>, acyclic: bool, order: seq<int>, cycle: seq<int>)
{
  pre_topological_sort(n, adj) &&
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
// Occ(s, v): how often v occurs in s.
function Occ(s: seq<int>, v: int): nat
  decreases |s|
{
  if |s| == 0 then 0 else Occ(s[..|s| - 1], v) + (if s[|s| - 1] == v then 1 else 0)
}

lemma OccPrefix(s: seq<int>, k: int, v: int)
  requires 0 <= k < |s|
  ensures Occ(s[..k + 1], v) == Occ(s[..k], v) + (if s[k] == v then 1 else 0)
{
  assert s[..k + 1][..k] == s[..k];
}

lemma OccPrefixAtMost(s: seq<int>, k: int, v: int)
  requires 0 <= k <= |s|
  ensures Occ(s[..k], v) <= Occ(s, v)
  decreases |s| - k
{
  if k < |s| {
    OccPrefix(s, k, v);
    OccPrefixAtMost(s, k + 1, v);
  } else {
    assert s[..k] == s;
  }
}

lemma OccPositive(s: seq<int>, v: int)
  requires v in s
  ensures Occ(s, v) >= 1
  decreases |s|
{
  if s[|s| - 1] != v {
    var i :| 0 <= i < |s| && s[i] == v;
    assert s[..|s| - 1][i] == v;
    OccPositive(s[..|s| - 1], v);
  }
}

// InDeg(adj, done, v, m): the number of edges into v from the vertices among 0 .. m-1 that are
// not done.
function InDeg(adj: seq<seq<int>>, done: seq<bool>, v: int, m: int): nat
  requires 0 <= m <= |adj| && |done| == |adj|
  decreases m
{
  if m == 0 then 0 else InDeg(adj, done, v, m - 1) + (if done[m - 1] then 0 else Occ(adj[m - 1], v))
}

lemma InDegDone(adj: seq<seq<int>>, done: seq<bool>, u: int, v: int, m: int)
  requires 0 <= m <= |adj| && |done| == |adj| && 0 <= u < |adj| && !done[u]
  ensures InDeg(adj, done[u := true], v, m) + (if u < m then Occ(adj[u], v) else 0) == InDeg(adj, done, v, m)
  decreases m
{
  if m > 0 { InDegDone(adj, done, u, v, m - 1); }
}

lemma InDegZero(adj: seq<seq<int>>, done: seq<bool>, v: int, m: int, x: int)
  requires 0 <= m <= |adj| && |done| == |adj| && InDeg(adj, done, v, m) == 0 && 0 <= x < m && !done[x]
  ensures v !in adj[x]
  decreases m
{
  if x < m - 1 {
    InDegZero(adj, done, v, m - 1, x);
  } else if v in adj[x] {
    OccPositive(adj[x], v);
  }
}

lemma InDegPositive(adj: seq<seq<int>>, done: seq<bool>, v: int, m: int) returns (x: int)
  requires 0 <= m <= |adj| && |done| == |adj| && InDeg(adj, done, v, m) > 0
  ensures 0 <= x < m && !done[x] && v in adj[x]
  decreases m
{
  if InDeg(adj, done, v, m - 1) > 0 {
    x := InDegPositive(adj, done, v, m - 1);
  } else {
    x := m - 1;
    if v !in adj[x] { OccAbsent(adj[x], v); }
  }
}

lemma OccAbsent(s: seq<int>, v: int)
  requires v !in s
  ensures Occ(s, v) == 0
  decreases |s|
{
  if |s| > 0 {
    assert forall i :: 0 <= i < |s| - 1 ==> s[..|s| - 1][i] == s[i];
    OccAbsent(s[..|s| - 1], v);
  }
}

// The number of entries equal to false.
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

lemma CountFalsePositive(b: seq<bool>, v: int)
  requires 0 <= v < |b| && !b[v]
  ensures CountFalse(b) > 0
  decreases |b|
{
  if v < |b| - 1 {
    assert b[..|b| - 1][v] == b[v];
    CountFalsePositive(b[..|b| - 1], v);
  }
}

lemma CountFalseWitness(b: seq<bool>) returns (v: int)
  requires CountFalse(b) > 0
  ensures 0 <= v < |b| && !b[v]
  decreases |b|
{
  if b[|b| - 1] {
    v := CountFalseWitness(b[..|b| - 1]);
  } else {
    v := |b| - 1;
  }
}

// Kahn's state: queue holds every vertex ever enqueued, once each; queue[..head] are the removed
// ones (done), in an order where every edge among them goes forward; queue[head..] are waiting
// with in-degree 0; indeg counts the edges from vertices not removed yet; every vertex that is not
// removed and has in-degree 0 has been enqueued; no edge leads from a vertex not removed to a
// removed one.
predicate Kahn(n: int, adj: seq<seq<int>>, done: seq<bool>, indeg: seq<int>, queue: seq<int>, head: int, inq: seq<bool>)
{
  valid_graph(n, adj) && |done| == n && |indeg| == n && |inq| == n && 0 <= head <= |queue| &&
  (forall j :: 0 <= j < |queue| ==> 0 <= queue[j] < n) &&
  (forall j, k :: 0 <= j < k < |queue| ==> queue[j] != queue[k]) &&
  (forall v :: 0 <= v < n ==> (inq[v] <==> v in queue)) &&
  (forall v :: 0 <= v < n ==> (done[v] <==> v in queue[..head])) &&
  (forall j :: head <= j < |queue| ==> indeg[queue[j]] == 0) &&
  (forall v :: 0 <= v < n && !done[v] && indeg[v] == 0 ==> inq[v]) &&
  (forall v :: 0 <= v < n ==> indeg[v] == InDeg(adj, done, v, n)) &&
  (forall i, j :: 0 <= j <= i < head ==> queue[j] !in adj[queue[i]]) &&
  (forall x, w :: 0 <= x < n && 0 <= w < n && !done[x] && done[w] ==> w !in adj[x]) &&
  |queue| + CountFalse(inq) == n
}

// While the edges of u == queue[head - 1] (just removed) are scanned: the counts of the heads
// among the first k edges are already lowered.
predicate Scan(n: int, adj: seq<seq<int>>, done: seq<bool>, indeg: seq<int>, queue: seq<int>, head: int,
               inq: seq<bool>, u: int, k: int)
{
  valid_graph(n, adj) && |done| == n && |indeg| == n && |inq| == n && 1 <= head <= |queue| &&
  queue[head - 1] == u && 0 <= u < n && 0 <= k <= |adj[u]| &&
  (forall j :: 0 <= j < |queue| ==> 0 <= queue[j] < n) &&
  (forall j, k :: 0 <= j < k < |queue| ==> queue[j] != queue[k]) &&
  (forall v :: 0 <= v < n ==> (inq[v] <==> v in queue)) &&
  (forall v :: 0 <= v < n ==> (done[v] <==> v in queue[..head])) &&
  (forall j :: head <= j < |queue| ==> indeg[queue[j]] == 0) &&
  (forall v :: 0 <= v < n && !done[v] && indeg[v] == 0 ==> inq[v]) &&
  (forall v :: 0 <= v < n ==>
     indeg[v] == InDeg(adj, done, v, n) + Occ(adj[u], v) - Occ(adj[u][..k], v)) &&
  (forall i, j :: 0 <= j <= i < head ==> queue[j] !in adj[queue[i]]) &&
  (forall x, w :: 0 <= x < n && 0 <= w < n && !done[x] && done[w] ==> w !in adj[x]) &&
  (forall w :: 0 <= w < n && done[w] ==> w !in adj[u]) &&
  |queue| + CountFalse(inq) == n
}


lemma StartScan(n: int, adj: seq<seq<int>>, done: seq<bool>, indeg: seq<int>, queue: seq<int>, head: int, inq: seq<bool>)
  requires Kahn(n, adj, done, indeg, queue, head, inq) && head < |queue|
  ensures Scan(n, adj, done[queue[head] := true], indeg, queue, head + 1, inq, queue[head], 0)
{
  var u := queue[head];
  var d2 := done[u := true];
  assert !done[u] by {
    if done[u] {
      var j :| 0 <= j < head && queue[j] == u;
    }
  }
  assert indeg[u] == 0;
  forall v | 0 <= v < n
    ensures indeg[v] == InDeg(adj, d2, v, n) + Occ(adj[u], v) - Occ(adj[u][..0], v)
  {
    InDegDone(adj, done, u, v, n);
    assert adj[u][..0] == [];
  }
  forall x | 0 <= x < n && !done[x] ensures u !in adj[x]
  {
    InDegZero(adj, done, u, n, x);
  }
  forall v | 0 <= v < n ensures (d2[v] <==> v in queue[..head + 1])
  {
    assert queue[..head + 1] == queue[..head] + [u];
  }
  forall i, j | 0 <= j <= i < head + 1 ensures queue[j] !in adj[queue[i]]
  {
    if i == head && j < head {
      assert done[queue[j]] by { assert queue[j] in queue[..head]; }
    }
  }
}

lemma ScanStep(n: int, adj: seq<seq<int>>, done: seq<bool>, indeg: seq<int>, queue: seq<int>, head: int,
               inq: seq<bool>, u: int, k: int)
  returns (indeg2: seq<int>, queue2: seq<int>, inq2: seq<bool>)
  requires Scan(n, adj, done, indeg, queue, head, inq, u, k) && k < |adj[u]|
  ensures var w := adj[u][k];
    indeg2 == indeg[w := indeg[w] - 1] &&
    (indeg[w] == 1 ==> queue2 == queue + [w] && inq2 == inq[w := true]) &&
    (indeg[w] != 1 ==> queue2 == queue && inq2 == inq) &&
    Scan(n, adj, done, indeg2, queue2, head, inq2, u, k + 1)
{
  var w := adj[u][k];
  assert 0 <= w < n;
  OccPrefix(adj[u], k, w);
  OccPrefixAtMost(adj[u], k + 1, w);
  assert indeg[w] >= 1;
  assert !done[w] by { assert w in adj[u]; }
  indeg2 := indeg[w := indeg[w] - 1];
  forall v | 0 <= v < n
    ensures indeg2[v] == InDeg(adj, done, v, n) + Occ(adj[u], v) - Occ(adj[u][..k + 1], v)
  {
    OccPrefix(adj[u], k, v);
  }
  if indeg[w] == 1 {
    assert !inq[w] by {
      if inq[w] {
        var j :| 0 <= j < |queue| && queue[j] == w;
        if j < head { assert w in queue[..head]; }
      }
    }
    queue2 := queue + [w];
    inq2 := inq[w := true];
    CountFalseUpdate(inq, w);
    forall j, k | 0 <= j < k < |queue2| ensures queue2[j] != queue2[k]
    {
      if k < |queue| { assert queue2[j] == queue[j] && queue2[k] == queue[k]; }
      else { assert queue2[j] == queue[j] && queue[j] in queue; }
    }
    forall v | 0 <= v < n ensures (inq2[v] <==> v in queue2)
    {
      if v != w { assert (v in queue2) == (v in queue); }
    }
    assert queue2[..head] == queue[..head];
    forall j | 0 <= j < |queue2| ensures 0 <= queue2[j] < n
    {
      if j < |queue| { assert queue2[j] == queue[j]; }
    }
    forall j | head <= j < |queue2| ensures indeg2[queue2[j]] == 0
    {
      if j < |queue| { assert queue2[j] == queue[j] && queue[j] != w; }
    }
    forall i, j | 0 <= j <= i < head ensures queue2[j] !in adj[queue2[i]]
    {
      assert queue2[j] == queue[j] && queue2[i] == queue[i];
    }
  } else {
    queue2 := queue;
    inq2 := inq;
    forall j | head <= j < |queue| ensures indeg2[queue[j]] == 0
    {
      assert queue[j] != w;
    }
  }
}

lemma EndScan(n: int, adj: seq<seq<int>>, done: seq<bool>, indeg: seq<int>, queue: seq<int>, head: int,
              inq: seq<bool>, u: int)
  requires 0 <= u < |adj| && Scan(n, adj, done, indeg, queue, head, inq, u, |adj[u]|)
  ensures Kahn(n, adj, done, indeg, queue, head, inq)
{
  assert adj[u][..|adj[u]|] == adj[u];
}

method ComputeInDeg(n: int, adj: seq<seq<int>>, done: seq<bool>) returns (indeg: array<int>)
  requires valid_graph(n, adj) && |done| == n && forall v :: 0 <= v < n ==> !done[v]
  ensures fresh(indeg) && indeg.Length == n
  ensures forall v :: 0 <= v < n ==> indeg[v] == InDeg(adj, done, v, n)
{
  indeg := new int[n];
  var v := 0;
  while v < n
    invariant 0 <= v <= n && forall z :: 0 <= z < v ==> indeg[z] == 0
  {
    indeg[v] := 0;
    v := v + 1;
  }
  var u := 0;
  while u < n
    invariant 0 <= u <= n
    invariant forall z :: 0 <= z < n ==> indeg[z] == InDeg(adj, done, z, u)
  {
    var k := 0;
    while k < |adj[u]|
      invariant 0 <= k <= |adj[u]|
      invariant forall z :: 0 <= z < n ==> indeg[z] == InDeg(adj, done, z, u) + Occ(adj[u][..k], z)
    {
      var w := adj[u][k];
      forall z | 0 <= z < n ensures Occ(adj[u][..k + 1], z) == Occ(adj[u][..k], z) + (if w == z then 1 else 0)
      {
        OccPrefix(adj[u], k, z);
      }
      indeg[w] := indeg[w] + 1;
      k := k + 1;
    }
    assert adj[u][..|adj[u]|] == adj[u];
    u := u + 1;
  }
}

// The vertices of in-degree 0, in increasing order, start the queue.
method InitQueue(n: int, adj: seq<seq<int>>, done: seq<bool>, indeg: array<int>)
  returns (queue: seq<int>, ghost inq: seq<bool>)
  requires valid_graph(n, adj) && |done| == n && forall v :: 0 <= v < n ==> !done[v]
  requires indeg.Length == n && forall v :: 0 <= v < n ==> indeg[v] == InDeg(adj, done, v, n)
  ensures Kahn(n, adj, done, indeg[..], queue, 0, inq)
{
  queue := [];
  inq := [];
  var v := 0;
  while v < n
    invariant 0 <= v <= n && |inq| == v
    invariant forall j :: 0 <= j < |queue| ==> 0 <= queue[j] < v && indeg[queue[j]] == 0
    invariant forall j, k :: 0 <= j < k < |queue| ==> queue[j] < queue[k]
    invariant forall z :: 0 <= z < v ==> (inq[z] <==> z in queue) && (inq[z] <==> indeg[z] == 0)
    invariant |queue| + CountFalse(inq) == v
  {
    var b := indeg[v] == 0;
    assert (inq + [b])[..v] == inq;
    if b {
      queue := queue + [v];
    }
    inq := inq + [b];
    forall z | 0 <= z < v + 1 ensures (inq[z] <==> z in queue)
    {
      if z < v && b { assert (z in queue) == (z in queue[..|queue| - 1]); }
    }
    v := v + 1;
  }
}

// Some vertex y that is not done has an edge to x (one exists).
method FindPred(n: int, adj: seq<seq<int>>, done: seq<bool>, x: int) returns (y: int)
  requires valid_graph(n, adj) && |done| == n
  requires InDeg(adj, done, x, n) > 0
  ensures 0 <= y < n && !done[y] && x in adj[y]
{
  var u := 0;
  while u < n
    invariant 0 <= u <= n
    invariant forall z :: 0 <= z < u ==> done[z] || x !in adj[z]
  {
    if !done[u] {
      var k := 0;
      while k < |adj[u]|
        invariant 0 <= k <= |adj[u]|
        invariant forall t :: 0 <= t < k ==> adj[u][t] != x
      {
        if adj[u][k] == x {
          y := u;
          return;
        }
        k := k + 1;
      }
    }
    u := u + 1;
  }
  var z := InDegPositive(adj, done, x, n);
  assert false;
}

// The walk w[|w|-1] -> ... -> w[t] (edges go from w[j+1] to w[j]) closed by the edge from
// w[t] back to w[|w|-1] is a directed cycle; c lists it from w[|w|-1] down to w[t].
lemma WalkCycle(n: int, adj: seq<seq<int>>, w: seq<int>, t: int, c: seq<int>)
  requires valid_graph(n, adj) && 0 <= t < |w|
  requires forall j :: 0 <= j < |w| ==> 0 <= w[j] < n
  requires forall j :: 0 <= j < |w| - 1 ==> w[j] in adj[w[j + 1]]
  requires w[|w| - 1] in adj[w[t]]
  requires |c| == |w| - t && forall q :: 0 <= q < |c| ==> c[q] == w[|w| - 1 - q]
  ensures is_cycle(n, adj, c)
{
  var L := |c|;
  forall q | 0 <= q < L ensures c[(q + 1) % L] in adj[c[q]]
  {
    if q < L - 1 {
      assert (q + 1) % L == q + 1;
      assert c[q + 1] == w[|w| - 2 - q] && c[q] == w[|w| - 1 - q];
    } else {
      assert (q + 1) % L == 0;
      assert c[0] == w[|w| - 1] && c[q] == w[t];
    }
  }
}

// w[|w|-1], w[|w|-2], ..., w[t].
method ReverseTail(w: seq<int>, t: int) returns (c: seq<int>)
  requires 0 <= t < |w|
  ensures |c| == |w| - t && forall q :: 0 <= q < |c| ==> c[q] == w[|w| - 1 - q]
{
  c := [];
  var i := |w| - 1;
  while i >= t
    invariant t - 1 <= i <= |w| - 1 && |c| == |w| - 1 - i
    invariant forall q :: 0 <= q < |c| ==> c[q] == w[|w| - 1 - q]
  {
    c := c + [w[i]];
    i := i - 1;
  }
}

// Every vertex that is not done has an edge from a vertex that is not done (stated through the
// count, so that it has no existential).
predicate HasPreds(n: int, adj: seq<seq<int>>, done: seq<bool>)
  requires |adj| == n && |done| == n
{
  forall x :: 0 <= x < n && !done[x] ==> InDeg(adj, done, x, n) > 0
}

// Every vertex that is not done has an edge from a vertex that is not done: walk backwards
// along such edges, marking the position of each vertex, until one repeats; the repeated stretch
// is a cycle.
method FindCycle(n: int, adj: seq<seq<int>>, done: seq<bool>, x0: int) returns (cycle: seq<int>)
  requires valid_graph(n, adj) && |done| == n && 0 <= x0 < n && !done[x0]
  requires HasPreds(n, adj, done)
  ensures is_cycle(n, adj, cycle)
{
  var mark;
  ghost var seen;
  mark, seen := InitWalk(n, adj, done, x0);
  var w := [x0];
  while true
    invariant WalkInv(n, adj, done, w, mark[..], seen)
    decreases n - |w|
  {
    var cur := w[|w| - 1];
    assert !done[cur];
    var y := FindPred(n, adj, done, cur);
    if mark[y] != -1 {
      var t := mark[y];
      assert mark[..][y] == t;
      assert 0 <= t < |w| && w[t] == y;
      var c := ReverseTail(w, t);
      WalkCycle(n, adj, w, t, c);
      return c;
    }
    WalkExtend(n, adj, done, w, mark[..], seen, y);
    seen := seen[y := true];
    mark[y] := |w|;
    w := w + [y];
  }
}

method InitWalk(n: int, adj: seq<seq<int>>, done: seq<bool>, x0: int) returns (mark: array<int>, ghost seen: seq<bool>)
  requires valid_graph(n, adj) && |done| == n && 0 <= x0 < n && !done[x0]
  ensures fresh(mark) && WalkInv(n, adj, done, [x0], mark[..], seen)
{
  mark := new int[n];
  var v := 0;
  while v < n
    invariant 0 <= v <= n && forall z :: 0 <= z < v ==> mark[z] == -1
  {
    mark[v] := -1;
    v := v + 1;
  }
  seen := [];
  v := 0;
  while v < n
    invariant 0 <= v <= n && |seen| == v && forall z :: 0 <= z < v ==> !seen[z]
  {
    seen := seen + [false];
    v := v + 1;
  }
  CountAllFalse(seen);
  CountFalseUpdate(seen, x0);
  seen := seen[x0 := true];
  mark[x0] := 0;
  assert [x0][0] == x0;
}

// The backward walk: w[j] has an edge from w[j + 1]; m[v] is the position of v in w (-1: not on
// it); seen marks the same vertices and CountFalse counts the others.
predicate WalkInv(n: int, adj: seq<seq<int>>, done: seq<bool>, w: seq<int>, m: seq<int>, seen: seq<bool>)
{
  valid_graph(n, adj) && |done| == n && |m| == n && |w| >= 1 && |seen| == n &&
  (forall j :: 0 <= j < |w| ==> 0 <= w[j] < n && !done[w[j]] && m[w[j]] == j) &&
  (forall z :: 0 <= z < n ==> (m[z] != -1 <==> seen[z])) &&
  (forall z :: 0 <= z < n && m[z] != -1 ==> 0 <= m[z] < |w| && w[m[z]] == z) &&
  (forall j :: 0 <= j < |w| - 1 ==> w[j] in adj[w[j + 1]]) &&
  |w| + CountFalse(seen) == n
}

lemma WalkExtend(n: int, adj: seq<seq<int>>, done: seq<bool>, w: seq<int>, m: seq<int>, seen: seq<bool>, y: int)
  requires WalkInv(n, adj, done, w, m, seen) && 0 <= y < n && !done[y] && m[y] == -1 && w[|w| - 1] in adj[y]
  ensures WalkInv(n, adj, done, w + [y], m[y := |w|], seen[y := true])
{
  var w2 := w + [y];
  var m2 := m[y := |w|];
  CountFalseUpdate(seen, y);
  forall j | 0 <= j < |w2| ensures 0 <= w2[j] < n && !done[w2[j]] && m2[w2[j]] == j
  {
    if j < |w| { assert w2[j] == w[j] && w[j] != y; }
  }
  forall z | 0 <= z < n && m2[z] != -1 ensures 0 <= m2[z] < |w2| && w2[m2[z]] == z
  {
    if z != y { assert w2[m[z]] == w[m[z]]; }
  }
  forall j | 0 <= j < |w2| - 1 ensures w2[j] in adj[w2[j + 1]]
  {
    if j < |w| - 1 { assert w2[j] == w[j] && w2[j + 1] == w[j + 1]; }
    else { assert w2[j] == w[|w| - 1] && w2[j + 1] == y; }
  }
}

// Remove queue[head] and lower the in-degrees of its heads, enqueueing those that reach 0.
method Remove(n: int, adj: seq<seq<int>>, done: array<bool>, indeg: array<int>, queue: seq<int>, head: int,
              ghost inq: seq<bool>)
  returns (queue2: seq<int>, ghost inq2: seq<bool>)
  requires done.Length == n && indeg.Length == n
  requires Kahn(n, adj, done[..], indeg[..], queue, head, inq) && head < |queue|
  modifies done, indeg
  ensures Kahn(n, adj, done[..], indeg[..], queue2, head + 1, inq2) && |queue| <= |queue2|
{
  var u := queue[head];
  StartScan(n, adj, done[..], indeg[..], queue, head, inq);
  done[u] := true;
  queue2, inq2 := queue, inq;
  var k := 0;
  while k < |adj[u]|
    invariant Scan(n, adj, done[..], indeg[..], queue2, head + 1, inq2, u, k) && |queue| <= |queue2|
  {
    var w := adj[u][k];
    ghost var i2, q2, n2 := ScanStep(n, adj, done[..], indeg[..], queue2, head + 1, inq2, u, k);
    indeg[w] := indeg[w] - 1;
    if indeg[w] == 0 {
      queue2 := queue2 + [w];
    }
    inq2 := n2;
    assert indeg[..] == i2 && queue2 == q2;
    k := k + 1;
  }
  EndScan(n, adj, done[..], indeg[..], queue2, head + 1, inq2, u);
}

lemma AcyclicEnd(n: int, adj: seq<seq<int>>, done: seq<bool>, indeg: seq<int>, queue: seq<int>, inq: seq<bool>)
  requires Kahn(n, adj, done, indeg, queue, |queue|, inq) && |queue| == n
  ensures is_topological_order(n, adj, queue)
{
}

lemma CyclicEnd(n: int, adj: seq<seq<int>>, done: seq<bool>, indeg: seq<int>, queue: seq<int>, inq: seq<bool>)
  returns (x0: int)
  requires Kahn(n, adj, done, indeg, queue, |queue|, inq) && |queue| < n
  ensures 0 <= x0 < n && !done[x0]
  ensures HasPreds(n, adj, done)
{
  assert queue[..|queue|] == queue;
  x0 := CountFalseWitness(inq);
  forall x | 0 <= x < n && !done[x] ensures InDeg(adj, done, x, n) > 0
  {
    assert !inq[x];
    assert indeg[x] != 0;
  }
}
method FirstUndone(n: int, done: seq<bool>, ghost g: int) returns (x0: int)
  requires |done| == n && 0 <= g < n && !done[g]
  ensures 0 <= x0 < n && !done[x0]
{
  x0 := 0;
  while done[x0]
    invariant 0 <= x0 <= g
    decreases g - x0
  {
    x0 := x0 + 1;
  }
}

// Every vertex removed: the removal order is topological. Otherwise walk back from a vertex
// that was not removed to a cycle.
method Conclude(n: int, adj: seq<seq<int>>, done: seq<bool>, ghost indeg: seq<int>, queue: seq<int>, ghost inq: seq<bool>)
  returns (acyclic: bool, order: seq<int>, cycle: seq<int>)
  requires pre_topological_sort(n, adj) && Kahn(n, adj, done, indeg, queue, |queue|, inq)
  ensures post_topological_sort(n, adj, acyclic, order, cycle)
{
  assert valid_graph(n, adj) && |done| == n;
  if |queue| == n {
    AcyclicEnd(n, adj, done, indeg, queue, inq);
    acyclic, order, cycle := true, queue, [];
  } else {
    ghost var g := CyclicEnd(n, adj, done, indeg, queue, inq);
    var x0 := FirstUndone(n, done, g);
    assert valid_graph(n, adj) && |done| == n && HasPreds(n, adj, done);
    cycle := FindCycle(n, adj, done, x0);
    acyclic, order := false, [];
  }
}
// </vc:helpers>

// Kahn's algorithm: repeatedly remove a vertex of in-degree 0 (a FIFO queue of them), lowering
// the in-degrees of its heads. If every vertex is removed, the removal order is topological;
// otherwise every remaining vertex has an edge from a remaining vertex, and walking back along
// such edges finds a cycle.
method TopologicalSort(n: int, adj: seq<seq<int>>) returns (acyclic: bool, order: seq<int>, cycle: seq<int>)
  requires pre_topological_sort(n, adj)
  ensures post_topological_sort(n, adj, acyclic, order, cycle)
{
  // <vc:code>
  var done := new bool[n];
  var v := 0;
  while v < n
    invariant 0 <= v <= n && forall z :: 0 <= z < v ==> !done[z]
  {
    done[v] := false;
    v := v + 1;
  }
  var indeg := ComputeInDeg(n, adj, done[..]);
  ghost var inq;
  var queue;
  queue, inq := InitQueue(n, adj, done[..], indeg);
  var head := 0;
  while head < |queue|
    invariant Kahn(n, adj, done[..], indeg[..], queue, head, inq)
    decreases n - |queue|, |queue| - head
  {
    queue, inq := Remove(n, adj, done, indeg, queue, head, inq);
    head := head + 1;
  }
  acyclic, order, cycle := Conclude(n, adj, done[..], indeg[..], queue, inq);
  // </vc:code>
}
