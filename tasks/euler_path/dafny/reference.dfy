// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed). Edge (u, j) is the j-th entry of adj[u].
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

// The number of edges. (The fuel attributes let the verifier unfold these counts on the small
// literal graphs of the vector checks.)
function {:fuel 8,8} num_edges(adj: seq<seq<int>>): int
{
  if |adj| == 0 then 0 else num_edges(adj[..|adj| - 1]) + |adj[|adj| - 1]|
}

// How often v occurs in s.
function {:fuel 8,8} count(s: seq<int>, v: int): int
{
  if |s| == 0 then 0 else count(s[..|s| - 1], v) + (if s[|s| - 1] == v then 1 else 0)
}

// The number of edges entering v.
function {:fuel 8,8} in_degree(adj: seq<seq<int>>, v: int): int
{
  if |adj| == 0 then 0 else in_degree(adj[..|adj| - 1], v) + count(adj[|adj| - 1], v)
}

// out-degree minus in-degree.
function balance(adj: seq<seq<int>>, v: int): int
  requires 0 <= v < |adj|
{
  |adj[v]| - in_degree(adj, v)
}

predicate pre_euler_path(n: int, adj: seq<seq<int>>)
{
  valid_graph(n, adj) && num_edges(adj) <= 1000
}

// found: path is an Eulerian trail, a walk that uses every edge exactly once: step i goes from
// path[i] along its edge (path[i], slot[i]) to path[i + 1]; the m = num_edges(adj) steps use
// pairwise different edges, so (m of them, all valid) each edge exactly once. With no edges,
// path is a single vertex.
// !found: a certificate that no Eulerian trail exists, one of
//  - a vertex a (== b) whose out-degree and in-degree differ by 2 or more;
//  - two vertices a != b that both have out - in == 1, or both -1 (a trail has at most one start
//    with a surplus out-edge and one end with a surplus in-edge);
//  - a set of vertices side (closed under the edges in both directions, so no walk leaves or
//    enters it) with an edge out of a inside and an edge out of b outside: no single walk uses both.
// path and slot when !found, and a, b, side when found, are free.
predicate post_euler_path(n: int, adj: seq<seq<int>>, found: bool, path: seq<int>, slot: seq<int>,
                          a: int, b: int, side: seq<bool>)
{
  pre_euler_path(n, adj) &&
  if found then
    |slot| == num_edges(adj) && |path| == |slot| + 1 && 0 <= path[0] < n &&
    (forall i :: 0 <= i < |slot| ==>
       0 <= path[i] < n && 0 <= slot[i] < |adj[path[i]]| && adj[path[i]][slot[i]] == path[i + 1]) &&
    (forall i, k :: 0 <= i < k < |slot| ==> path[i] != path[k] || slot[i] != slot[k])
  else
    0 <= a < n && 0 <= b < n && |side| == n &&
    ((a == b && (balance(adj, a) >= 2 || balance(adj, a) <= -2)) ||
     (a != b && balance(adj, a) == balance(adj, b) && (balance(adj, a) == 1 || balance(adj, a) == -1)) ||
     (side[a] && !side[b] && |adj[a]| > 0 && |adj[b]| > 0 &&
      forall u, j :: 0 <= u < n && 0 <= j < |adj[u]| ==> side[u] == side[adj[u][j]]))
}

// <vc:helpers>
// ---- sums and counts ----

// The sum of a sequence of integers.
function SumP(s: seq<int>): int
{
  if |s| == 0 then 0 else SumP(s[..|s| - 1]) + s[|s| - 1]
}

lemma SumPAppend(s: seq<int>, x: int)
  ensures SumP(s + [x]) == SumP(s) + x
{
  assert (s + [x])[..|s|] == s;
}

lemma {:induction false} SumPUpd(s: seq<int>, i: int, x: int)
  requires 0 <= i < |s|
  ensures SumP(s[i := x]) == SumP(s) - s[i] + x
  decreases |s|
{
  var t := s[i := x];
  if i == |s| - 1 {
    assert t[..|s| - 1] == s[..|s| - 1];
  } else {
    assert t[..|s| - 1] == s[..|s| - 1][i := x];
    SumPUpd(s[..|s| - 1], i, x);
  }
}

// The number of edges (num_edges without the extra fuel of the spec's definition).
function Edges(adj: seq<seq<int>>): int
{
  if |adj| == 0 then 0 else Edges(adj[..|adj| - 1]) + |adj[|adj| - 1]|
}

lemma {:induction false} EdgesIs(adj: seq<seq<int>>)
  ensures Edges(adj) == num_edges(adj)
  decreases |adj|
{
  if |adj| > 0 {
    EdgesIs(adj[..|adj| - 1]);
  }
}

// ptr[v] counts the used out-edges of v: the edges (v, j) with j < ptr[v].
predicate PtrOk(adj: seq<seq<int>>, ptr: seq<int>)
{
  |ptr| == |adj| && forall v :: 0 <= v < |adj| ==> 0 <= ptr[v] <= |adj[v]|
}

lemma {:induction false} SumPBound(adj: seq<seq<int>>, ptr: seq<int>, k: int)
  requires PtrOk(adj, ptr) && 0 <= k <= |adj|
  ensures SumP(ptr[..k]) <= Edges(adj[..k])
  ensures (forall v :: 0 <= v < k ==> ptr[v] == |adj[v]|) ==> SumP(ptr[..k]) == Edges(adj[..k])
  decreases k
{
  if k > 0 {
    SumPBound(adj, ptr, k - 1);
    assert ptr[..k][..k - 1] == ptr[..k - 1];
    assert adj[..k][..k - 1] == adj[..k - 1];
  }
}

// count without the extra fuel of the spec's definition.
function Cnt(s: seq<int>, v: int): int
{
  if |s| == 0 then 0 else Cnt(s[..|s| - 1], v) + (if s[|s| - 1] == v then 1 else 0)
}

lemma {:induction false} CntIsCount(s: seq<int>, v: int)
  ensures Cnt(s, v) == count(s, v)
  decreases |s|
{
  if |s| > 0 {
    CntIsCount(s[..|s| - 1], v);
  }
}

lemma {:induction false} CountNonneg(s: seq<int>, v: int)
  ensures Cnt(s, v) >= 0
  decreases |s|
{
  if |s| > 0 {
    CountNonneg(s[..|s| - 1], v);
  }
}

lemma {:induction false} CountHit(s: seq<int>, i: int, v: int)
  requires 0 <= i < |s| && s[i] == v
  ensures Cnt(s, v) >= 1
  decreases |s|
{
  if i == |s| - 1 {
    CountNonneg(s[..|s| - 1], v);
  } else {
    assert s[..|s| - 1][i] == v;
    CountHit(s[..|s| - 1], i, v);
  }
}

lemma {:induction false} CountFront(s: seq<int>, v: int)
  requires |s| > 0
  ensures Cnt(s, v) == Cnt(s[1..], v) + (if s[0] == v then 1 else 0)
  decreases |s|
{
  if |s| > 1 {
    var p := s[..|s| - 1];
    CountFront(p, v);
    assert p[1..] == s[1..][..|s| - 2];
  } else {
    assert s[..0] == [];
    assert s[1..] == [];
  }
}

// The number of unused edges entering v from the rows 0 .. k-1.
function UIn(adj: seq<seq<int>>, ptr: seq<int>, v: int, k: int): int
  requires PtrOk(adj, ptr) && 0 <= k <= |adj|
  decreases k
{
  if k == 0 then 0 else UIn(adj, ptr, v, k - 1) + Cnt(adj[k - 1][ptr[k - 1]..], v)
}

lemma {:induction false} UInHit(adj: seq<seq<int>>, ptr: seq<int>, v: int, k: int, u: int, j: int)
  requires PtrOk(adj, ptr) && 0 <= k <= |adj|
  ensures UIn(adj, ptr, v, k) >= 0
  ensures 0 <= u < k && ptr[u] <= j < |adj[u]| && adj[u][j] == v ==> UIn(adj, ptr, v, k) >= 1
  decreases k
{
  if k > 0 {
    UInHit(adj, ptr, v, k - 1, u, j);
    var r := adj[k - 1][ptr[k - 1]..];
    CountNonneg(r, v);
    if u == k - 1 && ptr[u] <= j < |adj[u]| && adj[u][j] == v {
      CountHit(r, j - ptr[u], v);
    }
  }
}

lemma PtrStep(adj: seq<seq<int>>, ptr: seq<int>, u: int)
  requires PtrOk(adj, ptr) && 0 <= u < |adj| && ptr[u] < |adj[u]|
  ensures PtrOk(adj, ptr[u := ptr[u] + 1])
{
}

lemma {:induction false} UInUpd(adj: seq<seq<int>>, ptr: seq<int>, u: int, v: int, k: int)
  requires PtrOk(adj, ptr) && 0 <= u < |adj| && ptr[u] < |adj[u]| && 0 <= k <= |adj|
  ensures PtrOk(adj, ptr[u := ptr[u] + 1])
  ensures UIn(adj, ptr[u := ptr[u] + 1], v, k) ==
          UIn(adj, ptr, v, k) - (if u < k && adj[u][ptr[u]] == v then 1 else 0)
  decreases k
{
  PtrStep(adj, ptr, u);
  var p := ptr[u := ptr[u] + 1];
  if k > 0 {
    UInUpd(adj, ptr, u, v, k - 1);
    assert UIn(adj, p, v, k) == UIn(adj, p, v, k - 1) + Cnt(adj[k - 1][p[k - 1]..], v);
    assert UIn(adj, ptr, v, k) == UIn(adj, ptr, v, k - 1) + Cnt(adj[k - 1][ptr[k - 1]..], v);
    if u == k - 1 {
      var r := adj[u][ptr[u]..];
      CountFront(r, v);
      assert r[1..] == adj[u][ptr[u] + 1..];
      assert r[0] == adj[u][ptr[u]];
    } else {
      assert p[k - 1] == ptr[k - 1];
    }
  }
}

lemma {:induction false} UInInit(adj: seq<seq<int>>, ptr: seq<int>, v: int, k: int)
  requires PtrOk(adj, ptr) && 0 <= k <= |adj|
  requires forall x :: 0 <= x < |adj| ==> ptr[x] == 0
  ensures UIn(adj, ptr, v, k) == in_degree(adj[..k], v)
  decreases k
{
  if k > 0 {
    UInInit(adj, ptr, v, k - 1);
    assert adj[..k][..k - 1] == adj[..k - 1];
    assert adj[k - 1][0..] == adj[k - 1];
    CntIsCount(adj[k - 1], v);
  }
}

lemma InDegreeStep(adj: seq<seq<int>>, u: int, j: int, v: int)
  requires 0 <= u < |adj| && 0 <= j < |adj[u]|
  ensures in_degree(adj[..u], v) + count(adj[u][..j + 1], v) ==
          in_degree(adj[..u], v) + count(adj[u][..j], v) + (if adj[u][j] == v then 1 else 0)
{
  assert adj[u][..j + 1][..j] == adj[u][..j];
}

lemma InDegreeRow(adj: seq<seq<int>>, u: int, v: int)
  requires 0 <= u < |adj|
  ensures in_degree(adj[..u + 1], v) == in_degree(adj[..u], v) + count(adj[u][..|adj[u]|], v)
{
  assert adj[..u + 1][..u] == adj[..u];
  assert adj[u][..|adj[u]|] == adj[u];
}

lemma NumEdgesRow(adj: seq<seq<int>>, u: int)
  requires 0 <= u < |adj|
  ensures Edges(adj[..u + 1]) == Edges(adj[..u]) + |adj[u]|
{
  assert adj[..u + 1][..u] == adj[..u];
}

// ind[v] is the in-degree of v, m the number of edges (and the sum of the in-degrees).
method Degrees(n: int, adj: seq<seq<int>>) returns (ind: seq<int>, m: int)
  requires pre_euler_path(n, adj)
  ensures |ind| == n && m == Edges(adj) && m == num_edges(adj) && SumP(ind) == m
  ensures forall v :: 0 <= v < n ==> ind[v] == in_degree(adj, v) && ind[v] >= 0
{
  ind := [];
  while |ind| < n
    invariant |ind| <= n && forall v :: 0 <= v < |ind| ==> ind[v] == 0
    invariant SumP(ind) == 0
  {
    SumPAppend(ind, 0);
    ind := ind + [0];
  }
  m := 0;
  var u := 0;
  while u < n
    invariant 0 <= u <= n && |ind| == n && m == Edges(adj[..u]) && SumP(ind) == m
    invariant forall v :: 0 <= v < n ==> ind[v] == in_degree(adj[..u], v) && ind[v] >= 0
  {
    var j := 0;
    while j < |adj[u]|
      invariant 0 <= j <= |adj[u]| && |ind| == n && SumP(ind) == m + j
      invariant forall v :: 0 <= v < n ==>
        ind[v] == in_degree(adj[..u], v) + count(adj[u][..j], v) && ind[v] >= 0
    {
      var w := adj[u][j];
      forall v | 0 <= v < n
        ensures in_degree(adj[..u], v) + count(adj[u][..j + 1], v) ==
                in_degree(adj[..u], v) + count(adj[u][..j], v) + (if w == v then 1 else 0)
      {
        InDegreeStep(adj, u, j, v);
      }
      SumPUpd(ind, w, ind[w] + 1);
      ind := ind[w := ind[w] + 1];
      j := j + 1;
    }
    forall v | 0 <= v < n
      ensures in_degree(adj[..u + 1], v) == in_degree(adj[..u], v) + count(adj[u][..|adj[u]|], v)
    {
      InDegreeRow(adj, u, v);
    }
    NumEdgesRow(adj, u);
    m := m + |adj[u]|;
    u := u + 1;
  }
  assert adj[..n] == adj;
  EdgesIs(adj);
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

method Zeros(n: int, adj: seq<seq<int>>) returns (ptr: seq<int>)
  requires n == |adj|
  ensures PtrOk(adj, ptr) && SumP(ptr) == 0 && forall v :: 0 <= v < n ==> ptr[v] == 0
{
  ptr := [];
  while |ptr| < n
    invariant |ptr| <= n && forall v :: 0 <= v < |ptr| ==> ptr[v] == 0
    invariant SumP(ptr) == 0
  {
    SumPAppend(ptr, 0);
    ptr := ptr + [0];
  }
}

// The state of Hierholzer's walk: ptr (used out-edges per vertex), seen, the stack of vertices
// sV, each with the edge that entered it (tail sF, slot sS; -1 for the start at the bottom),
// the output oV with its edges (oF, oS), and X, the vertex where the output's walk goes on.
datatype St = St(ptr: seq<int>, seen: seq<bool>, sV: seq<int>, sS: seq<int>, sF: seq<int>,
                 oV: seq<int>, oS: seq<int>, oF: seq<int>, X: int)

predicate Basic(n: int, adj: seq<seq<int>>, s: St)
{
  valid_graph(n, adj) && PtrOk(adj, s.ptr) && |s.seen| == n &&
  |s.sS| == |s.sV| && |s.sF| == |s.sV| && |s.oS| == |s.oV| && |s.oF| == |s.oV| && 0 <= s.X < n &&
  (forall i :: 0 <= i < |s.sV| ==> 0 <= s.sV[i] < n) &&
  (forall k :: 0 <= k < |s.oV| ==> 0 <= s.oV[k] < n)
}

// The stack is a walk from start along used edges; the output, reversed, is a walk along used
// edges whose first edge leaves X while the stack is not empty.
predicate Walk(n: int, adj: seq<seq<int>>, start: int, T: int, s: St)
  requires Basic(n, adj, s)
{
  (|s.sV| > 0 ==> s.sV[0] == start && s.sF[0] == -1) &&
  (forall i :: 1 <= i < |s.sV| ==>
     s.sF[i] == s.sV[i - 1] && 0 <= s.sS[i] < s.ptr[s.sF[i]] && adj[s.sF[i]][s.sS[i]] == s.sV[i]) &&
  (forall k :: 0 <= k < |s.oV| ==> s.oF[k] == -1 ||
     (0 <= s.oF[k] < n && 0 <= s.oS[k] < s.ptr[s.oF[k]] && adj[s.oF[k]][s.oS[k]] == s.oV[k])) &&
  (forall k :: 1 <= k < |s.oV| ==> s.oF[k - 1] == s.oV[k]) &&
  (|s.oV| > 0 && |s.sV| > 0 ==> s.oF[|s.oV| - 1] == s.X) &&
  (|s.oV| == 0 ==> s.X == T && |s.sV| > 0) &&
  (|s.sV| == 0 ==> |s.oV| > 0 && s.oV[|s.oV| - 1] == start && s.oF[|s.oV| - 1] == -1)
}

// The edges on the stack and in the output are pairwise different.
predicate Dist(s: St)
  requires |s.sS| == |s.sV| && |s.sF| == |s.sV| && |s.oS| == |s.oV| && |s.oF| == |s.oV|
{
  (forall i, i' :: 0 <= i < i' < |s.sV| ==> s.sF[i] != s.sF[i'] || s.sS[i] != s.sS[i']) &&
  (forall k, k' :: 0 <= k < k' < |s.oV| ==> s.oF[k] != s.oF[k'] || s.oS[k] != s.oS[k']) &&
  (forall i, k :: 0 <= i < |s.sV| && 0 <= k < |s.oV| ==> s.sF[i] != s.oF[k] || s.sS[i] != s.oS[k])
}

// The degree count of the unused edges: in - out is [v == X] - [v == top].
predicate Deg(n: int, adj: seq<seq<int>>, s: St)
  requires Basic(n, adj, s)
{
  forall v :: 0 <= v < n ==> UIn(adj, s.ptr, v, n) - (|adj[v]| - s.ptr[v]) ==
    (if |s.sV| > 0 && v == s.X then 1 else 0) -
    (if |s.sV| > 0 && v == s.sV[|s.sV| - 1] then 1 else 0)
}

// The vertices walked through.
predicate SeenOk(n: int, adj: seq<seq<int>>, start: int, s: St)
  requires Basic(n, adj, s) && 0 <= start < n
{
  s.seen[start] &&
  (forall i :: 0 <= i < |s.sV| ==> s.seen[s.sV[i]]) &&
  (forall v :: 0 <= v < n && s.ptr[v] > 0 ==> s.seen[v]) &&
  (forall v, j :: 0 <= v < n && 0 <= j < s.ptr[v] ==> s.seen[adj[v][j]]) &&
  (forall v :: 0 <= v < n && s.seen[v] ==> v in s.sV || s.ptr[v] == |adj[v]|)
}

predicate Inv(n: int, adj: seq<seq<int>>, start: int, T: int, s: St)
{
  0 <= start < n && Basic(n, adj, s) && Walk(n, adj, start, T, s) && Dist(s) && Deg(n, adj, s) &&
  SeenOk(n, adj, start, s) &&
  SumP(s.ptr) == |s.sV| + |s.oV| - 1 && SumP(s.ptr) <= Edges(adj)
}

predicate CanPush(n: int, adj: seq<seq<int>>, s: St)
{
  Basic(n, adj, s) && valid_graph(n, adj) && |s.sV| > 0 && s.ptr[s.sV[|s.sV| - 1]] < |adj[s.sV[|s.sV| - 1]]|
}

function Push(n: int, adj: seq<seq<int>>, s: St): St
  requires CanPush(n, adj, s)
{
  var u := s.sV[|s.sV| - 1];
  var j := s.ptr[u];
  St(s.ptr[u := j + 1], s.seen[adj[u][j] := true], s.sV + [adj[u][j]], s.sS + [j], s.sF + [u],
     s.oV, s.oS, s.oF, s.X)
}

function Pop(n: int, adj: seq<seq<int>>, s: St): St
  requires Basic(n, adj, s) && |s.sV| > 0
{
  var t := |s.sV| - 1;
  St(s.ptr, s.seen, s.sV[..t], s.sS[..t], s.sF[..t], s.oV + [s.sV[t]], s.oS + [s.sS[t]],
     s.oF + [s.sF[t]], if t > 0 then s.sV[t - 1] else s.X)
}

lemma PushWalk(n: int, adj: seq<seq<int>>, start: int, T: int, s: St)
  requires CanPush(n, adj, s) && valid_graph(n, adj) && Walk(n, adj, start, T, s)
  requires Basic(n, adj, Push(n, adj, s))
  ensures Walk(n, adj, start, T, Push(n, adj, s))
{
  var s' := Push(n, adj, s);
  var t := |s.sV|;
  var u := s.sV[t - 1];
  forall i | 1 <= i < |s'.sV|
    ensures s'.sF[i] == s'.sV[i - 1] && 0 <= s'.sS[i] < s'.ptr[s'.sF[i]] &&
            adj[s'.sF[i]][s'.sS[i]] == s'.sV[i]
  {
    if i < t {
      assert s'.sF[i] == s.sF[i] && s'.sS[i] == s.sS[i] && s'.sV[i] == s.sV[i] && s'.sV[i - 1] == s.sV[i - 1];
      assert s.ptr[s.sF[i]] <= s'.ptr[s.sF[i]];
    }
  }
  forall k | 0 <= k < |s.oV| && s.oF[k] != -1
    ensures 0 <= s.oS[k] < s'.ptr[s.oF[k]]
  {
    assert s.ptr[s.oF[k]] <= s'.ptr[s.oF[k]];
  }
}

lemma PushDist(n: int, adj: seq<seq<int>>, start: int, T: int, s: St)
  requires CanPush(n, adj, s) && valid_graph(n, adj) && Walk(n, adj, start, T, s) && Dist(s)
  requires Basic(n, adj, Push(n, adj, s))
  ensures Dist(Push(n, adj, s))
{
  var s' := Push(n, adj, s);
  var t := |s.sV|;
  forall i | 0 <= i < t
    ensures s'.sF[i] != s'.sF[t] || s'.sS[i] != s'.sS[t]
  {
    assert s'.sF[i] == s.sF[i] && s'.sS[i] == s.sS[i];
  }
  forall k | 0 <= k < |s.oV|
    ensures s'.sF[t] != s'.oF[k] || s'.sS[t] != s'.oS[k]
  {
  }
}

lemma PushDeg(n: int, adj: seq<seq<int>>, s: St)
  requires CanPush(n, adj, s) && valid_graph(n, adj) && Deg(n, adj, s)
  requires Basic(n, adj, Push(n, adj, s))
  ensures Deg(n, adj, Push(n, adj, s))
{
  var s' := Push(n, adj, s);
  var u := s.sV[|s.sV| - 1];
  var w := adj[u][s.ptr[u]];
  assert s'.sV[|s'.sV| - 1] == w && s'.X == s.X && s'.ptr == s.ptr[u := s.ptr[u] + 1];
  forall v | 0 <= v < n
    ensures UIn(adj, s'.ptr, v, n) - (|adj[v]| - s'.ptr[v]) ==
      (if |s'.sV| > 0 && v == s'.X then 1 else 0) -
      (if |s'.sV| > 0 && v == s'.sV[|s'.sV| - 1] then 1 else 0)
  {
    UInUpd(adj, s.ptr, u, v, n);
    assert UIn(adj, s.ptr, v, n) - (|adj[v]| - s.ptr[v]) ==
      (if v == s.X then 1 else 0) - (if v == u then 1 else 0);
  }
}

lemma PushSeen(n: int, adj: seq<seq<int>>, start: int, s: St)
  requires CanPush(n, adj, s) && valid_graph(n, adj) && 0 <= start < n && SeenOk(n, adj, start, s)
  requires Basic(n, adj, Push(n, adj, s))
  ensures SeenOk(n, adj, start, Push(n, adj, s))
{
  var s' := Push(n, adj, s);
  forall v | 0 <= v < n && s'.seen[v]
    ensures v in s'.sV || s'.ptr[v] == |adj[v]|
  {
    if v != s'.sV[|s'.sV| - 1] {
      assert s.seen[v];
      if v in s.sV {
        var i :| 0 <= i < |s.sV| && s.sV[i] == v;
        assert s'.sV[i] == v;
      }
    }
  }
}

lemma PushOk(n: int, adj: seq<seq<int>>, start: int, T: int, s: St)
  requires Inv(n, adj, start, T, s) && CanPush(n, adj, s) && valid_graph(n, adj)
  ensures Inv(n, adj, start, T, Push(n, adj, s))
{
  var s' := Push(n, adj, s);
  PtrStep(adj, s.ptr, s.sV[|s.sV| - 1]);
  PushWalk(n, adj, start, T, s);
  PushDist(n, adj, start, T, s);
  PushDeg(n, adj, s);
  PushSeen(n, adj, start, s);
  var u := s.sV[|s.sV| - 1];
  SumPUpd(s.ptr, u, s.ptr[u] + 1);
  SumPBound(adj, s'.ptr, n);
  assert s'.ptr[..n] == s'.ptr && adj[..n] == adj;
}

lemma PopWalk(n: int, adj: seq<seq<int>>, start: int, T: int, s: St)
  requires Basic(n, adj, s) && |s.sV| > 0 && Walk(n, adj, start, T, s)
  requires s.sV[|s.sV| - 1] == s.X
  requires Basic(n, adj, Pop(n, adj, s))
  ensures Walk(n, adj, start, T, Pop(n, adj, s))
{
}

lemma PopDist(n: int, adj: seq<seq<int>>, s: St)
  requires Basic(n, adj, s) && |s.sV| > 0 && Dist(s)
  requires Basic(n, adj, Pop(n, adj, s))
  ensures Dist(Pop(n, adj, s))
{
  var s' := Pop(n, adj, s);
  var t := |s.sV| - 1;
  var L := |s.oV|;
  forall k | 0 <= k < L
    ensures s'.oF[k] != s'.oF[L] || s'.oS[k] != s'.oS[L]
  {
    assert s'.oF[k] == s.oF[k] && s'.oS[k] == s.oS[k];
  }
  forall i | 0 <= i < t
    ensures s'.sF[i] != s'.oF[L] || s'.sS[i] != s'.oS[L]
  {
    assert s'.sF[i] == s.sF[i] && s'.sS[i] == s.sS[i];
  }
}

lemma PopSeen(n: int, adj: seq<seq<int>>, start: int, s: St)
  requires Basic(n, adj, s) && |s.sV| > 0 && 0 <= start < n && SeenOk(n, adj, start, s)
  requires s.ptr[s.sV[|s.sV| - 1]] == |adj[s.sV[|s.sV| - 1]]|
  requires Basic(n, adj, Pop(n, adj, s))
  ensures SeenOk(n, adj, start, Pop(n, adj, s))
{
  var s' := Pop(n, adj, s);
  var t := |s.sV| - 1;
  assert s.sV == s'.sV + [s.sV[t]];
}

lemma PopOk(n: int, adj: seq<seq<int>>, start: int, T: int, s: St)
  requires Inv(n, adj, start, T, s) && |s.sV| > 0
  requires s.ptr[s.sV[|s.sV| - 1]] == |adj[s.sV[|s.sV| - 1]]|
  ensures Inv(n, adj, start, T, Pop(n, adj, s))
{
  // a top without unused out-edges is X
  UInHit(adj, s.ptr, s.sV[|s.sV| - 1], n, 0, 0);
  assert s.sV[|s.sV| - 1] == s.X;
  PopWalk(n, adj, start, T, s);
  PopDist(n, adj, s);
  PopSeen(n, adj, start, s);
}


lemma InitOk(n: int, adj: seq<seq<int>>, start: int, T: int, s: St)
  requires valid_graph(n, adj) && 0 <= start < n && 0 <= T < n
  requires forall v :: 0 <= v < n ==>
    balance(adj, v) == (if v == start then 1 else 0) - (if v == T then 1 else 0)
  requires PtrOk(adj, s.ptr) && SumP(s.ptr) == 0 && forall v :: 0 <= v < n ==> s.ptr[v] == 0
  requires |s.seen| == n && s.seen[start] && forall v :: 0 <= v < n && v != start ==> !s.seen[v]
  requires s.sV == [start] && s.sS == [-1] && s.sF == [-1] && s.oV == [] && s.oS == [] && s.oF == []
  requires s.X == T
  ensures Inv(n, adj, start, T, s)
{
  forall v | 0 <= v < n
    ensures UIn(adj, s.ptr, v, n) - (|adj[v]| - s.ptr[v]) ==
      (if v == T then 1 else 0) - (if v == start then 1 else 0)
  {
    UInInit(adj, s.ptr, v, n);
    assert adj[..n] == adj;
    assert balance(adj, v) == (if v == start then 1 else 0) - (if v == T then 1 else 0);
  }
  SumPBound(adj, s.ptr, n);
  assert s.ptr[..n] == s.ptr && adj[..n] == adj;
}

// One step of the walk: the top leaves along its next unused edge, or is popped.
method Step(n: int, adj: seq<seq<int>>, start: int, T: int, ptr0: seq<int>, seen0: seq<bool>,
            stackV0: seq<int>, stackS0: seq<int>, ghost stackF0: seq<int>,
            outV0: seq<int>, outS0: seq<int>, ghost outF0: seq<int>, ghost X0: int)
  returns (ptr: seq<int>, seen: seq<bool>, stackV: seq<int>, stackS: seq<int>, ghost stackF: seq<int>,
           outV: seq<int>, outS: seq<int>, ghost outF: seq<int>, ghost X: int)
  requires Inv(n, adj, start, T, St(ptr0, seen0, stackV0, stackS0, stackF0, outV0, outS0, outF0, X0))
  requires |stackV0| > 0
  ensures Inv(n, adj, start, T, St(ptr, seen, stackV, stackS, stackF, outV, outS, outF, X))
  ensures SumP(ptr) > SumP(ptr0) || (SumP(ptr) == SumP(ptr0) && |stackV| < |stackV0|)
{
  ghost var s := St(ptr0, seen0, stackV0, stackS0, stackF0, outV0, outS0, outF0, X0);
  ptr, seen, stackV, stackS, stackF, outV, outS, outF, X :=
    ptr0, seen0, stackV0, stackS0, stackF0, outV0, outS0, outF0, X0;
  var u := stackV[|stackV| - 1];
  if ptr[u] < |adj[u]| {
    PushOk(n, adj, start, T, s);
    var j := ptr[u];
    var w := adj[u][j];
    SumPUpd(ptr, u, j + 1);
    ptr := ptr[u := j + 1];
    seen := seen[w := true];
    stackV := stackV + [w];
    stackS := stackS + [j];
    stackF := stackF + [u];
    assert St(ptr, seen, stackV, stackS, stackF, outV, outS, outF, X) == Push(n, adj, s);
  } else {
    PopOk(n, adj, start, T, s);
    var t := |stackV| - 1;
    outV := outV + [u];
    outS := outS + [stackS[t]];
    outF := outF + [stackF[t]];
    stackV := stackV[..t];
    stackS := stackS[..t];
    stackF := stackF[..t];
    if t > 0 {
      X := stackV[t - 1];
    }
    assert St(ptr, seen, stackV, stackS, stackF, outV, outS, outF, X) == Pop(n, adj, s);
  }
}

// Hierholzer's walk from start, where out - in is 1 at start and -1 at T (0 everywhere when
// start == T): the top of the stack leaves along its next unused edge, or, when it has none
// left, is popped onto the output. Degree count: the unused edges give every vertex
// in - out == [v == X] - [v == top], so a top without unused out-edges is X, where the
// output's walk goes on. The output, reversed, is the trail; the vertices pushed end with
// every edge used, and by the count no unused edge enters them, so they are closed.
method Hierholzer(n: int, adj: seq<seq<int>>, start: int, T: int)
  returns (path: seq<int>, slot: seq<int>, seen: seq<bool>, ptr: seq<int>)
  requires valid_graph(n, adj) && 0 <= start < n && 0 <= T < n
  requires forall v :: 0 <= v < n ==>
    balance(adj, v) == (if v == start then 1 else 0) - (if v == T then 1 else 0)
  ensures PtrOk(adj, ptr) && |seen| == n
  ensures |path| == |slot| + 1 && path[0] == start && SumP(ptr) == |slot|
  ensures forall i :: 0 <= i < |slot| ==>
    0 <= path[i] < n && 0 <= slot[i] < |adj[path[i]]| && adj[path[i]][slot[i]] == path[i + 1]
  ensures forall i, k :: 0 <= i < k < |slot| ==> path[i] != path[k] || slot[i] != slot[k]
  ensures seen[start]
  ensures forall v :: 0 <= v < n && seen[v] ==> ptr[v] == |adj[v]|
  ensures forall u, j :: 0 <= u < n && 0 <= j < |adj[u]| ==> seen[u] == seen[adj[u][j]]
{
  ptr := Zeros(n, adj);
  seen := FillBool(n, false);
  seen := seen[start := true];
  var stackV := [start];
  var stackS := [-1];
  ghost var stackF := [-1];
  var outV: seq<int> := [];
  var outS: seq<int> := [];
  ghost var outF: seq<int> := [];
  ghost var X := T;
  InitOk(n, adj, start, T, St(ptr, seen, stackV, stackS, stackF, outV, outS, outF, X));
  while |stackV| > 0
    invariant Inv(n, adj, start, T, St(ptr, seen, stackV, stackS, stackF, outV, outS, outF, X))
    decreases Edges(adj) - SumP(ptr), |stackV|
  {
    ptr, seen, stackV, stackS, stackF, outV, outS, outF, X :=
      Step(n, adj, start, T, ptr, seen, stackV, stackS, stackF, outV, outS, outF, X);
  }
  ghost var s := St(ptr, seen, stackV, stackS, stackF, outV, outS, outF, X);
  path, slot := Reverse(outV, outS);
  Finish(n, adj, start, T, s, path, slot);
}

// path: outV reversed; slot: outS reversed without its last entry.
method Reverse(outV: seq<int>, outS: seq<int>) returns (path: seq<int>, slot: seq<int>)
  requires |outS| == |outV| > 0
  ensures |path| == |outV| && |slot| == |outV| - 1
  ensures forall i :: 0 <= i < |path| ==> path[i] == outV[|outV| - 1 - i]
  ensures forall i :: 0 <= i < |slot| ==> slot[i] == outS[|outV| - 2 - i]
{
  var L := |outV|;
  path := [];
  slot := [];
  var k := L;
  while k > 0
    invariant 0 <= k <= L && |path| == L - k
    invariant |slot| == (if k == L then 0 else L - k - 1)
    invariant forall i :: 0 <= i < |path| ==> path[i] == outV[L - 1 - i]
    invariant forall i :: 0 <= i < |slot| ==> slot[i] == outS[L - 2 - i]
  {
    k := k - 1;
    path := path + [outV[k]];
    if k < L - 1 {
      slot := slot + [outS[k]];
    }
  }
}

// The end: the output, reversed, is the trail; the seen vertices are closed under the edges.
lemma Finish(n: int, adj: seq<seq<int>>, start: int, T: int, s: St, path: seq<int>, slot: seq<int>)
  requires Inv(n, adj, start, T, s) && |s.sV| == 0
  requires |path| == |s.oV| && |slot| == |s.oV| - 1
  requires forall i :: 0 <= i < |path| ==> path[i] == s.oV[|s.oV| - 1 - i]
  requires forall i :: 0 <= i < |slot| ==> slot[i] == s.oS[|s.oV| - 2 - i]
  ensures path[0] == start && SumP(s.ptr) == |slot|
  ensures forall i :: 0 <= i < |slot| ==>
    0 <= path[i] < n && 0 <= slot[i] < |adj[path[i]]| && adj[path[i]][slot[i]] == path[i + 1]
  ensures forall i, k :: 0 <= i < k < |slot| ==> path[i] != path[k] || slot[i] != slot[k]
  ensures forall u, j :: 0 <= u < n && 0 <= j < |adj[u]| ==> s.seen[u] == s.seen[adj[u][j]]
  ensures forall v :: 0 <= v < n && s.seen[v] ==> s.ptr[v] == |adj[v]|
{
  forall u, j | 0 <= u < n && 0 <= j < |adj[u]|
    ensures s.seen[u] == s.seen[adj[u][j]]
  {
    if s.seen[adj[u][j]] {
      UInHit(adj, s.ptr, adj[u][j], n, u, j);
    }
  }
  var L := |s.oV|;
  forall i | 0 <= i < |slot|
    ensures 0 <= path[i] < n && 0 <= slot[i] < |adj[path[i]]| && adj[path[i]][slot[i]] == path[i + 1]
  {
    var q := L - 2 - i;
    assert s.oF[q] == s.oV[q + 1];
  }
  forall i, i' | 0 <= i < i' < |slot|
    ensures path[i] != path[i'] || slot[i] != slot[i']
  {
    var q, q' := L - 2 - i, L - 2 - i';
    assert s.oF[q] == s.oV[q + 1] && s.oF[q'] == s.oV[q' + 1];
  }
}
// The degree conditions, from the in-degrees ind: a certificate (a, b) when they fail, else
// the +1 vertex plus and the -1 vertex minus (both -1 when all are balanced: since out-degrees
// and in-degrees have the same sum m, one exists exactly when the other does).
method DegreeCheck(n: int, adj: seq<seq<int>>, ind: seq<int>, m: int)
  returns (ok: bool, a: int, b: int, plus: int, minus: int)
  requires pre_euler_path(n, adj) && |ind| == n && m == Edges(adj) && SumP(ind) == m
  requires forall v :: 0 <= v < n ==> ind[v] >= 0
  ensures !ok ==> 0 <= a < n && 0 <= b < n &&
    ((a == b && (|adj[a]| - ind[a] >= 2 || |adj[a]| - ind[a] <= -2)) ||
     (a != b && |adj[a]| - ind[a] == |adj[b]| - ind[b] &&
      (|adj[a]| - ind[a] == 1 || |adj[a]| - ind[a] == -1)))
  ensures ok ==> -1 <= plus < n && -1 <= minus < n && (plus == -1 <==> minus == -1) &&
    (plus != -1 ==> |adj[plus]| > 0) &&
    forall x :: 0 <= x < n ==> |adj[x]| - ind[x] == (if x == plus then 1 else 0) - (if x == minus then 1 else 0)
{
  plus, minus, a, b := -1, -1, 0, 0;
  var v := 0;
  while v < n
    invariant 0 <= v <= n && -1 <= plus < n && -1 <= minus < n
    invariant plus != -1 ==> plus < v && |adj[plus]| - ind[plus] == 1
    invariant minus != -1 ==> minus < v && |adj[minus]| - ind[minus] == -1
    invariant forall x :: 0 <= x < v ==>
      |adj[x]| - ind[x] == (if x == plus then 1 else 0) - (if x == minus then 1 else 0)
    invariant Edges(adj[..v]) - SumP(ind[..v]) ==
      (if plus != -1 then 1 else 0) - (if minus != -1 then 1 else 0)
  {
    NumEdgesRow(adj, v);
    assert ind[..v + 1][..v] == ind[..v];
    var d := |adj[v]| - ind[v];
    if d >= 2 || d <= -2 {
      ok, a, b := false, v, v;
      return;
    }
    if d == 1 {
      if plus != -1 {
        ok, a, b := false, plus, v;
        return;
      }
      plus := v;
    } else if d == -1 {
      if minus != -1 {
        ok, a, b := false, minus, v;
        return;
      }
      minus := v;
    }
    v := v + 1;
  }
  assert adj[..n] == adj && ind[..n] == ind;
  ok := true;
}

// A vertex with an out-edge, or 0 when there is no edge.
method FirstWithEdge(n: int, adj: seq<seq<int>>) returns (u: int)
  requires pre_euler_path(n, adj)
  ensures 0 <= u < n && (|adj[u]| > 0 || forall x :: 0 <= x < n ==> |adj[x]| == 0)
{
  u := 0;
  while u < n && |adj[u]| == 0
    invariant 0 <= u <= n && forall x :: 0 <= x < u ==> |adj[x]| == 0
  {
    u := u + 1;
  }
  if u == n {
    u := 0;
  }
}

// A vertex with an unused out-edge, when fewer than Edges(adj) edges are used.
method Unused(n: int, adj: seq<seq<int>>, ptr: seq<int>) returns (u: int)
  requires pre_euler_path(n, adj) && PtrOk(adj, ptr) && SumP(ptr) != Edges(adj)
  ensures 0 <= u < n && ptr[u] < |adj[u]|
{
  u := 0;
  while u < n && ptr[u] == |adj[u]|
    invariant 0 <= u <= n && forall x :: 0 <= x < u ==> ptr[x] == |adj[x]|
  {
    u := u + 1;
  }
  SumPBound(adj, ptr, n);
  assert ptr[..n] == ptr && adj[..n] == adj;
}
// </vc:helpers>

// Hierholzer's algorithm: an Eulerian trail, or a certificate that there is none.
method EulerPath(n: int, adj: seq<seq<int>>)
  returns (found: bool, path: seq<int>, slot: seq<int>, a: int, b: int, side: seq<bool>)
  requires pre_euler_path(n, adj)
  ensures post_euler_path(n, adj, found, path, slot, a, b, side)
{
  // <vc:code>
  var ind, m := Degrees(n, adj);
  // the degree conditions: out - in is -1, 0 or 1, with at most one +1 and one -1
  var ok, plus, minus;
  ok, a, b, plus, minus := DegreeCheck(n, adj, ind, m);
  assert forall x :: 0 <= x < n ==> balance(adj, x) == |adj[x]| - ind[x];
  if !ok {
    found, path, slot := false, [], [];
    side := FillBool(n, false);
    return;
  }
  // the trail starts at the +1 vertex and ends at the -1 one, else starts at any vertex with
  // an edge and ends there
  var start, T := plus, minus;
  if start == -1 {
    start := FirstWithEdge(n, adj);
    T := start;
  }
  var seen, ptr;
  path, slot, seen, ptr := Hierholzer(n, adj, start, T);
  if |slot| == m {
    found, a, b, side := true, 0, 0, seen;
    return;
  }
  // some edge was not used: the vertices walked through form a closed side without it
  found, a, side := false, start, seen;
  b := Unused(n, adj, ptr);
  // </vc:code>
}
