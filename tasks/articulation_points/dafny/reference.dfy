// An undirected simple graph on the vertices 0 .. n-1 as symmetric adjacency lists: v is in
// adj[u] exactly when u is in adj[v]; no self-loops and no repeated neighbours, so an edge is
// the pair {u, v}.
predicate valid_graph(n: int, adj: seq<seq<int>>)
{
  1 <= n <= 100 && |adj| == n &&
  forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> 0 <= adj[u][i] < n
}

predicate pre_articulation_points(n: int, adj: seq<seq<int>>)
{
  valid_graph(n, adj) &&
  (forall u, i :: 0 <= u < n && 0 <= i < |adj[u]| ==> adj[u][i] != u && u in adj[adj[u][i]]) &&
  (forall u, i, j :: 0 <= u < n && 0 <= i < j < |adj[u]| ==> adj[u][i] != adj[u][j])
}

// The articulation points (vertices whose removal disconnects two other vertices of their
// component) are exactly the v with cut[v]. The outputs describe a depth-first search forest:
// par[c] is the parent of c (-1 for a root), pre[c] its preorder number (a permutation of
// 0..n-1) and [pre[c], last[c]] the preorder numbers of its subtree (a child's range lies in its
// parent's; a vertex numbered inside [pre[w], last[w]], other than w, has its parent numbered
// there too, so that range is exactly the subtree of w). Every edge that is not a tree edge
// joins a vertex and one of its ancestors. Then:
//  - a root v with cut[v] has two different children wit[v], wit2[v]: their subtrees are joined
//    only through v;
//  - a root v without cut[v] has at most one child, whose subtree stays connected without v;
//  - a non-root v with cut[v] has a child wit[v] whose subtree is closed under every edge except
//    those to v, so removing v separates wit[v] from par[v];
//  - for a non-root v without cut[v], every child c has an escape edge {escx[c], escy[c]} from
//    its subtree to a vertex outside it other than v (an ancestor of v), so every part of the
//    tree below v stays joined to par[v] without v.
// wit, wit2, escx, escy are free where no condition asks for them.
predicate post_articulation_points(n: int, adj: seq<seq<int>>, par: seq<int>, pre: seq<int>, last: seq<int>,
                                   cut: seq<bool>, wit: seq<int>, wit2: seq<int>, escx: seq<int>, escy: seq<int>)
{
  pre_articulation_points(n, adj) && |par| == n && |pre| == n && |last| == n && |cut| == n &&
  |wit| == n && |wit2| == n && |escx| == n && |escy| == n &&
  (forall v :: 0 <= v < n ==> -1 <= par[v] < n && 0 <= pre[v] <= last[v] < n) &&
  (forall u, v :: 0 <= u < v < n ==> pre[u] != pre[v]) &&
  (forall v :: 0 <= v < n && par[v] != -1 ==>
     par[v] in adj[v] && pre[par[v]] < pre[v] && last[v] <= last[par[v]]) &&
  (forall w, x :: 0 <= w < n && 0 <= x < n && pre[w] < pre[x] <= last[w] ==>
     par[x] != -1 && pre[w] <= pre[par[x]]) &&
  (forall u, k :: 0 <= u < n && 0 <= k < |adj[u]| && par[adj[u][k]] != u && par[u] != adj[u][k] ==>
     (pre[adj[u][k]] < pre[u] <= last[adj[u][k]]) || (pre[u] < pre[adj[u][k]] <= last[u])) &&
  (forall v :: 0 <= v < n && par[v] == -1 && cut[v] ==>
     0 <= wit[v] < n && 0 <= wit2[v] < n && wit[v] != wit2[v] && par[wit[v]] == v && par[wit2[v]] == v) &&
  (forall v, x, y :: 0 <= v < n && par[v] == -1 && !cut[v] && 0 <= x < n && 0 <= y < n &&
     par[x] == v && par[y] == v ==> x == y) &&
  (forall v :: 0 <= v < n && par[v] != -1 && cut[v] ==> 0 <= wit[v] < n && par[wit[v]] == v) &&
  (forall v, x, j :: 0 <= v < n && par[v] != -1 && cut[v] && 0 <= wit[v] < n && 0 <= x < n &&
     pre[wit[v]] <= pre[x] <= last[wit[v]] && 0 <= j < |adj[x]| ==>
     (pre[wit[v]] <= pre[adj[x][j]] <= last[wit[v]]) || adj[x][j] == v) &&
  (forall c :: 0 <= c < n && par[c] != -1 && par[par[c]] != -1 && !cut[par[c]] ==>
     0 <= escx[c] < n && 0 <= escy[c] < n && escy[c] in adj[escx[c]] &&
     pre[c] <= pre[escx[c]] <= last[c] && !(pre[c] <= pre[escy[c]] <= last[c]) && escy[c] != par[c])
}

// <vc:helpers>
// The edges the call stack still has to try.
function Remaining(adj: seq<seq<int>>, cs: seq<int>, ci: seq<int>): int
  decreases |cs|
{
  if |cs| == 0 || |ci| != |cs| || !(0 <= cs[|cs| - 1] < |adj|) then 0
  else Remaining(adj, cs[..|cs| - 1], ci[..|ci| - 1]) + |adj[cs[|cs| - 1]]| - ci[|ci| - 1]
}

// The depth-first search, iterative: cs/ci are the call stack (vertex, next edge to try).
// low[u] is the least preorder number reached from u's subtree by one edge other than the tree
// edge into u, and (lx[u], ly[u]) an edge that reaches it. When c finishes with parent p: a
// root p counts its children (the second makes it a cut vertex); for a non-root p, c is a
// witness that p is a cut vertex when low[c] >= pre[p], otherwise (lx[c], ly[c]) is c's escape.
// (Proof not written: the invariants below are the frame and bounds facts only.)
method Search(n: int, adj: seq<seq<int>>)
  returns (par: array<int>, pre: array<int>, last: array<int>, cut: array<bool>, wit: array<int>, wit2: array<int>,
           escx: array<int>, escy: array<int>)
  requires pre_articulation_points(n, adj)
  ensures par.Length == n && pre.Length == n && last.Length == n && cut.Length == n && wit.Length == n
  ensures wit2.Length == n && escx.Length == n && escy.Length == n
{
  par := new int[n](_ => -1);
  pre := new int[n](_ => -1);
  last := new int[n](_ => 0);
  cut := new bool[n](_ => false);
  wit := new int[n](_ => -1);
  wit2 := new int[n](_ => -1);
  escx := new int[n](_ => -1);
  escy := new int[n](_ => -1);
  var low := new int[n](_ => 0);
  var lx := new int[n](_ => -1);
  var ly := new int[n](_ => -1);
  var counter := 0;
  var s := 0;
  while s < n
    invariant 0 <= s <= n
  {
    if pre[s] == -1 {
      pre[s] := counter;
      low[s] := counter;
      counter := counter + 1;
      var cs: seq<int> := [s];
      var ci: seq<int> := [0];
      while |cs| > 0
        invariant |cs| == |ci|
        invariant forall j :: 0 <= j < |cs| ==> 0 <= cs[j] < n && 0 <= ci[j]
        decreases n - counter, Remaining(adj, cs, ci), |cs|
      {
        var u := cs[|cs| - 1];
        var i := ci[|ci| - 1];
        if i < |adj[u]| {
          ci := ci[|ci| - 1 := i + 1];
          var w := adj[u][i];
          if pre[w] == -1 {
            par[w] := u;
            pre[w] := counter;
            low[w] := counter;
            counter := counter + 1;
            cs := cs + [w];
            ci := ci + [0];
          } else if w != par[u] && pre[w] < low[u] {
            low[u] := pre[w];
            lx[u] := u;
            ly[u] := w;
          }
        } else {
          cs := cs[..|cs| - 1];
          ci := ci[..|ci| - 1];
          last[u] := counter - 1;
          if |cs| > 0 {
            var p := cs[|cs| - 1];
            if low[u] < low[p] {
              low[p] := low[u];
              lx[p] := lx[u];
              ly[p] := ly[u];
            }
            if par[p] == -1 {
              if wit[p] == -1 {
                wit[p] := u;
              } else if wit2[p] == -1 {
                wit2[p] := u;
                cut[p] := true;
              }
            } else if low[u] >= pre[p] {
              if !cut[p] {
                cut[p] := true;
                wit[p] := u;
              }
            } else {
              escx[u] := lx[u];
              escy[u] := ly[u];
            }
          }
        }
      }
    }
    s := s + 1;
  }
}
// </vc:helpers>

// Articulation points by Tarjan's low-link: a depth-first search numbers the vertices in
// preorder and computes low[c], the least preorder number reached from the subtree of c by one
// edge other than the tree edge to c's parent (with the edge that reaches it); a non-root v is
// a cut vertex exactly when some child c has low[c] >= pre[v], a root when it has two children.
// last[c] is the last number given in c's subtree.
method ArticulationPoints(n: int, adj: seq<seq<int>>)
  returns (par: seq<int>, pre: seq<int>, last: seq<int>, cut: seq<bool>, wit: seq<int>, wit2: seq<int>,
           escx: seq<int>, escy: seq<int>)
  requires pre_articulation_points(n, adj)
  ensures post_articulation_points(n, adj, par, pre, last, cut, wit, wit2, escx, escy)
{
  // <vc:code>
  var p, o, l, c, w, w2, x, y := Search(n, adj);
  par, pre, last, cut, wit, wit2, escx, escy := p[..], o[..], l[..], c[..], w[..], w2[..], x[..], y[..];
  // </vc:code>
}
