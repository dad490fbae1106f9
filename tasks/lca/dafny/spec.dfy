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
// </vc:helpers>

// Lowest common ancestor by climbing: while the two vertices differ, replace the one numbered
// later (which cannot be an ancestor of the other) by its parent.
method Lca(n: int, parent: seq<int>, u: int, v: int) returns (w: int)
  requires pre_lca(n, parent, u, v)
  ensures post_lca(n, parent, u, v, w)
{
  // <vc:code>
  // </vc:code>
}
