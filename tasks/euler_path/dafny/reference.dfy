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
lemma CardRemove<T>(U: set<T>, x: T)
  requires x in U
  ensures |U - {x}| == |U| - 1
{
  assert U == (U - {x}) + {x};
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
  ensures num_edges(adj[..u + 1]) == num_edges(adj[..u]) + |adj[u]|
{
  assert adj[..u + 1][..u] == adj[..u];
}

// ind[v] is the in-degree of v, m the number of edges.
method Degrees(n: int, adj: seq<seq<int>>) returns (ind: seq<int>, m: int)
  requires pre_euler_path(n, adj)
  ensures |ind| == n && m == num_edges(adj)
  ensures forall v :: 0 <= v < n ==> ind[v] == in_degree(adj, v)
{
  ind := [];
  while |ind| < n
    invariant |ind| <= n && forall v :: 0 <= v < |ind| ==> ind[v] == 0
  {
    ind := ind + [0];
  }
  m := 0;
  var u := 0;
  while u < n
    invariant 0 <= u <= n && |ind| == n && m == num_edges(adj[..u])
    invariant forall v :: 0 <= v < n ==> ind[v] == in_degree(adj[..u], v)
  {
    var j := 0;
    while j < |adj[u]|
      invariant 0 <= j <= |adj[u]| && |ind| == n
      invariant forall v :: 0 <= v < n ==> ind[v] == in_degree(adj[..u], v) + count(adj[u][..j], v)
    {
      var w := adj[u][j];
      forall v | 0 <= v < n
        ensures in_degree(adj[..u], v) + count(adj[u][..j + 1], v) ==
                in_degree(adj[..u], v) + count(adj[u][..j], v) + (if w == v then 1 else 0)
      {
        InDegreeStep(adj, u, j, v);
      }
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

// Hierholzer's walk from start: a stack of vertices (each with the slot of the edge that
// entered it); the top leaves along its next unused edge, or, when it has none left, is popped
// onto the output. The output, reversed, is the trail; seen marks the vertices pushed.
method Hierholzer(n: int, adj: seq<seq<int>>, start: int)
  returns (path: seq<int>, slot: seq<int>, seen: seq<bool>, ptr: seq<int>)
  requires pre_euler_path(n, adj) && 0 <= start < n
  ensures |seen| == n && |ptr| == n && |path| == |slot| + 1
  ensures forall v :: 0 <= v < n ==> 0 <= ptr[v] <= |adj[v]|
{
  ptr := [];
  while |ptr| < n
    invariant |ptr| <= n && forall v :: 0 <= v < |ptr| ==> ptr[v] == 0
  {
    ptr := ptr + [0];
  }
  seen := FillBool(n, false);
  seen := seen[start := true];
  var stackV := [start];
  var stackS := [-1];
  var outV: seq<int> := [];
  var outS: seq<int> := [];
  ghost var unused := set u, j | 0 <= u < n && 0 <= j < |adj[u]| :: (u, j);
  while |stackV| > 0
    invariant |ptr| == n && |seen| == n && |stackS| == |stackV| && |outS| == |outV|
    invariant forall v :: 0 <= v < n ==> 0 <= ptr[v] <= |adj[v]|
    invariant forall i :: 0 <= i < |stackV| ==> 0 <= stackV[i] < n
    invariant forall i :: 0 <= i < |outV| ==> 0 <= outV[i] < n
    invariant |outV| == 0 ==> |stackV| > 0
    invariant unused == set u, j | 0 <= u < n && 0 <= j < |adj[u]| && j >= ptr[u] :: (u, j)
    decreases 2 * |unused| + |stackV|
  {
    var u := stackV[|stackV| - 1];
    if ptr[u] < |adj[u]| {
      var j := ptr[u];
      var w := adj[u][j];
      ghost var old_unused := unused;
      ptr := ptr[u := j + 1];
      unused := set x, y | 0 <= x < n && 0 <= y < |adj[x]| && y >= ptr[x] :: (x, y);
      assert unused == old_unused - {(u, j)};
      CardRemove(old_unused, (u, j));
      seen := seen[w := true];
      stackV := stackV + [w];
      stackS := stackS + [j];
    } else {
      outV := outV + [u];
      outS := outS + [stackS[|stackS| - 1]];
      stackV := stackV[..|stackV| - 1];
      stackS := stackS[..|stackS| - 1];
    }
  }
  path := [];
  slot := [];
  var k := |outV|;
  while k > 0
    invariant 0 <= k <= |outV| && |path| == |outV| - k
    invariant |slot| == (if k == |outV| then 0 else |outV| - k - 1)
  {
    k := k - 1;
    path := path + [outV[k]];
    if k < |outV| - 1 {
      slot := slot + [outS[k]];
    }
  }
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
  var plus, minus := -1, -1;
  var v := 0;
  while v < n
    invariant 0 <= v <= n && -1 <= plus < n && -1 <= minus < n
    invariant plus != -1 ==> plus < v && balance(adj, plus) == 1
    invariant minus != -1 ==> minus < v && balance(adj, minus) == -1
  {
    var d := |adj[v]| - ind[v];
    if d >= 2 || d <= -2 {
      found, path, slot, a, b := false, [], [], v, v;
      side := FillBool(n, false);
      return;
    }
    if d == 1 {
      if plus != -1 {
        found, path, slot, a, b := false, [], [], plus, v;
        side := FillBool(n, false);
        return;
      }
      plus := v;
    } else if d == -1 {
      if minus != -1 {
        found, path, slot, a, b := false, [], [], minus, v;
        side := FillBool(n, false);
        return;
      }
      minus := v;
    }
    v := v + 1;
  }
  // the trail starts at the vertex with a surplus out-edge, else at any vertex with an edge
  var start := plus;
  if start == -1 {
    start := 0;
    var u := 0;
    while u < n && |adj[u]| == 0
      invariant 0 <= u <= n
    {
      u := u + 1;
    }
    if u < n {
      start := u;
    }
  }
  var seen, ptr;
  path, slot, seen, ptr := Hierholzer(n, adj, start);
  if |slot| == m {
    found, a, b, side := true, 0, 0, seen;
    return;
  }
  // some edge was not reached: the vertices walked through form a closed side without it
  found, a, side := false, start, seen;
  b := 0;
  var u := 0;
  while u < n && ptr[u] == |adj[u]|
    invariant 0 <= u <= n
  {
    u := u + 1;
  }
  if u < n {
    b := u;
  }
  // </vc:code>
}
