// A union-find forest with union by rank: a parent array p (p[i] == i marks a root) and a rank
// array rk. The rank invariant: every parent is in range, every rank is in 0 .. |p| - 1, and a
// non-root has a smaller rank than its parent (rk[p[i]] > rk[i]), which makes every walk to a root
// finite (ranks strictly increase along it).
predicate valid_ranked(p: seq<int>, rk: seq<int>)
{
  |rk| == |p| &&
  forall i :: 0 <= i < |p| ==>
    0 <= p[i] < |p| && 0 <= rk[i] < |p| && (p[i] == i || rk[p[i]] > rk[i])
}

// The root (set representative) of element i.
function root(p: seq<int>, rk: seq<int>, i: int): int
  requires valid_ranked(p, rk) && 0 <= i < |p|
  decreases |p| - rk[i]
{
  if p[i] == i then i else root(p, rk, p[i])
}

// j lies on the find path of i: j is i or an ancestor of i (reached by following parents).
predicate on_path(p: seq<int>, rk: seq<int>, i: int, j: int)
  requires valid_ranked(p, rk) && 0 <= i < |p|
  decreases |p| - rk[i]
{
  i == j || (p[i] != i && on_path(p, rk, p[i], j))
}

predicate pre_union_find_path_compression(p: seq<int>, rk: seq<int>, x: int)
{
  valid_ranked(p, rk) && 0 <= x < |p|
}

// After find(x) with path compression: r is the root of x; every node on x's find path now
// points directly to r and every other node keeps its parent; the ranks (unchanged) still satisfy
// the rank invariant; and every element keeps its root, so the partition is the same. (The last
// two follow from the compression clause; they are stated for readability.)
predicate post_union_find_path_compression(p: seq<int>, rk: seq<int>, x: int, p2: seq<int>, r: int)
{
  pre_union_find_path_compression(p, rk, x) && |p2| == |p| && r == root(p, rk, x) &&
  (forall i :: 0 <= i < |p| ==> p2[i] == (if on_path(p, rk, x, i) then r else p[i])) &&
  valid_ranked(p2, rk) &&
  (forall i :: 0 <= i < |p| ==> root(p2, rk, i) == root(p, rk, i))
}

// <vc:helpers>
// Ranks strictly increase along a find path.
lemma RankUp(p: seq<int>, rk: seq<int>, a: int, i: int)
  requires valid_ranked(p, rk) && 0 <= a < |p| && on_path(p, rk, a, i)
  ensures 0 <= i < |p| && rk[i] >= rk[a] && (i != a ==> rk[i] > rk[a])
  decreases |p| - rk[a]
{
  if a != i {
    RankUp(p, rk, p[a], i);
  }
}

// An ancestor of an ancestor is an ancestor.
lemma PathTrans(p: seq<int>, rk: seq<int>, a: int, b: int, i: int)
  requires valid_ranked(p, rk) && 0 <= a < |p| && 0 <= b < |p|
  requires on_path(p, rk, a, b) && on_path(p, rk, b, i)
  ensures on_path(p, rk, a, i)
  decreases |p| - rk[a]
{
  if a != b {
    PathTrans(p, rk, p[a], b, i);
  }
}

// The root of a is a root on a's find path.
lemma RootOnPath(p: seq<int>, rk: seq<int>, a: int)
  requires valid_ranked(p, rk) && 0 <= a < |p|
  ensures 0 <= root(p, rk, a) < |p| && p[root(p, rk, a)] == root(p, rk, a)
  ensures on_path(p, rk, a, root(p, rk, a))
  decreases |p| - rk[a]
{
  if p[a] != a {
    RootOnPath(p, rk, p[a]);
  }
}

// Every node on a's find path has a's root.
lemma RootOfPath(p: seq<int>, rk: seq<int>, a: int, i: int)
  requires valid_ranked(p, rk) && 0 <= a < |p| && on_path(p, rk, a, i)
  ensures 0 <= i < |p| && root(p, rk, i) == root(p, rk, a)
  decreases |p| - rk[a]
{
  if a != i {
    RootOfPath(p, rk, p[a], i);
  }
}

// The compressed forest keeps the rank invariant.
lemma CompressedValid(p: seq<int>, rk: seq<int>, x: int, p2: seq<int>, r: int)
  requires valid_ranked(p, rk) && 0 <= x < |p| && r == root(p, rk, x) && |p2| == |p|
  requires forall i :: 0 <= i < |p| ==> p2[i] == (if on_path(p, rk, x, i) then r else p[i])
  ensures valid_ranked(p2, rk)
{
  RootOnPath(p, rk, x);
  forall i | 0 <= i < |p|
    ensures 0 <= p2[i] < |p| && (p2[i] == i || rk[p2[i]] > rk[i])
  {
    if on_path(p, rk, x, i) {
      RootOfPath(p, rk, x, i);
      RootOnPath(p, rk, i);
      RankUp(p, rk, i, r);
    }
  }
}

// The compressed forest gives every element its old root.
lemma CompressedRoot(p: seq<int>, rk: seq<int>, x: int, p2: seq<int>, r: int, i: int)
  requires valid_ranked(p, rk) && 0 <= x < |p| && r == root(p, rk, x) && |p2| == |p|
  requires forall j :: 0 <= j < |p| ==> p2[j] == (if on_path(p, rk, x, j) then r else p[j])
  requires valid_ranked(p2, rk) && 0 <= i < |p|
  ensures root(p2, rk, i) == root(p, rk, i)
  decreases |p| - rk[i]
{
  RootOnPath(p, rk, x);
  if on_path(p, rk, x, i) {
    RootOfPath(p, rk, x, i);
    assert p2[r] == r;
    if i != r {
      assert root(p2, rk, i) == root(p2, rk, r);
    }
  } else if p[i] != i {
    CompressedRoot(p, rk, x, p2, r, p[i]);
  }
}
// </vc:helpers>

// find(x) with path compression: walk up from x to the root r, then walk the same path again
// and point every node on it directly at r.
method FindCompress(p: array<int>, rk: seq<int>, x: int) returns (r: int)
  requires pre_union_find_path_compression(p[..], rk, x)
  modifies p
  ensures post_union_find_path_compression(old(p[..]), rk, x, p[..], r)
{
  // <vc:code>
  ghost var p0 := p[..];
  r := x;
  while p[r] != r
    invariant p[..] == p0
    invariant 0 <= r < p.Length && on_path(p0, rk, x, r) && root(p0, rk, r) == root(p0, rk, x)
    decreases p.Length - rk[r]
  {
    ghost var q := r;
    r := p[r];
    PathTrans(p0, rk, x, q, r);
  }
  RootOnPath(p0, rk, x);
  var cur := x;
  while p[cur] != cur
    invariant 0 <= cur < p.Length && on_path(p0, rk, x, cur) && |p0| == p.Length
    invariant forall i :: 0 <= i < p.Length ==>
      p[i] == (if on_path(p0, rk, x, i) && !on_path(p0, rk, cur, i) then r else p0[i])
    decreases p.Length - rk[cur]
  {
    var next := p[cur];
    assert next == p0[cur] && p0[cur] != cur;
    p[cur] := r;
    PathTrans(p0, rk, x, cur, next);
    forall i | 0 <= i < p.Length
      ensures p[i] == (if on_path(p0, rk, x, i) && !on_path(p0, rk, next, i) then r else p0[i])
    {
      if on_path(p0, rk, next, i) {
        PathTrans(p0, rk, x, next, i);
        RankUp(p0, rk, next, i);
        RankUp(p0, rk, x, cur);
      }
      if i == cur {
        if on_path(p0, rk, next, cur) {
          RankUp(p0, rk, next, cur);
        }
      }
    }
    cur := next;
  }
  RootOfPath(p0, rk, x, cur);
  assert cur == r;
  forall i | 0 <= i < p.Length
    ensures p[i] == (if on_path(p0, rk, x, i) then r else p0[i])
  {
  }
  CompressedValid(p0, rk, x, p[..], r);
  forall i | 0 <= i < p.Length
    ensures root(p[..], rk, i) == root(p0, rk, i)
  {
    CompressedRoot(p0, rk, x, p[..], r, i);
  }
  // </vc:code>
}
