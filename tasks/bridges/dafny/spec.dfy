// An undirected simple graph on the vertices 0 .. n-1 as symmetric adjacency lists: v is in
// adj[u] exactly when u is in adj[v]; no self-loops and no repeated neighbours, so an edge is
// the pair {u, v}.
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

predicate pre_bridges(n: int, adj: seq<seq<int>>)
{
  valid_graph(n, adj) &&
  (forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> adj[u][i] != u && u in adj[adj[u][i]]) &&
  (forall u, i, j :: 0 <= u < n && 0 <= i < j < |adj[u]| ==> adj[u][i] != adj[u][j])
}

// The bridges (edges whose removal disconnects their ends) are exactly the edges {par[c], c}
// with isb[c]. The outputs describe a depth-first search forest: par[c] is the parent of c (-1
// for a root), pre[c] its preorder number (a permutation of 0..n-1) and [pre[c], last[c]] the
// preorder numbers of its subtree (the numbers in a child's range lie in its parent's; a vertex
// numbered inside [pre[w], last[w]], other than w, has its parent numbered there too, so that
// range is exactly the subtree of w). Every edge that is not a tree edge joins a vertex and one
// of its ancestors, so it lies on a cycle and is not a bridge. For a tree edge {par[c], c}:
//  - isb[c]: the subtree of c is closed under every edge but {c, par[c]}, so removing that edge
//    separates c from par[c];
//  - not isb[c]: the edge {escx[c], escy[c]} leaves the subtree of c and is another edge, so
//    the tree paths and it form a cycle through {par[c], c}.
predicate post_bridges(n: int, adj: seq<seq<int>>, par: seq<int>, pre: seq<int>, last: seq<int>,
                       isb: seq<bool>, escx: seq<int>, escy: seq<int>)
{
  pre_bridges(n, adj) && |par| == n && |pre| == n && |last| == n && |isb| == n && |escx| == n && |escy| == n &&
  (forall v :: 0 <= v < n ==> -1 <= par[v] < n && 0 <= pre[v] <= last[v] < n) &&
  (forall u, v :: 0 <= u < v < n ==> pre[u] != pre[v]) &&
  (forall v {:trigger par[v]} :: 0 <= v < n && par[v] != -1 ==>
     par[v] in adj[v] && pre[par[v]] < pre[v] && last[v] <= last[par[v]]) &&
  (forall w, x {:trigger par[x], last[w]} :: 0 <= w < n && 0 <= x < n && pre[w] < pre[x] <= last[w] ==>
     par[x] != -1 && pre[w] <= pre[par[x]]) &&
  (forall u, k :: 0 <= u < n && 0 <= k < |adj[u]| && par[adj[u][k]] != u && par[u] != adj[u][k] ==>
     (pre[adj[u][k]] < pre[u] <= last[adj[u][k]]) || (pre[u] < pre[adj[u][k]] <= last[u])) &&
  (forall v :: 0 <= v < n && par[v] == -1 ==> !isb[v]) &&
  (forall c, x, j {:trigger isb[c], adj[x][j]} :: 0 <= c < n && isb[c] && 0 <= x < n && pre[c] <= pre[x] <= last[c] && 0 <= j < |adj[x]| ==>
     (pre[c] <= pre[adj[x][j]] <= last[c]) || (x == c && adj[x][j] == par[c])) &&
  (forall c {:trigger isb[c]} :: 0 <= c < n && par[c] != -1 && !isb[c] ==>
     0 <= escx[c] < n && 0 <= escy[c] < n && escy[c] in adj[escx[c]] &&
     pre[c] <= pre[escx[c]] <= last[c] && !(pre[c] <= pre[escy[c]] <= last[c]) &&
     !(escx[c] == c && escy[c] == par[c]))
}

// <vc:helpers>
// </vc:helpers>

// Bridges by Tarjan's low-link: a depth-first search numbers the vertices in preorder and
// computes low[c], the least preorder number reachable from the subtree of c by one edge other
// than the tree edge to c's parent (with the edge that reaches it); the tree edge {par[c], c} is
// a bridge exactly when low[c] == pre[c]. last[c] is the last number given in c's subtree.
method Bridges(n: int, adj: seq<seq<int>>)
  returns (par: seq<int>, pre: seq<int>, last: seq<int>, isb: seq<bool>, escx: seq<int>, escy: seq<int>)
  requires pre_bridges(n, adj)
  ensures post_bridges(n, adj, par, pre, last, isb, escx, escy)
{
  // <vc:code>
  // </vc:code>
}
