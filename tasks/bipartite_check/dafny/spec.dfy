// An undirected graph on the vertices 0 .. n-1 as symmetric adjacency lists: v is in adj[u]
// exactly when u is in adj[v] (repetitions and self-loops allowed; a self-loop is an odd cycle).
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

predicate symmetric(n: int, adj: seq<seq<int>>)
  requires valid_graph(n, adj)
{
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> u in adj[adj[u][i]]
}

predicate pre_bipartite_check(n: int, adj: seq<seq<int>>)
{
  valid_graph(n, adj) && symmetric(n, adj) && forall u :: 0 <= u < n ==> |adj[u]| <= 1000
}

// color gives every vertex one of two colours, 0 or 1, and every edge joins different colours.
predicate is_two_colouring(n: int, adj: seq<seq<int>>, color: seq<int>)
  requires valid_graph(n, adj)
{
  |color| == n &&
  forall v :: 0 <= v < n ==> (color[v] == 0 || color[v] == 1) &&
    forall i :: 0 <= i < |adj[v]| ==> color[adj[v][i]] != color[v]
}

// cycle is a closed walk of odd length: each vertex has an edge to the next one, the last one to
// the first, and the number of vertices (= the number of edges walked) is odd.
predicate is_odd_closed_walk(n: int, adj: seq<seq<int>>, cycle: seq<int>)
  requires valid_graph(n, adj)
{
  |cycle| % 2 == 1 &&
  forall i :: 0 <= i < |cycle| ==> 0 <= cycle[i] < n && cycle[(i + 1) % |cycle|] in adj[cycle[i]]
}

// bipartite: a 2-colouring with every edge between the two colours; otherwise an odd closed walk,
// which shows that no 2-colouring exists (lemma odd_closed_walk_excludes_two_colouring). Colour
// when !bipartite and cycle when bipartite are free.
predicate post_bipartite_check(n: int, adj: seq<seq<int>>, bipartite: bool, color: seq<int>, cycle: seq<int>)
{
  pre_bipartite_check(n, adj) &&
  (bipartite ==> is_two_colouring(n, adj, color)) &&
  (!bipartite ==> is_odd_closed_walk(n, adj, cycle))
}

// Along a walk the colours alternate: the vertex k steps in has the first vertex's colour
// exactly when k is even.
lemma ColoursAlternate(n: int, adj: seq<seq<int>>, cycle: seq<int>, color: seq<int>, k: int)
  requires valid_graph(n, adj) && is_odd_closed_walk(n, adj, cycle) && is_two_colouring(n, adj, color)
  requires 0 <= k < |cycle|
  ensures color[cycle[k]] == (if k % 2 == 0 then color[cycle[0]] else 1 - color[cycle[0]])
{
  if k > 0 {
    ColoursAlternate(n, adj, cycle, color, k - 1);
    var u := cycle[k - 1];
    assert (k - 1 + 1) % |cycle| == k;
    assert cycle[k] in adj[u];
    var i :| 0 <= i < |adj[u]| && adj[u][i] == cycle[k];
  }
}

// Why an odd closed walk is a certificate, proved: a graph with one has no 2-colouring.
lemma odd_closed_walk_excludes_two_colouring(n: int, adj: seq<seq<int>>, cycle: seq<int>, color: seq<int>)
  requires valid_graph(n, adj) && is_odd_closed_walk(n, adj, cycle) && is_two_colouring(n, adj, color)
  ensures false
{
  var L := |cycle|;
  ColoursAlternate(n, adj, cycle, color, L - 1);
  var u := cycle[L - 1];
  assert (L - 1 + 1) % L == 0;
  assert cycle[0] in adj[u];
  var i :| 0 <= i < |adj[u]| && adj[u][i] == cycle[0];
}

// <vc:helpers>
// </vc:helpers>

// Breadth-first 2-colouring: a colouring, or an odd closed walk when the graph is not bipartite.
method BipartiteCheck(n: int, adj: seq<seq<int>>) returns (bipartite: bool, color: seq<int>, cycle: seq<int>)
  requires pre_bipartite_check(n, adj)
  ensures post_bipartite_check(n, adj, bipartite, color, cycle)
{
  // <vc:code>
  // </vc:code>
}
