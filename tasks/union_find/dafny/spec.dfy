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
// </vc:helpers>

// union(a, b) on the forest stored in p: find both roots and link the smaller-index root under
// the larger-index one.
method UnionFind(p: array<int>, a: int, b: int)
  requires pre_union_find(p[..], a, b)
  modifies p
  ensures post_union_find(old(p[..]), a, b, p[..])
{
  // <vc:code>
  // </vc:code>
}
