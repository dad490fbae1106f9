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

predicate pre_push_relabel(n: int, edges: seq<seq<int>>, s: int, t: int)
{
  2 <= n <= 100 && |edges| <= 1000 && valid_edges(n, edges) &&
  (forall e :: 0 <= e < |edges| ==> 0 <= edges[e][2] <= 1000000) &&
  0 <= s < n && 0 <= t < n && s != t
}

// A feasible flow (0 <= flow[e] <= capacity; net(v) == 0 at every v other than s and t) of value
// net(s), and an s-t cut (s in it, t not) whose capacity equals that value. Every feasible flow's
// value is at most every s-t cut's capacity, so the flow is maximum (and the cut minimum: the
// max-flow min-cut theorem says such a pair always exists).
predicate post_push_relabel(n: int, edges: seq<seq<int>>, s: int, t: int, flow: seq<int>, value: int, inS: seq<bool>)
{
  pre_push_relabel(n, edges, s, t) && |flow| == |edges| && |inS| == n &&
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
lemma post_push_relabel_means_maximum(n: int, edges: seq<seq<int>>, s: int, t: int, flow: seq<int>, value: int, inS: seq<bool>, f: seq<int>)
  requires post_push_relabel(n, edges, s, t, flow, value, inS)
  requires |f| == |edges| && forall e :: 0 <= e < |edges| ==> 0 <= f[e] <= edges[e][2]
  requires forall v :: 0 <= v < n && v != s && v != t ==> net(edges, f, v) == 0
  ensures net(edges, f, s) <= value
{
  SumInIsSource(n, edges, f, inS, s, n);
  SumInIsCross(n, edges, f, inS, |edges|);
  CrossAtMostCut(edges, f, inS, |edges|);
}

// <vc:helpers>
// </vc:helpers>

// Push-relabel (FIFO): a maximum s-t flow (per edge), its value and a minimum cut.
method PushRelabel(n: int, edges: seq<seq<int>>, s: int, t: int) returns (flow: seq<int>, value: int, inS: seq<bool>)
  requires pre_push_relabel(n, edges, s, t)
  ensures post_push_relabel(n, edges, s, t, flow, value, inS)
{
  // <vc:code>
  // </vc:code>
}
