// A directed graph on the vertices 0 .. n-1 as adjacency lists: adj[u] lists the heads of the
// edges leaving u (repetitions and self-loops allowed).
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

// At most 1000 edges leave a vertex (the family's bound on list lengths, in every language).
predicate pre_scc(n: int, adj: seq<seq<int>>)
{
  valid_graph(n, adj) && forall u :: 0 <= u < n ==> |adj[u]| <= 1000
}

// comp labels the strongly connected components: comp[u] == comp[v] exactly when u and v reach
// each other. The other outputs are the certificate:
//  - condensation order: no edge leads to a component of a larger number (Tarjan's algorithm
//    numbers the components in the order it completes them, sinks first). Labels never grow
//    along a path, so vertices with different labels do not reach each other both ways;
//  - each component has exactly one root (pin == pout == -1); pin[v] is an in-component
//    predecessor of v with a smaller din (following pin from v goes back to the root: the root
//    reaches v), pout[v] an in-component successor of v with a smaller dout (following pout
//    leads from v to the root: v reaches the root). So all vertices of a component reach each
//    other through its root.
predicate post_scc(n: int, adj: seq<seq<int>>, comp: seq<int>, pin: seq<int>, din: seq<int>, pout: seq<int>, dout: seq<int>)
{
  pre_scc(n, adj) && |comp| == n && |pin| == n && |din| == n && |pout| == n && |dout| == n &&
  (forall v :: 0 <= v < n ==> 0 <= comp[v] < n && din[v] >= 0 && dout[v] >= 0) &&
  (forall u, k :: 0 <= u < n && 0 <= k < |adj[u]| ==> comp[adj[u][k]] <= comp[u]) &&
  (forall v :: 0 <= v < n ==> (pin[v] == -1 <==> pout[v] == -1)) &&
  (forall u, v :: 0 <= u < v < n && pin[u] == -1 && pin[v] == -1 ==> comp[u] != comp[v]) &&
  (forall v :: 0 <= v < n ==> -1 <= pin[v] < n && -1 <= pout[v] < n) &&
  (forall v :: 0 <= v < n && pin[v] != -1 ==>
     v in adj[pin[v]] && comp[pin[v]] == comp[v] && din[pin[v]] < din[v]) &&
  (forall v :: 0 <= v < n && pout[v] != -1 ==>
     pout[v] in adj[v] && comp[pout[v]] == comp[v] && dout[pout[v]] < dout[v])
}

// <vc:helpers>
// </vc:helpers>

// Tarjan's algorithm: one depth-first search numbering the vertices in visit order, with a stack
// of the visited vertices whose component is open and low-links (the least number reachable
// through the subtree and one edge back into the stack); a vertex whose low-link is its own
// number closes a component (everything above it on the stack). pin is the search tree's parent
// inside the component, din the depth; pout is the successor that realises the low-link (the
// vertex numbered low, reached by an edge into the stack, or the tree child whose low-link it took),
// dout = 128 * low + 128 - number (0 at a root).
method SCC(n: int, adj: seq<seq<int>>)
  returns (comp: seq<int>, pin: seq<int>, din: seq<int>, pout: seq<int>, dout: seq<int>)
  requires pre_scc(n, adj)
  ensures post_scc(n, adj, comp, pin, din, pout, dout)
{
  // <vc:code>
  // </vc:code>
}
