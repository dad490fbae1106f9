// A weighted directed graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w]
// (from u to v with weight w). A path is a sequence of edge indices, each edge starting where
// the previous one ends.
predicate valid_edges(n: int, edges: seq<seq<int>>)
{
  forall e :: 0 <= e < |edges| ==> |edges[e]| == 3 && 0 <= edges[e][0] < n && 0 <= edges[e][1] < n
}

predicate is_wpath(n: int, edges: seq<seq<int>>, p: seq<int>, u: int, v: int)
  requires valid_edges(n, edges)
{
  (forall i :: 0 <= i < |p| ==> 0 <= p[i] < |edges|) &&
  (|p| == 0 ==> u == v) &&
  (|p| > 0 ==> edges[p[0]][0] == u && edges[p[|p| - 1]][1] == v &&
     forall i :: 0 <= i < |p| - 1 ==> edges[p[i]][1] == edges[p[i + 1]][0])
}

function path_weight(edges: seq<seq<int>>, p: seq<int>): int
  requires forall i :: 0 <= i < |p| ==> 0 <= p[i] < |edges| && |edges[p[i]]| == 3
{
  if |p| == 0 then 0 else path_weight(edges, p[..|p| - 1]) + edges[p[|p| - 1]][2]
}

predicate pre_bellman_ford(n: int, edges: seq<seq<int>>, s: int)
{
  1 <= n <= 100 && |edges| <= 1000 && 0 <= s < n && valid_edges(n, edges) &&
  forall e :: 0 <= e < |edges| ==> -1000000 <= edges[e][2] <= 1000000
}

// A closed path (at least one edge) that ends where it starts.
predicate is_wcycle(n: int, edges: seq<seq<int>>, c: seq<int>)
  requires valid_edges(n, edges)
{
  |c| > 0 && 0 <= c[0] < |edges| && is_wpath(n, edges, c, edges[c[0]][0], edges[c[0]][0])
}

// reach[v]: v is reachable from s. Certificate in both cases: every reached v != s has a
// predecessor edge pred[v] from a reached vertex of smaller rank (so following pred edges back
// arrives at s: every reached vertex is reachable), and every edge out of a reached vertex
// enters a reached vertex (so every reachable vertex is reached).
// neg == false: no negative cycle is reachable from s, and dist[v] (for reached v) is the weight
//   of a lightest path from s to v: dist[s] == 0, no edge out of a reached vertex can improve a
//   distance, and each predecessor edge is tight (dist[u] + w == dist[v]). (These imply that
//   every path from s to v weighs at least dist[v], hence that no reachable cycle is negative.)
// neg == true: cycle is a closed path of negative total weight through a reached vertex.
// dist and pred of unreached vertices, dist when neg, and cycle when !neg are free.
predicate post_bellman_ford(n: int, edges: seq<seq<int>>, s: int, neg: bool, reach: seq<bool>,
                            dist: seq<int>, pred: seq<int>, rank: seq<int>, cycle: seq<int>)
{
  pre_bellman_ford(n, edges, s) && |reach| == n && |dist| == n && |pred| == n && |rank| == n && reach[s] &&
  (forall v :: 0 <= v < n && reach[v] ==> rank[v] >= 0 &&
     (v != s ==> 0 <= pred[v] < |edges| && edges[pred[v]][1] == v && reach[edges[pred[v]][0]] &&
                 rank[edges[pred[v]][0]] < rank[v])) &&
  (forall e :: 0 <= e < |edges| && reach[edges[e][0]] ==> reach[edges[e][1]]) &&
  (if !neg then
     dist[s] == 0 &&
     (forall e :: 0 <= e < |edges| && reach[edges[e][0]] ==>
        dist[edges[e][1]] <= dist[edges[e][0]] + edges[e][2]) &&
     (forall v :: 0 <= v < n && v != s && reach[v] ==>
        dist[edges[pred[v]][0]] + edges[pred[v]][2] == dist[v])
   else
     is_wcycle(n, edges, cycle) && reach[edges[cycle[0]][0]] && path_weight(edges, cycle) < 0)
}

// <vc:helpers>
// Proof plan. Rounds are Jacobi-style: round k computes (known_k, dist_k) from round k - 1 only,
// so dist_k[v] is the least weight of a walk from s to v with at most k edges (Complete: no
// such walk is lighter; Realise: the walk rebuilt from the per-round predecessor tables P
// realises dist_k[v]). If round n still changes a vertex v, its walk has exactly n edges, so it
// repeats a vertex; cutting out the closed part leaves a walk with at most n - 1 edges, which
// weighs at least dist_{n-1}[v] > dist_n[v]: the cut-out cycle is negative. If round n changes
// nothing, the last improving edges (LastTree) are tight and come from vertices that changed
// earlier; the first edges that reached each vertex (FirstTree) certify reachability.

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

method FillBool(n: int, x: bool) returns (r: seq<bool>)
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

// Vertex number i of the walk p from a: a, then the end of each edge.
function Vx(edges: seq<seq<int>>, p: seq<int>, a: int, i: int): int
  requires 0 <= i <= |p|
  requires forall t :: 0 <= t < |p| ==> 0 <= p[t] < |edges| && |edges[p[t]]| == 3
{
  if i == 0 then a else edges[p[i - 1]][1]
}

lemma VxStart(n: int, edges: seq<seq<int>>, p: seq<int>, a: int, b: int, i: int)
  requires valid_edges(n, edges) && is_wpath(n, edges, p, a, b) && 0 <= i < |p|
  ensures edges[p[i]][0] == Vx(edges, p, a, i) && 0 <= Vx(edges, p, a, i) < n
{
  if i > 0 {
    assert edges[p[i - 1]][1] == edges[p[i]][0];
  }
}

lemma VxEnd(n: int, edges: seq<seq<int>>, p: seq<int>, a: int, b: int)
  requires valid_edges(n, edges) && is_wpath(n, edges, p, a, b)
  ensures Vx(edges, p, a, |p|) == b
{
}

lemma WalkSlice(n: int, edges: seq<seq<int>>, p: seq<int>, a: int, b: int, i: int, j: int)
  requires valid_edges(n, edges) && is_wpath(n, edges, p, a, b) && 0 <= i <= j <= |p|
  ensures is_wpath(n, edges, p[i..j], Vx(edges, p, a, i), Vx(edges, p, a, j))
{
  var q := p[i..j];
  if |q| > 0 {
    VxStart(n, edges, p, a, b, i);
    assert q[0] == p[i];
    assert q[|q| - 1] == p[j - 1];
    forall t | 0 <= t < |q| - 1
      ensures edges[q[t]][1] == edges[q[t + 1]][0]
    {
      assert q[t] == p[i + t] && q[t + 1] == p[i + t + 1];
    }
  }
}

lemma WalkConcat(n: int, edges: seq<seq<int>>, p: seq<int>, q: seq<int>, a: int, b: int, c: int)
  requires valid_edges(n, edges) && is_wpath(n, edges, p, a, b) && is_wpath(n, edges, q, b, c)
  ensures is_wpath(n, edges, p + q, a, c)
{
  var r := p + q;
  if |p| > 0 && |q| > 0 {
    forall t | 0 <= t < |r| - 1
      ensures edges[r[t]][1] == edges[r[t + 1]][0]
    {
      if t < |p| - 1 {
        assert r[t] == p[t] && r[t + 1] == p[t + 1];
      } else if t == |p| - 1 {
        assert r[t] == p[|p| - 1] && r[t + 1] == q[0];
      } else {
        assert r[t] == q[t - |p|] && r[t + 1] == q[t - |p| + 1];
      }
    }
  } else if |p| == 0 {
    assert r == q;
  } else {
    assert r == p;
  }
}

lemma WeightConcat(n: int, edges: seq<seq<int>>, p: seq<int>, q: seq<int>)
  requires valid_edges(n, edges)
  requires forall t :: 0 <= t < |p| ==> 0 <= p[t] < |edges|
  requires forall t :: 0 <= t < |q| ==> 0 <= q[t] < |edges|
  ensures path_weight(edges, p + q) == path_weight(edges, p) + path_weight(edges, q)
  decreases |q|
{
  if |q| == 0 {
    assert p + q == p;
  } else {
    var q' := q[..|q| - 1];
    assert (p + q)[..|p + q| - 1] == p + q';
    WeightConcat(n, edges, p, q');
  }
}

// Cutting the closed part p[i..j] (Vx i == Vx j) out of a walk.
lemma SplitAt(n: int, edges: seq<seq<int>>, p: seq<int>, a: int, b: int, i: int, j: int)
  requires valid_edges(n, edges) && is_wpath(n, edges, p, a, b) && 0 <= i < j <= |p|
  requires Vx(edges, p, a, i) == Vx(edges, p, a, j)
  ensures is_wpath(n, edges, p[..i] + p[j..], a, b)
  ensures is_wpath(n, edges, p[..i], a, Vx(edges, p, a, i))
  ensures is_wcycle(n, edges, p[i..j]) && edges[p[i]][0] == Vx(edges, p, a, i)
  ensures path_weight(edges, p) == path_weight(edges, p[..i] + p[j..]) + path_weight(edges, p[i..j])
{
  WalkSlice(n, edges, p, a, b, 0, i);
  WalkSlice(n, edges, p, a, b, i, j);
  WalkSlice(n, edges, p, a, b, j, |p|);
  VxEnd(n, edges, p, a, b);
  VxStart(n, edges, p, a, b, i);
  assert p[..i] == p[0..i];
  assert p[j..] == p[j..|p|];
  WalkConcat(n, edges, p[..i], p[j..], a, Vx(edges, p, a, i), b);
  assert p[i..j][0] == p[i];
  assert p == (p[..i] + p[i..j]) + p[j..];
  WeightConcat(n, edges, p[..i], p[i..j]);
  WeightConcat(n, edges, p[..i] + p[i..j], p[j..]);
  WeightConcat(n, edges, p[..i], p[j..]);
}

// Pigeonhole: more than n values in 0..n-1 repeat.
lemma CardRange(S: set<int>, n: int)
  requires n >= 0 && forall x :: x in S ==> 0 <= x < n
  ensures |S| <= n
  decreases n
{
  if n == 0 {
    assert S == {};
  } else {
    var S' := S - {n - 1};
    CardRange(S', n - 1);
    if n - 1 in S {
      assert S == S' + {n - 1};
    } else {
      assert S == S';
    }
  }
}

lemma DistinctCard(f: seq<int>)
  requires forall a, b :: 0 <= a < b < |f| ==> f[a] != f[b]
  ensures |set x | x in f| == |f|
{
  if |f| > 0 {
    var f' := f[..|f| - 1];
    DistinctCard(f');
    assert (set x | x in f) == (set x | x in f') + {f[|f| - 1]};
    assert f[|f| - 1] !in (set x | x in f');
  } else {
    assert (set x | x in f) == {};
  }
}

lemma Pigeon(f: seq<int>, n: int)
  requires 0 <= n < |f| && forall t :: 0 <= t < |f| ==> 0 <= f[t] < n
  ensures exists a, b :: 0 <= a < b < |f| && f[a] == f[b]
{
  if forall a, b :: 0 <= a < b < |f| ==> f[a] != f[b] {
    DistinctCard(f);
    CardRange(set x | x in f, n);
  }
}

method FindRepeat(V: seq<int>, n: int) returns (i: int, j: int)
  requires 0 <= n < |V| && forall t :: 0 <= t < |V| ==> 0 <= V[t] < n
  ensures 0 <= i < j < |V| && V[i] == V[j]
{
  var pos := FillInt(n, -1);
  j := 0;
  while j < |V|
    invariant 0 <= j <= |V| && |pos| == n
    invariant forall x :: 0 <= x < n && pos[x] != -1 ==> 0 <= pos[x] < j && V[pos[x]] == x
    invariant forall t :: 0 <= t < j ==> pos[V[t]] != -1
    invariant forall a, b :: 0 <= a < b < j ==> V[a] != V[b]
  {
    if pos[V[j]] != -1 {
      i := pos[V[j]];
      return;
    }
    pos := pos[V[j] := j];
    j := j + 1;
  }
  Pigeon(V, n);
  assert false;
}

// The vertices of a walk as a sequence.
function Verts(edges: seq<seq<int>>, p: seq<int>, a: int): seq<int>
  requires forall t :: 0 <= t < |p| ==> 0 <= p[t] < |edges| && |edges[p[t]]| == 3
{
  if |p| == 0 then [a] else Verts(edges, p[..|p| - 1], a) + [edges[p[|p| - 1]][1]]
}

lemma VertsAt(edges: seq<seq<int>>, p: seq<int>, a: int)
  requires forall t :: 0 <= t < |p| ==> 0 <= p[t] < |edges| && |edges[p[t]]| == 3
  ensures |Verts(edges, p, a)| == |p| + 1
  ensures forall t :: 0 <= t <= |p| ==> Verts(edges, p, a)[t] == Vx(edges, p, a, t)
{
  if |p| > 0 {
    VertsAt(edges, p[..|p| - 1], a);
  }
}

// The walk of round k to v, rebuilt from the predecessor tables P[1..k].
function Walk(edges: seq<seq<int>>, P: seq<seq<int>>, k: int, v: int): seq<int>
  decreases k
{
  if k <= 0 || k >= |P| || !(0 <= v < |P[k]|) then []
  else if 0 <= P[k][v] < |edges| && |edges[P[k][v]]| == 3 then Walk(edges, P, k - 1, edges[P[k][v]][0]) + [P[k][v]]
  else Walk(edges, P, k - 1, v)
}

lemma WalkFrame(edges: seq<seq<int>>, P: seq<seq<int>>, t: seq<int>, k: int, v: int)
  requires k < |P|
  ensures Walk(edges, P + [t], k, v) == Walk(edges, P, k, v)
  decreases k
{
  if k > 0 && 0 <= v < |P[k]| {
    assert (P + [t])[k] == P[k];
    if 0 <= P[k][v] < |edges| && |edges[P[k][v]]| == 3 {
      WalkFrame(edges, P, t, k - 1, edges[P[k][v]][0]);
    } else {
      WalkFrame(edges, P, t, k - 1, v);
    }
  }
}

predicate RealiseAt(n: int, edges: seq<seq<int>>, s: int, P: seq<seq<int>>, k: int, v: int, d: int)
  requires valid_edges(n, edges)
{
  |Walk(edges, P, k, v)| <= k && is_wpath(n, edges, Walk(edges, P, k, v), s, v) &&
  path_weight(edges, Walk(edges, P, k, v)) == d
}

predicate Realise(n: int, edges: seq<seq<int>>, s: int, P: seq<seq<int>>, k: int, known: seq<bool>, dist: seq<int>)
  requires valid_edges(n, edges) && |known| == n && |dist| == n
{
  forall v :: 0 <= v < n && known[v] ==> RealiseAt(n, edges, s, P, k, v, dist[v])
}

predicate Complete(n: int, edges: seq<seq<int>>, s: int, k: int, known: seq<bool>, dist: seq<int>)
  requires valid_edges(n, edges) && |known| == n && |dist| == n
{
  forall p: seq<int>, v: int :: 0 <= v < n && |p| <= k && is_wpath(n, edges, p, s, v) ==>
    known[v] && dist[v] <= path_weight(edges, p)
}

// (nk, nd) is one Jacobi round after (known, dist): every edge out of a known vertex relaxed,
// known vertices stay known, no distance of a known vertex grows.
predicate Relaxed(n: int, edges: seq<seq<int>>, known: seq<bool>, dist: seq<int>, nk: seq<bool>, nd: seq<int>)
  requires valid_edges(n, edges) && |known| == n && |dist| == n && |nk| == n && |nd| == n
{
  (forall e :: 0 <= e < |edges| && known[edges[e][0]] ==>
     nk[edges[e][1]] && nd[edges[e][1]] <= dist[edges[e][0]] + edges[e][2]) &&
  (forall x :: 0 <= x < n && known[x] ==> nk[x] && nd[x] <= dist[x])
}

// What round k + 1 did to each vertex x: pt[x] == -1 (unchanged) or the edge that set it.
predicate RoundStep(n: int, edges: seq<seq<int>>, k: int, known: seq<bool>, dist: seq<int>, nk: seq<bool>, nd: seq<int>, pt: seq<int>, x: int)
  requires valid_edges(n, edges) && |known| == n && |dist| == n && |nk| == n && |nd| == n && |pt| == n && 0 <= x < n
{
  if pt[x] == -1 then nk[x] == known[x] && nd[x] == dist[x]
  else 0 <= pt[x] < |edges| && edges[pt[x]][1] == x && known[edges[pt[x]][0]] &&
       nd[x] == dist[edges[pt[x]][0]] + edges[pt[x]][2] && nk[x] && (!known[x] || nd[x] < dist[x])
}

predicate LastOk(n: int, edges: seq<seq<int>>, s: int, known: seq<bool>, dist: seq<int>, lk: seq<int>, lp: seq<int>, v: int)
  requires valid_edges(n, edges) && |known| == n && |dist| == n && |lk| == n && |lp| == n && 0 <= v < n
{
  lk[v] >= 0 && (lk[v] == 0 ==> v == s) &&
  (lk[v] > 0 ==> 0 <= lp[v] < |edges| && edges[lp[v]][1] == v && known[edges[lp[v]][0]] &&
     ((dist[edges[lp[v]][0]] + edges[lp[v]][2] == dist[v] && lk[edges[lp[v]][0]] < lk[v]) ||
      dist[edges[lp[v]][0]] + edges[lp[v]][2] < dist[v]))
}

// lk[v]: the last round that changed v (0 for s if never); lp[v]: the edge that did it.
predicate LastTree(n: int, edges: seq<seq<int>>, s: int, k: int, known: seq<bool>, dist: seq<int>, lk: seq<int>, lp: seq<int>)
  requires valid_edges(n, edges) && |known| == n && |dist| == n && |lk| == n && |lp| == n
{
  forall v :: 0 <= v < n && known[v] ==> lk[v] <= k && LastOk(n, edges, s, known, dist, lk, lp, v)
}

// fk[v]: the round in which v became known; fp[v]: the edge that reached it.
predicate FirstTree(n: int, edges: seq<seq<int>>, s: int, k: int, known: seq<bool>, fk: seq<int>, fp: seq<int>)
  requires valid_edges(n, edges) && |known| == n && |fk| == n && |fp| == n
{
  forall v :: 0 <= v < n && known[v] ==> 0 <= fk[v] <= k &&
    (v != s ==> 0 <= fp[v] < |edges| && edges[fp[v]][1] == v && known[edges[fp[v]][0]] &&
                fk[edges[fp[v]][0]] < fk[v])
}

predicate Tables(n: int, edges: seq<seq<int>>, P: seq<seq<int>>)
{
  forall r :: 0 <= r < |P| ==> |P[r]| == n && forall x :: 0 <= x < n ==> -1 <= P[r][x] < |edges|
}

// One Jacobi round (round k + 1): relax every edge against (known, dist) of round k.
method Round(n: int, edges: seq<seq<int>>, s: int, k: int, known: seq<bool>, dist: seq<int>,
             lk0: seq<int>, lp0: seq<int>, fk0: seq<int>, fp0: seq<int>)
  returns (nk: seq<bool>, nd: seq<int>, pt: seq<int>, lk: seq<int>, lp: seq<int>, fk: seq<int>, fp: seq<int>,
           changed: bool, bad: int)
  requires pre_bellman_ford(n, edges, s) && k >= 0
  requires |known| == n && |dist| == n && |lk0| == n && |lp0| == n && |fk0| == n && |fp0| == n
  ensures |nk| == n && |nd| == n && |pt| == n && |lk| == n && |lp| == n && |fk| == n && |fp| == n
  ensures Relaxed(n, edges, known, dist, nk, nd)
  ensures forall x :: 0 <= x < n ==> RoundStep(n, edges, k, known, dist, nk, nd, pt, x) && -1 <= pt[x] < |edges|
  ensures forall x :: 0 <= x < n ==>
    if pt[x] == -1 then lk[x] == lk0[x] && lp[x] == lp0[x] else lk[x] == k + 1 && lp[x] == pt[x]
  ensures forall x :: 0 <= x < n ==>
    if known[x] || !nk[x] then fk[x] == fk0[x] && fp[x] == fp0[x]
    else fk[x] == k + 1 && 0 <= fp[x] < |edges| && edges[fp[x]][1] == x && known[edges[fp[x]][0]]
  ensures changed ==> 0 <= bad < n && pt[bad] != -1
  ensures !changed ==> forall x :: 0 <= x < n ==> pt[x] == -1
{
  nk, nd := known, dist;
  pt := FillInt(n, -1);
  lk, lp, fk, fp := lk0, lp0, fk0, fp0;
  changed, bad := false, -1;
  var j := 0;
  while j < |edges|
    invariant 0 <= j <= |edges|
    invariant |nk| == n && |nd| == n && |pt| == n && |lk| == n && |lp| == n && |fk| == n && |fp| == n
    invariant forall x :: 0 <= x < n ==> RoundStep(n, edges, k, known, dist, nk, nd, pt, x) && -1 <= pt[x] < |edges|
    invariant forall x :: 0 <= x < n ==>
      if pt[x] == -1 then lk[x] == lk0[x] && lp[x] == lp0[x] else lk[x] == k + 1 && lp[x] == pt[x]
    invariant forall x :: 0 <= x < n ==>
      if known[x] || !nk[x] then fk[x] == fk0[x] && fp[x] == fp0[x]
      else fk[x] == k + 1 && 0 <= fp[x] < |edges| && edges[fp[x]][1] == x && known[edges[fp[x]][0]]
    invariant forall e :: 0 <= e < j && known[edges[e][0]] ==>
      nk[edges[e][1]] && nd[edges[e][1]] <= dist[edges[e][0]] + edges[e][2]
    invariant changed ==> 0 <= bad < n && pt[bad] != -1
    invariant !changed ==> forall x :: 0 <= x < n ==> pt[x] == -1
  {
    var u, v, w := edges[j][0], edges[j][1], edges[j][2];
    if known[u] && (!nk[v] || dist[u] + w < nd[v]) {
      assert RoundStep(n, edges, k, known, dist, nk, nd, pt, v);
      nk := nk[v := true];
      nd := nd[v := dist[u] + w];
      pt := pt[v := j];
      lk := lk[v := k + 1];
      lp := lp[v := j];
      if !known[v] {
        fk := fk[v := k + 1];
        fp := fp[v := j];
      }
      changed, bad := true, v;
    }
    j := j + 1;
  }
  forall x | 0 <= x < n && known[x]
    ensures nk[x] && nd[x] <= dist[x]
  {
    assert RoundStep(n, edges, k, known, dist, nk, nd, pt, x);
  }
}

lemma RealiseStep(n: int, edges: seq<seq<int>>, s: int, P: seq<seq<int>>, k: int, known: seq<bool>, dist: seq<int>,
                  nk: seq<bool>, nd: seq<int>, pt: seq<int>)
  requires pre_bellman_ford(n, edges, s) && k >= 0 && |P| == k + 1
  requires |known| == n && |dist| == n && |nk| == n && |nd| == n && |pt| == n
  requires Realise(n, edges, s, P, k, known, dist)
  requires forall x :: 0 <= x < n ==> RoundStep(n, edges, k, known, dist, nk, nd, pt, x)
  ensures Realise(n, edges, s, P + [pt], k + 1, nk, nd)
{
  var P' := P + [pt];
  assert P'[k + 1] == pt;
  forall v | 0 <= v < n && nk[v]
    ensures RealiseAt(n, edges, s, P', k + 1, v, nd[v])
  {
    assert RoundStep(n, edges, k, known, dist, nk, nd, pt, v);
    if pt[v] == -1 {
      WalkFrame(edges, P, pt, k, v);
      assert Walk(edges, P', k + 1, v) == Walk(edges, P', k, v);
      assert RealiseAt(n, edges, s, P, k, v, dist[v]);
    } else {
      var e := pt[v];
      var u := edges[e][0];
      WalkFrame(edges, P, pt, k, u);
      assert RealiseAt(n, edges, s, P, k, u, dist[u]);
      var W := Walk(edges, P, k, u);
      assert Walk(edges, P', k + 1, v) == W + [e];
      assert is_wpath(n, edges, [e], u, v);
      WalkConcat(n, edges, W, [e], s, u, v);
      assert (W + [e])[..|W + [e]| - 1] == W;
    }
  }
}

lemma CompleteStep(n: int, edges: seq<seq<int>>, s: int, k: int, known: seq<bool>, dist: seq<int>, nk: seq<bool>, nd: seq<int>)
  requires pre_bellman_ford(n, edges, s) && k >= 0
  requires |known| == n && |dist| == n && |nk| == n && |nd| == n
  requires Complete(n, edges, s, k, known, dist) && Relaxed(n, edges, known, dist, nk, nd)
  ensures Complete(n, edges, s, k + 1, nk, nd)
{
  forall p: seq<int>, v: int | 0 <= v < n && |p| <= k + 1 && is_wpath(n, edges, p, s, v)
    ensures nk[v] && nd[v] <= path_weight(edges, p)
  {
    if |p| == 0 {
      assert is_wpath(n, edges, [], s, s);
    } else {
      var q := p[..|p| - 1];
      var e := p[|p| - 1];
      var u := edges[e][0];
      WalkSlice(n, edges, p, s, v, 0, |p| - 1);
      VxStart(n, edges, p, s, v, |p| - 1);
      assert q == p[0..|p| - 1];
      assert is_wpath(n, edges, q, s, u);
    }
  }
}

lemma LastTreeStep(n: int, edges: seq<seq<int>>, s: int, k: int, known: seq<bool>, dist: seq<int>,
                   nk: seq<bool>, nd: seq<int>, pt: seq<int>, lk0: seq<int>, lp0: seq<int>, lk: seq<int>, lp: seq<int>)
  requires pre_bellman_ford(n, edges, s) && k >= 0
  requires |known| == n && |dist| == n && |nk| == n && |nd| == n && |pt| == n
  requires |lk0| == n && |lp0| == n && |lk| == n && |lp| == n
  requires LastTree(n, edges, s, k, known, dist, lk0, lp0)
  requires forall x :: 0 <= x < n ==> RoundStep(n, edges, k, known, dist, nk, nd, pt, x)
  requires forall x :: 0 <= x < n ==>
    if pt[x] == -1 then lk[x] == lk0[x] && lp[x] == lp0[x] else lk[x] == k + 1 && lp[x] == pt[x]
  ensures LastTree(n, edges, s, k + 1, nk, nd, lk, lp)
{
  forall v | 0 <= v < n && nk[v]
    ensures lk[v] <= k + 1 && LastOk(n, edges, s, nk, nd, lk, lp, v)
  {
    assert RoundStep(n, edges, k, known, dist, nk, nd, pt, v);
    if pt[v] != -1 {
      var u := edges[pt[v]][0];
      assert RoundStep(n, edges, k, known, dist, nk, nd, pt, u);
      assert lk0[u] <= k && LastOk(n, edges, s, known, dist, lk0, lp0, u);
    } else {
      assert LastOk(n, edges, s, known, dist, lk0, lp0, v);
      if lk0[v] > 0 {
        var u := edges[lp0[v]][0];
        assert RoundStep(n, edges, k, known, dist, nk, nd, pt, u);
      }
    }
  }
}

lemma FirstTreeStep(n: int, edges: seq<seq<int>>, s: int, k: int, known: seq<bool>, dist: seq<int>,
                    nk: seq<bool>, nd: seq<int>, fk0: seq<int>, fp0: seq<int>, fk: seq<int>, fp: seq<int>)
  requires pre_bellman_ford(n, edges, s) && k >= 0
  requires |known| == n && |dist| == n && |nk| == n && |nd| == n
  requires |fk0| == n && |fp0| == n && |fk| == n && |fp| == n
  requires FirstTree(n, edges, s, k, known, fk0, fp0) && known[s]
  requires Relaxed(n, edges, known, dist, nk, nd)
  requires forall x :: 0 <= x < n ==>
    if known[x] || !nk[x] then fk[x] == fk0[x] && fp[x] == fp0[x]
    else fk[x] == k + 1 && 0 <= fp[x] < |edges| && edges[fp[x]][1] == x && known[edges[fp[x]][0]]
  ensures FirstTree(n, edges, s, k + 1, nk, fk, fp)
{
  forall v | 0 <= v < n && nk[v]
    ensures 0 <= fk[v] <= k + 1 &&
      (v != s ==> 0 <= fp[v] < |edges| && edges[fp[v]][1] == v && nk[edges[fp[v]][0]] &&
                  fk[edges[fp[v]][0]] < fk[v])
  {
    if v != s {
      var u := edges[fp[v]][0];
      assert known[u];
    }
  }
}

// With no improving edge out of a known vertex, no walk from a known vertex beats dist.
lemma Potential(n: int, edges: seq<seq<int>>, known: seq<bool>, dist: seq<int>, p: seq<int>, a: int, b: int)
  requires valid_edges(n, edges) && |known| == n && |dist| == n && 0 <= a < n && known[a]
  requires forall e :: 0 <= e < |edges| && known[edges[e][0]] ==>
    known[edges[e][1]] && dist[edges[e][1]] <= dist[edges[e][0]] + edges[e][2]
  requires is_wpath(n, edges, p, a, b)
  ensures known[b] && dist[b] <= dist[a] + path_weight(edges, p)
  decreases |p|
{
  if |p| > 0 {
    var q := p[..|p| - 1];
    var u := edges[p[|p| - 1]][0];
    WalkSlice(n, edges, p, a, b, 0, |p| - 1);
    VxStart(n, edges, p, a, b, |p| - 1);
    assert q == p[0..|p| - 1];
    Potential(n, edges, known, dist, q, a, u);
  }
}

// A walk from s with at most n edges can be shortened to at most n - 1 edges.
lemma Shorten(n: int, edges: seq<seq<int>>, s: int, p: seq<int>, v: int) returns (q: seq<int>)
  requires pre_bellman_ford(n, edges, s) && is_wpath(n, edges, p, s, v) && |p| <= n
  ensures is_wpath(n, edges, q, s, v) && |q| <= n - 1
{
  if |p| <= n - 1 {
    q := p;
  } else {
    VertsAt(edges, p, s);
    var V := Verts(edges, p, s);
    forall t | 0 <= t < |V|
      ensures 0 <= V[t] < n
    {
      assert V[t] == Vx(edges, p, s, t);
    }
    Pigeon(V, n);
    var a, b :| 0 <= a < b < |V| && V[a] == V[b];
    assert Vx(edges, p, s, a) == Vx(edges, p, s, b);
    SplitAt(n, edges, p, s, v, a, b);
    q := p[..a] + p[b..];
  }
}

lemma KnownStable(n: int, edges: seq<seq<int>>, s: int, P: seq<seq<int>>, known: seq<bool>, dist: seq<int>,
                  pknown: seq<bool>, pdist: seq<int>)
  requires pre_bellman_ford(n, edges, s)
  requires |known| == n && |dist| == n && |pknown| == n && |pdist| == n
  requires Realise(n, edges, s, P, n, known, dist) && Complete(n, edges, s, n - 1, pknown, pdist)
  ensures forall u :: 0 <= u < n && known[u] ==> pknown[u]
{
  forall u | 0 <= u < n && known[u]
    ensures pknown[u]
  {
    assert RealiseAt(n, edges, s, P, n, u, dist[u]);
    var q := Shorten(n, edges, s, Walk(edges, P, n, u), u);
  }
}

// The state after round k: (known, dist) of round k, the tables P[0..k], both trees.
predicate State(n: int, edges: seq<seq<int>>, s: int, k: int, known: seq<bool>, dist: seq<int>, P: seq<seq<int>>,
                lk: seq<int>, lp: seq<int>, fk: seq<int>, fp: seq<int>)
  requires pre_bellman_ford(n, edges, s)
{
  0 <= k && |P| == k + 1 && Tables(n, edges, P) &&
  |known| == n && |dist| == n && |lk| == n && |lp| == n && |fk| == n && |fp| == n && known[s] &&
  Realise(n, edges, s, P, k, known, dist) && Complete(n, edges, s, k, known, dist) &&
  LastTree(n, edges, s, k, known, dist, lk, lp) && FirstTree(n, edges, s, k, known, fk, fp)
}

method Init(n: int, edges: seq<seq<int>>, s: int)
  returns (known: seq<bool>, dist: seq<int>, P: seq<seq<int>>, lk: seq<int>, lp: seq<int>, fk: seq<int>, fp: seq<int>)
  requires pre_bellman_ford(n, edges, s)
  ensures State(n, edges, s, 0, known, dist, P, lk, lp, fk, fp)
{
  known := FillBool(n, false);
  known := known[s := true];
  dist := FillInt(n, 0);
  var t0 := FillInt(n, -1);
  P := [t0];
  lk := FillInt(n, 0);
  lp := FillInt(n, -1);
  fk := FillInt(n, 0);
  fp := FillInt(n, -1);
  assert Walk(edges, P, 0, s) == [] && is_wpath(n, edges, [], s, s);
  assert forall v :: 0 <= v < n && known[v] ==> v == s;
}

// The state after round k >= 1, with (pknown, pdist) of round k - 1 and whether round k changed.
predicate After(n: int, edges: seq<seq<int>>, s: int, k: int, known: seq<bool>, dist: seq<int>, P: seq<seq<int>>,
                lk: seq<int>, lp: seq<int>, fk: seq<int>, fp: seq<int>, pknown: seq<bool>, pdist: seq<int>,
                changed: bool, bad: int)
  requires pre_bellman_ford(n, edges, s)
{
  k >= 1 && State(n, edges, s, k, known, dist, P, lk, lp, fk, fp) && |pknown| == n && |pdist| == n &&
  Complete(n, edges, s, k - 1, pknown, pdist) && Relaxed(n, edges, pknown, pdist, known, dist) &&
  (!changed ==> forall x :: 0 <= x < n ==> known[x] == pknown[x] && dist[x] == pdist[x]) &&
  (changed ==> 0 <= bad < n && known[bad] && (!pknown[bad] || dist[bad] < pdist[bad]))
}

method Step(n: int, edges: seq<seq<int>>, s: int, k: int, known: seq<bool>, dist: seq<int>, P: seq<seq<int>>,
            lk: seq<int>, lp: seq<int>, fk: seq<int>, fp: seq<int>)
  returns (nk: seq<bool>, nd: seq<int>, P': seq<seq<int>>, lk': seq<int>, lp': seq<int>, fk': seq<int>, fp': seq<int>,
           changed: bool, bad: int)
  requires pre_bellman_ford(n, edges, s) && State(n, edges, s, k, known, dist, P, lk, lp, fk, fp)
  ensures After(n, edges, s, k + 1, nk, nd, P', lk', lp', fk', fp', known, dist, changed, bad)
{
  var pt;
  nk, nd, pt, lk', lp', fk', fp', changed, bad := Round(n, edges, s, k, known, dist, lk, lp, fk, fp);
  RealiseStep(n, edges, s, P, k, known, dist, nk, nd, pt);
  CompleteStep(n, edges, s, k, known, dist, nk, nd);
  LastTreeStep(n, edges, s, k, known, dist, nk, nd, pt, lk, lp, lk', lp');
  FirstTreeStep(n, edges, s, k, known, dist, nk, nd, fk, fp, fk', fp');
  if changed {
    assert RoundStep(n, edges, k, known, dist, nk, nd, pt, bad);
  } else {
    forall x | 0 <= x < n
      ensures nk[x] == known[x] && nd[x] == dist[x]
    {
      assert RoundStep(n, edges, k, known, dist, nk, nd, pt, x);
    }
  }
  P' := P + [pt];
}

// Rounds 1..n; round k relaxes every edge against the distances of round k - 1.
method Rounds(n: int, edges: seq<seq<int>>, s: int)
  returns (known: seq<bool>, dist: seq<int>, P: seq<seq<int>>, lk: seq<int>, lp: seq<int>, fk: seq<int>, fp: seq<int>,
           changed: bool, bad: int, pknown: seq<bool>, pdist: seq<int>)
  requires pre_bellman_ford(n, edges, s)
  ensures After(n, edges, s, n, known, dist, P, lk, lp, fk, fp, pknown, pdist, changed, bad)
{
  known, dist, P, lk, lp, fk, fp := Init(n, edges, s);
  pknown, pdist := known, dist;
  known, dist, P, lk, lp, fk, fp, changed, bad := Step(n, edges, s, 0, known, dist, P, lk, lp, fk, fp);
  var k := 1;
  while k < n
    invariant 1 <= k <= n && After(n, edges, s, k, known, dist, P, lk, lp, fk, fp, pknown, pdist, changed, bad)
  {
    pknown, pdist := known, dist;
    known, dist, P, lk, lp, fk, fp, changed, bad := Step(n, edges, s, k, known, dist, P, lk, lp, fk, fp);
    k := k + 1;
  }
}

// The walk of round n to v, followed back through the tables.
method RebuildWalk(n: int, edges: seq<seq<int>>, s: int, P: seq<seq<int>>, v: int) returns (W: seq<int>)
  requires pre_bellman_ford(n, edges, s) && |P| == n + 1 && Tables(n, edges, P) && 0 <= v < n
  ensures W == Walk(edges, P, n, v)
{
  W := [];
  var x := v;
  var r := n;
  while r > 0
    invariant 0 <= r <= n && 0 <= x < n
    invariant Walk(edges, P, n, v) == Walk(edges, P, r, x) + W
  {
    var e := P[r][x];
    if 0 <= e {
      assert Walk(edges, P, r, x) == Walk(edges, P, r - 1, edges[e][0]) + [e];
      assert Walk(edges, P, n, v) == Walk(edges, P, r - 1, edges[e][0]) + ([e] + W);
      W := [e] + W;
      x := edges[e][0];
    }
    r := r - 1;
  }
}

method WalkVerts(n: int, edges: seq<seq<int>>, s: int, W: seq<int>, v: int) returns (V: seq<int>)
  requires pre_bellman_ford(n, edges, s) && is_wpath(n, edges, W, s, v)
  ensures |V| == |W| + 1 && forall t :: 0 <= t <= |W| ==> V[t] == Vx(edges, W, s, t) && 0 <= V[t] < n
{
  V := [s];
  var i := 0;
  while i < |W|
    invariant 0 <= i <= |W| && |V| == i + 1
    invariant forall t :: 0 <= t <= i ==> V[t] == Vx(edges, W, s, t) && 0 <= V[t] < n
  {
    V := V + [edges[W[i]][1]];
    i := i + 1;
  }
}

// Round n improved bad: its walk has n edges, repeats a vertex, and the closed part is negative.
method NegCycle(n: int, edges: seq<seq<int>>, s: int, P: seq<seq<int>>, known: seq<bool>, dist: seq<int>,
                pknown: seq<bool>, pdist: seq<int>, bad: int) returns (cycle: seq<int>)
  requires pre_bellman_ford(n, edges, s) && |P| == n + 1 && Tables(n, edges, P)
  requires |known| == n && |dist| == n && |pknown| == n && |pdist| == n
  requires Realise(n, edges, s, P, n, known, dist) && Complete(n, edges, s, n - 1, pknown, pdist)
  requires Relaxed(n, edges, pknown, pdist, known, dist)
  requires 0 <= bad < n && known[bad] && (!pknown[bad] || dist[bad] < pdist[bad])
  ensures is_wcycle(n, edges, cycle) && known[edges[cycle[0]][0]] && path_weight(edges, cycle) < 0
{
  var W := RebuildWalk(n, edges, s, P, bad);
  assert RealiseAt(n, edges, s, P, n, bad, dist[bad]);
  assert is_wpath(n, edges, W, s, bad);
  if |W| < n {
    assert false;
  }
  var V := WalkVerts(n, edges, s, W, bad);
  var a, c := FindRepeat(V, n);
  cycle := W[a..c];
  SplitAt(n, edges, W, s, bad, a, c);
  assert is_wpath(n, edges, W[..a] + W[c..], s, bad);
  assert is_wpath(n, edges, W[..a], s, Vx(edges, W, s, a));
}
// </vc:helpers>

// Bellman-Ford from s: shortest-path weights and tree, or a reachable negative cycle.
method BellmanFord(n: int, edges: seq<seq<int>>, s: int)
  returns (neg: bool, reach: seq<bool>, dist: seq<int>, pred: seq<int>, rank: seq<int>, cycle: seq<int>)
  requires pre_bellman_ford(n, edges, s)
  ensures post_bellman_ford(n, edges, s, neg, reach, dist, pred, rank, cycle)
{
  // <vc:code>
  var known, P, lk, lp, fk, fp, changed, bad, pknown, pdist;
  known, dist, P, lk, lp, fk, fp, changed, bad, pknown, pdist := Rounds(n, edges, s);
  assert After(n, edges, s, n, known, dist, P, lk, lp, fk, fp, pknown, pdist, changed, bad);
  assert State(n, edges, s, n, known, dist, P, lk, lp, fk, fp);
  if !changed {
    // round n changed nothing: the distances are final
    neg, reach, pred, rank, cycle := false, known, lp, lk, [];
    forall e | 0 <= e < |edges| && known[edges[e][0]]
      ensures known[edges[e][1]] && dist[edges[e][1]] <= dist[edges[e][0]] + edges[e][2]
    {
    }
    forall v | 0 <= v < n && known[v]
      ensures LastOk(n, edges, s, known, dist, lk, lp, v)
    {
    }
    assert is_wpath(n, edges, [], s, s);
    assert RealiseAt(n, edges, s, P, n, s, dist[s]);
    Potential(n, edges, known, dist, Walk(edges, P, n, s), s, s);
  } else {
    neg := true;
    cycle := NegCycle(n, edges, s, P, known, dist, pknown, pdist, bad);
    reach, pred, rank := known, fp, fk;
    KnownStable(n, edges, s, P, known, dist, pknown, pdist);
  }
  // </vc:code>
}
