// A union-find forest as a parent array: p[i] == i marks a root. Links always go from a smaller
// index to a larger one (p[i] == i or p[i] > i), which makes every path to a root finite.
predicate valid_uf(p: seq<int>)
{
  forall i :: 0 <= i < |p| ==> 0 <= p[i] < |p| && (p[i] == i || p[i] > i)
}

// The root (set representative) of element i.
function root(p: seq<int>, i: int): int
  requires valid_uf(p) && 0 <= i < |p|
  decreases |p| - i
{
  if p[i] == i then i else root(p, p[i])
}

predicate pre_union_find(p: seq<int>, a: int, b: int)
{
  valid_uf(p) && 0 <= a < |p| && 0 <= b < |p|
}

// After union(a, b): a valid forest on the same elements in which i and j are in the same set
// exactly when they were before, or one was with a and the other with b. (The conjunct
// root(p2, a) == root(p2, b) follows from the last one; it is stated for readability.)
predicate post_union_find(p: seq<int>, a: int, b: int, p2: seq<int>)
{
  pre_union_find(p, a, b) && valid_uf(p2) && |p2| == |p| && root(p2, a) == root(p2, b) &&
  forall i, j :: 0 <= i < |p| && 0 <= j < |p| ==>
    (root(p2, i) == root(p2, j) <==>
      (root(p, i) == root(p, j) ||
       (root(p, i) == root(p, a) && root(p, j) == root(p, b)) ||
       (root(p, i) == root(p, b) && root(p, j) == root(p, a))))
}

// <vc:helpers>
method Find(p: array<int>, i: int) returns (r: int)
  requires valid_uf(p[..]) && 0 <= i < p.Length
  ensures 0 <= r < p.Length && p[r] == r && r == root(p[..], i)
{
  r := i;
  while p[r] != r
    invariant 0 <= r < p.Length && root(p[..], r) == root(p[..], i)
    decreases p.Length - r
  {
    r := p[r];
  }
}

lemma RootIsRoot(p: seq<int>, i: int)
  requires valid_uf(p) && 0 <= i < |p|
  ensures 0 <= root(p, i) < |p| && p[root(p, i)] == root(p, i)
  decreases |p| - i
{
  if p[i] != i { RootIsRoot(p, p[i]); }
}

// Linking root c under root q (c < q) sends everything that had root c to root q.
lemma RootAfterLink(p: seq<int>, c: int, q: int, i: int)
  requires valid_uf(p) && 0 <= c < q < |p| && p[c] == c && p[q] == q && 0 <= i < |p|
  ensures valid_uf(p[c := q])
  ensures root(p[c := q], i) == if root(p, i) == c then q else root(p, i)
  decreases |p| - i
{
  var p2 := p[c := q];
  if i == c {
    assert root(p2, q) == q;
  } else if p[i] != i {
    RootAfterLink(p, c, q, p[i]);
  }
}
// </vc:helpers>

// union(a, b) on the forest stored in p: find both roots and link the smaller-index root under
// the larger-index one.
method UnionFind(p: array<int>, a: int, b: int)
  requires pre_union_find(p[..], a, b)
  modifies p
  ensures post_union_find(old(p[..]), a, b, p[..])
{
  // <vc:code>
  ghost var p0 := p[..];
  var ra := Find(p, a);
  var rb := Find(p, b);
  if ra < rb {
    p[ra] := rb;
    assert p[..] == p0[ra := rb];
    forall i | 0 <= i < |p0|
      ensures root(p[..], i) == if root(p0, i) == ra then rb else root(p0, i)
    {
      RootAfterLink(p0, ra, rb, i);
    }
  } else if rb < ra {
    p[rb] := ra;
    assert p[..] == p0[rb := ra];
    forall i | 0 <= i < |p0|
      ensures root(p[..], i) == if root(p0, i) == rb then ra else root(p0, i)
    {
      RootAfterLink(p0, rb, ra, i);
    }
  }
  // </vc:code>
}
