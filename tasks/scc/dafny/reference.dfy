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
// radj[v] lists the tails of the edges entering v.
method Reverse(n: int, adj: seq<seq<int>>) returns (radj: array<seq<int>>)
  requires valid_graph(n, adj)
  ensures radj.Length == n
  ensures forall v, j :: 0 <= v < n && 0 <= j < |radj[v]| ==> 0 <= radj[v][j] < n && v in adj[radj[v][j]]
  ensures forall u, k :: 0 <= u < n && 0 <= k < |adj[u]| ==> u in radj[adj[u][k]]
{
  radj := new seq<int>[n](_ => []);
  var u := 0;
  while u < n
    invariant 0 <= u <= n
    invariant forall v, j :: 0 <= v < n && 0 <= j < |radj[v]| ==> 0 <= radj[v][j] < n && v in adj[radj[v][j]]
    invariant forall x, k :: 0 <= x < u && 0 <= k < |adj[x]| ==> x in radj[adj[x][k]]
  {
    var k := 0;
    while k < |adj[u]|
      invariant 0 <= k <= |adj[u]|
      invariant forall v, j :: 0 <= v < n && 0 <= j < |radj[v]| ==> 0 <= radj[v][j] < n && v in adj[radj[v][j]]
      invariant forall x, k2 :: 0 <= x < u && 0 <= k2 < |adj[x]| ==> x in radj[adj[x][k2]]
      invariant forall k2 :: 0 <= k2 < k ==> u in radj[adj[u][k2]]
    {
      var w := adj[u][k];
      radj[w] := radj[w] + [u];
      k := k + 1;
    }
    u := u + 1;
  }
}

// The edges the call stack still has to try.
function Remaining(adj: seq<seq<int>>, cs: seq<int>, ci: seq<int>): int
  decreases |cs|
{
  if |cs| == 0 || |ci| != |cs| || !(0 <= cs[|cs| - 1] < |adj|) then 0
  else Remaining(adj, cs[..|cs| - 1], ci[..|ci| - 1]) + |adj[cs[|cs| - 1]]| - ci[|ci| - 1]
}

// Tarjan's algorithm, iterative: cs/ci are the call stack (vertex, next edge to try), st the
// stack of visited vertices whose component is still open. Components are numbered in the order
// they close; pin is the search-tree parent (-1 for the root of a component), din the depth.
// (Proof not written: the invariants below are the frame and bounds facts only.)
method Tarjan(n: int, adj: seq<seq<int>>) returns (comp: array<int>, pin: array<int>, din: array<int>)
  requires pre_scc(n, adj)
  ensures comp.Length == n && pin.Length == n && din.Length == n
{
  comp := new int[n](_ => -1);
  pin := new int[n](_ => -1);
  din := new int[n](_ => 0);
  var index := new int[n](_ => -1);
  var low := new int[n](_ => 0);
  var onStack := new bool[n](_ => false);
  var st: seq<int> := [];
  var counter := 0;
  var ncomp := 0;
  var s := 0;
  while s < n
    invariant 0 <= s <= n
  {
    if index[s] == -1 {
      index[s] := counter;
      low[s] := counter;
      counter := counter + 1;
      st := st + [s];
      onStack[s] := true;
      pin[s] := -1;
      din[s] := 0;
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
          if index[w] == -1 {
            index[w] := counter;
            low[w] := counter;
            counter := counter + 1;
            st := st + [w];
            onStack[w] := true;
            pin[w] := u;
            din[w] := din[u] + 1;
            cs := cs + [w];
            ci := ci + [0];
          } else if onStack[w] && index[w] < low[u] {
            low[u] := index[w];
          }
        } else {
          cs := cs[..|cs| - 1];
          ci := ci[..|ci| - 1];
          if |cs| > 0 {
            var p := cs[|cs| - 1];
            if low[u] < low[p] {
              low[p] := low[u];
            }
          }
          if low[u] == index[u] {
            // close the component: everything above u on st
            var more := true;
            while more && |st| > 0
              decreases |st|
            {
              var x := st[|st| - 1];
              st := st[..|st| - 1];
              onStack[x] := false;
              comp[x] := ncomp;
              more := x != u;
            }
            pin[u] := -1;
            ncomp := ncomp + 1;
          }
        }
      }
    }
    s := s + 1;
  }
}

// From each root r (pin[r] == -1), a breadth-first search over the reversed edges inside r's
// component: pout[v] is the vertex v was reached from (an edge v -> pout[v]), dout the distance.
method BackTrees(n: int, adj: seq<seq<int>>, radj: array<seq<int>>, comp: array<int>, pin: array<int>)
  returns (pout: array<int>, dout: array<int>)
  requires valid_graph(n, adj) && radj.Length == n && comp.Length == n && pin.Length == n
  requires forall v, j :: 0 <= v < n && 0 <= j < |radj[v]| ==> 0 <= radj[v][j] < n
  ensures pout.Length == n && dout.Length == n
{
  pout := new int[n](_ => -1);
  dout := new int[n](_ => 0);
  var seen := new bool[n](_ => false);
  var r := 0;
  while r < n
    invariant 0 <= r <= n
  {
    if pin[r] == -1 && !seen[r] {
      seen[r] := true;
      var queue: seq<int> := [r];
      var head := 0;
      while head < |queue|
        invariant 0 <= head <= |queue|
        invariant forall j :: 0 <= j < |queue| ==> 0 <= queue[j] < n
        decreases n - |queue|, |queue| - head
      {
        var x := queue[head];
        head := head + 1;
        var j := 0;
        while j < |radj[x]|
          invariant 0 <= j <= |radj[x]|
          invariant forall j2 :: 0 <= j2 < |queue| ==> 0 <= queue[j2] < n
        {
          var y := radj[x][j];
          if !seen[y] && comp[y] == comp[r] {
            seen[y] := true;
            pout[y] := x;
            dout[y] := dout[x] + 1;
            queue := queue + [y];
          }
          j := j + 1;
        }
      }
    }
    r := r + 1;
  }
}
// </vc:helpers>

// Tarjan's algorithm: one depth-first search numbering the vertices in visit order, with a stack
// of the visited vertices whose component is open and low-links (the least number reachable
// through the subtree and one edge back into the stack); a vertex whose low-link is its own
// number closes a component (everything above it on the stack). pin is the search tree's parent
// inside the component, din the depth; a backward search from each root over the reversed edges
// inside its component gives pout and dout.
method SCC(n: int, adj: seq<seq<int>>)
  returns (comp: seq<int>, pin: seq<int>, din: seq<int>, pout: seq<int>, dout: seq<int>)
  requires pre_scc(n, adj)
  ensures post_scc(n, adj, comp, pin, din, pout, dout)
{
  // <vc:code>
  var c, p, d := Tarjan(n, adj);
  var radj := Reverse(n, adj);
  var po, dd := BackTrees(n, adj, radj, c, p);
  comp, pin, din, pout, dout := c[..], p[..], d[..], po[..], dd[..];
  // </vc:code>
}
