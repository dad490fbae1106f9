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

// The graph is acyclic, witnessed by the topological rank given with it: every edge goes from a
// smaller to a larger rank (ranks lie in 0..n-1 and need not be distinct).
predicate pre_dag_shortest_path(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int)
{
  1 <= n <= 100 && |edges| <= 1000 && 0 <= s < n && valid_edges(n, edges) && |rank| == n &&
  (forall v :: 0 <= v < n ==> 0 <= rank[v] < n) &&
  (forall e :: 0 <= e < |edges| ==> -1000000 <= edges[e][2] <= 1000000 &&
     rank[edges[e][0]] < rank[edges[e][1]])
}

// reach[v]: v is reachable from s; dist[v] (for reached v) is the weight of a lightest path
// from s to v; pred[v] (for reached v != s) is the index of the last edge of such a path.
// Certificate: dist[s] == 0; every edge out of a reached vertex enters a reached vertex and
// cannot improve its distance (dual feasibility); every reached v != s has a tight predecessor
// edge from a reached vertex (realisability; pred edges go up in rank, so following them back
// arrives at s). dist and pred of unreached vertices, and pred[s], are free. The lemma
// post_dag_shortest_path_means_shortest_paths below proves what this says against is_wpath.
predicate post_dag_shortest_path(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int,
                                 reach: seq<bool>, dist: seq<int>, pred: seq<int>)
{
  pre_dag_shortest_path(n, edges, rank, s) && |reach| == n && |dist| == n && |pred| == n &&
  reach[s] && dist[s] == 0 &&
  (forall e :: 0 <= e < |edges| && reach[edges[e][0]] ==>
     reach[edges[e][1]] && dist[edges[e][1]] <= dist[edges[e][0]] + edges[e][2]) &&
  (forall v :: 0 <= v < n && v != s && reach[v] ==>
     0 <= pred[v] < |edges| && edges[pred[v]][1] == v && reach[edges[pred[v]][0]] &&
     dist[edges[pred[v]][0]] + edges[pred[v]][2] == dist[v])
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

lemma PathsFromSourceAreNotLighter(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, reach: seq<bool>,
                                   dist: seq<int>, pred: seq<int>, p: seq<int>, v: int)
  requires post_dag_shortest_path(n, edges, rank, s, reach, dist, pred) && 0 <= v < n && is_wpath(n, edges, p, s, v)
  ensures reach[v] && path_weight(edges, p) >= dist[v]
  decreases |p|
{
  if |p| > 0 {
    var e := p[|p| - 1];
    TruncatePath(n, edges, p, s, v);
    PathsFromSourceAreNotLighter(n, edges, rank, s, reach, dist, pred, p[..|p| - 1], edges[e][0]);
  }
}

lemma TreeGivesPath(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, reach: seq<bool>,
                    dist: seq<int>, pred: seq<int>, v: int)
  requires post_dag_shortest_path(n, edges, rank, s, reach, dist, pred) && 0 <= v < n && reach[v]
  ensures exists p :: is_wpath(n, edges, p, s, v) && path_weight(edges, p) == dist[v]
  decreases rank[v]
{
  if v == s {
    assert is_wpath(n, edges, [], s, v) && path_weight(edges, []) == dist[v];
  } else {
    var e := pred[v];
    var u := edges[e][0];
    TreeGivesPath(n, edges, rank, s, reach, dist, pred, u);
    var q :| is_wpath(n, edges, q, s, u) && path_weight(edges, q) == dist[u];
    ExtendPath(n, edges, q, s, u, e);
    assert is_wpath(n, edges, q + [e], s, v);
  }
}

// What the contract means: reach is exactly reachability from s and the distances are exactly
// the lightest path weights.
lemma post_dag_shortest_path_means_shortest_paths(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int,
                                                  reach: seq<bool>, dist: seq<int>, pred: seq<int>)
  requires post_dag_shortest_path(n, edges, rank, s, reach, dist, pred)
  ensures forall v, p :: 0 <= v < n && is_wpath(n, edges, p, s, v) ==>
            reach[v] && path_weight(edges, p) >= dist[v]
  ensures forall v :: 0 <= v < n && reach[v] ==>
            exists p :: is_wpath(n, edges, p, s, v) && path_weight(edges, p) == dist[v]
{
  forall v, p | 0 <= v < n && is_wpath(n, edges, p, s, v)
    ensures reach[v] && path_weight(edges, p) >= dist[v]
  {
    PathsFromSourceAreNotLighter(n, edges, rank, s, reach, dist, pred, p, v);
  }
  forall v | 0 <= v < n && reach[v]
    ensures exists p :: is_wpath(n, edges, p, s, v) && path_weight(edges, p) == dist[v]
  {
    TreeGivesPath(n, edges, rank, s, reach, dist, pred, v);
  }
}

// <vc:helpers>
// byRank[r] lists the indices of the edges whose source has rank r.
method EdgesByRank(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int) returns (b: array<seq<int>>)
  requires pre_dag_shortest_path(n, edges, rank, s)
  ensures fresh(b) && b.Length == n
  ensures forall r, j :: 0 <= r < n && 0 <= j < |b[r]| ==> 0 <= b[r][j] < |edges| && rank[edges[b[r][j]][0]] == r
  ensures forall e :: 0 <= e < |edges| ==> e in b[rank[edges[e][0]]]
{
  b := new seq<int>[n](_ => []);
  var e := 0;
  while e < |edges|
    invariant 0 <= e <= |edges|
    invariant forall r, j :: 0 <= r < n && 0 <= j < |b[r]| ==> 0 <= b[r][j] < |edges| && rank[edges[b[r][j]][0]] == r
    invariant forall f :: 0 <= f < e ==> f in b[rank[edges[f][0]]]
  {
    var r := rank[edges[e][0]];
    b[r] := b[r] + [e];
    e := e + 1;
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

// Edge e cannot improve the label of its head.
predicate Relaxed(n: int, edges: seq<seq<int>>, R: seq<bool>, D: seq<int>, e: int)
  requires valid_edges(n, edges) && |R| == n && |D| == n && 0 <= e < |edges|
{
  R[edges[e][0]] ==> R[edges[e][1]] && D[edges[e][1]] <= D[edges[e][0]] + edges[e][2]
}

// What holds throughout: every reached vertex other than s has a tight predecessor edge from a
// reached vertex of rank below lim; reached vertices have rank at least rank[s].
predicate Base(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, P: seq<int>, lim: int)
  requires pre_dag_shortest_path(n, edges, rank, s)
{
  |R| == n && |D| == n && |P| == n && R[s] && D[s] == 0 &&
  (forall v :: 0 <= v < n && R[v] ==> rank[s] <= rank[v]) &&
  (forall v :: 0 <= v < n && v != s && R[v] ==>
     0 <= P[v] < |edges| && edges[P[v]][1] == v && R[edges[P[v]][0]] &&
     D[edges[P[v]][0]] + edges[P[v]][2] == D[v] && rank[edges[P[v]][0]] < lim)
}

// Between stages: the edges out of the vertices of rank below r are relaxed.
predicate InvStage(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, P: seq<int>, r: int)
  requires pre_dag_shortest_path(n, edges, rank, s)
{
  0 <= r <= n && Base(n, edges, rank, s, R, D, P, r) &&
  forall e :: 0 <= e < |edges| && rank[edges[e][0]] < r ==> Relaxed(n, edges, R, D, e)
}

// Inside stage r: the first j edges of the bucket B (edges out of rank r) are relaxed too.
predicate InvBucket(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, P: seq<int>,
                    r: int, B: seq<int>, j: int)
  requires pre_dag_shortest_path(n, edges, rank, s)
{
  0 <= r < n && 0 <= j <= |B| && Base(n, edges, rank, s, R, D, P, r + 1) &&
  (forall i :: 0 <= i < |B| ==> 0 <= B[i] < |edges| && rank[edges[B[i]][0]] == r) &&
  (forall e :: 0 <= e < |edges| && rank[edges[e][0]] < r ==> Relaxed(n, edges, R, D, e)) &&
  (forall i :: 0 <= i < j ==> Relaxed(n, edges, R, D, B[i]))
}

lemma StartStage(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, P: seq<int>,
                 r: int, B: seq<int>)
  requires pre_dag_shortest_path(n, edges, rank, s) && InvStage(n, edges, rank, s, R, D, P, r) && r < n
  requires forall i :: 0 <= i < |B| ==> 0 <= B[i] < |edges| && rank[edges[B[i]][0]] == r
  ensures InvBucket(n, edges, rank, s, R, D, P, r, B, 0)
{
}

lemma EndStage(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, P: seq<int>,
               r: int, B: seq<int>)
  requires pre_dag_shortest_path(n, edges, rank, s) && InvBucket(n, edges, rank, s, R, D, P, r, B, |B|)
  requires forall e :: 0 <= e < |edges| && rank[edges[e][0]] == r ==> e in B
  ensures InvStage(n, edges, rank, s, R, D, P, r + 1)
{
  forall e | 0 <= e < |edges| && rank[edges[e][0]] < r + 1
    ensures Relaxed(n, edges, R, D, e)
  {
    if rank[edges[e][0]] == r {
      var i :| 0 <= i < |B| && B[i] == e;
    }
  }
}

// Relaxing an edge out of rank r changes only a vertex of larger rank, other than s.
lemma UpdateBase(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, P: seq<int>,
                 r: int, e: int, u: int, v: int, nd: int)
  requires pre_dag_shortest_path(n, edges, rank, s) && Base(n, edges, rank, s, R, D, P, r + 1)
  requires 0 <= e < |edges| && u == edges[e][0] && v == edges[e][1] && rank[u] == r && R[u]
  requires nd == D[u] + edges[e][2]
  ensures v != s && rank[v] > r
  ensures Base(n, edges, rank, s, R[v := true], D[v := nd], P[v := e], r + 1)
{
  var R2, D2, P2 := R[v := true], D[v := nd], P[v := e];
  assert rank[u] < rank[v];
  forall x | 0 <= x < n && x != s && R2[x]
    ensures 0 <= P2[x] < |edges| && edges[P2[x]][1] == x && R2[edges[P2[x]][0]] &&
      D2[edges[P2[x]][0]] + edges[P2[x]][2] == D2[x] && rank[edges[P2[x]][0]] < r + 1
  {
    if x != v {
      assert edges[P[x]][0] != v;
    }
  }
}

lemma RelaxStep(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, P: seq<int>,
                R2: seq<bool>, D2: seq<int>, P2: seq<int>, r: int, B: seq<int>, j: int,
                e: int, u: int, v: int, nd: int, upd: bool)
  requires pre_dag_shortest_path(n, edges, rank, s) && InvBucket(n, edges, rank, s, R, D, P, r, B, j) && j < |B|
  requires e == B[j] && u == edges[e][0] && v == edges[e][1] && nd == D[u] + edges[e][2]
  requires upd == (R[u] && (!R[v] || nd < D[v]))
  requires upd ==> R2 == R[v := true] && D2 == D[v := nd] && P2 == P[v := e]
  requires !upd ==> R2 == R && D2 == D && P2 == P
  ensures InvBucket(n, edges, rank, s, R2, D2, P2, r, B, j + 1)
{
  if upd {
    UpdateBase(n, edges, rank, s, R, D, P, r, e, u, v, nd);
    forall f | 0 <= f < |edges| && rank[edges[f][0]] < r
      ensures Relaxed(n, edges, R2, D2, f)
    {
      assert Relaxed(n, edges, R, D, f);
      assert edges[f][0] != v;
    }
    forall i | 0 <= i < j + 1
      ensures Relaxed(n, edges, R2, D2, B[i])
    {
      if i < j {
        assert Relaxed(n, edges, R, D, B[i]);
        assert edges[B[i]][0] != v;
      }
    }
  }
}

method RelaxBucket(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, P: seq<int>,
                   r: int, B: seq<int>) returns (R2: seq<bool>, D2: seq<int>, P2: seq<int>)
  requires pre_dag_shortest_path(n, edges, rank, s) && InvBucket(n, edges, rank, s, R, D, P, r, B, 0)
  ensures InvBucket(n, edges, rank, s, R2, D2, P2, r, B, |B|)
{
  R2, D2, P2 := R, D, P;
  var j := 0;
  while j < |B|
    invariant InvBucket(n, edges, rank, s, R2, D2, P2, r, B, j)
  {
    var e := B[j];
    var u := edges[e][0];
    var v := edges[e][1];
    var nd := D2[u] + edges[e][2];
    var upd := R2[u] && (!R2[v] || nd < D2[v]);
    ghost var R0, D0, P0 := R2, D2, P2;
    if upd {
      R2, D2, P2 := R2[v := true], D2[v := nd], P2[v := e];
    }
    RelaxStep(n, edges, rank, s, R0, D0, P0, R2, D2, P2, r, B, j, e, u, v, nd, upd);
    j := j + 1;
  }
}

lemma Init(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, P: seq<int>)
  requires pre_dag_shortest_path(n, edges, rank, s) && |R| == n && |D| == n && |P| == n
  requires forall v :: 0 <= v < n ==> R[v] == (v == s) && D[v] == 0
  ensures InvStage(n, edges, rank, s, R, D, P, 0)
{
}

lemma Conclude(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, P: seq<int>)
  requires pre_dag_shortest_path(n, edges, rank, s) && InvStage(n, edges, rank, s, R, D, P, n)
  ensures post_dag_shortest_path(n, edges, rank, s, R, D, P)
{
  forall e | 0 <= e < |edges| && R[edges[e][0]]
    ensures R[edges[e][1]] && D[edges[e][1]] <= D[edges[e][0]] + edges[e][2]
  {
    assert Relaxed(n, edges, R, D, e);
  }
}
// </vc:helpers>

// Shortest paths from s in a DAG: relax the edges in topological order.
method DagShortestPath(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int)
  returns (reach: seq<bool>, dist: seq<int>, pred: seq<int>)
  requires pre_dag_shortest_path(n, edges, rank, s)
  ensures post_dag_shortest_path(n, edges, rank, s, reach, dist, pred)
{
  // <vc:code>
  var ba := EdgesByRank(n, edges, rank, s);
  var b := ba[..];
  reach := FillBool(n, false);
  reach := reach[s := true];
  dist := FillInt(n, 0);
  pred := FillInt(n, -1);
  Init(n, edges, rank, s, reach, dist, pred);
  var r := 0;
  while r < n
    invariant InvStage(n, edges, rank, s, reach, dist, pred, r)
    invariant |b| == n
    invariant forall q, j :: 0 <= q < n && 0 <= j < |b[q]| ==> 0 <= b[q][j] < |edges| && rank[edges[b[q][j]][0]] == q
    invariant forall e :: 0 <= e < |edges| ==> e in b[rank[edges[e][0]]]
    decreases n - r
  {
    var bucket := b[r];
    StartStage(n, edges, rank, s, reach, dist, pred, r, bucket);
    reach, dist, pred := RelaxBucket(n, edges, rank, s, reach, dist, pred, r, bucket);
    EndStage(n, edges, rank, s, reach, dist, pred, r, bucket);
    r := r + 1;
  }
  Conclude(n, edges, rank, s, reach, dist, pred);
  // </vc:code>
}
