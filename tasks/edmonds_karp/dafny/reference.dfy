// A flow network on the vertices 0..n-1 is an edge list; edge e is [u, v, c], directed from u to
// v with capacity c. A flow gives each edge an amount flow[e]; net(v) is the flow leaving v minus
// the flow entering it. A cut is a vertex set (mask inS); its capacity is the total capacity of
// the edges leaving it.
predicate valid_edges(n: int, edges: seq<seq<int>>)
{
  forall e :: 0 <= e < |edges| ==> |edges[e]| == 3 && 0 <= edges[e][0] < n && 0 <= edges[e][1] < n
}

// Flow out of v minus flow into v, over the edges 0..k-1.
function net_upto(edges: seq<seq<int>>, flow: seq<int>, v: int, k: int): int
  decreases k
{
  if k <= 0 || k > |edges| || k > |flow| || |edges[k - 1]| != 3 then 0
  else net_upto(edges, flow, v, k - 1) + (if edges[k - 1][0] == v then flow[k - 1] else 0)
                                       - (if edges[k - 1][1] == v then flow[k - 1] else 0)
}

function net(edges: seq<seq<int>>, flow: seq<int>, v: int): int
{
  net_upto(edges, flow, v, |edges|)
}

// Capacity of the edges 0..k-1 that leave the set inS.
function cut_upto(edges: seq<seq<int>>, inS: seq<bool>, k: int): int
  decreases k
{
  if k <= 0 || k > |edges| || |edges[k - 1]| != 3 then 0
  else cut_upto(edges, inS, k - 1) +
    (if 0 <= edges[k - 1][0] < |inS| && 0 <= edges[k - 1][1] < |inS| &&
        inS[edges[k - 1][0]] && !inS[edges[k - 1][1]] then edges[k - 1][2] else 0)
}

function cut_capacity(edges: seq<seq<int>>, inS: seq<bool>): int
{
  cut_upto(edges, inS, |edges|)
}

predicate pre_edmonds_karp(n: int, edges: seq<seq<int>>, s: int, t: int)
{
  2 <= n <= 100 && |edges| <= 1000 && valid_edges(n, edges) &&
  (forall e :: 0 <= e < |edges| ==> 0 <= edges[e][2] <= 1000000) &&
  0 <= s < n && 0 <= t < n && s != t
}

// A feasible flow (0 <= flow[e] <= capacity; net(v) == 0 at every v other than s and t) of value
// net(s), and an s-t cut (s in it, t not) whose capacity equals that value. Every feasible flow's
// value is at most every s-t cut's capacity, so the flow is maximum (and the cut minimum: the
// max-flow min-cut theorem says such a pair always exists).
predicate post_edmonds_karp(n: int, edges: seq<seq<int>>, s: int, t: int, flow: seq<int>, value: int, inS: seq<bool>)
{
  pre_edmonds_karp(n, edges, s, t) && |flow| == |edges| && |inS| == n &&
  (forall e :: 0 <= e < |edges| ==> 0 <= flow[e] <= edges[e][2]) &&
  (forall v :: 0 <= v < n && v != s && v != t ==> net(edges, flow, v) == 0) &&
  value == net(edges, flow, s) &&
  inS[s] && !inS[t] && cut_capacity(edges, inS) == value
}

predicate Shaped(edges: seq<seq<int>>)
{
  forall e :: 0 <= e < |edges| ==> |edges[e]| == 3
}

// Sum of net_upto(v, k) over the vertices v < j of the set inS.
function sum_in(edges: seq<seq<int>>, f: seq<int>, inS: seq<bool>, j: int, k: int): int
  decreases j
{
  if j <= 0 || j > |inS| then 0
  else sum_in(edges, f, inS, j - 1, k) + (if inS[j - 1] then net_upto(edges, f, j - 1, k) else 0)
}

// Flow leaving minus flow entering the set inS, over the edges 0..k-1.
function cross_upto(edges: seq<seq<int>>, f: seq<int>, inS: seq<bool>, k: int): int
  decreases k
{
  if k <= 0 || k > |edges| || k > |f| || |edges[k - 1]| != 3 then 0
  else cross_upto(edges, f, inS, k - 1) +
    (if 0 <= edges[k - 1][0] < |inS| && inS[edges[k - 1][0]] then f[k - 1] else 0) -
    (if 0 <= edges[k - 1][1] < |inS| && inS[edges[k - 1][1]] then f[k - 1] else 0)
}

lemma SumInStep(edges: seq<seq<int>>, f: seq<int>, inS: seq<bool>, j: int, k: int)
  requires Shaped(edges) && |f| == |edges| && 0 <= k < |edges| && 0 <= j <= |inS|
  ensures sum_in(edges, f, inS, j, k + 1) == sum_in(edges, f, inS, j, k) +
    (if 0 <= edges[k][0] < j && inS[edges[k][0]] then f[k] else 0) -
    (if 0 <= edges[k][1] < j && inS[edges[k][1]] then f[k] else 0)
  decreases j
{
  if j > 0 { SumInStep(edges, f, inS, j - 1, k); }
}

lemma SumInIsCross(n: int, edges: seq<seq<int>>, f: seq<int>, inS: seq<bool>, k: int)
  requires valid_edges(n, edges) && |f| == |edges| && |inS| == n && 0 <= k <= |edges|
  ensures sum_in(edges, f, inS, n, k) == cross_upto(edges, f, inS, k)
  decreases k
{
  if k == 0 {
    SumInZero(edges, f, inS, n);
  } else {
    SumInIsCross(n, edges, f, inS, k - 1);
    SumInStep(edges, f, inS, n, k - 1);
  }
}

lemma SumInZero(edges: seq<seq<int>>, f: seq<int>, inS: seq<bool>, j: int)
  ensures sum_in(edges, f, inS, j, 0) == 0
  decreases j
{
  if j > 0 { SumInZero(edges, f, inS, j - 1); }
}

// When every member of inS other than s conserves flow, the set's net outflow is net(s).
lemma SumInIsSource(n: int, edges: seq<seq<int>>, f: seq<int>, inS: seq<bool>, s: int, j: int)
  requires |inS| == n && 0 <= s < n && inS[s] && 0 <= j <= n
  requires forall v :: 0 <= v < n && v != s && inS[v] ==> net(edges, f, v) == 0
  ensures sum_in(edges, f, inS, j, |edges|) == (if s < j then net(edges, f, s) else 0)
  decreases j
{
  if j > 0 { SumInIsSource(n, edges, f, inS, s, j - 1); }
}

lemma CrossAtMostCut(edges: seq<seq<int>>, f: seq<int>, inS: seq<bool>, k: int)
  requires Shaped(edges) && |f| == |edges| && 0 <= k <= |edges|
  requires forall e :: 0 <= e < |edges| ==> 0 <= edges[e][0] < |inS| && 0 <= edges[e][1] < |inS|
  requires forall e :: 0 <= e < |edges| ==> 0 <= f[e] <= edges[e][2]
  ensures cross_upto(edges, f, inS, k) <= cut_upto(edges, inS, k)
  decreases k
{
  if k > 0 { CrossAtMostCut(edges, f, inS, k - 1); }
}

// What the contract means: no feasible flow has a larger value (its value is the net flow out
// of the cut inS, at most the cut's capacity, which equals value).
lemma post_edmonds_karp_means_maximum(n: int, edges: seq<seq<int>>, s: int, t: int, flow: seq<int>, value: int, inS: seq<bool>, f: seq<int>)
  requires post_edmonds_karp(n, edges, s, t, flow, value, inS)
  requires |f| == |edges| && forall e :: 0 <= e < |edges| ==> 0 <= f[e] <= edges[e][2]
  requires forall v :: 0 <= v < n && v != s && v != t ==> net(edges, f, v) == 0
  ensures net(edges, f, s) <= value
{
  SumInIsSource(n, edges, f, inS, s, n);
  SumInIsCross(n, edges, f, inS, |edges|);
  CrossAtMostCut(edges, f, inS, |edges|);
}

// <vc:helpers>
lemma NetUpdate(edges: seq<seq<int>>, f: seq<int>, e: int, x: int, v: int, k: int)
  requires Shaped(edges) && |f| == |edges| && 0 <= e < |f| && 0 <= k <= |edges|
  ensures net_upto(edges, f[e := x], v, k) == net_upto(edges, f, v, k) +
    (if e < k then (if edges[e][0] == v then x - f[e] else 0) - (if edges[e][1] == v then x - f[e] else 0) else 0)
  decreases k
{
  if k > 0 { NetUpdate(edges, f, e, x, v, k - 1); }
}

lemma NetBound(edges: seq<seq<int>>, f: seq<int>, v: int, k: int)
  requires Shaped(edges) && |f| == |edges| && 0 <= k <= |edges|
  requires forall e :: 0 <= e < |edges| ==> 0 <= f[e] <= edges[e][2] <= 1000000
  ensures net_upto(edges, f, v, k) <= k * 1000000
  decreases k
{
  if k > 0 { NetBound(edges, f, v, k - 1); }
}

lemma NetBoundTotal(edges: seq<seq<int>>, f: seq<int>, v: int)
  requires Shaped(edges) && |f| == |edges| && |edges| <= 1000
  requires forall e :: 0 <= e < |edges| ==> 0 <= f[e] <= edges[e][2] <= 1000000
  ensures net(edges, f, v) <= 1000000000
{
  NetBound(edges, f, v, |edges|);
  assert |edges| * 1000000 <= 1000000000;
}

// A saturated cut: edges leaving inS are full, edges entering it empty.
lemma CrossIsCut(edges: seq<seq<int>>, f: seq<int>, inS: seq<bool>, k: int)
  requires Shaped(edges) && |f| == |edges| && 0 <= k <= |edges|
  requires forall e :: 0 <= e < |edges| ==> 0 <= edges[e][0] < |inS| && 0 <= edges[e][1] < |inS|
  requires forall e :: 0 <= e < |edges| && inS[edges[e][0]] && !inS[edges[e][1]] ==> f[e] == edges[e][2]
  requires forall e :: 0 <= e < |edges| && !inS[edges[e][0]] && inS[edges[e][1]] ==> f[e] == 0
  ensures cross_upto(edges, f, inS, k) == cut_upto(edges, inS, k)
  decreases k
{
  if k > 0 { CrossIsCut(edges, f, inS, k - 1); }
}

// out[v] / inn[v]: the indices of the edges leaving / entering v.
method AdjLists(n: int, edges: seq<seq<int>>) returns (out: array<seq<int>>, inn: array<seq<int>>)
  requires 1 <= n && valid_edges(n, edges)
  ensures fresh(out) && fresh(inn) && out.Length == n && inn.Length == n
  ensures forall u, j :: 0 <= u < n && 0 <= j < |out[u]| ==> 0 <= out[u][j] < |edges| && edges[out[u][j]][0] == u
  ensures forall u, j :: 0 <= u < n && 0 <= j < |inn[u]| ==> 0 <= inn[u][j] < |edges| && edges[inn[u][j]][1] == u
  ensures forall e :: 0 <= e < |edges| ==> e in out[edges[e][0]] && e in inn[edges[e][1]]
{
  out := new seq<int>[n](_ => []);
  inn := new seq<int>[n](_ => []);
  var e := 0;
  while e < |edges|
    invariant 0 <= e <= |edges|
    invariant forall u, j :: 0 <= u < n && 0 <= j < |out[u]| ==> 0 <= out[u][j] < |edges| && edges[out[u][j]][0] == u
    invariant forall u, j :: 0 <= u < n && 0 <= j < |inn[u]| ==> 0 <= inn[u][j] < |edges| && edges[inn[u][j]][1] == u
    invariant forall f :: 0 <= f < e ==> f in out[edges[f][0]] && f in inn[edges[f][1]]
  {
    var u := edges[e][0];
    var w := edges[e][1];
    out[u] := out[u] + [e];
    inn[w] := inn[w] + [e];
    e := e + 1;
  }
}

// The vertex v was reached from (the other end of its tree edge pe[v]).
function Par(edges: seq<seq<int>>, pe: seq<int>, dir: seq<bool>, v: int): int
  requires Shaped(edges) && 0 <= v < |pe| && 0 <= v < |dir| && 0 <= pe[v] < |edges|
{
  if dir[v] then edges[pe[v]][0] else edges[pe[v]][1]
}

// Residual capacity of v's tree edge in the direction it was used.
function Res(edges: seq<seq<int>>, f: seq<int>, pe: seq<int>, dir: seq<bool>, v: int): int
  requires Shaped(edges) && |f| == |edges| && 0 <= v < |pe| && 0 <= v < |dir| && 0 <= pe[v] < |edges|
{
  if dir[v] then edges[pe[v]][2] - f[pe[v]] else f[pe[v]]
}

predicate TreeEdge(n: int, edges: seq<seq<int>>, f: seq<int>, pe: seq<int>, dir: seq<bool>, vis: seq<bool>, ord: seq<int>, v: int)
  requires valid_edges(n, edges) && |f| == |edges| && |pe| == n && |dir| == n && |vis| == n && |ord| == n && 0 <= v < n
{
  0 <= pe[v] < |edges| &&
  (dir[v] ==> edges[pe[v]][1] == v && edges[pe[v]][0] != v && f[pe[v]] < edges[pe[v]][2]) &&
  (!dir[v] ==> edges[pe[v]][0] == v && edges[pe[v]][1] != v && f[pe[v]] > 0) &&
  vis[Par(edges, pe, dir, v)] && ord[Par(edges, pe, dir, v)] < ord[v]
}

predicate BfsState(n: int, edges: seq<seq<int>>, s: int, f: seq<int>, pe: seq<int>, dir: seq<bool>, vis: seq<bool>, ord: seq<int>, queue: seq<int>, qpos: seq<int>, unseen: set<int>)
{
  valid_edges(n, edges) && |f| == |edges| && |pe| == n && |dir| == n && |vis| == n && |ord| == n && |qpos| == n &&
  0 <= s < n && vis[s] && (forall v :: 0 <= v < n ==> ord[v] >= 0) &&
  (forall i :: 0 <= i < |queue| ==> 0 <= queue[i] < n && vis[queue[i]] && qpos[queue[i]] == i) &&
  (forall v :: 0 <= v < n && vis[v] ==> 0 <= qpos[v] < |queue| && queue[qpos[v]] == v) &&
  (forall v :: 0 <= v < n ==> (v in unseen <==> !vis[v])) &&
  (forall v :: v in unseen ==> 0 <= v < n) &&
  |queue| + |unseen| == n &&
  (forall v :: 0 <= v < n && vis[v] && v != s ==> TreeEdge(n, edges, f, pe, dir, vis, ord, v))
}

lemma AddVertex(n: int, edges: seq<seq<int>>, s: int, f: seq<int>, pe: seq<int>, dir: seq<bool>, vis: seq<bool>, ord: seq<int>, queue: seq<int>, qpos: seq<int>, unseen: set<int>,
                 x: int, w: int, e: int, forward: bool)
  requires BfsState(n, edges, s, f, pe, dir, vis, ord, queue, qpos, unseen)
  requires 0 <= x < n && vis[x] && 0 <= w < n && !vis[w] && 0 <= e < |edges|
  requires forward ==> edges[e][0] == x && edges[e][1] == w && f[e] < edges[e][2]
  requires !forward ==> edges[e][1] == x && edges[e][0] == w && f[e] > 0
  ensures BfsState(n, edges, s, f, pe[w := e], dir[w := forward], vis[w := true], ord[w := ord[x] + 1 + |queue|],
                   queue + [w], qpos[w := |queue|], unseen - {w})
{
  CardRemove(unseen, w);
  var pe', dir', vis', ord' := pe[w := e], dir[w := forward], vis[w := true], ord[w := ord[x] + 1 + |queue|];
  forall v | 0 <= v < n && vis'[v] && v != s
    ensures TreeEdge(n, edges, f, pe', dir', vis', ord', v)
  {
    if v != w {
      assert TreeEdge(n, edges, f, pe, dir, vis, ord, v);
      assert Par(edges, pe', dir', v) == Par(edges, pe, dir, v);
    }
  }
}

// Follow the edges lst leaving x where they have spare capacity; stop when t is reached.
method ScanOut(n: int, edges: seq<seq<int>>, s: int, t: int, x: int, lst: seq<int>, flow: array<int>,
            pe: array<int>, dir: array<bool>, vis: array<bool>, ghost ord0: seq<int>, queue0: seq<int>, ghost qpos0: seq<int>, ghost unseen0: set<int>)
  returns (found: bool, ghost ord: seq<int>, queue: seq<int>, ghost qpos: seq<int>, ghost unseen: set<int>)
  requires pre_edmonds_karp(n, edges, s, t) && flow.Length == |edges| && pe != flow && dir != vis
  requires pe.Length == n && dir.Length == n && vis.Length == n
  requires 0 <= x < n && vis[x] && !vis[t]
  requires forall k :: 0 <= k < |lst| ==> 0 <= lst[k] < |edges| && edges[lst[k]][0] == x
  requires BfsState(n, edges, s, flow[..], pe[..], dir[..], vis[..], ord0, queue0, qpos0, unseen0)
  modifies pe, dir, vis
  ensures BfsState(n, edges, s, flow[..], pe[..], dir[..], vis[..], ord, queue, qpos, unseen)
  ensures forall v :: 0 <= v < n && old(vis[v]) ==> vis[v]
  ensures |queue0| <= |queue| && queue[..|queue0|] == queue0
  ensures forall v :: 0 <= v < n && old(vis[v]) ==> qpos[v] == qpos0[v]
  ensures forall v :: 0 <= v < n && vis[v] && !old(vis[v]) ==> qpos[v] >= |queue0|
  ensures found ==> vis[t]
  ensures !found ==> !vis[t] && forall k :: 0 <= k < |lst| ==>
    (flow[lst[k]] < edges[lst[k]][2] ==> vis[edges[lst[k]][1]])
{
  ord, queue, qpos, unseen := ord0, queue0, qpos0, unseen0;
  found := false;
  var j := 0;
  while j < |lst| && !found
    invariant 0 <= j <= |lst|
    invariant found ==> vis[t]
    invariant BfsState(n, edges, s, flow[..], pe[..], dir[..], vis[..], ord, queue, qpos, unseen)
    invariant forall v :: 0 <= v < n && old(vis[v]) ==> vis[v]
    invariant |queue0| <= |queue| && queue[..|queue0|] == queue0
    invariant forall v :: 0 <= v < n && old(vis[v]) ==> qpos[v] == qpos0[v]
    invariant forall v :: 0 <= v < n && vis[v] && !old(vis[v]) ==> qpos[v] >= |queue0|
    invariant !found ==> !vis[t]
    invariant forall k :: 0 <= k < j && flow[lst[k]] < edges[lst[k]][2] ==> vis[edges[lst[k]][1]]
  {
    var e := lst[j];
    var w := edges[e][1];
    var usable := flow[e] < edges[e][2];
    ghost var visB := vis[..];
    if !vis[w] && usable {
      AddVertex(n, edges, s, flow[..], pe[..], dir[..], vis[..], ord, queue, qpos, unseen, x, w, e, true);
      ghost var pe0, dir0, vis0 := pe[..], dir[..], vis[..];
      unseen := unseen - {w};
      vis[w] := true;
      pe[w] := e;
      dir[w] := true;
      ord := ord[w := ord[x] + 1 + |queue|];
      qpos := qpos[w := |queue|];
      queue := queue + [w];
      assert pe[..] == pe0[w := e] && dir[..] == dir0[w := true] && vis[..] == vis0[w := true];
      found := w == t;
    }
    assert forall v :: 0 <= v < n && visB[v] ==> vis[v];
    assert flow[lst[j]] < edges[lst[j]][2] ==> vis[edges[lst[j]][1]];
    forall k | 0 <= k < j + 1 && flow[lst[k]] < edges[lst[k]][2]
      ensures vis[edges[lst[k]][1]]
    {
      if k < j { assert visB[edges[lst[k]][1]]; }
    }
    j := j + 1;
  }
}

// Follow the edges lst entering x, backward, where they carry flow; stop when t is reached.
method ScanIn(n: int, edges: seq<seq<int>>, s: int, t: int, x: int, lst: seq<int>, flow: array<int>,
            pe: array<int>, dir: array<bool>, vis: array<bool>, ghost ord0: seq<int>, queue0: seq<int>, ghost qpos0: seq<int>, ghost unseen0: set<int>)
  returns (found: bool, ghost ord: seq<int>, queue: seq<int>, ghost qpos: seq<int>, ghost unseen: set<int>)
  requires pre_edmonds_karp(n, edges, s, t) && flow.Length == |edges| && pe != flow && dir != vis
  requires pe.Length == n && dir.Length == n && vis.Length == n
  requires 0 <= x < n && vis[x] && !vis[t]
  requires forall k :: 0 <= k < |lst| ==> 0 <= lst[k] < |edges| && edges[lst[k]][1] == x
  requires BfsState(n, edges, s, flow[..], pe[..], dir[..], vis[..], ord0, queue0, qpos0, unseen0)
  modifies pe, dir, vis
  ensures BfsState(n, edges, s, flow[..], pe[..], dir[..], vis[..], ord, queue, qpos, unseen)
  ensures forall v :: 0 <= v < n && old(vis[v]) ==> vis[v]
  ensures |queue0| <= |queue| && queue[..|queue0|] == queue0
  ensures forall v :: 0 <= v < n && old(vis[v]) ==> qpos[v] == qpos0[v]
  ensures forall v :: 0 <= v < n && vis[v] && !old(vis[v]) ==> qpos[v] >= |queue0|
  ensures found ==> vis[t]
  ensures !found ==> !vis[t] && forall k :: 0 <= k < |lst| ==>
    (flow[lst[k]] > 0 ==> vis[edges[lst[k]][0]])
{
  ord, queue, qpos, unseen := ord0, queue0, qpos0, unseen0;
  found := false;
  var j := 0;
  while j < |lst| && !found
    invariant 0 <= j <= |lst|
    invariant found ==> vis[t]
    invariant BfsState(n, edges, s, flow[..], pe[..], dir[..], vis[..], ord, queue, qpos, unseen)
    invariant forall v :: 0 <= v < n && old(vis[v]) ==> vis[v]
    invariant |queue0| <= |queue| && queue[..|queue0|] == queue0
    invariant forall v :: 0 <= v < n && old(vis[v]) ==> qpos[v] == qpos0[v]
    invariant forall v :: 0 <= v < n && vis[v] && !old(vis[v]) ==> qpos[v] >= |queue0|
    invariant !found ==> !vis[t]
    invariant forall k :: 0 <= k < j && flow[lst[k]] > 0 ==> vis[edges[lst[k]][0]]
  {
    var e := lst[j];
    var w := edges[e][0];
    var usable := flow[e] > 0;
    ghost var visB := vis[..];
    if !vis[w] && usable {
      AddVertex(n, edges, s, flow[..], pe[..], dir[..], vis[..], ord, queue, qpos, unseen, x, w, e, false);
      ghost var pe0, dir0, vis0 := pe[..], dir[..], vis[..];
      unseen := unseen - {w};
      vis[w] := true;
      pe[w] := e;
      dir[w] := false;
      ord := ord[w := ord[x] + 1 + |queue|];
      qpos := qpos[w := |queue|];
      queue := queue + [w];
      assert pe[..] == pe0[w := e] && dir[..] == dir0[w := false] && vis[..] == vis0[w := true];
      found := w == t;
    }
    assert forall v :: 0 <= v < n && visB[v] ==> vis[v];
    assert flow[lst[j]] > 0 ==> vis[edges[lst[j]][0]];
    forall k | 0 <= k < j + 1 && flow[lst[k]] > 0
      ensures vis[edges[lst[k]][0]]
    {
      if k < j { assert visB[edges[lst[k]][0]]; }
    }
    j := j + 1;
  }
}

lemma ClosureStep(n: int, edges: seq<seq<int>>, f: seq<int>, out: seq<seq<int>>, inn: seq<seq<int>>,
                   vis0: seq<bool>, qpos0: seq<int>, q0: seq<int>, vis1: seq<bool>, vis: seq<bool>, qpos: seq<int>, head: int, x: int)
  requires valid_edges(n, edges) && |f| == |edges| && |out| == n && |inn| == n
  requires |vis0| == n && |vis1| == n && |vis| == n && |qpos0| == n && |qpos| == n
  requires 0 <= x < n && 0 <= head < |q0| && q0[head] == x && qpos0[x] == head && vis0[x]
  requires forall e :: 0 <= e < |edges| ==> e in out[edges[e][0]] && e in inn[edges[e][1]]
  requires forall v :: 0 <= v < n && vis0[v] ==> 0 <= qpos0[v] < |q0| && q0[qpos0[v]] == v
  requires forall v :: 0 <= v < n && vis1[v] ==> vis[v]
  requires forall u :: 0 <= u < n && vis[u] && qpos[u] <= head ==> vis0[u] && qpos0[u] == qpos[u]
  requires forall e :: 0 <= e < |edges| && vis0[edges[e][0]] && qpos0[edges[e][0]] < head && f[e] < edges[e][2] ==> vis0[edges[e][1]]
  requires forall e :: 0 <= e < |edges| && vis0[edges[e][1]] && qpos0[edges[e][1]] < head && f[e] > 0 ==> vis0[edges[e][0]]
  requires forall v :: 0 <= v < n && vis0[v] ==> vis[v]
  requires forall k :: 0 <= k < |out[x]| && 0 <= out[x][k] < |edges| && f[out[x][k]] < edges[out[x][k]][2] ==> vis1[edges[out[x][k]][1]]
  requires forall k :: 0 <= k < |inn[x]| && 0 <= inn[x][k] < |edges| && f[inn[x][k]] > 0 ==> vis[edges[inn[x][k]][0]]
  ensures forall e :: 0 <= e < |edges| && vis[edges[e][0]] && qpos[edges[e][0]] < head + 1 && f[e] < edges[e][2] ==> vis[edges[e][1]]
  ensures forall e :: 0 <= e < |edges| && vis[edges[e][1]] && qpos[edges[e][1]] < head + 1 && f[e] > 0 ==> vis[edges[e][0]]
{
  forall e | 0 <= e < |edges| && vis[edges[e][0]] && qpos[edges[e][0]] < head + 1 && f[e] < edges[e][2]
    ensures vis[edges[e][1]]
  {
    var u := edges[e][0];
    assert vis0[u] && qpos0[u] == qpos[u];
    if u == x {
      var k :| 0 <= k < |out[x]| && out[x][k] == e;
      assert vis1[edges[e][1]];
    } else {
      assert q0[qpos0[u]] == u;
      assert qpos0[u] < head;
      assert vis0[edges[e][1]];
    }
  }
  forall e | 0 <= e < |edges| && vis[edges[e][1]] && qpos[edges[e][1]] < head + 1 && f[e] > 0
    ensures vis[edges[e][0]]
  {
    var u := edges[e][1];
    assert vis0[u] && qpos0[u] == qpos[u];
    if u == x {
      var k :| 0 <= k < |inn[x]| && inn[x][k] == e;
    } else {
      assert q0[qpos0[u]] == u;
      assert qpos0[u] < head;
      assert vis0[edges[e][0]];
    }
  }
}

// Breadth-first search from s in the residual network.
method Bfs(n: int, edges: seq<seq<int>>, s: int, t: int, out: array<seq<int>>, inn: array<seq<int>>, flow: array<int>)
  returns (found: bool, pe: array<int>, dir: array<bool>, vis: array<bool>, ghost ord: seq<int>)
  requires pre_edmonds_karp(n, edges, s, t) && out.Length == n && inn.Length == n && flow.Length == |edges|
  requires forall u, j :: 0 <= u < n && 0 <= j < |out[u]| ==> 0 <= out[u][j] < |edges| && edges[out[u][j]][0] == u
  requires forall u, j :: 0 <= u < n && 0 <= j < |inn[u]| ==> 0 <= inn[u][j] < |edges| && edges[inn[u][j]][1] == u
  requires forall e :: 0 <= e < |edges| ==> e in out[edges[e][0]] && e in inn[edges[e][1]]
  ensures fresh(pe) && fresh(dir) && fresh(vis)
  ensures pe.Length == n && dir.Length == n && vis.Length == n && |ord| == n
  ensures vis[s] && forall v :: 0 <= v < n ==> ord[v] >= 0
  ensures forall v :: 0 <= v < n && vis[v] && v != s ==> TreeEdge(n, edges, flow[..], pe[..], dir[..], vis[..], ord, v)
  ensures found ==> vis[t]
  ensures !found ==> !vis[t] &&
    (forall e :: 0 <= e < |edges| && vis[edges[e][0]] && flow[e] < edges[e][2] ==> vis[edges[e][1]]) &&
    (forall e :: 0 <= e < |edges| && vis[edges[e][1]] && flow[e] > 0 ==> vis[edges[e][0]])
{
  pe := new int[n](_ => 0);
  dir := new bool[n](_ => true);
  vis := new bool[n](_ => false);
  ord := Zeros(n);
  found := false;
  vis[s] := true;
  var queue := [s];
  ghost var qpos := Zeros(n);
  assert forall v :: 0 <= v < n && vis[v] ==> v == s;
  ghost var unseen: set<int> := set v | 0 <= v < n;
  CardRange(n);
  CardRemove(unseen, s);
  unseen := unseen - {s};
  var head := 0;
  while head < |queue|
    invariant 0 <= head <= |queue| && !found && !vis[t]
    invariant BfsState(n, edges, s, flow[..], pe[..], dir[..], vis[..], ord, queue, qpos, unseen)
    invariant forall e :: 0 <= e < |edges| && vis[edges[e][0]] && qpos[edges[e][0]] < head && flow[e] < edges[e][2] ==> vis[edges[e][1]]
    invariant forall e :: 0 <= e < |edges| && vis[edges[e][1]] && qpos[edges[e][1]] < head && flow[e] > 0 ==> vis[edges[e][0]]
    decreases n - head
  {
    var x := queue[head];
    assert qpos[x] == head;
    ghost var vis0, qpos0, q0 := vis[..], qpos, queue;
    assert forall e :: 0 <= e < |edges| && vis0[edges[e][0]] && qpos0[edges[e][0]] < head && flow[e] < edges[e][2] ==> vis0[edges[e][1]];
    assert forall e :: 0 <= e < |edges| && vis0[edges[e][1]] && qpos0[edges[e][1]] < head && flow[e] > 0 ==> vis0[edges[e][0]];
    found, ord, queue, qpos, unseen := ScanOut(n, edges, s, t, x, out[x], flow, pe, dir, vis, ord, queue, qpos, unseen);
    if found { return; }
    ghost var vis1, qpos1, q1 := vis[..], qpos, queue;
    found, ord, queue, qpos, unseen := ScanIn(n, edges, s, t, x, inn[x], flow, pe, dir, vis, ord, queue, qpos, unseen);
    if found { return; }
    forall u | 0 <= u < n && vis[u] && qpos[u] <= head
      ensures vis0[u] && qpos0[u] == qpos[u]
    {
      if !vis1[u] {
        assert qpos[u] >= |q1| >= |q0| > head;
      } else if !vis0[u] {
        assert qpos1[u] >= |q0| > head;
        assert qpos[u] == qpos1[u];
      }
    }
    ClosureStep(n, edges, flow[..], out[..], inn[..], vis0, qpos0, q0, vis1, vis[..], qpos, head, x);
    head := head + 1;
  }
}

function Zeros(n: nat): seq<int>
  ensures |Zeros(n)| == n && forall i :: 0 <= i < n ==> Zeros(n)[i] == 0
{
  if n == 0 then [] else Zeros(n - 1) + [0]
}

lemma CardRemove(U: set<int>, u: int)
  requires u in U
  ensures |U - {u}| == |U| - 1
{
  assert U == (U - {u}) + {u};
}

lemma CardRange(n: nat)
  ensures |set v | 0 <= v < n| == n
{
  if n > 0 {
    CardRange(n - 1);
    assert (set v | 0 <= v < n) == (set v | 0 <= v < n - 1) + {n - 1};
  }
}
lemma NetZero(edges: seq<seq<int>>, f: seq<int>, v: int, k: int)
  requires forall e :: 0 <= e < |f| ==> f[e] == 0
  ensures net_upto(edges, f, v, k) == 0
  decreases k
{
  if k > 0 { NetZero(edges, f, v, k - 1); }
}

predicate PathOk(n: int, edges: seq<seq<int>>, s: int, t: int, f: seq<int>, pe: seq<int>, dir: seq<bool>, vis: seq<bool>, ord: seq<int>, path: seq<int>, delta: int)
  requires valid_edges(n, edges) && |f| == |edges| && |pe| == n && |dir| == n && |vis| == n && |ord| == n
{
  |path| >= 2 && path[0] == t && path[|path| - 1] == s && delta >= 1 &&
  (forall i :: 0 <= i < |path| ==> 0 <= path[i] < n) &&
  (forall i :: 0 <= i < |path| - 1 ==> path[i] != s && TreeEdge(n, edges, f, pe, dir, vis, ord, path[i]) &&
     path[i + 1] == Par(edges, pe, dir, path[i]) && delta <= Res(edges, f, pe, dir, path[i])) &&
  (forall i, j :: 0 <= i < j < |path| ==> ord[path[j]] < ord[path[i]])
}

// The tree path from t back to s, and the least residual capacity on it.
method FindPath(n: int, edges: seq<seq<int>>, s: int, t: int, flow: array<int>, pe: array<int>, dir: array<bool>, vis: array<bool>, ghost ord: seq<int>)
  returns (path: seq<int>, delta: int)
  requires pre_edmonds_karp(n, edges, s, t) && flow.Length == |edges|
  requires pe.Length == n && dir.Length == n && vis.Length == n && |ord| == n
  requires vis[t] && forall v :: 0 <= v < n ==> ord[v] >= 0
  requires forall v :: 0 <= v < n && vis[v] && v != s ==> TreeEdge(n, edges, flow[..], pe[..], dir[..], vis[..], ord, v)
  ensures PathOk(n, edges, s, t, flow[..], pe[..], dir[..], vis[..], ord, path, delta)
{
  path := [t];
  var x := t;
  delta := 2000000;
  while x != s
    invariant 0 <= x < n && vis[x] && |path| >= 1 && path[0] == t && path[|path| - 1] == x
    invariant forall i :: 0 <= i < |path| ==> 0 <= path[i] < n && vis[path[i]]
    invariant forall i :: 0 <= i < |path| - 1 ==> path[i] != s && TreeEdge(n, edges, flow[..], pe[..], dir[..], vis[..], ord, path[i]) &&
                path[i + 1] == Par(edges, pe[..], dir[..], path[i]) && delta <= Res(edges, flow[..], pe[..], dir[..], path[i])
    invariant forall i, j :: 0 <= i < j < |path| ==> ord[path[j]] < ord[path[i]]
    invariant 1 <= delta <= 2000000
    decreases ord[x]
  {
    assert TreeEdge(n, edges, flow[..], pe[..], dir[..], vis[..], ord, x);
    var r := if dir[x] then edges[pe[x]][2] - flow[pe[x]] else flow[pe[x]];
    if r < delta { delta := r; }
    x := if dir[x] then edges[pe[x]][0] else edges[pe[x]][1];
    path := path + [x];
  }
}

// Push delta along the path (forward edges gain it, backward edges lose it).
method ApplyPath(n: int, edges: seq<seq<int>>, s: int, t: int, flow: array<int>, pe: array<int>, dir: array<bool>, vis: array<bool>, ghost ord: seq<int>, path: seq<int>, delta: int)
  requires pre_edmonds_karp(n, edges, s, t) && flow.Length == |edges| && flow != pe
  requires pe.Length == n && dir.Length == n && vis.Length == n && |ord| == n
  requires forall e :: 0 <= e < |edges| ==> 0 <= flow[e] <= edges[e][2]
  requires PathOk(n, edges, s, t, flow[..], pe[..], dir[..], vis[..], ord, path, delta)
  modifies flow
  ensures forall e :: 0 <= e < |edges| ==> 0 <= flow[e] <= edges[e][2]
  ensures forall v :: net(edges, flow[..], v) == net(edges, old(flow[..]), v) + (if v == s then delta else 0) - (if v == t then delta else 0)
{
  ghost var f0 := flow[..];
  var i := 0;
  while i < |path| - 1
    invariant 0 <= i <= |path| - 1
    invariant forall j :: i <= j < |path| - 1 ==> flow[pe[path[j]]] == f0[pe[path[j]]]
    invariant forall e :: 0 <= e < |edges| ==> 0 <= flow[e] <= edges[e][2]
    invariant forall v :: net(edges, flow[..], v) == net(edges, f0, v) + (if v == path[i] then delta else 0) - (if v == t then delta else 0)
  {
    var v := path[i];
    var e := pe[v];
    ghost var fb := flow[..];
    assert TreeEdge(n, edges, f0, pe[..], dir[..], vis[..], ord, v);
    forall j | i < j < |path| - 1 ensures pe[path[j]] != e {
      assert TreeEdge(n, edges, f0, pe[..], dir[..], vis[..], ord, path[j]);
      assert ord[path[j]] < ord[path[i + 1]] || j == i + 1;
    }
    assert flow[e] == f0[e];
    assert delta <= Res(edges, f0, pe[..], dir[..], v);
    if dir[v] {
      flow[e] := flow[e] + delta;
    } else {
      flow[e] := flow[e] - delta;
    }
    assert flow[..] == fb[e := flow[e]];
    forall w | true
      ensures net(edges, flow[..], w) == net(edges, fb, w) +
        (if edges[e][0] == w then flow[e] - fb[e] else 0) - (if edges[e][1] == w then flow[e] - fb[e] else 0)
    {
      NetUpdate(edges, fb, e, flow[e], w, |edges|);
    }
    i := i + 1;
  }
}
// </vc:helpers>

// Edmonds-Karp: a maximum s-t flow (per edge), its value and a minimum cut.
method EdmondsKarp(n: int, edges: seq<seq<int>>, s: int, t: int) returns (flow: seq<int>, value: int, inS: seq<bool>)
  requires pre_edmonds_karp(n, edges, s, t)
  ensures post_edmonds_karp(n, edges, s, t, flow, value, inS)
{
  // <vc:code>
  var m := |edges|;
  var out, inn := AdjLists(n, edges);
  var fl := new int[m](_ => 0);
  value := 0;
  forall v | true ensures net(edges, fl[..], v) == 0 { NetZero(edges, fl[..], v, m); }
  var going := true;
  var vis: array<bool> := new bool[n](_ => false);
  while going
    invariant fl.Length == m && vis.Length == n
    invariant forall e :: 0 <= e < m ==> 0 <= fl[e] <= edges[e][2]
    invariant forall v :: 0 <= v < n && v != s && v != t ==> net(edges, fl[..], v) == 0
    invariant value == net(edges, fl[..], s)
    invariant value <= 1000000000
    invariant forall u, j :: 0 <= u < n && 0 <= j < |out[u]| ==> 0 <= out[u][j] < |edges| && edges[out[u][j]][0] == u
    invariant forall u, j :: 0 <= u < n && 0 <= j < |inn[u]| ==> 0 <= inn[u][j] < |edges| && edges[inn[u][j]][1] == u
    invariant forall e :: 0 <= e < |edges| ==> e in out[edges[e][0]] && e in inn[edges[e][1]]
    invariant !going ==> vis[s] && !vis[t] &&
      (forall e :: 0 <= e < m && vis[edges[e][0]] && fl[e] < edges[e][2] ==> vis[edges[e][1]]) &&
      (forall e :: 0 <= e < m && vis[edges[e][1]] && fl[e] > 0 ==> vis[edges[e][0]])
    decreases 1000000000 - value + (if going then 1 else 0)
  {
    var found, pe, dir, vs, ord := Bfs(n, edges, s, t, out, inn, fl);
    if found {
      var path, delta := FindPath(n, edges, s, t, fl, pe, dir, vs, ord);
      ghost var f0 := fl[..];
      ApplyPath(n, edges, s, t, fl, pe, dir, vs, ord, path, delta);
      assert net(edges, fl[..], s) == net(edges, f0, s) + delta;
      forall v | 0 <= v < n && v != s && v != t
        ensures net(edges, fl[..], v) == 0
      {
        assert net(edges, fl[..], v) == net(edges, f0, v);
      }
      value := value + delta;
      NetBoundTotal(edges, fl[..], s);
      assert value <= 1000000000;
    } else {
      vis := vs;
      going := false;
    }
  }
  flow := fl[..];
  inS := vis[..];
  SumInIsSource(n, edges, flow, inS, s, n);
  SumInIsCross(n, edges, flow, inS, m);
  CrossIsCut(edges, flow, inS, m);
  // </vc:code>
}
