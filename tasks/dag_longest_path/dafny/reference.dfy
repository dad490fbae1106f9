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
predicate pre_dag_longest_path(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int)
{
  1 <= n <= 100 && |edges| <= 1000 && 0 <= s < n && valid_edges(n, edges) && |rank| == n &&
  (forall v :: 0 <= v < n ==> 0 <= rank[v] < n) &&
  (forall e :: 0 <= e < |edges| ==> -1000000 <= edges[e][2] <= 1000000 &&
     rank[edges[e][0]] < rank[edges[e][1]])
}

// reach[v]: v is reachable from s; dist[v] (for reached v) is the weight of a heaviest path
// from s to v; pred[v] (for reached v != s) is the index of the last edge of such a path.
// Certificate: dist[s] == 0; every edge out of a reached vertex enters a reached vertex and
// cannot make its label heavier (dual feasibility); every reached v != s has a tight predecessor
// edge from a reached vertex (realisability; pred edges go up in rank, so following them back
// arrives at s). dist and pred of unreached vertices, and pred[s], are free. The lemma
// post_dag_longest_path_means_longest_paths below proves what this says against is_wpath.
predicate post_dag_longest_path(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int,
                                reach: seq<bool>, dist: seq<int>, pred: seq<int>)
{
  pre_dag_longest_path(n, edges, rank, s) && |reach| == n && |dist| == n && |pred| == n &&
  reach[s] && dist[s] == 0 &&
  (forall e :: 0 <= e < |edges| && reach[edges[e][0]] ==>
     reach[edges[e][1]] && dist[edges[e][1]] >= dist[edges[e][0]] + edges[e][2]) &&
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

lemma PathsFromSourceAreNotHeavier(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, reach: seq<bool>,
                                   dist: seq<int>, pred: seq<int>, p: seq<int>, v: int)
  requires post_dag_longest_path(n, edges, rank, s, reach, dist, pred) && 0 <= v < n && is_wpath(n, edges, p, s, v)
  ensures reach[v] && path_weight(edges, p) <= dist[v]
  decreases |p|
{
  if |p| > 0 {
    var e := p[|p| - 1];
    TruncatePath(n, edges, p, s, v);
    PathsFromSourceAreNotHeavier(n, edges, rank, s, reach, dist, pred, p[..|p| - 1], edges[e][0]);
  }
}

lemma TreeGivesPath(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, reach: seq<bool>,
                    dist: seq<int>, pred: seq<int>, v: int)
  requires post_dag_longest_path(n, edges, rank, s, reach, dist, pred) && 0 <= v < n && reach[v]
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

// What the contract means: reach is exactly reachability from s and the labels are exactly the
// heaviest path weights.
lemma post_dag_longest_path_means_longest_paths(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int,
                                                reach: seq<bool>, dist: seq<int>, pred: seq<int>)
  requires post_dag_longest_path(n, edges, rank, s, reach, dist, pred)
  ensures forall v, p :: 0 <= v < n && is_wpath(n, edges, p, s, v) ==>
            reach[v] && path_weight(edges, p) <= dist[v]
  ensures forall v :: 0 <= v < n && reach[v] ==>
            exists p :: is_wpath(n, edges, p, s, v) && path_weight(edges, p) == dist[v]
{
  forall v, p | 0 <= v < n && is_wpath(n, edges, p, s, v)
    ensures reach[v] && path_weight(edges, p) <= dist[v]
  {
    PathsFromSourceAreNotHeavier(n, edges, rank, s, reach, dist, pred, p, v);
  }
  forall v | 0 <= v < n && reach[v]
    ensures exists p :: is_wpath(n, edges, p, s, v) && path_weight(edges, p) == dist[v]
  {
    TreeGivesPath(n, edges, rank, s, reach, dist, pred, v);
  }
}

// <vc:helpers>
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

function AllFalse(m: nat): seq<bool>
  ensures |AllFalse(m)| == m && forall i :: 0 <= i < m ==> !AllFalse(m)[i]
{
  if m == 0 then [] else AllFalse(m - 1) + [false]
}

// out[u] lists, in increasing order, the indices of the edges leaving u.
predicate OutLists(n: int, edges: seq<seq<int>>, out: seq<seq<int>>)
  requires valid_edges(n, edges)
{
  |out| == n &&
  (forall u, j :: 0 <= u < n && 0 <= j < |out[u]| ==> 0 <= out[u][j] < |edges| && edges[out[u][j]][0] == u) &&
  (forall u, i, j :: 0 <= u < n && 0 <= i < j < |out[u]| ==> out[u][i] < out[u][j]) &&
  (forall e :: 0 <= e < |edges| ==> e in out[edges[e][0]])
}

method BuildOut(n: int, edges: seq<seq<int>>) returns (out: seq<seq<int>>)
  requires 1 <= n && valid_edges(n, edges)
  ensures OutLists(n, edges, out)
{
  out := [];
  while |out| < n
    invariant |out| <= n && forall u :: 0 <= u < |out| ==> out[u] == []
  {
    out := out + [[]];
  }
  var e := 0;
  while e < |edges|
    invariant 0 <= e <= |edges| && |out| == n
    invariant forall u, j :: 0 <= u < n && 0 <= j < |out[u]| ==> 0 <= out[u][j] < e && edges[out[u][j]][0] == u
    invariant forall u, i, j :: 0 <= u < n && 0 <= i < j < |out[u]| ==> out[u][i] < out[u][j]
    invariant forall f :: 0 <= f < e ==> f in out[edges[f][0]]
  {
    var u := edges[e][0];
    out := out[u := out[u] + [e]];
    e := e + 1;
  }
}

// Pending(edges, P, v, m): how many of the first m edges enter v and are not processed (P) yet.
function Pending(edges: seq<seq<int>>, P: seq<bool>, v: int, m: int): nat
  requires 0 <= m <= |edges| && |P| == |edges|
  decreases m
{
  if m == 0 then 0
  else Pending(edges, P, v, m - 1) + (if !P[m - 1] && |edges[m - 1]| == 3 && edges[m - 1][1] == v then 1 else 0)
}

lemma PendingMark(edges: seq<seq<int>>, P: seq<bool>, f: int, v: int, m: int)
  requires 0 <= m <= |edges| && |P| == |edges| && 0 <= f < |edges| && !P[f]
  ensures Pending(edges, P[f := true], v, m) + (if f < m && |edges[f]| == 3 && edges[f][1] == v then 1 else 0)
          == Pending(edges, P, v, m)
  decreases m
{
  if m > 0 { PendingMark(edges, P, f, v, m - 1); }
}

lemma PendingZero(edges: seq<seq<int>>, P: seq<bool>, v: int, m: int, f: int)
  requires 0 <= m <= |edges| && |P| == |edges| && Pending(edges, P, v, m) == 0
  requires 0 <= f < m && |edges[f]| == 3 && edges[f][1] == v
  ensures P[f]
  decreases m
{
  if f < m - 1 { PendingZero(edges, P, v, m - 1, f); }
}

lemma PendingWitness(edges: seq<seq<int>>, P: seq<bool>, v: int, m: int) returns (f: int)
  requires 0 <= m <= |edges| && |P| == |edges| && Pending(edges, P, v, m) > 0
  ensures 0 <= f < m && !P[f] && |edges[f]| == 3 && edges[f][1] == v
  decreases m
{
  if Pending(edges, P, v, m - 1) > 0 {
    f := PendingWitness(edges, P, v, m - 1);
  } else {
    f := m - 1;
  }
}

// The number of entries equal to false (the measure of the main loop).
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
  var c := b[v := true];
  if v < |b| - 1 {
    assert c[..|c| - 1] == b[..|b| - 1][v := true];
    CountFalseUpdate(b[..|b| - 1], v);
  } else {
    assert c[..|c| - 1] == b[..|b| - 1];
  }
}

// Edge e cannot make the label of its head heavier.
predicate Relaxed(n: int, edges: seq<seq<int>>, R: seq<bool>, D: seq<int>, e: int)
  requires valid_edges(n, edges) && |R| == n && |D| == n && 0 <= e < |edges|
{
  R[edges[e][0]] ==> R[edges[e][1]] && D[edges[e][1]] >= D[edges[e][0]] + edges[e][2]
}

// The labels: s reached at 0; reached vertices have rank at least rank[s]; every reached v != s
// has a tight predecessor edge from a reached vertex that has left the queue (done).
predicate Labels(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, Pr: seq<int>,
                 done: seq<bool>)
  requires pre_dag_longest_path(n, edges, rank, s)
{
  |R| == n && |D| == n && |Pr| == n && |done| == n && R[s] && D[s] == 0 &&
  (forall v :: 0 <= v < n && R[v] ==> rank[s] <= rank[v]) &&
  (forall v :: 0 <= v < n && v != s && R[v] ==>
     0 <= Pr[v] < |edges| && edges[Pr[v]][1] == v && R[edges[Pr[v]][0]] &&
     D[edges[Pr[v]][0]] + edges[Pr[v]][2] == D[v] && done[edges[Pr[v]][0]])
}

// Processed edges (P) are relaxed and leave a done vertex; every edge into a done vertex is
// processed.
predicate Processed(n: int, edges: seq<seq<int>>, R: seq<bool>, D: seq<int>, done: seq<bool>, P: seq<bool>)
  requires valid_edges(n, edges) && |R| == n && |D| == n && |done| == n
{
  |P| == |edges| &&
  (forall e :: 0 <= e < |edges| && P[e] ==> Relaxed(n, edges, R, D, e) && done[edges[e][0]]) &&
  (forall e :: 0 <= e < |edges| && done[edges[e][1]] ==> P[e])
}

// Kahn's queue: queue[..head] are the done vertices, queue[head..] wait with in-degree 0, each
// vertex at most once; indeg[v] counts the unprocessed edges into v; every vertex that is not done
// and has in-degree 0 has been enqueued.
predicate Queue(n: int, edges: seq<seq<int>>, done: seq<bool>, indeg: seq<int>, queue: seq<int>, head: int,
                P: seq<bool>)
  requires valid_edges(n, edges) && |done| == n && |P| == |edges|
{
  |indeg| == n && 0 <= head <= |queue| &&
  (forall j :: 0 <= j < |queue| ==> 0 <= queue[j] < n) &&
  (forall j, k :: 0 <= j < k < |queue| ==> queue[j] != queue[k]) &&
  (forall v :: 0 <= v < n ==> (done[v] <==> v in queue[..head])) &&
  (forall j :: head <= j < |queue| ==> indeg[queue[j]] == 0) &&
  (forall v :: 0 <= v < n && !done[v] && indeg[v] == 0 ==> v in queue) &&
  (forall v :: 0 <= v < n ==> indeg[v] == Pending(edges, P, v, |edges|))
}

predicate State(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, Pr: seq<int>,
                done: seq<bool>, indeg: seq<int>, queue: seq<int>, head: int, P: seq<bool>)
  requires pre_dag_longest_path(n, edges, rank, s)
{
  Labels(n, edges, rank, s, R, D, Pr, done) && Processed(n, edges, R, D, done, P) &&
  Queue(n, edges, done, indeg, queue, head, P)
}

// Between removals the processed edges are exactly those out of done vertices.
predicate Synced(n: int, edges: seq<seq<int>>, done: seq<bool>, P: seq<bool>)
  requires valid_edges(n, edges) && |done| == n && |P| == |edges|
{
  forall e :: 0 <= e < |edges| ==> (P[e] <==> done[edges[e][0]])
}

// While out[u] is scanned: the processed edges are those out of done vertices other than u, and
// the first k edges of out[u].
predicate Scanning(n: int, edges: seq<seq<int>>, out: seq<seq<int>>, done: seq<bool>, P: seq<bool>, u: int, k: int)
  requires valid_edges(n, edges) && |out| == n && |done| == n && |P| == |edges|
{
  0 <= u < n && 0 <= k <= |out[u]| && done[u] &&
  forall e :: 0 <= e < |edges| ==> (P[e] <==> done[edges[e][0]] && (edges[e][0] != u || e in out[u][..k]))
}

// Removing u == queue[head] (in-degree 0): every edge into u is processed already.
lemma StartScan(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, out: seq<seq<int>>, R: seq<bool>, D: seq<int>,
                Pr: seq<int>, done: seq<bool>, indeg: seq<int>, queue: seq<int>, head: int, P: seq<bool>, u: int)
  requires pre_dag_longest_path(n, edges, rank, s) && OutLists(n, edges, out)
  requires State(n, edges, rank, s, R, D, Pr, done, indeg, queue, head, P) && Synced(n, edges, done, P)
  requires head < |queue| && u == queue[head]
  ensures 0 <= u < n && !done[u]
  ensures State(n, edges, rank, s, R, D, Pr, done[u := true], indeg, queue, head + 1, P)
  ensures Scanning(n, edges, out, done[u := true], P, u, 0)
{
  var d2 := done[u := true];
  assert !done[u] by {
    if done[u] {
      var j :| 0 <= j < head && queue[j] == u;
    }
  }
  assert indeg[u] == 0;
  forall e | 0 <= e < |edges| && d2[edges[e][1]]
    ensures P[e]
  {
    if edges[e][1] == u {
      PendingZero(edges, P, u, |edges|, e);
    }
  }
  forall v | 0 <= v < n ensures (d2[v] <==> v in queue[..head + 1])
  {
    assert queue[..head + 1] == queue[..head] + [u];
  }
  assert Labels(n, edges, rank, s, R, D, Pr, d2);
  assert Processed(n, edges, R, D, d2, P);
  assert Queue(n, edges, d2, indeg, queue, head + 1, P);
}

lemma EndScan(n: int, edges: seq<seq<int>>, out: seq<seq<int>>, done: seq<bool>, P: seq<bool>, u: int)
  requires valid_edges(n, edges) && OutLists(n, edges, out) && |done| == n && |P| == |edges|
  requires 0 <= u < n && Scanning(n, edges, out, done, P, u, |out[u]|)
  ensures Synced(n, edges, done, P)
{
  assert out[u][..|out[u]|] == out[u];
}

// The facts about edge f == out[u][k] being scanned: it is not processed yet, so its head v is
// not done (in particular v != u) and indeg[v] >= 1; v has a larger rank than u.
lemma StepFacts(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, out: seq<seq<int>>, R: seq<bool>, D: seq<int>,
                Pr: seq<int>, done: seq<bool>, indeg: seq<int>, queue: seq<int>, head: int, P: seq<bool>,
                u: int, k: int, f: int, v: int)
  requires pre_dag_longest_path(n, edges, rank, s) && OutLists(n, edges, out)
  requires State(n, edges, rank, s, R, D, Pr, done, indeg, queue, head, P) && Scanning(n, edges, out, done, P, u, k)
  requires k < |out[u]| && f == out[u][k] && v == edges[f][1]
  ensures 0 <= f < |edges| && edges[f][0] == u && 0 <= v < n
  ensures !P[f] && !done[v] && v != u && rank[u] < rank[v]
  ensures indeg[v] >= 1 && Pending(edges, P[f := true], v, |edges|) == indeg[v] - 1
  ensures forall x :: 0 <= x < n && x != v ==> Pending(edges, P[f := true], x, |edges|) == indeg[x]
{
  assert edges[f][0] == u;
  if P[f] {
    assert f in out[u][..k];
    var i :| 0 <= i < k && out[u][i] == f;
    assert out[u][i] < out[u][k];
  }
  PendingMark(edges, P, f, v, |edges|);
  forall x | 0 <= x < n && x != v
    ensures Pending(edges, P[f := true], x, |edges|) == indeg[x]
  {
    PendingMark(edges, P, f, x, |edges|);
  }
}

lemma StepLabels(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, Pr: seq<int>,
                 done: seq<bool>, u: int, f: int, v: int, nd: int)
  requires pre_dag_longest_path(n, edges, rank, s) && Labels(n, edges, rank, s, R, D, Pr, done)
  requires 0 <= f < |edges| && edges[f][0] == u && edges[f][1] == v && done[u] && !done[v] && R[u]
  requires nd == D[u] + edges[f][2]
  ensures v != s
  ensures Labels(n, edges, rank, s, R[v := true], D[v := nd], Pr[v := f], done)
{
  var R2, D2, Pr2 := R[v := true], D[v := nd], Pr[v := f];
  assert rank[u] < rank[v];
  forall x | 0 <= x < n && x != s && R2[x]
    ensures 0 <= Pr2[x] < |edges| && edges[Pr2[x]][1] == x && R2[edges[Pr2[x]][0]] &&
      D2[edges[Pr2[x]][0]] + edges[Pr2[x]][2] == D2[x] && done[edges[Pr2[x]][0]]
  {
    if x != v {
      assert edges[Pr[x]][0] != v;
    }
  }
}

lemma StepProcessed(n: int, edges: seq<seq<int>>, R: seq<bool>, D: seq<int>, done: seq<bool>, P: seq<bool>,
                    R2: seq<bool>, D2: seq<int>, u: int, f: int, v: int, nd: int, upd: bool)
  requires valid_edges(n, edges) && |R| == n && |D| == n && |done| == n
  requires Processed(n, edges, R, D, done, P)
  requires 0 <= f < |edges| && edges[f][0] == u && edges[f][1] == v && done[u] && !done[v]
  requires nd == D[u] + edges[f][2] && upd == (R[u] && (!R[v] || nd > D[v]))
  requires upd ==> R2 == R[v := true] && D2 == D[v := nd]
  requires !upd ==> R2 == R && D2 == D
  ensures Processed(n, edges, R2, D2, done, P[f := true])
{
  var P2 := P[f := true];
  forall e | 0 <= e < |edges| && P2[e]
    ensures Relaxed(n, edges, R2, D2, e) && done[edges[e][0]]
  {
    if e != f {
      assert Relaxed(n, edges, R, D, e);
      assert edges[e][0] != v;
    }
  }
}

lemma StepQueue(n: int, edges: seq<seq<int>>, done: seq<bool>, indeg: seq<int>, queue: seq<int>, head: int,
                P: seq<bool>, f: int, v: int, indeg2: seq<int>, queue2: seq<int>)
  requires valid_edges(n, edges) && |done| == n && |P| == |edges|
  requires Queue(n, edges, done, indeg, queue, head, P)
  requires 0 <= f < |edges| && !P[f] && 0 <= v < n && !done[v] && indeg[v] >= 1
  requires Pending(edges, P[f := true], v, |edges|) == indeg[v] - 1
  requires forall x :: 0 <= x < n && x != v ==> Pending(edges, P[f := true], x, |edges|) == indeg[x]
  requires indeg2 == indeg[v := indeg[v] - 1]
  requires indeg2[v] == 0 ==> queue2 == queue + [v]
  requires indeg2[v] != 0 ==> queue2 == queue
  ensures Queue(n, edges, done, indeg2, queue2, head, P[f := true])
{
  var P2 := P[f := true];
  assert v !in queue by {
    if v in queue {
      var j :| 0 <= j < |queue| && queue[j] == v;
      if j < head { assert v in queue[..head]; }
    }
  }
  forall j | head <= j < |queue2| ensures indeg2[queue2[j]] == 0
  {
    if j < |queue| { assert queue2[j] == queue[j] && queue[j] != v; }
  }
  if indeg2[v] == 0 {
    assert queue2[..head] == queue[..head];
    forall j, k | 0 <= j < k < |queue2| ensures queue2[j] != queue2[k]
    {
      if k < |queue| { assert queue2[j] == queue[j] && queue2[k] == queue[k]; }
      else { assert queue2[j] == queue[j] && queue[j] in queue; }
    }
    forall x | 0 <= x < n && !done[x] && indeg2[x] == 0 ensures x in queue2
    {
      if x != v { assert x in queue; }
      else { assert queue2[|queue|] == v; }
    }
  }
}

// Every vertex is done once the queue is exhausted: otherwise take an unprocessed edge into v
// from a vertex that is not done either, of smaller rank.
lemma AllDone(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, Pr: seq<int>,
              done: seq<bool>, indeg: seq<int>, queue: seq<int>, P: seq<bool>, v: int)
  requires pre_dag_longest_path(n, edges, rank, s)
  requires State(n, edges, rank, s, R, D, Pr, done, indeg, queue, |queue|, P) && Synced(n, edges, done, P)
  requires 0 <= v < n
  ensures done[v]
  decreases rank[v]
{
  if !done[v] {
    assert queue[..|queue|] == queue;
    assert indeg[v] != 0;
    var f := PendingWitness(edges, P, v, |edges|);
    AllDone(n, edges, rank, s, R, D, Pr, done, indeg, queue, P, edges[f][0]);
  }
}

lemma Finish(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, Pr: seq<int>,
             done: seq<bool>, indeg: seq<int>, queue: seq<int>, P: seq<bool>)
  requires pre_dag_longest_path(n, edges, rank, s)
  requires State(n, edges, rank, s, R, D, Pr, done, indeg, queue, |queue|, P) && Synced(n, edges, done, P)
  ensures post_dag_longest_path(n, edges, rank, s, R, D, Pr)
{
  forall e | 0 <= e < |edges| && R[edges[e][0]]
    ensures R[edges[e][1]] && D[edges[e][1]] >= D[edges[e][0]] + edges[e][2]
  {
    AllDone(n, edges, rank, s, R, D, Pr, done, indeg, queue, P, edges[e][0]);
    assert Relaxed(n, edges, R, D, e);
  }
}

method InitInDeg(n: int, edges: seq<seq<int>>, ghost P: seq<bool>) returns (indeg: seq<int>)
  requires 1 <= n && valid_edges(n, edges) && P == AllFalse(|edges|)
  ensures |indeg| == n && forall v :: 0 <= v < n ==> indeg[v] == Pending(edges, P, v, |edges|)
{
  indeg := FillInt(n, 0);
  var e := 0;
  while e < |edges|
    invariant 0 <= e <= |edges| && |indeg| == n
    invariant forall v :: 0 <= v < n ==> indeg[v] == Pending(edges, P, v, e)
  {
    var v := edges[e][1];
    indeg := indeg[v := indeg[v] + 1];
    e := e + 1;
  }
}

// The vertices of in-degree 0, in increasing order.
method InitQueue(n: int, indeg: seq<int>) returns (queue: seq<int>)
  requires 1 <= n && |indeg| == n
  ensures forall j :: 0 <= j < |queue| ==> 0 <= queue[j] < n && indeg[queue[j]] == 0
  ensures forall j, k :: 0 <= j < k < |queue| ==> queue[j] < queue[k]
  ensures forall v :: 0 <= v < n && indeg[v] == 0 ==> v in queue
{
  queue := [];
  var v := 0;
  while v < n
    invariant 0 <= v <= n
    invariant forall j :: 0 <= j < |queue| ==> 0 <= queue[j] < v && indeg[queue[j]] == 0
    invariant forall j, k :: 0 <= j < k < |queue| ==> queue[j] < queue[k]
    invariant forall z :: 0 <= z < v && indeg[z] == 0 ==> z in queue
  {
    if indeg[v] == 0 {
      queue := queue + [v];
    }
    v := v + 1;
  }
}

// Relax the edges out of u (just removed), lowering the in-degrees of their heads and enqueueing
// those that reach 0.
method ScanOut(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, out: seq<seq<int>>, R: seq<bool>, D: seq<int>,
               Pr: seq<int>, done: seq<bool>, I: seq<int>, Q: seq<int>, head: int, ghost P0: seq<bool>, u: int)
  returns (reach: seq<bool>, dist: seq<int>, pred: seq<int>, indeg: seq<int>, queue: seq<int>, ghost P: seq<bool>)
  requires pre_dag_longest_path(n, edges, rank, s) && OutLists(n, edges, out)
  requires State(n, edges, rank, s, R, D, Pr, done, I, Q, head, P0) && Scanning(n, edges, out, done, P0, u, 0)
  ensures State(n, edges, rank, s, reach, dist, pred, done, indeg, queue, head, P)
  ensures Scanning(n, edges, out, done, P, u, |out[u]|)
{
  reach, dist, pred, indeg, queue, P := R, D, Pr, I, Q, P0;
  var k := 0;
  while k < |out[u]|
    invariant State(n, edges, rank, s, reach, dist, pred, done, indeg, queue, head, P)
    invariant Scanning(n, edges, out, done, P, u, k)
    decreases |out[u]| - k
  {
    var f := out[u][k];
    var v := edges[f][1];
    StepFacts(n, edges, rank, s, out, reach, dist, pred, done, indeg, queue, head, P, u, k, f, v);
    var nd := dist[u] + edges[f][2];
    var upd := reach[u] && (!reach[v] || nd > dist[v]);
    ghost var R0, D0 := reach, dist;
    if upd {
      StepLabels(n, edges, rank, s, reach, dist, pred, done, u, f, v, nd);
      reach, dist, pred := reach[v := true], dist[v := nd], pred[v := f];
    }
    StepProcessed(n, edges, R0, D0, done, P, reach, dist, u, f, v, nd, upd);
    ghost var I0, Q0 := indeg, queue;
    indeg := indeg[v := indeg[v] - 1];
    if indeg[v] == 0 {
      queue := queue + [v];
    }
    StepQueue(n, edges, done, I0, Q0, head, P, f, v, indeg, queue);
    P := P[f := true];
    k := k + 1;
  }
}

lemma Init(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int, R: seq<bool>, D: seq<int>, Pr: seq<int>,
           done: seq<bool>, indeg: seq<int>, queue: seq<int>, P: seq<bool>)
  requires pre_dag_longest_path(n, edges, rank, s)
  requires |R| == n && |D| == n && |Pr| == n && |done| == n && P == AllFalse(|edges|)
  requires forall v :: 0 <= v < n ==> R[v] == (v == s) && D[v] == 0 && !done[v]
  requires |indeg| == n && forall v :: 0 <= v < n ==> indeg[v] == Pending(edges, P, v, |edges|)
  requires forall j :: 0 <= j < |queue| ==> 0 <= queue[j] < n && indeg[queue[j]] == 0
  requires forall j, k :: 0 <= j < k < |queue| ==> queue[j] < queue[k]
  requires forall v :: 0 <= v < n && indeg[v] == 0 ==> v in queue
  ensures State(n, edges, rank, s, R, D, Pr, done, indeg, queue, 0, P) && Synced(n, edges, done, P)
{
  assert Labels(n, edges, rank, s, R, D, Pr, done);
  assert Processed(n, edges, R, D, done, P);
  assert Queue(n, edges, done, indeg, queue, 0, P);
}
// </vc:helpers>

// Longest (heaviest) paths from s in a DAG, the critical-path method: Kahn's topological order,
// relaxing the edges out of each vertex as it leaves the queue.
method DagLongestPath(n: int, edges: seq<seq<int>>, rank: seq<int>, s: int)
  returns (reach: seq<bool>, dist: seq<int>, pred: seq<int>)
  requires pre_dag_longest_path(n, edges, rank, s)
  ensures post_dag_longest_path(n, edges, rank, s, reach, dist, pred)
{
  // <vc:code>
  var out := BuildOut(n, edges);
  ghost var P := AllFalse(|edges|);
  var indeg := InitInDeg(n, edges, P);
  var queue := InitQueue(n, indeg);
  reach := FillBool(n, false);
  reach := reach[s := true];
  dist := FillInt(n, 0);
  pred := FillInt(n, -1);
  var done := FillBool(n, false);
  Init(n, edges, rank, s, reach, dist, pred, done, indeg, queue, P);
  var head := 0;
  while head < |queue|
    invariant State(n, edges, rank, s, reach, dist, pred, done, indeg, queue, head, P)
    invariant Synced(n, edges, done, P)
    decreases CountFalse(done)
  {
    var u := queue[head];
    StartScan(n, edges, rank, s, out, reach, dist, pred, done, indeg, queue, head, P, u);
    CountFalseUpdate(done, u);
    done := done[u := true];
    head := head + 1;
    reach, dist, pred, indeg, queue, P := ScanOut(n, edges, rank, s, out, reach, dist, pred, done, indeg, queue, head, P, u);
    EndScan(n, edges, out, done, P, u);
  }
  Finish(n, edges, rank, s, reach, dist, pred, done, indeg, queue, P);
  // </vc:code>
}
