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
// </vc:helpers>

// Hierholzer's algorithm: an Eulerian trail, or a certificate that there is none.
method EulerPath(n: int, adj: seq<seq<int>>)
  returns (found: bool, path: seq<int>, slot: seq<int>, a: int, b: int, side: seq<bool>)
  requires pre_euler_path(n, adj)
  ensures post_euler_path(n, adj, found, path, slot, a, b, side)
{
  // <vc:code>
  // </vc:code>
}
