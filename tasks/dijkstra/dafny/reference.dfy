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

predicate pre_dijkstra(n: int, edges: seq<seq<int>>, s: int)
{
  1 <= n <= 100 && |edges| <= 1000 && 0 <= s < n && valid_edges(n, edges) &&
  forall e :: 0 <= e < |edges| ==> 0 <= edges[e][2] <= 1000000
}

// dist[v] is the weight of a shortest path from s to v (-1: no path). pred[v] is the index of
// the last edge of such a path (v != s reached), so the predecessor edges form a shortest-path
// tree: each is tight (dist[u] + w == dist[v]) and comes from a vertex of smaller rank (rank is
// an order in which the tree can be built, e.g. the order in which Dijkstra settles vertices;
// it makes the tree acyclic, so following pred edges back from any reached vertex arrives at s).
// No edge from a reached vertex can improve a distance (dist[v] <= dist[u] + w), which is what
// makes every distance minimal: the lemma
// post_dijkstra_means_shortest_paths below proves that these conditions say exactly
// "dist[v] is the weight of some path from s to v, no path is lighter, and -1 means no path".
predicate post_dijkstra(n: int, edges: seq<seq<int>>, s: int, dist: seq<int>, pred: seq<int>, rank: seq<int>)
{
  pre_dijkstra(n, edges, s) && |dist| == n && |pred| == n && |rank| == n && dist[s] == 0 &&
  (forall e :: 0 <= e < |edges| && dist[edges[e][0]] != -1 ==>
     dist[edges[e][1]] != -1 && dist[edges[e][1]] <= dist[edges[e][0]] + edges[e][2]) &&
  (forall v :: 0 <= v < n ==> dist[v] >= -1 && (dist[v] != -1 ==> rank[v] >= 0) &&
     (v != s && dist[v] != -1 ==>
        0 <= pred[v] < |edges| && edges[pred[v]][1] == v && dist[edges[pred[v]][0]] != -1 &&
        dist[edges[pred[v]][0]] + edges[pred[v]][2] == dist[v] && rank[edges[pred[v]][0]] < rank[v]))
}

lemma ExtendPath(n: int, edges: seq<seq<int>>, q: seq<int>, s: int, u: int, e: int)
  requires valid_edges(n, edges) && is_wpath(n, edges, q, s, u) && 0 <= e < |edges| && edges[e][0] == u
  ensures is_wpath(n, edges, q + [e], s, edges[e][1])
  ensures path_weight(edges, q + [e]) == path_weight(edges, q) + edges[e][2]
{
  var p := q + [e];
  assert p[..|p| - 1] == q;
}

lemma TruncatePath(n: int, edges: seq<seq<int>>, p: seq<int>, s: int, v: int)
  requires valid_edges(n, edges) && is_wpath(n, edges, p, s, v) && |p| > 0
  ensures is_wpath(n, edges, p[..|p| - 1], s, edges[p[|p| - 1]][0])
{
}

lemma PathsFromSourceAreNotLighter(n: int, edges: seq<seq<int>>, s: int, dist: seq<int>, pred: seq<int>, rank: seq<int>, p: seq<int>, v: int)
  requires post_dijkstra(n, edges, s, dist, pred, rank) && 0 <= v < n && is_wpath(n, edges, p, s, v)
  ensures dist[v] != -1 && path_weight(edges, p) >= dist[v]
  decreases |p|
{
  if |p| > 0 {
    var e := p[|p| - 1];
    TruncatePath(n, edges, p, s, v);
    PathsFromSourceAreNotLighter(n, edges, s, dist, pred, rank, p[..|p| - 1], edges[e][0]);
  }
}

lemma TreeGivesPath(n: int, edges: seq<seq<int>>, s: int, dist: seq<int>, pred: seq<int>, rank: seq<int>, v: int)
  requires post_dijkstra(n, edges, s, dist, pred, rank) && 0 <= v < n && dist[v] != -1
  ensures exists p :: is_wpath(n, edges, p, s, v) && path_weight(edges, p) == dist[v]
  decreases rank[v]
{
  if v == s {
    assert is_wpath(n, edges, [], s, v) && path_weight(edges, []) == dist[v];
  } else {
    var e := pred[v];
    var u := edges[e][0];
    TreeGivesPath(n, edges, s, dist, pred, rank, u);
    var q :| is_wpath(n, edges, q, s, u) && path_weight(edges, q) == dist[u];
    ExtendPath(n, edges, q, s, u, e);
    assert is_wpath(n, edges, q + [e], s, v);
  }
}

// What the contract means: the distances are exactly the shortest-path weights from s.
lemma post_dijkstra_means_shortest_paths(n: int, edges: seq<seq<int>>, s: int, dist: seq<int>, pred: seq<int>, rank: seq<int>)
  requires post_dijkstra(n, edges, s, dist, pred, rank)
  ensures forall v, p :: 0 <= v < n && is_wpath(n, edges, p, s, v) ==>
            dist[v] != -1 && path_weight(edges, p) >= dist[v]
  ensures forall v :: 0 <= v < n && dist[v] != -1 ==>
            exists p :: is_wpath(n, edges, p, s, v) && path_weight(edges, p) == dist[v]
{
  forall v, p | 0 <= v < n && is_wpath(n, edges, p, s, v)
    ensures dist[v] != -1 && path_weight(edges, p) >= dist[v]
  {
    PathsFromSourceAreNotLighter(n, edges, s, dist, pred, rank, p, v);
  }
  forall v | 0 <= v < n && dist[v] != -1
    ensures exists p :: is_wpath(n, edges, p, s, v) && path_weight(edges, p) == dist[v]
  {
    TreeGivesPath(n, edges, s, dist, pred, rank, v);
  }
}

// <vc:helpers>
lemma CardRange(n: nat)
  ensures |set v | 0 <= v < n| == n
{
  if n > 0 {
    CardRange(n - 1);
    assert (set v | 0 <= v < n) == (set v | 0 <= v < n - 1) + {n - 1};
  }
}

lemma CardRemove(U: set<int>, u: int)
  requires u in U
  ensures |U - {u}| == |U| - 1
{
  assert U == (U - {u}) + {u};
}

// out[u] lists the indices of the edges leaving u.
method OutEdges(n: int, edges: seq<seq<int>>) returns (out: array<seq<int>>)
  requires 1 <= n && valid_edges(n, edges)
  ensures fresh(out) && out.Length == n
  ensures forall u, j :: 0 <= u < n && 0 <= j < |out[u]| ==> 0 <= out[u][j] < |edges| && edges[out[u][j]][0] == u
  ensures forall e :: 0 <= e < |edges| ==> e in out[edges[e][0]]
{
  out := new seq<int>[n](_ => []);
  var e := 0;
  while e < |edges|
    invariant 0 <= e <= |edges|
    invariant forall u, j :: 0 <= u < n && 0 <= j < |out[u]| ==> 0 <= out[u][j] < |edges| && edges[out[u][j]][0] == u
    invariant forall f :: 0 <= f < e ==> f in out[edges[f][0]]
  {
    var u := edges[e][0];
    out[u] := out[u] + [e];
    e := e + 1;
  }
}

// Edge e cannot improve the distance of its head.
predicate Relaxed(n: int, edges: seq<seq<int>>, D: seq<int>, e: int)
  requires valid_edges(n, edges) && |D| == n && 0 <= e < |edges|
{
  D[edges[e][1]] != -1 && D[edges[e][1]] <= D[edges[e][0]] + edges[e][2]
}

// D and P restricted to what Dijkstra maintains: S is the settled set, R[v] the step at which v
// was settled, cnt the number of steps so far. Every reached vertex other than s has a tight
// predecessor edge from a settled vertex (settled earlier, if v is settled too); settled
// distances are at most the unsettled ones.
predicate Base(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, S: seq<bool>, R: seq<int>, cnt: int)
  requires pre_dijkstra(n, edges, s)
{
  |D| == n && |P| == n && |S| == n && |R| == n && D[s] == 0 && 0 <= cnt &&
  (forall v :: 0 <= v < n ==> D[v] >= -1) &&
  (forall v :: 0 <= v < n && S[v] ==> D[v] != -1 && 0 <= R[v] < cnt) &&
  (forall x, y :: 0 <= x < n && 0 <= y < n && S[x] && !S[y] && D[y] != -1 ==> D[x] <= D[y]) &&
  (forall v :: 0 <= v < n && v != s && D[v] != -1 ==>
    0 <= P[v] < |edges| && edges[P[v]][1] == v && S[edges[P[v]][0]] &&
    D[edges[P[v]][0]] + edges[P[v]][2] == D[v] && (S[v] ==> R[edges[P[v]][0]] < R[v]))
}

// Between settling steps: every edge out of a settled vertex is relaxed.
predicate InvMain(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, S: seq<bool>, R: seq<int>, cnt: int)
  requires pre_dijkstra(n, edges, s)
{
  Base(n, edges, s, D, P, S, R, cnt) &&
  forall e :: 0 <= e < |edges| && S[edges[e][0]] ==> Relaxed(n, edges, D, e)
}

// While relaxing the edges ou of the just-settled u: the first j of them are done.
predicate InvRelax(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, S: seq<bool>, R: seq<int>, cnt: int,
                   u: int, du: int, ou: seq<int>, j: int)
  requires pre_dijkstra(n, edges, s)
{
  Base(n, edges, s, D, P, S, R, cnt) && 0 <= u < n && S[u] && D[u] == du && 0 <= j <= |ou| &&
  (forall i :: 0 <= i < |ou| ==> 0 <= ou[i] < |edges| && edges[ou[i]][0] == u) &&
  (forall y :: 0 <= y < n && !S[y] && D[y] != -1 ==> du <= D[y]) &&
  (forall x :: 0 <= x < n && S[x] ==> D[x] <= du) &&
  (forall e :: 0 <= e < |edges| && S[edges[e][0]] && edges[e][0] != u ==> Relaxed(n, edges, D, e)) &&
  (forall i :: 0 <= i < j ==> Relaxed(n, edges, D, ou[i]))
}

lemma SettleStep(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, S: seq<bool>, R: seq<int>, cnt: int,
                 u: int, ou: seq<int>)
  requires pre_dijkstra(n, edges, s) && InvMain(n, edges, s, D, P, S, R, cnt)
  requires 0 <= u < n && !S[u] && D[u] != -1
  requires forall y :: 0 <= y < n && !S[y] && D[y] != -1 ==> D[u] <= D[y]
  requires forall i :: 0 <= i < |ou| ==> 0 <= ou[i] < |edges| && edges[ou[i]][0] == u
  ensures InvRelax(n, edges, s, D, P, S[u := true], R[u := cnt], cnt + 1, u, D[u], ou, 0)
{
  var S2 := S[u := true];
  var R2 := R[u := cnt];
  forall v | 0 <= v < n && S2[v]
    ensures D[v] != -1 && 0 <= R2[v] < cnt + 1
  {
    if v != u {
      assert S2[v] == S[v] && R2[v] == R[v];
      assert S[v] ==> D[v] != -1 && 0 <= R[v] < cnt;
    }
  }
  forall v | 0 <= v < n && v != s && D[v] != -1
    ensures 0 <= P[v] < |edges| && edges[P[v]][1] == v && S2[edges[P[v]][0]] &&
      D[edges[P[v]][0]] + edges[P[v]][2] == D[v] && (S2[v] ==> R2[edges[P[v]][0]] < R2[v])
  {
    if v == u {
      assert S[edges[P[v]][0]];
    }
  }
  forall x, y | 0 <= x < n && 0 <= y < n && S2[x] && !S2[y] && D[y] != -1
    ensures D[x] <= D[y]
  {
    if x != u { assert S[x] && !S[y]; }
  }
  assert Base(n, edges, s, D, P, S2, R2, cnt + 1);
}

lemma RelaxBase(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, S: seq<bool>, R: seq<int>, cnt: int,
                u: int, du: int, e: int, v: int, nd: int)
  requires pre_dijkstra(n, edges, s) && Base(n, edges, s, D, P, S, R, cnt)
  requires 0 <= u < n && S[u] && D[u] == du && 0 <= e < |edges| && edges[e][0] == u && v == edges[e][1]
  requires nd == du + edges[e][2] && !S[v] && (D[v] == -1 || nd < D[v])
  requires forall y :: 0 <= y < n && !S[y] && D[y] != -1 ==> du <= D[y]
  requires forall x :: 0 <= x < n && S[x] ==> D[x] <= du
  ensures Base(n, edges, s, D[v := nd], P[v := e], S, R, cnt)
{
  var D2 := D[v := nd];
  var P2 := P[v := e];
  forall x | 0 <= x < n ensures D2[x] >= -1 && (S[x] ==> D2[x] == D[x]) {}
  forall x, y | 0 <= x < n && 0 <= y < n && S[x] && !S[y] && D2[y] != -1
    ensures D2[x] <= D2[y]
  {
    if y == v { assert D[x] <= du; } else { assert D[y] != -1; }
  }
  forall x | 0 <= x < n && x != s && D2[x] != -1
    ensures 0 <= P2[x] < |edges| && edges[P2[x]][1] == x && S[edges[P2[x]][0]] &&
      D2[edges[P2[x]][0]] + edges[P2[x]][2] == D2[x] && (S[x] ==> R[edges[P2[x]][0]] < R[x])
  {
    if x != v {
      assert D2[edges[P[x]][0]] == D[edges[P[x]][0]];
    }
  }
  assert Base(n, edges, s, D2, P2, S, R, cnt);
}

lemma RelaxStep(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, D2: seq<int>, P2: seq<int>,
                S: seq<bool>, R: seq<int>, cnt: int, u: int, du: int, ou: seq<int>, j: int, e: int, v: int, nd: int, upd: bool)
  requires pre_dijkstra(n, edges, s) && InvRelax(n, edges, s, D, P, S, R, cnt, u, du, ou, j) && j < |ou|
  requires e == ou[j] && v == edges[e][1] && nd == du + edges[e][2] && upd == (D[v] == -1 || nd < D[v])
  requires upd ==> D2 == D[v := nd] && P2 == P[v := e]
  requires !upd ==> D2 == D && P2 == P
  ensures InvRelax(n, edges, s, D2, P2, S, R, cnt, u, du, ou, j + 1)
{
  if upd {
    assert !S[v];
    RelaxBase(n, edges, s, D, P, S, R, cnt, u, du, e, v, nd);
    forall f | 0 <= f < |edges| && S[edges[f][0]] && edges[f][0] != u
      ensures Relaxed(n, edges, D2, f)
    {
      assert Relaxed(n, edges, D, f);
    }
    forall i | 0 <= i < j + 1
      ensures Relaxed(n, edges, D2, ou[i])
    {
      if i < j { assert Relaxed(n, edges, D, ou[i]); }
    }
    assert u != v && D2[u] == du;
    assert edges[e][2] >= 0;
    forall y | 0 <= y < n && !S[y] && D2[y] != -1
      ensures du <= D2[y]
    {
      if y != v { assert D2[y] == D[y]; }
    }
    forall x | 0 <= x < n && S[x]
      ensures D2[x] <= du
    {
      assert x != v && D2[x] == D[x];
    }
  } else {
    assert Relaxed(n, edges, D, e);
  }
}

lemma FinishSettle(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, S: seq<bool>, R: seq<int>, cnt: int,
                   u: int, du: int, ou: seq<int>)
  requires pre_dijkstra(n, edges, s) && InvRelax(n, edges, s, D, P, S, R, cnt, u, du, ou, |ou|)
  requires forall e :: 0 <= e < |edges| && edges[e][0] == u ==> e in ou
  ensures InvMain(n, edges, s, D, P, S, R, cnt)
{
  forall e | 0 <= e < |edges| && S[edges[e][0]]
    ensures Relaxed(n, edges, D, e)
  {
    if edges[e][0] == u {
      var i :| 0 <= i < |ou| && ou[i] == e;
    }
  }
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

// One step of the main loop: settle the unsettled reached vertex of least distance and relax
// its out-edges; going is false when there is none.
method SettleNext(n: int, edges: seq<seq<int>>, s: int, out: seq<seq<int>>, D: seq<int>, P: seq<int>,
                  S: seq<bool>, R: seq<int>, cnt: int, ghost U: set<int>)
  returns (going: bool, D2: seq<int>, P2: seq<int>, S2: seq<bool>, R2: seq<int>, cnt2: int, ghost U2: set<int>)
  requires pre_dijkstra(n, edges, s) && |out| == n
  requires forall u, j :: 0 <= u < n && 0 <= j < |out[u]| ==> 0 <= out[u][j] < |edges| && edges[out[u][j]][0] == u
  requires forall e :: 0 <= e < |edges| ==> e in out[edges[e][0]]
  requires InvMain(n, edges, s, D, P, S, R, cnt)
  requires U == set v | 0 <= v < n && !S[v]
  requires |U| + cnt == n
  ensures InvMain(n, edges, s, D2, P2, S2, R2, cnt2)
  ensures U2 == set v | 0 <= v < n && !S2[v]
  ensures |U2| + cnt2 == n
  ensures going ==> |U2| < |U|
  ensures !going ==> U2 == U && forall v :: 0 <= v < n && !S2[v] ==> D2[v] == -1
{
  var u := FindMin(D, S);
  if u == -1 {
    going, D2, P2, S2, R2, cnt2, U2 := false, D, P, S, R, cnt, U;
    return;
  }
  going := true;
  assert u in U;
  CardRemove(U, u);
  var ou := out[u];
  var du := D[u];
  SettleStep(n, edges, s, D, P, S, R, cnt, u, ou);
  S2 := S[u := true];
  R2 := R[u := cnt];
  cnt2 := cnt + 1;
  U2 := U - {u};
  D2, P2 := RelaxAll(n, edges, s, D, P, S2, R2, cnt2, u, du, ou);
  FinishSettle(n, edges, s, D2, P2, S2, R2, cnt2, u, du, ou);
}

method RelaxAll(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, S: seq<bool>,
                ghost R: seq<int>, ghost cnt: int, u: int, du: int, ou: seq<int>) returns (D2: seq<int>, P2: seq<int>)
  requires pre_dijkstra(n, edges, s)
  requires InvRelax(n, edges, s, D, P, S, R, cnt, u, du, ou, 0)
  ensures InvRelax(n, edges, s, D2, P2, S, R, cnt, u, du, ou, |ou|)
{
  D2, P2 := D, P;
  var j := 0;
  while j < |ou|
    invariant InvRelax(n, edges, s, D2, P2, S, R, cnt, u, du, ou, j)
  {
    var e := ou[j];
    var w := edges[e][1];
    var nd := du + edges[e][2];
    ghost var D0 := D2;
    ghost var P0 := P2;
    var upd := D2[w] == -1 || nd < D2[w];
    if upd {
      D2 := D2[w := nd];
      P2 := P2[w := e];
    }
    RelaxStep(n, edges, s, D0, P0, D2, P2, S, R, cnt, u, du, ou, j, e, w, nd, upd);
    j := j + 1;
  }
}

// The unsettled reached vertex of least distance, or -1 when there is none.
method FindMin(D: seq<int>, S: seq<bool>) returns (u: int)
  requires |D| == |S|
  ensures u == -1 || (0 <= u < |D| && !S[u] && D[u] != -1)
  ensures u == -1 ==> forall x :: 0 <= x < |D| && !S[x] ==> D[x] == -1
  ensures u != -1 ==> forall x :: 0 <= x < |D| && !S[x] && D[x] != -1 ==> D[u] <= D[x]
{
  u := -1;
  var v := 0;
  while v < |D|
    invariant 0 <= v <= |D|
    invariant u == -1 || (0 <= u < |D| && !S[u] && D[u] != -1)
    invariant u == -1 ==> forall x :: 0 <= x < v && !S[x] ==> D[x] == -1
    invariant u != -1 ==> forall x :: 0 <= x < v && !S[x] && D[x] != -1 ==> D[u] <= D[x]
  {
    if !S[v] && D[v] != -1 && (u == -1 || D[v] < D[u]) {
      u := v;
    }
    v := v + 1;
  }
}

lemma InitInv(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, S: seq<bool>, R: seq<int>)
  requires pre_dijkstra(n, edges, s) && |D| == n && |P| == n && |S| == n && |R| == n
  requires forall v :: 0 <= v < n ==> !S[v] && D[v] == (if v == s then 0 else -1)
  ensures InvMain(n, edges, s, D, P, S, R, 0)
{
}

lemma Conclude(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, S: seq<bool>, R: seq<int>, cnt: int)
  requires pre_dijkstra(n, edges, s) && InvMain(n, edges, s, D, P, S, R, cnt)
  requires forall v :: 0 <= v < n && !S[v] ==> D[v] == -1
  ensures post_dijkstra(n, edges, s, D, P, R)
{
  forall e | 0 <= e < |edges| && D[edges[e][0]] != -1
    ensures D[edges[e][1]] != -1 && D[edges[e][1]] <= D[edges[e][0]] + edges[e][2]
  {
    assert Relaxed(n, edges, D, e);
  }
}
// </vc:helpers>

// Dijkstra's algorithm from s (non-negative weights): distances, a shortest-path tree and the
// order (rank) in which the vertices were settled.
method Dijkstra(n: int, edges: seq<seq<int>>, s: int) returns (dist: seq<int>, pred: seq<int>, rank: seq<int>)
  requires pre_dijkstra(n, edges, s)
  ensures post_dijkstra(n, edges, s, dist, pred, rank)
{
  // <vc:code>
  var outa := OutEdges(n, edges);
  var out := outa[..];
  dist := FillInt(n, -1);
  dist := dist[s := 0];
  pred := FillInt(n, -1);
  var done := FillBool(n, false);
  rank := FillInt(n, 0);
  var cnt := 0;
  ghost var U := set v | 0 <= v < n;
  CardRange(n);
  InitInv(n, edges, s, dist, pred, done, rank);
  var going := true;
  while going
    invariant InvMain(n, edges, s, dist, pred, done, rank, cnt)
    invariant U == set v | 0 <= v < n && !done[v]
    invariant |U| + cnt == n
    invariant !going ==> forall v :: 0 <= v < n && !done[v] ==> dist[v] == -1
    decreases |U|, going
  {
    going, dist, pred, done, rank, cnt, U := SettleNext(n, edges, s, out, dist, pred, done, rank, cnt, U);
  }
  Conclude(n, edges, s, dist, pred, done, rank, cnt);
  // </vc:code>
}
