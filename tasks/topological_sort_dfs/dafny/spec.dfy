// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

// At most 1000 edges leave a vertex (the bound of the topological_sort task, kept so that the two contracts agree).
predicate pre_topological_sort_dfs(n: int, adj: seq<seq<int>>)
{
  valid_graph(n, adj) && forall u :: 0 <= u < n ==> |adj[u]| <= 1000
}

// order lists every vertex exactly once (n distinct vertices) and every edge goes forward: no edge
// leads from a vertex to itself or to a vertex listed before it.
predicate is_topological_order(n: int, adj: seq<seq<int>>, order: seq<int>)
  requires valid_graph(n, adj)
{
  |order| == n && (forall i :: 0 <= i < n ==> 0 <= order[i] < n) &&
  (forall i, j :: 0 <= i < j < n ==> order[i] != order[j]) &&
  forall i, j :: 0 <= j <= i < n ==> order[j] !in adj[order[i]]
}

// cycle is a directed cycle (a closed walk): each vertex has an edge to the next one, and the
// last one to the first.
predicate is_cycle(n: int, adj: seq<seq<int>>, cycle: seq<int>)
  requires valid_graph(n, adj)
{
  |cycle| >= 1 && (forall i :: 0 <= i < |cycle| ==> 0 <= cycle[i] < n) &&
  forall i :: 0 <= i < |cycle| ==> cycle[(i + 1) % |cycle|] in adj[cycle[i]]
}

// Either a topological order (acyclic) or a directed cycle that shows none exists.
predicate post_topological_sort_dfs(n: int, adj: seq<seq<int>>, acyclic: bool, order: seq<int>, cycle: seq<int>)
{
  pre_topological_sort_dfs(n, adj) &&
  (acyclic ==> is_topological_order(n, adj, order)) &&
  (!acyclic ==> is_cycle(n, adj, cycle))
}

// Why a cycle is a certificate, proved: a graph with a directed cycle has no topological order
// (the positions of the cycle's vertices would have to increase all the way around).
lemma cycle_excludes_topological_order(n: int, adj: seq<seq<int>>, cycle: seq<int>, order: seq<int>)
  requires valid_graph(n, adj) && is_cycle(n, adj, cycle) && is_topological_order(n, adj, order)
  ensures false
{
  var L := |cycle|;
  EveryVertexListed(n, order, cycle[0]);
  var i0 :| 0 <= i0 < n && order[i0] == cycle[0];
  var last := PositionsRise(n, adj, cycle, order, i0, L - 1);
  assert cycle[(L - 1 + 1) % L] == cycle[0];
  assert cycle[0] in adj[cycle[L - 1]];
  assert order[i0] in adj[order[last]];
}

// The vertex k steps along the cycle is listed at least k places after its first vertex.
lemma PositionsRise(n: int, adj: seq<seq<int>>, cycle: seq<int>, order: seq<int>, i0: int, k: int) returns (i: int)
  requires valid_graph(n, adj) && is_cycle(n, adj, cycle) && is_topological_order(n, adj, order)
  requires 0 <= i0 < n && order[i0] == cycle[0] && 0 <= k < |cycle|
  ensures 0 <= i < n && order[i] == cycle[k] && i >= i0 + k
  decreases k
{
  if k == 0 {
    i := i0;
  } else {
    var p := PositionsRise(n, adj, cycle, order, i0, k - 1);
    assert cycle[(k - 1 + 1) % |cycle|] == cycle[k];
    assert cycle[k] in adj[cycle[k - 1]];
    EveryVertexListed(n, order, cycle[k]);
    i :| 0 <= i < n && order[i] == cycle[k];
    if i <= p {
      assert order[i] !in adj[order[p]];
    }
  }
}
// n distinct vertices among 0 .. n-1 are all of them.
lemma EveryVertexListed(n: int, order: seq<int>, v: int)
  requires |order| == n && 0 <= v < n
  requires forall i :: 0 <= i < n ==> 0 <= order[i] < n
  requires forall i, j :: 0 <= i < j < n ==> order[i] != order[j]
  ensures v in order
{
  var s := set k | 0 <= k < n :: order[k];
  var full := set k | 0 <= k < n;
  SetOfRange(n);
  InjectiveImage(n, order);
  if v !in s {
    assert s <= full - {v};
    SubsetCard(s, full - {v});
  }
  var i :| 0 <= i < n && order[i] == v;
}

lemma SetOfRange(n: int)
  requires n >= 0
  ensures |set k | 0 <= k < n| == n
  decreases n
{
  if n > 0 {
    SetOfRange(n - 1);
    assert (set k | 0 <= k < n) == (set k | 0 <= k < n - 1) + {n - 1};
  }
}

lemma InjectiveImage(n: int, order: seq<int>)
  requires 0 <= n <= |order|
  requires forall i, j :: 0 <= i < j < n ==> order[i] != order[j]
  ensures |set k | 0 <= k < n :: order[k]| == n
  decreases n
{
  if n > 0 {
    InjectiveImage(n - 1, order);
    assert (set k | 0 <= k < n :: order[k]) == (set k | 0 <= k < n - 1 :: order[k]) + {order[n - 1]};
    assert order[n - 1] !in (set k | 0 <= k < n - 1 :: order[k]);
  }
}

lemma SubsetCard(a: set<int>, b: set<int>)
  requires a <= b
  ensures |a| <= |b|
  decreases |b|
{
  if a != {} {
    var x :| x in a;
    SubsetCard(a - {x}, b - {x});
  }
}

// <vc:helpers>
// </vc:helpers>

// Depth-first search: visit every vertex not visited yet; a visit marks its vertex active (on
// the DFS path), visits its unvisited heads, then marks it finished. Listing the vertices by
// decreasing finishing time (reverse postorder) gives a topological order; an edge to an active
// vertex closes a cycle along the DFS path.
method TopologicalSortDfs(n: int, adj: seq<seq<int>>) returns (acyclic: bool, order: seq<int>, cycle: seq<int>)
  requires pre_topological_sort_dfs(n, adj)
  ensures post_topological_sort_dfs(n, adj, acyclic, order, cycle)
{
  // <vc:code>
  // </vc:code>
}
