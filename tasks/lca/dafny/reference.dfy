// A rooted tree on the vertices 0 .. n-1 as a parent array, numbered from the root down: vertex 0
// is the root (parent[0] == -1) and every other vertex v has its parent before it
// (0 <= parent[v] < v), as a breadth- or depth-first numbering gives.
predicate valid_tree(n: int, parent: seq<int>)
{
  1 <= n <= 100 && |parent| == n && parent[0] == -1 &&
  forall v :: 1 <= v < n ==> 0 <= parent[v] < v
}

// a is an ancestor of v (every vertex is an ancestor of itself): following parent links from v
// reaches a.
predicate ancestor(parent: seq<int>, a: int, v: int)
  requires forall x :: 1 <= x < |parent| ==> 0 <= parent[x] < x
  requires 0 <= v < |parent|
  decreases v
{
  a == v || (v > 0 && ancestor(parent, a, parent[v]))
}

predicate pre_lca(n: int, parent: seq<int>, u: int, v: int)
{
  valid_tree(n, parent) && 0 <= u < n && 0 <= v < n
}

// w is the lowest common ancestor of u and v: an ancestor of both, and every common ancestor of u
// and v is an ancestor of w (so none lies below it).
predicate post_lca(n: int, parent: seq<int>, u: int, v: int, w: int)
{
  pre_lca(n, parent, u, v) && 0 <= w < n &&
  ancestor(parent, w, u) && ancestor(parent, w, v) &&
  forall x :: 0 <= x < n && ancestor(parent, x, u) && ancestor(parent, x, v) ==> ancestor(parent, x, w)
}

// <vc:helpers>
// An ancestor of v is never numbered after v.
lemma AncestorAtMost(parent: seq<int>, x: int, v: int)
  requires forall y :: 1 <= y < |parent| ==> 0 <= parent[y] < y
  requires 0 <= v < |parent| && ancestor(parent, x, v)
  ensures x <= v
  decreases v
{
  if x != v { AncestorAtMost(parent, x, parent[v]); }
}

lemma AncestorTrans(parent: seq<int>, a: int, b: int, c: int)
  requires forall y :: 1 <= y < |parent| ==> 0 <= parent[y] < y
  requires 0 <= b < |parent| && 0 <= c < |parent| && ancestor(parent, a, b) && ancestor(parent, b, c)
  ensures ancestor(parent, a, c)
  decreases c
{
  if b != c { AncestorTrans(parent, a, b, parent[c]); }
}

// Climbing from a > b: the common ancestors of (a, b) are those of (parent[a], b), because a
// itself, numbered after b, is not an ancestor of b.
lemma ClimbKeepsCommon(parent: seq<int>, a: int, b: int, x: int)
  requires forall y :: 1 <= y < |parent| ==> 0 <= parent[y] < y
  requires 0 <= b < a < |parent|
  ensures ancestor(parent, x, a) && ancestor(parent, x, b) <==> ancestor(parent, x, parent[a]) && ancestor(parent, x, b)
{
  if ancestor(parent, x, b) { AncestorAtMost(parent, x, b); }
}
// </vc:helpers>

// Lowest common ancestor by climbing: while the two vertices differ, replace the one numbered
// later (which cannot be an ancestor of the other) by its parent.
method Lca(n: int, parent: seq<int>, u: int, v: int) returns (w: int)
  requires pre_lca(n, parent, u, v)
  ensures post_lca(n, parent, u, v, w)
{
  // <vc:code>
  var a, b := u, v;
  while a != b
    invariant 0 <= a < n && 0 <= b < n
    invariant ancestor(parent, a, u) && ancestor(parent, b, v)
    invariant forall x :: 0 <= x < n ==>
      (ancestor(parent, x, a) && ancestor(parent, x, b) <==> ancestor(parent, x, u) && ancestor(parent, x, v))
    decreases a + b
  {
    if a > b {
      forall x | 0 <= x < n
        ensures ancestor(parent, x, a) && ancestor(parent, x, b) <==> ancestor(parent, x, parent[a]) && ancestor(parent, x, b)
      {
        ClimbKeepsCommon(parent, a, b, x);
      }
      assert ancestor(parent, parent[a], a);
      AncestorTrans(parent, parent[a], a, u);
      a := parent[a];
    } else {
      forall x | 0 <= x < n
        ensures ancestor(parent, x, b) && ancestor(parent, x, a) <==> ancestor(parent, x, parent[b]) && ancestor(parent, x, a)
      {
        ClimbKeepsCommon(parent, b, a, x);
      }
      assert ancestor(parent, parent[b], b);
      AncestorTrans(parent, parent[b], b, v);
      b := parent[b];
    }
  }
  w := a;
  // </vc:code>
}
