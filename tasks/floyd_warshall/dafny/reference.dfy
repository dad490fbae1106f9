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

predicate pre_floyd_warshall(n: int, edges: seq<seq<int>>)
{
  1 <= n <= 100 && |edges| <= 1000 && valid_edges(n, edges) &&
  forall e :: 0 <= e < |edges| ==> 0 <= edges[e][2] <= 1000000
}

// dist[u][v] is the weight of a shortest path from u to v (-1: no path). For every source u the
// row u is certified as a single-source answer: dist[u][u] == 0; no edge out of a vertex reached
// from u can improve a distance (its head is reached and dist[u][y] <= dist[u][x] + w); and every
// reached v != u has a tight predecessor edge pred[u][v] = [x, v, w] (dist[u][x] + w ==
// dist[u][v]) from a vertex x of smaller rank[u][x] < rank[u][v] (rank[u][v] may be the number of
// edges of the path found; it makes the predecessor edges of row u a tree rooted at u). The lemma
// post_floyd_warshall_means_shortest_paths below proves that these conditions say exactly
// "dist[u][v] is the weight of some path from u to v, no path is lighter, and -1 means no path".
// pred and rank entries of unreached pairs (and of the diagonal) are free.
predicate post_floyd_warshall(n: int, edges: seq<seq<int>>, dist: seq<seq<int>>, pred: seq<seq<int>>, rank: seq<seq<int>>)
{
  pre_floyd_warshall(n, edges) && |dist| == n && |pred| == n && |rank| == n &&
  forall u :: 0 <= u < n ==>
    |dist[u]| == n && |pred[u]| == n && |rank[u]| == n && dist[u][u] == 0 &&
    (forall e :: 0 <= e < |edges| && dist[u][edges[e][0]] != -1 ==>
       dist[u][edges[e][1]] != -1 && dist[u][edges[e][1]] <= dist[u][edges[e][0]] + edges[e][2]) &&
    (forall v :: 0 <= v < n ==> dist[u][v] >= -1 && (dist[u][v] != -1 ==> rank[u][v] >= 0) &&
       (v != u && dist[u][v] != -1 ==>
          0 <= pred[u][v] < |edges| && edges[pred[u][v]][1] == v && dist[u][edges[pred[u][v]][0]] != -1 &&
          dist[u][edges[pred[u][v]][0]] + edges[pred[u][v]][2] == dist[u][v] &&
          rank[u][edges[pred[u][v]][0]] < rank[u][v]))
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

lemma PathsAreNotLighter(n: int, edges: seq<seq<int>>, dist: seq<seq<int>>, pred: seq<seq<int>>, rank: seq<seq<int>>,
                         u: int, p: seq<int>, v: int)
  requires post_floyd_warshall(n, edges, dist, pred, rank) && 0 <= u < n && 0 <= v < n && is_wpath(n, edges, p, u, v)
  ensures dist[u][v] != -1 && path_weight(edges, p) >= dist[u][v]
  decreases |p|
{
  if |p| > 0 {
    var e := p[|p| - 1];
    TruncatePath(n, edges, p, u, v);
    PathsAreNotLighter(n, edges, dist, pred, rank, u, p[..|p| - 1], edges[e][0]);
  }
}

lemma TreeGivesPath(n: int, edges: seq<seq<int>>, dist: seq<seq<int>>, pred: seq<seq<int>>, rank: seq<seq<int>>,
                    u: int, v: int)
  requires post_floyd_warshall(n, edges, dist, pred, rank) && 0 <= u < n && 0 <= v < n && dist[u][v] != -1
  ensures exists p :: is_wpath(n, edges, p, u, v) && path_weight(edges, p) == dist[u][v]
  decreases rank[u][v]
{
  if v == u {
    assert is_wpath(n, edges, [], u, v) && path_weight(edges, []) == dist[u][v];
  } else {
    var e := pred[u][v];
    var x := edges[e][0];
    TreeGivesPath(n, edges, dist, pred, rank, u, x);
    var q :| is_wpath(n, edges, q, u, x) && path_weight(edges, q) == dist[u][x];
    ExtendPath(n, edges, q, u, x, e);
    assert is_wpath(n, edges, q + [e], u, v);
  }
}

// What the contract means: dist holds exactly the shortest-path weights between all pairs.
lemma post_floyd_warshall_means_shortest_paths(n: int, edges: seq<seq<int>>, dist: seq<seq<int>>, pred: seq<seq<int>>, rank: seq<seq<int>>)
  requires post_floyd_warshall(n, edges, dist, pred, rank)
  ensures forall u, v, p :: 0 <= u < n && 0 <= v < n && is_wpath(n, edges, p, u, v) ==>
            dist[u][v] != -1 && path_weight(edges, p) >= dist[u][v]
  ensures forall u, v :: 0 <= u < n && 0 <= v < n && dist[u][v] != -1 ==>
            exists p :: is_wpath(n, edges, p, u, v) && path_weight(edges, p) == dist[u][v]
{
  forall u, v, p | 0 <= u < n && 0 <= v < n && is_wpath(n, edges, p, u, v)
    ensures dist[u][v] != -1 && path_weight(edges, p) >= dist[u][v]
  {
    PathsAreNotLighter(n, edges, dist, pred, rank, u, p, v);
  }
  forall u, v | 0 <= u < n && 0 <= v < n && dist[u][v] != -1
    ensures exists p :: is_wpath(n, edges, p, u, v) && path_weight(edges, p) == dist[u][v]
  {
    TreeGivesPath(n, edges, dist, pred, rank, u, v);
  }
}

// <vc:helpers>
// Lexicographic order on (weight, number of edges): the algorithm minimises both, in this order.
predicate Lt(d1: int, h1: int, d2: int, h2: int) { d1 < d2 || (d1 == d2 && h1 < h2) }
predicate Le(d1: int, h1: int, d2: int, h2: int) { d1 < d2 || (d1 == d2 && h1 <= h2) }

predicate Shape(n: int, M: seq<seq<int>>)
{
  |M| == n && forall i :: 0 <= i < n ==> |M[i]| == n
}

predicate Mats(n: int, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>)
{
  Shape(n, D) && Shape(n, H) && Shape(n, P)
}

// Going through k improves the pair (i, j).
predicate Improves(n: int, D: seq<seq<int>>, H: seq<seq<int>>, i: int, k: int, j: int)
  requires Shape(n, D) && Shape(n, H) && 0 <= i < n && 0 <= k < n && 0 <= j < n
{
  D[i][k] != -1 && D[k][j] != -1 &&
  (D[i][j] == -1 || Lt(D[i][k] + D[k][j], H[i][k] + H[k][j], D[i][j], H[i][j]))
}

// (d, h, p) is the entry (i, j) after the relaxation through k.
predicate StepVal(n: int, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>, i: int, k: int, j: int, d: int, h: int, p: int)
  requires Mats(n, D, H, P) && 0 <= i < n && 0 <= k < n && 0 <= j < n
{
  if Improves(n, D, H, i, k, j) then d == D[i][k] + D[k][j] && h == H[i][k] + H[k][j] && p == P[k][j]
  else d == D[i][j] && h == H[i][j] && p == P[i][j]
}

predicate Step(n: int, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>,
               ND: seq<seq<int>>, NH: seq<seq<int>>, NP: seq<seq<int>>, k: int)
  requires Mats(n, D, H, P) && Mats(n, ND, NH, NP) && 0 <= k < n
{
  forall i, j :: 0 <= i < n && 0 <= j < n ==> StepVal(n, D, H, P, i, k, j, ND[i][j], NH[i][j], NP[i][j])
}

predicate InvDiag(n: int, D: seq<seq<int>>, H: seq<seq<int>>)
  requires Shape(n, D) && Shape(n, H)
{
  (forall i :: 0 <= i < n ==> D[i][i] == 0 && H[i][i] == 0) &&
  (forall i, j :: 0 <= i < n && 0 <= j < n ==> D[i][j] >= -1 && (D[i][j] != -1 ==> D[i][j] >= 0 && H[i][j] >= 0))
}

// Every edge is at least as good as the entry of its endpoints.
predicate InvEdges(n: int, edges: seq<seq<int>>, D: seq<seq<int>>, H: seq<seq<int>>)
  requires valid_edges(n, edges) && Shape(n, D) && Shape(n, H)
{
  forall e :: 0 <= e < |edges| ==>
    D[edges[e][0]][edges[e][1]] != -1 && Le(D[edges[e][0]][edges[e][1]], H[edges[e][0]][edges[e][1]], edges[e][2], 1)
}

// Triangle inequality through every vertex c < k.
predicate InvTri(n: int, D: seq<seq<int>>, H: seq<seq<int>>, k: int)
  requires Shape(n, D) && Shape(n, H) && k <= n
{
  forall i, c, j :: 0 <= i < n && 0 <= c < k && 0 <= j < n && D[i][c] != -1 && D[c][j] != -1 ==>
    D[i][j] != -1 && Le(D[i][j], H[i][j], D[i][c] + D[c][j], H[i][c] + H[c][j])
}

// The predecessor edge [x, j, w] of a reached pair: (i, x) plus the edge is no worse than (i, j).
predicate InvPred(n: int, edges: seq<seq<int>>, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>)
  requires valid_edges(n, edges) && Mats(n, D, H, P)
{
  forall i, j :: 0 <= i < n && 0 <= j < n && i != j && D[i][j] != -1 ==>
    0 <= P[i][j] < |edges| && edges[P[i][j]][1] == j && D[i][edges[P[i][j]][0]] != -1 &&
    Le(D[i][edges[P[i][j]][0]] + edges[P[i][j]][2], H[i][edges[P[i][j]][0]] + 1, D[i][j], H[i][j])
}

predicate Inv(n: int, edges: seq<seq<int>>, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>, k: int)
  requires pre_floyd_warshall(n, edges)
{
  Mats(n, D, H, P) && 0 <= k <= n && InvDiag(n, D, H) && InvEdges(n, edges, D, H) && InvTri(n, D, H, k) &&
  InvPred(n, edges, D, H, P)
}

// Row k and column k do not change in phase k.
lemma StepKeepsK(n: int, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>,
                 ND: seq<seq<int>>, NH: seq<seq<int>>, NP: seq<seq<int>>, k: int)
  requires Mats(n, D, H, P) && Mats(n, ND, NH, NP) && 0 <= k < n && InvDiag(n, D, H) && Step(n, D, H, P, ND, NH, NP, k)
  ensures forall i :: 0 <= i < n ==> ND[i][k] == D[i][k] && NH[i][k] == H[i][k] && ND[k][i] == D[k][i] && NH[k][i] == H[k][i]
{
  forall i | 0 <= i < n
    ensures ND[i][k] == D[i][k] && NH[i][k] == H[i][k] && ND[k][i] == D[k][i] && NH[k][i] == H[k][i]
  {
    assert StepVal(n, D, H, P, i, k, k, ND[i][k], NH[i][k], NP[i][k]);
    assert StepVal(n, D, H, P, k, k, i, ND[k][i], NH[k][i], NP[k][i]);
  }
}

// Entries only improve, and become at least as good as the path through k.
lemma StepImproves(n: int, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>,
                   ND: seq<seq<int>>, NH: seq<seq<int>>, NP: seq<seq<int>>, k: int)
  requires Mats(n, D, H, P) && Mats(n, ND, NH, NP) && 0 <= k < n && InvDiag(n, D, H) && Step(n, D, H, P, ND, NH, NP, k)
  ensures forall i, j :: 0 <= i < n && 0 <= j < n && D[i][j] != -1 ==>
    ND[i][j] != -1 && Le(ND[i][j], NH[i][j], D[i][j], H[i][j])
  ensures forall i, j :: 0 <= i < n && 0 <= j < n && D[i][k] != -1 && D[k][j] != -1 ==>
    ND[i][j] != -1 && Le(ND[i][j], NH[i][j], D[i][k] + D[k][j], H[i][k] + H[k][j])
  ensures forall i, j :: 0 <= i < n && 0 <= j < n && ND[i][j] != -1 ==>
    D[i][j] != -1 || (D[i][k] != -1 && D[k][j] != -1)
{
  forall i, j | 0 <= i < n && 0 <= j < n
    ensures D[i][j] != -1 ==> ND[i][j] != -1 && Le(ND[i][j], NH[i][j], D[i][j], H[i][j])
    ensures D[i][k] != -1 && D[k][j] != -1 ==> ND[i][j] != -1 && Le(ND[i][j], NH[i][j], D[i][k] + D[k][j], H[i][k] + H[k][j])
    ensures ND[i][j] != -1 ==> D[i][j] != -1 || (D[i][k] != -1 && D[k][j] != -1)
  {
    assert StepVal(n, D, H, P, i, k, j, ND[i][j], NH[i][j], NP[i][j]);
  }
}

lemma StepDiag(n: int, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>,
               ND: seq<seq<int>>, NH: seq<seq<int>>, NP: seq<seq<int>>, k: int)
  requires Mats(n, D, H, P) && Mats(n, ND, NH, NP) && 0 <= k < n && InvDiag(n, D, H) && Step(n, D, H, P, ND, NH, NP, k)
  ensures InvDiag(n, ND, NH)
{
  forall i, j | 0 <= i < n && 0 <= j < n
    ensures ND[i][j] >= -1 && (ND[i][j] != -1 ==> ND[i][j] >= 0 && NH[i][j] >= 0)
    ensures i == j ==> ND[i][j] == 0 && NH[i][j] == 0
  {
    assert StepVal(n, D, H, P, i, k, j, ND[i][j], NH[i][j], NP[i][j]);
  }
}

lemma StepEdges(n: int, edges: seq<seq<int>>, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>,
                ND: seq<seq<int>>, NH: seq<seq<int>>, NP: seq<seq<int>>, k: int)
  requires pre_floyd_warshall(n, edges) && Mats(n, D, H, P) && Mats(n, ND, NH, NP) && 0 <= k < n
  requires InvDiag(n, D, H) && InvEdges(n, edges, D, H) && Step(n, D, H, P, ND, NH, NP, k)
  ensures InvEdges(n, edges, ND, NH)
{
  StepImproves(n, D, H, P, ND, NH, NP, k);
}

lemma StepTri(n: int, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>,
              ND: seq<seq<int>>, NH: seq<seq<int>>, NP: seq<seq<int>>, k: int)
  requires Mats(n, D, H, P) && Mats(n, ND, NH, NP) && 0 <= k < n
  requires InvDiag(n, D, H) && InvTri(n, D, H, k) && Step(n, D, H, P, ND, NH, NP, k)
  ensures InvTri(n, ND, NH, k + 1)
{
  StepKeepsK(n, D, H, P, ND, NH, NP, k);
  forall i, c, j | 0 <= i < n && 0 <= c < k + 1 && 0 <= j < n && ND[i][c] != -1 && ND[c][j] != -1
    ensures ND[i][j] != -1 && Le(ND[i][j], NH[i][j], ND[i][c] + ND[c][j], NH[i][c] + NH[c][j])
  {
    assert StepVal(n, D, H, P, i, k, j, ND[i][j], NH[i][j], NP[i][j]);
    if c < k {
      TriCase(n, D, H, P, ND, NH, NP, k, i, c, j);
    }
  }
}

lemma TriCase(n: int, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>,
              ND: seq<seq<int>>, NH: seq<seq<int>>, NP: seq<seq<int>>, k: int, i: int, c: int, j: int)
  requires Mats(n, D, H, P) && Mats(n, ND, NH, NP) && 0 <= k < n
  requires 0 <= i < n && 0 <= c < k && 0 <= j < n && ND[i][c] != -1 && ND[c][j] != -1
  requires InvDiag(n, D, H) && InvTri(n, D, H, k) && Step(n, D, H, P, ND, NH, NP, k)
  ensures ND[i][j] != -1 && Le(ND[i][j], NH[i][j], ND[i][c] + ND[c][j], NH[i][c] + NH[c][j])
{
  assert StepVal(n, D, H, P, i, k, c, ND[i][c], NH[i][c], NP[i][c]);
  assert StepVal(n, D, H, P, c, k, j, ND[c][j], NH[c][j], NP[c][j]);
  assert StepVal(n, D, H, P, i, k, j, ND[i][j], NH[i][j], NP[i][j]);
  if Improves(n, D, H, i, k, c) {
    if Improves(n, D, H, c, k, j) {
      assert D[k][c] >= 0 && D[c][k] >= 0;
    } else {
      assert D[k][c] != -1 && D[c][j] != -1;
    }
  } else {
    if Improves(n, D, H, c, k, j) {
      assert D[i][c] != -1 && D[c][k] != -1;
    } else {
      assert D[i][c] != -1 && D[c][j] != -1;
    }
  }
}

lemma StepPred(n: int, edges: seq<seq<int>>, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>,
               ND: seq<seq<int>>, NH: seq<seq<int>>, NP: seq<seq<int>>, k: int)
  requires pre_floyd_warshall(n, edges) && Mats(n, D, H, P) && Mats(n, ND, NH, NP) && 0 <= k < n
  requires InvDiag(n, D, H) && InvPred(n, edges, D, H, P) && Step(n, D, H, P, ND, NH, NP, k)
  ensures InvPred(n, edges, ND, NH, NP)
{
  StepKeepsK(n, D, H, P, ND, NH, NP, k);
  StepImproves(n, D, H, P, ND, NH, NP, k);
  forall i, j | 0 <= i < n && 0 <= j < n && i != j && ND[i][j] != -1
    ensures 0 <= NP[i][j] < |edges| && edges[NP[i][j]][1] == j && ND[i][edges[NP[i][j]][0]] != -1 &&
      Le(ND[i][edges[NP[i][j]][0]] + edges[NP[i][j]][2], NH[i][edges[NP[i][j]][0]] + 1, ND[i][j], NH[i][j])
  {
    assert StepVal(n, D, H, P, i, k, j, ND[i][j], NH[i][j], NP[i][j]);
    if Improves(n, D, H, i, k, j) {
      assert k != j;
      var x := edges[P[k][j]][0];
      assert D[k][x] != -1 && D[i][k] != -1;
    } else {
      var x := edges[P[i][j]][0];
      assert D[i][x] != -1;
    }
  }
}

lemma StepInv(n: int, edges: seq<seq<int>>, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>,
              ND: seq<seq<int>>, NH: seq<seq<int>>, NP: seq<seq<int>>, k: int)
  requires pre_floyd_warshall(n, edges) && Inv(n, edges, D, H, P, k) && k < n
  requires Mats(n, ND, NH, NP) && Step(n, D, H, P, ND, NH, NP, k)
  ensures Inv(n, edges, ND, NH, NP, k + 1)
{
  StepDiag(n, D, H, P, ND, NH, NP, k);
  StepEdges(n, edges, D, H, P, ND, NH, NP, k);
  StepTri(n, D, H, P, ND, NH, NP, k);
  StepPred(n, edges, D, H, P, ND, NH, NP, k);
}

// The initial matrices: 0 on the diagonal, the lightest edge i -> j (i != j) elsewhere, -1 if none.
predicate InitInv(n: int, edges: seq<seq<int>>, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>, m: int)
  requires pre_floyd_warshall(n, edges)
{
  Mats(n, D, H, P) && 0 <= m <= |edges| &&
  (forall i :: 0 <= i < n ==> D[i][i] == 0 && H[i][i] == 0) &&
  (forall i, j :: 0 <= i < n && 0 <= j < n && i != j ==> D[i][j] >= -1 &&
     (D[i][j] != -1 ==> H[i][j] == 1 && 0 <= P[i][j] < |edges| && edges[P[i][j]][0] == i &&
                        edges[P[i][j]][1] == j && edges[P[i][j]][2] == D[i][j])) &&
  (forall e :: 0 <= e < m ==>
     D[edges[e][0]][edges[e][1]] != -1 && Le(D[edges[e][0]][edges[e][1]], H[edges[e][0]][edges[e][1]], edges[e][2], 1))
}

lemma InitGivesInv(n: int, edges: seq<seq<int>>, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>)
  requires pre_floyd_warshall(n, edges) && InitInv(n, edges, D, H, P, |edges|)
  ensures Inv(n, edges, D, H, P, 0)
{
  forall i, j | 0 <= i < n && 0 <= j < n && i != j && D[i][j] != -1
    ensures 0 <= P[i][j] < |edges| && edges[P[i][j]][1] == j && D[i][edges[P[i][j]][0]] != -1 &&
      Le(D[i][edges[P[i][j]][0]] + edges[P[i][j]][2], H[i][edges[P[i][j]][0]] + 1, D[i][j], H[i][j])
  {
    assert edges[P[i][j]][0] == i;
  }
}

// Matrix of size n: a on the diagonal, b elsewhere.
method DiagMatrix(n: int, a: int, b: int) returns (M: seq<seq<int>>)
  requires n >= 1
  ensures Shape(n, M) && forall i, j :: 0 <= i < n && 0 <= j < n ==> M[i][j] == (if i == j then a else b)
{
  M := [];
  var i := 0;
  while i < n
    invariant 0 <= i <= n && |M| == i
    invariant forall r :: 0 <= r < i ==> |M[r]| == n
    invariant forall r, j :: 0 <= r < i && 0 <= j < n ==> M[r][j] == (if r == j then a else b)
  {
    var row := [];
    var j := 0;
    while j < n
      invariant 0 <= j <= n && |row| == j
      invariant forall c :: 0 <= c < j ==> row[c] == (if i == c then a else b)
    {
      row := row + [if i == j then a else b];
      j := j + 1;
    }
    M := M + [row];
    i := i + 1;
  }
}

method Init(n: int, edges: seq<seq<int>>) returns (D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>)
  requires pre_floyd_warshall(n, edges)
  ensures Inv(n, edges, D, H, P, 0)
{
  D := DiagMatrix(n, 0, -1);
  H := DiagMatrix(n, 0, 1);
  P := DiagMatrix(n, -1, -1);
  var e := 0;
  while e < |edges|
    invariant InitInv(n, edges, D, H, P, e)
  {
    var x := edges[e][0];
    var y := edges[e][1];
    var w := edges[e][2];
    if x != y && (D[x][y] == -1 || w < D[x][y]) {
      D := D[x := D[x][y := w]];
      P := P[x := P[x][y := e]];
    }
    e := e + 1;
  }
  InitGivesInv(n, edges, D, H, P);
}

// Phase k: every pair (i, j) is relaxed through k.
method Phase(n: int, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>, k: int)
  returns (ND: seq<seq<int>>, NH: seq<seq<int>>, NP: seq<seq<int>>)
  requires Mats(n, D, H, P) && 0 <= k < n
  ensures Mats(n, ND, NH, NP) && Step(n, D, H, P, ND, NH, NP, k)
{
  ND := []; NH := []; NP := [];
  var i := 0;
  while i < n
    invariant 0 <= i <= n && |ND| == i && |NH| == i && |NP| == i
    invariant forall r :: 0 <= r < i ==> |ND[r]| == n && |NH[r]| == n && |NP[r]| == n
    invariant forall r, j :: 0 <= r < i && 0 <= j < n ==> StepVal(n, D, H, P, r, k, j, ND[r][j], NH[r][j], NP[r][j])
  {
    var rd, rh, rp := [], [], [];
    var dik := D[i][k];
    var hik := H[i][k];
    var j := 0;
    while j < n
      invariant 0 <= j <= n && |rd| == j && |rh| == j && |rp| == j
      invariant forall c :: 0 <= c < j ==> StepVal(n, D, H, P, i, k, c, rd[c], rh[c], rp[c])
    {
      var d, h, p := D[i][j], H[i][j], P[i][j];
      if dik != -1 && D[k][j] != -1 {
        var nd := dik + D[k][j];
        var nh := hik + H[k][j];
        if d == -1 || nd < d || (nd == d && nh < h) {
          d, h, p := nd, nh, P[k][j];
        }
      }
      rd, rh, rp := rd + [d], rh + [h], rp + [p];
      j := j + 1;
    }
    ND, NH, NP := ND + [rd], NH + [rh], NP + [rp];
    i := i + 1;
  }
}

lemma FinalPost(n: int, edges: seq<seq<int>>, D: seq<seq<int>>, H: seq<seq<int>>, P: seq<seq<int>>)
  requires pre_floyd_warshall(n, edges) && Inv(n, edges, D, H, P, n)
  ensures post_floyd_warshall(n, edges, D, P, H)
{
  forall u, e | 0 <= u < n && 0 <= e < |edges| && D[u][edges[e][0]] != -1
    ensures D[u][edges[e][1]] != -1 && D[u][edges[e][1]] <= D[u][edges[e][0]] + edges[e][2]
  {
    var x, y := edges[e][0], edges[e][1];
    assert D[x][y] != -1;
  }
  forall u, v | 0 <= u < n && 0 <= v < n && v != u && D[u][v] != -1
    ensures D[u][edges[P[u][v]][0]] + edges[P[u][v]][2] == D[u][v] && H[u][edges[P[u][v]][0]] < H[u][v]
  {
    var e := P[u][v];
    var x := edges[e][0];
    assert D[x][v] != -1 && D[u][x] != -1;
  }
}
// </vc:helpers>

// Floyd-Warshall: all-pairs shortest-path weights, a shortest-path tree per source (pred) and
// the number of edges of each path found (rank).
method FloydWarshall(n: int, edges: seq<seq<int>>) returns (dist: seq<seq<int>>, pred: seq<seq<int>>, rank: seq<seq<int>>)
  requires pre_floyd_warshall(n, edges)
  ensures post_floyd_warshall(n, edges, dist, pred, rank)
{
  // <vc:code>
  var D, H, P := Init(n, edges);
  var k := 0;
  while k < n
    invariant 0 <= k <= n && Inv(n, edges, D, H, P, k)
  {
    var ND, NH, NP := Phase(n, D, H, P, k);
    StepInv(n, edges, D, H, P, ND, NH, NP, k);
    D, H, P := ND, NH, NP;
    k := k + 1;
  }
  FinalPost(n, edges, D, H, P);
  dist, pred, rank := D, P, H;
  // </vc:code>
}
