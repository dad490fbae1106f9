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

// Every weight is 0 or 1.
predicate pre_zero_one_bfs(n: int, edges: seq<seq<int>>, s: int)
{
  1 <= n <= 100 && |edges| <= 1000 && 0 <= s < n && valid_edges(n, edges) &&
  forall e :: 0 <= e < |edges| ==> 0 <= edges[e][2] <= 1
}

// dist[v] is the weight of a shortest path from s to v (-1: no path). pred[v] is the index of
// the last edge of such a path (v != s reached), so the predecessor edges form a shortest-path
// tree: each is tight (dist[u] + w == dist[v]) and comes from a vertex of smaller rank (rank is
// an order in which the tree can be built, e.g. the order in which 0-1 BFS first pops vertices;
// it makes the tree acyclic, so following pred edges back from any reached vertex arrives at s).
// No edge from a reached vertex can improve a distance (dist[v] <= dist[u] + w), which is what
// makes every distance minimal: the lemma
// post_zero_one_bfs_means_shortest_paths below proves that these conditions say exactly
// "dist[v] is the weight of some path from s to v, no path is lighter, and -1 means no path".
predicate post_zero_one_bfs(n: int, edges: seq<seq<int>>, s: int, dist: seq<int>, pred: seq<int>, rank: seq<int>)
{
  pre_zero_one_bfs(n, edges, s) && |dist| == n && |pred| == n && |rank| == n && dist[s] == 0 &&
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
  requires post_zero_one_bfs(n, edges, s, dist, pred, rank) && 0 <= v < n && is_wpath(n, edges, p, s, v)
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
  requires post_zero_one_bfs(n, edges, s, dist, pred, rank) && 0 <= v < n && dist[v] != -1
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
lemma post_zero_one_bfs_means_shortest_paths(n: int, edges: seq<seq<int>>, s: int, dist: seq<int>, pred: seq<int>, rank: seq<int>)
  requires post_zero_one_bfs(n, edges, s, dist, pred, rank)
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

// D and P restricted to what the algorithm maintains: S is the settled set, R[v] the step at which v
// was settled, cnt the number of steps so far. Every reached vertex other than s has a tight
// predecessor edge from a settled vertex (settled earlier, if v is settled too); settled
// distances are at most the unsettled ones.
predicate Base(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, S: seq<bool>, R: seq<int>, cnt: int)
  requires pre_zero_one_bfs(n, edges, s)
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
  requires pre_zero_one_bfs(n, edges, s)
{
  Base(n, edges, s, D, P, S, R, cnt) &&
  forall e :: 0 <= e < |edges| && S[edges[e][0]] ==> Relaxed(n, edges, D, e)
}

// While relaxing the edges ou of the just-settled u: the first j of them are done.
predicate InvRelax(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, S: seq<bool>, R: seq<int>, cnt: int,
                   u: int, du: int, ou: seq<int>, j: int)
  requires pre_zero_one_bfs(n, edges, s)
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
  requires pre_zero_one_bfs(n, edges, s) && InvMain(n, edges, s, D, P, S, R, cnt)
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
  requires pre_zero_one_bfs(n, edges, s) && Base(n, edges, s, D, P, S, R, cnt)
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
  requires pre_zero_one_bfs(n, edges, s) && InvRelax(n, edges, s, D, P, S, R, cnt, u, du, ou, j) && j < |ou|
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
  requires pre_zero_one_bfs(n, edges, s) && InvRelax(n, edges, s, D, P, S, R, cnt, u, du, ou, |ou|)
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

// The deque: parallel sequences of vertices dq and keys kq (the distance the vertex had when
// it was pushed). Keys are sorted and lie in [lo, lo + 1], where lo is the distance of the last
// settled vertex; every key is at least the current distance of its vertex; every settled
// distance is at most lo; every unsettled reached vertex has an entry keyed by its distance.
predicate DQ(n: int, D: seq<int>, S: seq<bool>, dq: seq<int>, kq: seq<int>, lo: int)
  requires |D| == n && |S| == n
{
  |dq| == |kq| &&
  (forall i :: 0 <= i < |dq| ==> 0 <= dq[i] < n && D[dq[i]] != -1 && D[dq[i]] <= kq[i] && lo <= kq[i] <= lo + 1) &&
  (forall i, j :: 0 <= i < j < |dq| ==> kq[i] <= kq[j]) &&
  (forall x :: 0 <= x < n && S[x] ==> D[x] != -1 && D[x] <= lo) &&
  (forall v :: 0 <= v < n && !S[v] && D[v] != -1 ==> HasEntry(dq, kq, v, D[v]))
}

predicate HasEntry(dq: seq<int>, kq: seq<int>, v: int, d: int)
  requires |dq| == |kq|
{
  exists i :: 0 <= i < |dq| && dq[i] == v && kq[i] == d
}

lemma EntryTail(dq: seq<int>, kq: seq<int>, v: int, d: int)
  requires |dq| == |kq| && |dq| > 0 && HasEntry(dq, kq, v, d) && dq[0] != v
  ensures HasEntry(dq[1..], kq[1..], v, d)
{
  var i :| 0 <= i < |dq| && dq[i] == v && kq[i] == d;
  assert dq[1..][i - 1] == v && kq[1..][i - 1] == d;
}

lemma EntryFront(dq: seq<int>, kq: seq<int>, v: int, d: int, x: int, k: int)
  requires |dq| == |kq| && HasEntry(dq, kq, v, d)
  ensures HasEntry([x] + dq, [k] + kq, v, d)
{
  var i :| 0 <= i < |dq| && dq[i] == v && kq[i] == d;
  assert ([x] + dq)[i + 1] == v && ([k] + kq)[i + 1] == d;
}

lemma EntryBack(dq: seq<int>, kq: seq<int>, v: int, d: int, x: int, k: int)
  requires |dq| == |kq| && HasEntry(dq, kq, v, d)
  ensures HasEntry(dq + [x], kq + [k], v, d)
{
  var i :| 0 <= i < |dq| && dq[i] == v && kq[i] == d;
  assert (dq + [x])[i] == v && (kq + [k])[i] == d;
}

// Popping the front entry (vertex u, key k) of a non-empty deque: its key is the least one.
lemma PopFront(n: int, D: seq<int>, S: seq<bool>, dq: seq<int>, kq: seq<int>, lo: int)
  requires |D| == n && |S| == n && DQ(n, D, S, dq, kq, lo) && |dq| > 0
  ensures lo <= kq[0] && D[dq[0]] != -1 && D[dq[0]] <= kq[0]
  ensures forall i :: 1 <= i < |kq| ==> kq[0] <= kq[i] <= kq[0] + 1
  ensures forall y :: 0 <= y < n && !S[y] && D[y] != -1 ==> kq[0] <= D[y]
{
  forall y | 0 <= y < n && !S[y] && D[y] != -1
    ensures kq[0] <= D[y]
  {
    var i :| 0 <= i < |dq| && dq[i] == y && kq[i] == D[y];
    if i > 0 { assert kq[0] <= kq[i]; }
  }
}

// Skipping a stale front entry (its vertex is settled already).
lemma SkipStale(n: int, D: seq<int>, S: seq<bool>, dq: seq<int>, kq: seq<int>, lo: int)
  requires |D| == n && |S| == n && DQ(n, D, S, dq, kq, lo) && |dq| > 0 && S[dq[0]]
  ensures DQ(n, D, S, dq[1..], kq[1..], kq[0])
{
  PopFront(n, D, S, dq, kq, lo);
  forall v | 0 <= v < n && !S[v] && D[v] != -1
    ensures HasEntry(dq[1..], kq[1..], v, D[v])
  {
    EntryTail(dq, kq, v, D[v]);
  }
}

// Settling the front vertex u (not settled yet): its distance is the front key, the least
// distance of any unsettled reached vertex.
lemma SettleFront(n: int, D: seq<int>, S: seq<bool>, dq: seq<int>, kq: seq<int>, lo: int)
  requires |D| == n && |S| == n && DQ(n, D, S, dq, kq, lo) && |dq| > 0 && !S[dq[0]]
  ensures D[dq[0]] == kq[0] && D[dq[0]] != -1
  ensures forall y :: 0 <= y < n && !S[y] && D[y] != -1 ==> D[dq[0]] <= D[y]
  ensures DQ(n, D, S[dq[0] := true], dq[1..], kq[1..], kq[0])
{
  var u := dq[0];
  PopFront(n, D, S, dq, kq, lo);
  var S2 := S[u := true];
  forall x | 0 <= x < n && S2[x]
    ensures D[x] != -1 && D[x] <= kq[0]
  {
    if x != u { assert S[x]; }
  }
  forall v | 0 <= v < n && !S2[v] && D[v] != -1
    ensures HasEntry(dq[1..], kq[1..], v, D[v])
  {
    assert !S[v];
    EntryTail(dq, kq, v, D[v]);
  }
}

// Relaxing an edge of weight w from the settled u (distance du == lo) to v, which improves v:
// the new entry goes to the front (w == 0) or the back (w == 1).
lemma DqPush(n: int, D: seq<int>, S: seq<bool>, dq: seq<int>, kq: seq<int>, du: int, v: int, w: int)
  requires |D| == n && |S| == n && DQ(n, D, S, dq, kq, du) && 0 <= v < n && (w == 0 || w == 1) && du >= 0
  requires D[v] == -1 || du + w < D[v]
  ensures !S[v]
  ensures w == 0 ==> DQ(n, D[v := du + w], S, [v] + dq, [du + w] + kq, du)
  ensures w == 1 ==> DQ(n, D[v := du + w], S, dq + [v], kq + [du + w], du)
{
  if S[v] { assert D[v] != -1 && D[v] <= du; }
  if w == 0 { DqPushFront(n, D, S, dq, kq, du, v); } else { DqPushBack(n, D, S, dq, kq, du, v); }
}

lemma OldEntries(n: int, D: seq<int>, S: seq<bool>, dq: seq<int>, kq: seq<int>, du: int, v: int, nd: int)
  requires |D| == n && |S| == n && DQ(n, D, S, dq, kq, du) && 0 <= v < n
  requires D[v] == -1 || nd < D[v]
  requires nd >= 0
  ensures forall i :: 0 <= i < |dq| ==> D[v := nd][dq[i]] != -1 && D[v := nd][dq[i]] <= kq[i]
{
  forall i | 0 <= i < |dq|
    ensures D[v := nd][dq[i]] != -1 && D[v := nd][dq[i]] <= kq[i]
  {
    assert 0 <= dq[i] < n && D[dq[i]] != -1 && D[dq[i]] <= kq[i];
    if dq[i] == v { assert D[v] != -1 && D[v] <= kq[i]; } else { assert D[v := nd][dq[i]] == D[dq[i]]; }
  }
}

lemma DqPushFront(n: int, D: seq<int>, S: seq<bool>, dq: seq<int>, kq: seq<int>, du: int, v: int)
  requires |D| == n && |S| == n && DQ(n, D, S, dq, kq, du) && 0 <= v < n && !S[v] && du >= 0
  requires D[v] == -1 || du < D[v]
  ensures DQ(n, D[v := du], S, [v] + dq, [du] + kq, du)
{
  var D2 := D[v := du];
  var dq2 := [v] + dq;
  var kq2 := [du] + kq;
  OldEntries(n, D, S, dq, kq, du, v, du);
  forall i | 0 <= i < |dq2|
    ensures 0 <= dq2[i] < n && D2[dq2[i]] != -1 && D2[dq2[i]] <= kq2[i] && du <= kq2[i] <= du + 1
  {
    if i > 0 {
      assert dq2[i] == dq[i - 1] && kq2[i] == kq[i - 1];
      assert 0 <= dq[i - 1] < n && du <= kq[i - 1] <= du + 1;
    }
  }
  forall i, j | 0 <= i < j < |dq2|
    ensures kq2[i] <= kq2[j]
  {
    assert kq2[j] == kq[j - 1];
    if i > 0 { assert kq2[i] == kq[i - 1]; }
  }
  forall x | 0 <= x < n && S[x]
    ensures D2[x] != -1 && D2[x] <= du
  {
    assert x != v;
  }
  forall y | 0 <= y < n && !S[y] && D2[y] != -1
    ensures HasEntry(dq2, kq2, y, D2[y])
  {
    if y == v {
      assert dq2[0] == v && kq2[0] == du;
    } else {
      assert D2[y] == D[y];
      EntryFront(dq, kq, y, D[y], v, du);
    }
  }
}

lemma DqPushBack(n: int, D: seq<int>, S: seq<bool>, dq: seq<int>, kq: seq<int>, du: int, v: int)
  requires |D| == n && |S| == n && DQ(n, D, S, dq, kq, du) && 0 <= v < n && !S[v] && du >= 0
  requires D[v] == -1 || du + 1 < D[v]
  ensures DQ(n, D[v := du + 1], S, dq + [v], kq + [du + 1], du)
{
  var nd := du + 1;
  var D2 := D[v := nd];
  var dq2 := dq + [v];
  var kq2 := kq + [nd];
  OldEntries(n, D, S, dq, kq, du, v, nd);
  forall i | 0 <= i < |dq2|
    ensures 0 <= dq2[i] < n && D2[dq2[i]] != -1 && D2[dq2[i]] <= kq2[i] && du <= kq2[i] <= du + 1
  {
    if i < |dq| {
      assert dq2[i] == dq[i] && kq2[i] == kq[i];
      assert 0 <= dq[i] < n && du <= kq[i] <= du + 1;
    }
  }
  forall i, j | 0 <= i < j < |dq2|
    ensures kq2[i] <= kq2[j]
  {
    assert kq2[i] == kq[i];
    if j < |dq| { assert kq2[j] == kq[j]; }
  }
  forall x | 0 <= x < n && S[x]
    ensures D2[x] != -1 && D2[x] <= du
  {
    assert x != v;
  }
  forall y | 0 <= y < n && !S[y] && D2[y] != -1
    ensures HasEntry(dq2, kq2, y, D2[y])
  {
    if y == v {
      assert dq2[|dq|] == v && kq2[|dq|] == nd;
    } else {
      assert D2[y] == D[y];
      EntryBack(dq, kq, y, D[y], v, nd);
    }
  }
}

// An edge that does not improve its head leaves the deque valid.
lemma DqKeep(n: int, D: seq<int>, S: seq<bool>, dq: seq<int>, kq: seq<int>, du: int)
  requires |D| == n && |S| == n && DQ(n, D, S, dq, kq, du)
  ensures DQ(n, D, S, dq, kq, du)
{
}

// Improve v to du + w through edge e and push it: at the front for w == 0, at the back for w == 1.
method Improve(n: int, D: seq<int>, P: seq<int>, S: seq<bool>, dq: seq<int>, kq: seq<int>, du: int, v: int, w: int, e: int)
  returns (D2: seq<int>, P2: seq<int>, dq2: seq<int>, kq2: seq<int>)
  requires |D| == n && |S| == n && |P| == n && DQ(n, D, S, dq, kq, du) && 0 <= v < n && (w == 0 || w == 1) && du >= 0
  requires D[v] == -1 || du + w < D[v]
  ensures D2 == D[v := du + w] && P2 == P[v := e] && DQ(n, D2, S, dq2, kq2, du)
{
  DqPush(n, D, S, dq, kq, du, v, w);
  D2 := D[v := du + w];
  P2 := P[v := e];
  if w == 0 {
    dq2 := [v] + dq;
    kq2 := [du + w] + kq;
  } else {
    dq2 := dq + [v];
    kq2 := kq + [du + w];
  }
}

// Relax the out-edges ou of the just-settled u (distance du), pushing improved heads on the deque.
method RelaxAll(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, S: seq<bool>,
                ghost R: seq<int>, ghost cnt: int, u: int, du: int, ou: seq<int>, dq: seq<int>, kq: seq<int>)
  returns (D2: seq<int>, P2: seq<int>, dq2: seq<int>, kq2: seq<int>)
  requires pre_zero_one_bfs(n, edges, s)
  requires InvRelax(n, edges, s, D, P, S, R, cnt, u, du, ou, 0)
  requires DQ(n, D, S, dq, kq, du)
  ensures InvRelax(n, edges, s, D2, P2, S, R, cnt, u, du, ou, |ou|)
  ensures DQ(n, D2, S, dq2, kq2, du)
{
  D2, P2, dq2, kq2 := D, P, dq, kq;
  var j := 0;
  while j < |ou|
    invariant InvRelax(n, edges, s, D2, P2, S, R, cnt, u, du, ou, j)
    invariant DQ(n, D2, S, dq2, kq2, du)
  {
    var e := ou[j];
    var v := edges[e][1];
    var w := edges[e][2];
    assert 0 <= e < |edges| && 0 <= w <= 1;
    assert D2[u] == du && D2[u] >= -1 && D2[u] != -1;
    var nd := du + w;
    ghost var D0 := D2;
    ghost var P0 := P2;
    var upd := D2[v] == -1 || nd < D2[v];
    if upd {
      D2, P2, dq2, kq2 := Improve(n, D2, P2, S, dq2, kq2, du, v, w, e);
    }
    RelaxStep(n, edges, s, D0, P0, D2, P2, S, R, cnt, u, du, ou, j, e, v, nd, upd);
    j := j + 1;
  }
}

// One step of the main loop: pop the front entry; if its vertex is not settled yet, settle it
// (rank cnt) and relax its out-edges.
method PopStep(n: int, edges: seq<seq<int>>, s: int, out: seq<seq<int>>, D: seq<int>, P: seq<int>,
               S: seq<bool>, R: seq<int>, cnt: int, dq: seq<int>, kq: seq<int>, ghost lo: int, ghost U: set<int>)
  returns (D2: seq<int>, P2: seq<int>, S2: seq<bool>, R2: seq<int>, cnt2: int, dq2: seq<int>, kq2: seq<int>,
           ghost lo2: int, ghost U2: set<int>)
  requires pre_zero_one_bfs(n, edges, s) && |out| == n
  requires forall u, j :: 0 <= u < n && 0 <= j < |out[u]| ==> 0 <= out[u][j] < |edges| && edges[out[u][j]][0] == u
  requires forall e :: 0 <= e < |edges| ==> e in out[edges[e][0]]
  requires InvMain(n, edges, s, D, P, S, R, cnt) && DQ(n, D, S, dq, kq, lo) && |dq| > 0
  requires U == set v | 0 <= v < n && !S[v]
  requires |U| + cnt == n
  ensures InvMain(n, edges, s, D2, P2, S2, R2, cnt2) && DQ(n, D2, S2, dq2, kq2, lo2)
  ensures U2 == set v | 0 <= v < n && !S2[v]
  ensures |U2| + cnt2 == n
  ensures |U2| < |U| || (U2 == U && |dq2| < |dq|)
{
  var u := dq[0];
  var k := kq[0];
  if S[u] {
    SkipStale(n, D, S, dq, kq, lo);
    D2, P2, S2, R2, cnt2, dq2, kq2, lo2, U2 := D, P, S, R, cnt, dq[1..], kq[1..], k, U;
    return;
  }
  SettleFront(n, D, S, dq, kq, lo);
  assert u in U;
  CardRemove(U, u);
  var ou := out[u];
  var du := D[u];
  SettleStep(n, edges, s, D, P, S, R, cnt, u, ou);
  S2 := S[u := true];
  R2 := R[u := cnt];
  cnt2 := cnt + 1;
  U2 := U - {u};
  lo2 := k;
  D2, P2, dq2, kq2 := RelaxAll(n, edges, s, D, P, S2, R2, cnt2, u, du, ou, dq[1..], kq[1..]);
  FinishSettle(n, edges, s, D2, P2, S2, R2, cnt2, u, du, ou);
}

lemma InitInv(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, S: seq<bool>, R: seq<int>)
  requires pre_zero_one_bfs(n, edges, s) && |D| == n && |P| == n && |S| == n && |R| == n
  requires forall v :: 0 <= v < n ==> !S[v] && D[v] == (if v == s then 0 else -1)
  ensures InvMain(n, edges, s, D, P, S, R, 0)
  ensures DQ(n, D, S, [s], [0], 0)
{
  assert [s][0] == s && [0][0] == 0;
  forall v | 0 <= v < n && !S[v] && D[v] != -1
    ensures HasEntry([s], [0], v, D[v])
  {
    assert v == s;
  }
}

lemma EmptyDeque(n: int, D: seq<int>, S: seq<bool>, dq: seq<int>, kq: seq<int>, lo: int)
  requires |D| == n && |S| == n && DQ(n, D, S, dq, kq, lo) && |dq| == 0
  ensures forall v :: 0 <= v < n && !S[v] ==> D[v] == -1
{
  forall v | 0 <= v < n && !S[v]
    ensures D[v] == -1
  {
    if D[v] != -1 {
      assert HasEntry(dq, kq, v, D[v]);
    }
  }
}

lemma Conclude(n: int, edges: seq<seq<int>>, s: int, D: seq<int>, P: seq<int>, S: seq<bool>, R: seq<int>, cnt: int)
  requires pre_zero_one_bfs(n, edges, s) && InvMain(n, edges, s, D, P, S, R, cnt)
  requires forall v :: 0 <= v < n && !S[v] ==> D[v] == -1
  ensures post_zero_one_bfs(n, edges, s, D, P, R)
{
  forall e | 0 <= e < |edges| && D[edges[e][0]] != -1
    ensures D[edges[e][1]] != -1 && D[edges[e][1]] <= D[edges[e][0]] + edges[e][2]
  {
    assert Relaxed(n, edges, D, e);
  }
}
// </vc:helpers>

// 0-1 BFS from s (every weight 0 or 1): a deque of (vertex, distance) entries, 0-edges pushed
// at the front and 1-edges at the back; distances, a shortest-path tree and the order (rank) in
// which the vertices were settled (first popped).
method ZeroOneBfs(n: int, edges: seq<seq<int>>, s: int) returns (dist: seq<int>, pred: seq<int>, rank: seq<int>)
  requires pre_zero_one_bfs(n, edges, s)
  ensures post_zero_one_bfs(n, edges, s, dist, pred, rank)
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
  var dq := [s];
  var kq := [0];
  ghost var lo := 0;
  ghost var U := set v | 0 <= v < n;
  CardRange(n);
  InitInv(n, edges, s, dist, pred, done, rank);
  while |dq| > 0
    invariant InvMain(n, edges, s, dist, pred, done, rank, cnt)
    invariant DQ(n, dist, done, dq, kq, lo)
    invariant U == set v | 0 <= v < n && !done[v]
    invariant |U| + cnt == n
    decreases |U|, |dq|
  {
    dist, pred, done, rank, cnt, dq, kq, lo, U := PopStep(n, edges, s, out, dist, pred, done, rank, cnt, dq, kq, lo, U);
  }
  EmptyDeque(n, dist, done, dq, kq, lo);
  Conclude(n, edges, s, dist, pred, done, rank, cnt);
  // </vc:code>
}
