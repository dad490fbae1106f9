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
// </vc:helpers>

// find(x) with path compression: walk up from x to the root r, then walk the same path again
// and point every node on it directly at r.
method FindCompress(p: array<int>, rk: seq<int>, x: int) returns (r: int)
  requires pre_union_find_path_compression(p[..], rk, x)
  modifies p
  ensures post_union_find_path_compression(old(p[..]), rk, x, p[..], r)
{
  // <vc:code>
  // </vc:code>
}
