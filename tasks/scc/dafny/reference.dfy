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
// The state of Tarjan's search. index: visit number (-1 while unvisited); low: low-link; wit: the
// successor that realises the low-link (an edge wit[v] into the stack, or the tree child whose
// low-link it took); parent/din: search tree parent (-1 for a search root) and depth; comp and
// pin/pout/dout are written when a component closes; onStack/stack: the vertices whose component
// is open, by increasing index; active/cs: the call stack (root first); next: edges tried.
datatype Tj = Tj(index: seq<int>, low: seq<int>, wit: seq<int>, parent: seq<int>, din: seq<int>,
                 comp: seq<int>, pin: seq<int>, pout: seq<int>, dout: seq<int>,
                 onStack: seq<bool>, active: seq<bool>, next: seq<int>,
                 stack: seq<int>, cs: seq<int>, counter: int, ncomp: int)

// Unvisited vertices among 0 .. k-1.
function Undisc(index: seq<int>, k: int): int
  requires 0 <= k <= |index|
  decreases k
{
  if k == 0 then 0 else Undisc(index, k - 1) + (if index[k - 1] == -1 then 1 else 0)
}

lemma UndiscNonneg(index: seq<int>, k: int)
  requires 0 <= k <= |index|
  ensures Undisc(index, k) >= 0
  decreases k
{
  if k > 0 { UndiscNonneg(index, k - 1); }
}

lemma UndiscAll(index: seq<int>, k: int)
  requires 0 <= k <= |index| && forall v :: 0 <= v < |index| ==> index[v] == -1
  ensures Undisc(index, k) == k
  decreases k
{
  if k > 0 { UndiscAll(index, k - 1); }
}

lemma UndiscSet(index: seq<int>, w: int, c: int, k: int)
  requires 0 <= w < |index| && index[w] == -1 && c >= 0 && 0 <= k <= |index|
  ensures Undisc(index[w := c], k) == Undisc(index, k) - (if w < k then 1 else 0)
  decreases k
{
  if k > 0 { UndiscSet(index, w, c, k - 1); }
}

// Edges still to try, over the vertices 0 .. k-1.
function RemSum(adj: seq<seq<int>>, next: seq<int>, k: int): int
  requires 0 <= k <= |adj| && |next| == |adj|
  decreases k
{
  if k == 0 then 0 else RemSum(adj, next, k - 1) + |adj[k - 1]| - next[k - 1]
}

lemma RemSumNonneg(adj: seq<seq<int>>, next: seq<int>, k: int)
  requires 0 <= k <= |adj| && |next| == |adj|
  requires forall v :: 0 <= v < |adj| ==> next[v] <= |adj[v]|
  ensures RemSum(adj, next, k) >= 0
  decreases k
{
  if k > 0 { RemSumNonneg(adj, next, k - 1); }
}

lemma RemSumInc(adj: seq<seq<int>>, next: seq<int>, u: int, k: int)
  requires 0 <= u < |adj| && |next| == |adj| && 0 <= k <= |adj|
  ensures RemSum(adj, next[u := next[u] + 1], k) == RemSum(adj, next, k) - (if u < k then 1 else 0)
  decreases k
{
  if k > 0 { RemSumInc(adj, next, u, k - 1); }
}

predicate Shape(n: int, t: Tj)
{
  |t.index| == n && |t.low| == n && |t.wit| == n && |t.parent| == n && |t.din| == n &&
  |t.comp| == n && |t.pin| == n && |t.pout| == n && |t.dout| == n &&
  |t.onStack| == n && |t.active| == n && |t.next| == n &&
  (forall i :: 0 <= i < |t.stack| ==> 0 <= t.stack[i] < n) &&
  (forall i :: 0 <= i < |t.cs| ==> 0 <= t.cs[i] < n) &&
  (forall v :: 0 <= v < n ==> -1 <= t.parent[v] < n && 0 <= t.wit[v] < n)
}

function Top(t: Tj): int
  requires |t.cs| > 0
{
  t.cs[|t.cs| - 1]
}

predicate VertOk(n: int, adj: seq<seq<int>>, t: Tj)
  requires Shape(n, t) && |adj| == n
{
  0 <= t.ncomp && t.ncomp + |t.stack| <= t.counter && t.counter + Undisc(t.index, n) == n &&
  forall v :: 0 <= v < n ==>
    -1 <= t.index[v] < t.counter &&
    (t.index[v] == -1 ==> !t.onStack[v] && !t.active[v] && t.comp[v] == -1 && t.next[v] == 0) &&
    (t.index[v] >= 0 ==> 0 <= t.next[v] <= |adj[v]| && 0 <= t.low[v] <= t.index[v] && t.din[v] >= 0 &&
       (t.onStack[v] <==> t.comp[v] == -1) && -1 <= t.comp[v] < t.ncomp) &&
    (t.active[v] ==> t.onStack[v]) &&
    (t.index[v] >= 0 && !t.active[v] ==> t.next[v] == |adj[v]|)
}

predicate Injective(n: int, t: Tj)
  requires Shape(n, t)
{
  forall u, v :: 0 <= u < n && 0 <= v < n && 0 <= t.index[u] && t.index[u] == t.index[v] ==> u == v
}

predicate StackOk(n: int, t: Tj)
  requires Shape(n, t)
{
  (forall i :: 0 <= i < |t.stack| ==> t.onStack[t.stack[i]]) &&
  (forall v :: 0 <= v < n && t.onStack[v] ==> v in t.stack) &&
  (forall i, j :: 0 <= i < j < |t.stack| ==> t.index[t.stack[i]] < t.index[t.stack[j]])
}

predicate CsOk(n: int, t: Tj)
  requires Shape(n, t)
{
  (forall i :: 0 <= i < |t.cs| ==> t.active[t.cs[i]]) &&
  (forall v :: 0 <= v < n && t.active[v] ==> v in t.cs) &&
  (forall i, j :: 0 <= i < j < |t.cs| ==> t.index[t.cs[i]] < t.index[t.cs[j]]) &&
  (forall i {:trigger t.parent[t.cs[i]]} :: 0 < i < |t.cs| ==> t.parent[t.cs[i]] == t.cs[i - 1]) &&
  (|t.cs| == 0 ==> |t.stack| == 0) &&
  (|t.cs| > 0 ==>
    t.parent[t.cs[0]] == -1 &&
    (forall v :: 0 <= v < n && t.active[v] ==> t.index[v] <= t.index[Top(t)]) &&
    (forall v :: 0 <= v < n && t.onStack[v] ==> t.index[t.cs[0]] <= t.index[v]) &&
    (forall v :: 0 <= v < n && t.index[t.cs[0]] <= t.index[v] ==> t.index[t.cs[0]] <= t.low[v]))
}

predicate ParOk(n: int, adj: seq<seq<int>>, t: Tj)
  requires Shape(n, t) && |adj| == n
{
  (forall v {:trigger t.parent[v]} :: 0 <= v < n && 0 <= t.index[v] && t.parent[v] != -1 ==>
     0 <= t.index[t.parent[v]] < t.index[v] && v in adj[t.parent[v]] && t.din[t.parent[v]] < t.din[v]) &&
  (forall v {:trigger t.parent[v]} :: 0 <= v < n && 0 <= t.index[v] && t.parent[v] != -1 && !t.active[v] ==>
     t.low[t.parent[v]] <= t.low[v]) &&
  (forall v {:trigger t.parent[v]} :: 0 <= v < n && t.onStack[v] && t.parent[v] != -1 ==> t.onStack[t.parent[v]]) &&
  (forall x, i {:trigger t.parent[x], t.cs[i]} :: 0 <= x < n && 0 <= i < |t.cs| && t.index[t.cs[i]] < t.index[x] ==>
     t.parent[x] != -1 && t.index[t.cs[i]] <= t.index[t.parent[x]])
}

// The successor wit[y] realises y's low-link: an edge into the stack to the vertex numbered
// low[y], or a finished tree child with the same low-link.
predicate WitOk(n: int, adj: seq<seq<int>>, t: Tj, y: int)
  requires Shape(n, t) && |adj| == n && 0 <= y < n
{
  t.wit[y] in adj[y] && t.onStack[t.wit[y]] &&
  (t.index[t.wit[y]] == t.low[y] ||
   (t.index[y] < t.index[t.wit[y]] && !t.active[t.wit[y]] && t.low[t.wit[y]] == t.low[y]))
}

predicate LowOk(n: int, adj: seq<seq<int>>, t: Tj)
  requires Shape(n, t) && |adj| == n
{
  (forall y :: 0 <= y < n && t.onStack[y] && !t.active[y] ==> t.low[y] < t.index[y]) &&
  (forall y {:trigger t.wit[y]} :: 0 <= y < n && t.onStack[y] && t.low[y] < t.index[y] ==> WitOk(n, adj, t, y))
}

predicate EdgeAt(n: int, t: Tj, x: int, w: int)
  requires Shape(n, t) && 0 <= x < n && 0 <= w < n
{
  0 <= t.index[w] &&
  (0 <= t.comp[w] || (t.onStack[w] && (t.low[x] <= t.index[w] || t.index[x] < t.index[w])))
}

// Every edge tried so far leads to a closed component or to the stack, not below low[x] or
// above x.
predicate EdgeOk(n: int, adj: seq<seq<int>>, t: Tj)
  requires Shape(n, t) && valid_graph(n, adj)
{
  forall x, k :: 0 <= x < n && 0 <= k < t.next[x] && k < |adj[x]| ==> EdgeAt(n, t, x, adj[x][k])
}

// The closed components already satisfy the contract.
predicate DoneOk(n: int, adj: seq<seq<int>>, t: Tj)
  requires Shape(n, t) && valid_graph(n, adj)
{
  (forall x {:trigger t.comp[x]} :: 0 <= x < n && 0 <= t.comp[x] ==> t.comp[x] < t.ncomp && 0 <= t.dout[x]) &&
  (forall x {:trigger t.pin[x]} :: 0 <= x < n && 0 <= t.comp[x] ==>
     -1 <= t.pin[x] < n && -1 <= t.pout[x] < n && (t.pin[x] == -1 <==> t.pout[x] == -1)) &&
  (forall x {:trigger t.pin[x]} :: 0 <= x < n && 0 <= t.comp[x] && t.pin[x] != -1 ==>
     0 <= t.pin[x] < n && x in adj[t.pin[x]] && t.comp[t.pin[x]] == t.comp[x] && t.din[t.pin[x]] < t.din[x]) &&
  (forall x {:trigger t.pout[x]} :: 0 <= x < n && 0 <= t.comp[x] && t.pout[x] != -1 ==>
     0 <= t.pout[x] < n && t.pout[x] in adj[x] && t.comp[t.pout[x]] == t.comp[x] && t.dout[t.pout[x]] < t.dout[x]) &&
  (forall x, k {:trigger adj[x][k], t.comp[x]} :: 0 <= x < n && 0 <= t.comp[x] && 0 <= k < |adj[x]| ==>
     0 <= t.comp[adj[x][k]] <= t.comp[x]) &&
  (forall u, v {:trigger t.pin[u], t.pin[v]} :: 0 <= u < n && 0 <= v < n && u != v && 0 <= t.comp[u] && 0 <= t.comp[v] &&
     t.pin[u] == -1 && t.pin[v] == -1 ==> t.comp[u] != t.comp[v])
}

predicate Inv(n: int, adj: seq<seq<int>>, t: Tj)
{
  pre_scc(n, adj) && Shape(n, t) && VertOk(n, adj, t) && Injective(n, t) && StackOk(n, t) &&
  CsOk(n, t) && ParOk(n, adj, t) && LowOk(n, adj, t) && EdgeOk(n, adj, t) && DoneOk(n, adj, t)
}

// Inv behind a guard: the body of InvH's quantifier is only instantiated where a term Key(k)
// appears (in Open), so the glue methods below reason about a small context; Open and Close
// turn one form into the other.
function Key(k: int): bool
{
  true
}

predicate InvH(n: int, adj: seq<seq<int>>, t: Tj)
{
  pre_scc(n, adj) && Shape(n, t) && (forall v :: 0 <= v < n ==> 0 <= t.next[v] <= |adj[v]|) &&
  forall k {:trigger Key(k)} :: 0 <= k < 2 && Key(k) ==> Inv(n, adj, t)
}

lemma Open(n: int, adj: seq<seq<int>>, t: Tj)
  requires InvH(n, adj, t)
  ensures Inv(n, adj, t) == true
{
  assert Key(0);
}

lemma Close(n: int, adj: seq<seq<int>>, t: Tj)
  requires Inv(n, adj, t) == true
  ensures InvH(n, adj, t)
{
}

// The facts of Inv that the search loop and the glue methods use.
predicate TopOk(n: int, adj: seq<seq<int>>, t: Tj)
  requires Shape(n, t) && |adj| == n && |t.cs| > 0
{
  t.active[Top(t)] && t.onStack[Top(t)] && 0 <= t.index[Top(t)] < t.counter && 0 <= t.din[Top(t)] &&
  0 <= t.low[Top(t)] <= t.index[Top(t)]
}

lemma Facts(n: int, adj: seq<seq<int>>, t: Tj)
  requires InvH(n, adj, t)
  ensures 0 <= t.counter <= n && RemSum(adj, t.next, n) >= 0
  ensures forall v :: 0 <= v < n ==> -1 <= t.index[v] && (t.onStack[v] ==> 0 <= t.index[v])
  ensures |t.cs| > 0 ==> TopOk(n, adj, t)
{
  Open(n, adj, t);
  UndiscNonneg(t.index, n);
  RemSumNonneg(adj, t.next, n);
}

predicate Frame(n: int, t: Tj, t2: Tj)
  requires Shape(n, t) && Shape(n, t2)
{
  forall v :: 0 <= v < n && t.index[v] >= 0 ==> t2.index[v] == t.index[v]
}

method FillInt(n: int, x: int) returns (s: seq<int>)
  requires n >= 0
  ensures |s| == n && forall i :: 0 <= i < n ==> s[i] == x
{
  s := [];
  while |s| < n
    invariant |s| <= n && forall i :: 0 <= i < |s| ==> s[i] == x
  {
    s := s + [x];
  }
}

method FillBool(n: int) returns (s: seq<bool>)
  requires n >= 0
  ensures |s| == n && forall i :: 0 <= i < n ==> !s[i]
{
  s := [];
  while |s| < n
    invariant |s| <= n && forall i :: 0 <= i < |s| ==> !s[i]
  {
    s := s + [false];
  }
}

method Init(n: int, adj: seq<seq<int>>) returns (t: Tj)
  requires pre_scc(n, adj)
  ensures InvH(n, adj, t) && |t.cs| == 0
{
  var index := FillInt(n, -1);
  var low := FillInt(n, 0);
  var wit := FillInt(n, 0);
  var parent := FillInt(n, -1);
  var din := FillInt(n, 0);
  var comp := FillInt(n, -1);
  var pin := FillInt(n, -1);
  var pout := FillInt(n, -1);
  var dout := FillInt(n, 0);
  var onStack := FillBool(n);
  var active := FillBool(n);
  var next := FillInt(n, 0);
  t := Tj(index, low, wit, parent, din, comp, pin, pout, dout, onStack, active, next, [], [], 0, 0);
  UndiscAll(index, n);
  assert Shape(n, t);
  assert VertOk(n, adj, t);
  assert Injective(n, t);
  assert StackOk(n, t);
  assert CsOk(n, t);
  assert ParOk(n, adj, t);
  assert LowOk(n, adj, t);
  assert EdgeOk(n, adj, t);
  assert DoneOk(n, adj, t);
  Close(n, adj, t);
}

function PushT(t: Tj, w: int, p: int): Tj
  requires 0 <= w < |t.index| && |t.index| == |t.low| == |t.parent| == |t.din| == |t.onStack| == |t.active|
  requires p == -1 || 0 <= p < |t.din|
{
  t.(index := t.index[w := t.counter], low := t.low[w := t.counter], parent := t.parent[w := p],
     din := t.din[w := if p == -1 then 0 else t.din[p] + 1], onStack := t.onStack[w := true],
     active := t.active[w := true], stack := t.stack + [w], cs := t.cs + [w], counter := t.counter + 1)
}

predicate PushOk(n: int, adj: seq<seq<int>>, t: Tj, w: int, p: int)
  requires Shape(n, t) && |adj| == n
{
  0 <= w < n && t.index[w] == -1 &&
  ((p == -1 && |t.cs| == 0) ||
   (|t.cs| > 0 && p == Top(t) && 0 <= p < n && w in adj[p] && t.active[p] && t.onStack[p] && 0 <= t.index[p] && 0 <= t.din[p]))
}

lemma PushVert(n: int, adj: seq<seq<int>>, t: Tj, w: int, p: int)
  requires (Shape(n, t) && |adj| == n && VertOk(n, adj, t) && PushOk(n, adj, t, w, p)) == true
  ensures Shape(n, PushT(t, w, p)) && VertOk(n, adj, PushT(t, w, p))
{
  var t2 := PushT(t, w, p);
  UndiscSet(t.index, w, t.counter, n);
  UndiscNonneg(t2.index, n);
}

lemma PushInj(n: int, adj: seq<seq<int>>, t: Tj, w: int, p: int)
  requires (Shape(n, t) && |adj| == n && VertOk(n, adj, t) && Injective(n, t) && PushOk(n, adj, t, w, p)) == true
  ensures Shape(n, PushT(t, w, p)) && Injective(n, PushT(t, w, p))
{
}

lemma PushStack(n: int, adj: seq<seq<int>>, t: Tj, w: int, p: int)
  requires (Shape(n, t) && |adj| == n && VertOk(n, adj, t) && StackOk(n, t) && PushOk(n, adj, t, w, p)) == true
  ensures Shape(n, PushT(t, w, p)) && StackOk(n, PushT(t, w, p))
{
  var t2 := PushT(t, w, p);
  forall v | 0 <= v < n && t2.onStack[v] ensures v in t2.stack {
    if v != w { assert v in t.stack; }
  }
}

lemma PushCs(n: int, adj: seq<seq<int>>, t: Tj, w: int, p: int)
  requires (Shape(n, t) && |adj| == n && VertOk(n, adj, t) && StackOk(n, t) && CsOk(n, t) && PushOk(n, adj, t, w, p)) == true
  ensures Shape(n, PushT(t, w, p)) && CsOk(n, PushT(t, w, p))
{
  var t2 := PushT(t, w, p);
  forall v | 0 <= v < n && t2.active[v] ensures v in t2.cs {
    if v != w { assert v in t.cs; }
  }
  if p == -1 {
    forall v | 0 <= v < n && t2.onStack[v] ensures v == w {
      if v != w { assert v in t.stack; }
    }
  }
}

lemma PushPar(n: int, adj: seq<seq<int>>, t: Tj, w: int, p: int)
  requires (Shape(n, t) && |adj| == n && VertOk(n, adj, t) && CsOk(n, t) && ParOk(n, adj, t) && PushOk(n, adj, t, w, p)) == true
  ensures Shape(n, PushT(t, w, p)) && ParOk(n, adj, PushT(t, w, p))
{
  var t2 := PushT(t, w, p);
  forall x, i | 0 <= x < n && 0 <= i < |t2.cs| && t2.index[t2.cs[i]] < t2.index[x]
    ensures t2.parent[x] != -1 && t2.index[t2.cs[i]] <= t2.index[t2.parent[x]]
  {
    if x == w {
      assert i < |t.cs|;
      assert t.index[t.cs[i]] <= t.index[Top(t)];
    } else {
      assert i < |t.cs|;
      assert t.parent[x] == t2.parent[x];
    }
  }
}

lemma PushLow(n: int, adj: seq<seq<int>>, t: Tj, w: int, p: int)
  requires (Shape(n, t) && |adj| == n && VertOk(n, adj, t) && LowOk(n, adj, t) && PushOk(n, adj, t, w, p)) == true
  ensures Shape(n, PushT(t, w, p)) && LowOk(n, adj, PushT(t, w, p))
{
  var t2 := PushT(t, w, p);
  forall y | 0 <= y < n && t2.onStack[y] && t2.low[y] < t2.index[y] ensures WitOk(n, adj, t2, y) {
    assert y != w;
    assert WitOk(n, adj, t, y);
  }
}

lemma PushEdge(n: int, adj: seq<seq<int>>, t: Tj, w: int, p: int)
  requires (pre_scc(n, adj) && Shape(n, t) && VertOk(n, adj, t) && EdgeOk(n, adj, t) && PushOk(n, adj, t, w, p)) == true
  ensures Shape(n, PushT(t, w, p)) && EdgeOk(n, adj, PushT(t, w, p))
{
  var t2 := PushT(t, w, p);
  forall x, k | 0 <= x < n && 0 <= k < t2.next[x] && k < |adj[x]| ensures EdgeAt(n, t2, x, adj[x][k]) {
    assert EdgeAt(n, t, x, adj[x][k]);
  }
}

lemma PushDone(n: int, adj: seq<seq<int>>, t: Tj, w: int, p: int)
  requires (pre_scc(n, adj) && Shape(n, t) && VertOk(n, adj, t) && DoneOk(n, adj, t) && PushOk(n, adj, t, w, p)) == true
  ensures Shape(n, PushT(t, w, p)) && DoneOk(n, adj, PushT(t, w, p))
{
}

// An edge u -> w into the stack below low[u] lowers the low-link of the active vertex u.
function LowerT(t: Tj, u: int, w: int): Tj
  requires 0 <= u < |t.low| && 0 <= u < |t.wit| && 0 <= w < |t.index|
{
  t.(low := t.low[u := t.index[w]], wit := t.wit[u := w])
}

predicate LowerOk(n: int, adj: seq<seq<int>>, t: Tj, u: int, w: int)
  requires Shape(n, t) && |adj| == n
{
  |t.cs| > 0 && u == Top(t) && 0 <= u < n && 0 <= w < n && w in adj[u] && t.onStack[w] &&
  t.active[u] && t.index[w] < t.low[u]
}

lemma LowerA(n: int, adj: seq<seq<int>>, t: Tj, u: int, w: int)
  requires (pre_scc(n, adj) && Shape(n, t) && VertOk(n, adj, t) && Injective(n, t) && StackOk(n, t) && CsOk(n, t) && DoneOk(n, adj, t) && LowerOk(n, adj, t, u, w)) == true
  ensures Shape(n, LowerT(t, u, w)) && VertOk(n, adj, LowerT(t, u, w)) && Injective(n, LowerT(t, u, w)) &&
    StackOk(n, LowerT(t, u, w)) && CsOk(n, LowerT(t, u, w)) && DoneOk(n, adj, LowerT(t, u, w))
{
}

lemma LowerB(n: int, adj: seq<seq<int>>, t: Tj, u: int, w: int)
  requires (Shape(n, t) && |adj| == n && VertOk(n, adj, t) && ParOk(n, adj, t) && LowerOk(n, adj, t, u, w)) == true
  ensures Shape(n, LowerT(t, u, w)) && ParOk(n, adj, LowerT(t, u, w))
{
}

lemma LowerC(n: int, adj: seq<seq<int>>, t: Tj, u: int, w: int)
  requires (Shape(n, t) && |adj| == n && VertOk(n, adj, t) && LowOk(n, adj, t) && LowerOk(n, adj, t, u, w)) == true
  ensures Shape(n, LowerT(t, u, w)) && LowOk(n, adj, LowerT(t, u, w))
{
  var t2 := LowerT(t, u, w);
  forall y | 0 <= y < n && t2.onStack[y] && t2.low[y] < t2.index[y] ensures WitOk(n, adj, t2, y) {
    if y != u { assert WitOk(n, adj, t, y); }
  }
}

lemma LowerD(n: int, adj: seq<seq<int>>, t: Tj, u: int, w: int)
  requires (pre_scc(n, adj) && Shape(n, t) && VertOk(n, adj, t) && EdgeOk(n, adj, t) && LowerOk(n, adj, t, u, w)) == true
  ensures Shape(n, LowerT(t, u, w)) && EdgeOk(n, adj, LowerT(t, u, w))
{
  var t2 := LowerT(t, u, w);
  forall x, k | 0 <= x < n && 0 <= k < t2.next[x] && k < |adj[x]| ensures EdgeAt(n, t2, x, adj[x][k]) {
    assert EdgeAt(n, t, x, adj[x][k]);
  }
}

lemma Lower(n: int, adj: seq<seq<int>>, t: Tj, u: int, w: int)
  requires Inv(n, adj, t) == true && LowerOk(n, adj, t, u, w)
  ensures Inv(n, adj, LowerT(t, u, w)) == true
{
  LowerA(n, adj, t, u, w);
  LowerB(n, adj, t, u, w);
  LowerC(n, adj, t, u, w);
  LowerD(n, adj, t, u, w);
}

// The active vertex u is done with one more edge.
function AdvanceT(t: Tj, u: int): Tj
  requires 0 <= u < |t.next|
{
  t.(next := t.next[u := t.next[u] + 1])
}

predicate AdvanceOk(n: int, adj: seq<seq<int>>, t: Tj, u: int)
  requires Shape(n, t) && valid_graph(n, adj)
{
  0 <= u < n && t.active[u] && 0 <= t.next[u] < |adj[u]| && EdgeAt(n, t, u, adj[u][t.next[u]])
}

lemma AdvanceA1(n: int, adj: seq<seq<int>>, t: Tj, u: int)
  requires (pre_scc(n, adj) && Shape(n, t) && VertOk(n, adj, t) && AdvanceOk(n, adj, t, u)) == true
  ensures Shape(n, AdvanceT(t, u)) && VertOk(n, adj, AdvanceT(t, u))
{
}

lemma AdvanceA2(n: int, adj: seq<seq<int>>, t: Tj, u: int)
  requires (pre_scc(n, adj) && Shape(n, t) && Injective(n, t) && StackOk(n, t) && CsOk(n, t) && AdvanceOk(n, adj, t, u)) == true
  ensures Shape(n, AdvanceT(t, u)) && Injective(n, AdvanceT(t, u)) && StackOk(n, AdvanceT(t, u)) && CsOk(n, AdvanceT(t, u))
{
  var t2 := AdvanceT(t, u);
  assert t2.index == t.index && t2.onStack == t.onStack && t2.active == t.active && t2.stack == t.stack && t2.cs == t.cs;
}

lemma AdvanceA3(n: int, adj: seq<seq<int>>, t: Tj, u: int)
  requires (pre_scc(n, adj) && Shape(n, t) && ParOk(n, adj, t) && LowOk(n, adj, t) && AdvanceOk(n, adj, t, u)) == true
  ensures Shape(n, AdvanceT(t, u)) && ParOk(n, adj, AdvanceT(t, u)) && LowOk(n, adj, AdvanceT(t, u))
{
  var t2 := AdvanceT(t, u);
  assert t2.index == t.index && t2.onStack == t.onStack && t2.active == t.active && t2.stack == t.stack && t2.cs == t.cs;
  assert t2.low == t.low && t2.wit == t.wit && t2.parent == t.parent && t2.din == t.din;
  forall y | 0 <= y < n && t2.onStack[y] && t2.low[y] < t2.index[y] ensures WitOk(n, adj, t2, y) {
    assert WitOk(n, adj, t, y);
  }
}

lemma AdvanceA4(n: int, adj: seq<seq<int>>, t: Tj, u: int)
  requires (pre_scc(n, adj) && Shape(n, t) && DoneOk(n, adj, t) && AdvanceOk(n, adj, t, u)) == true
  ensures Shape(n, AdvanceT(t, u)) && DoneOk(n, adj, AdvanceT(t, u))
{
  var t2 := AdvanceT(t, u);
  assert t2.comp == t.comp && t2.pin == t.pin && t2.pout == t.pout && t2.dout == t.dout && t2.din == t.din;
}

lemma AdvanceB(n: int, adj: seq<seq<int>>, t: Tj, u: int)
  requires (pre_scc(n, adj) && Shape(n, t) && VertOk(n, adj, t) && EdgeOk(n, adj, t) && AdvanceOk(n, adj, t, u)) == true
  ensures Shape(n, AdvanceT(t, u)) && EdgeOk(n, adj, AdvanceT(t, u))
{
  var t2 := AdvanceT(t, u);
  forall x, k | 0 <= x < n && 0 <= k < t2.next[x] && k < |adj[x]| ensures EdgeAt(n, t2, x, adj[x][k]) {
    if x != u || k < t.next[u] { assert EdgeAt(n, t, x, adj[x][k]); }
  }
}

lemma Advance(n: int, adj: seq<seq<int>>, t: Tj, u: int)
  requires Inv(n, adj, t) == true && AdvanceOk(n, adj, t, u)
  ensures Inv(n, adj, AdvanceT(t, u)) == true
  ensures RemSum(adj, AdvanceT(t, u).next, n) == RemSum(adj, t.next, n) - 1
{
  AdvanceA1(n, adj, t, u);
  AdvanceA2(n, adj, t, u);
  AdvanceA3(n, adj, t, u);
  AdvanceA4(n, adj, t, u);
  AdvanceB(n, adj, t, u);
  RemSumInc(adj, t.next, u, n);
}

// The top u of the call stack is finished and stays on the stack (low[u] < index[u]): its parent
// p takes the smaller low-link, with u as its witness.
function FinOpenT(t: Tj): Tj
  requires |t.cs| >= 2 && 0 <= Top(t) < |t.active| && 0 <= Top(t) < |t.low|
  requires 0 <= t.cs[|t.cs| - 2] < |t.low| && |t.wit| == |t.low|
{
  var u := Top(t);
  var p := t.cs[|t.cs| - 2];
  t.(cs := t.cs[..|t.cs| - 1], active := t.active[u := false],
     low := if t.low[u] < t.low[p] then t.low[p := t.low[u]] else t.low,
     wit := if t.low[u] < t.low[p] then t.wit[p := u] else t.wit)
}

predicate FinOpenOk(n: int, adj: seq<seq<int>>, t: Tj)
  requires Shape(n, t) && |adj| == n
{
  |t.cs| >= 2 && t.next[Top(t)] == |adj[Top(t)]| && t.low[Top(t)] < t.index[Top(t)] &&
  t.parent[Top(t)] == t.cs[|t.cs| - 2]
}

lemma FinOpenTwo(n: int, adj: seq<seq<int>>, t: Tj)
  requires (Inv(n, adj, t) && |t.cs| > 0 && t.low[Top(t)] < t.index[Top(t)]) == true
  ensures |t.cs| >= 2 && t.parent[Top(t)] == t.cs[|t.cs| - 2]
{
}

lemma FinOpenA(n: int, adj: seq<seq<int>>, t: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && VertOk(n, adj, t) && Injective(n, t) && StackOk(n, t) && CsOk(n, t) && FinOpenOk(n, adj, t)) == true
  ensures Shape(n, FinOpenT(t)) && VertOk(n, adj, FinOpenT(t)) && Injective(n, FinOpenT(t)) && StackOk(n, FinOpenT(t))
{
}

lemma FinOpenA2(n: int, adj: seq<seq<int>>, t: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && VertOk(n, adj, t) && CsOk(n, t) && FinOpenOk(n, adj, t)) == true
  ensures Shape(n, FinOpenT(t)) && CsOk(n, FinOpenT(t))
{
  var t2 := FinOpenT(t);
  var u := Top(t);
  forall v | 0 <= v < n && t2.active[v] ensures v in t2.cs {
    assert v in t.cs;
    var i :| 0 <= i < |t.cs| && t.cs[i] == v;
    assert i < |t.cs| - 1;
    assert t2.cs[i] == v;
  }
  forall v | 0 <= v < n && t2.active[v] ensures t2.index[v] <= t2.index[Top(t2)] {
    assert v in t2.cs;
    var i :| 0 <= i < |t2.cs| && t2.cs[i] == v;
    if i < |t2.cs| - 1 { assert t.index[t.cs[i]] < t.index[t.cs[|t2.cs| - 1]]; }
  }
}

lemma FinOpenB(n: int, adj: seq<seq<int>>, t: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && VertOk(n, adj, t) && CsOk(n, t) && ParOk(n, adj, t) && FinOpenOk(n, adj, t)) == true
  ensures Shape(n, FinOpenT(t)) && ParOk(n, adj, FinOpenT(t))
{
  var t2 := FinOpenT(t);
  forall x, i | 0 <= x < n && 0 <= i < |t2.cs| && t2.index[t2.cs[i]] < t2.index[x]
    ensures t2.parent[x] != -1 && t2.index[t2.cs[i]] <= t2.index[t2.parent[x]]
  {
    assert t2.cs[i] == t.cs[i];
  }
}

lemma FinOpenC(n: int, adj: seq<seq<int>>, t: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && VertOk(n, adj, t) && CsOk(n, t) && ParOk(n, adj, t) && LowOk(n, adj, t) && FinOpenOk(n, adj, t)) == true
  ensures Shape(n, FinOpenT(t)) && LowOk(n, adj, FinOpenT(t))
{
  var t2 := FinOpenT(t);
  var u := Top(t);
  var p := t.cs[|t.cs| - 2];
  assert t.active[p];
  forall y | 0 <= y < n && t2.onStack[y] && t2.low[y] < t2.index[y] ensures WitOk(n, adj, t2, y) {
    if y == p && t.low[u] < t.low[p] {
      assert u in adj[t.parent[u]];
    } else {
      assert WitOk(n, adj, t, y);
    }
  }
}

lemma FinOpenD(n: int, adj: seq<seq<int>>, t: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && VertOk(n, adj, t) && EdgeOk(n, adj, t) && DoneOk(n, adj, t) && FinOpenOk(n, adj, t)) == true
  ensures Shape(n, FinOpenT(t)) && EdgeOk(n, adj, FinOpenT(t)) && DoneOk(n, adj, FinOpenT(t))
{
  var t2 := FinOpenT(t);
  assert t2.comp == t.comp && t2.pin == t.pin && t2.pout == t.pout && t2.dout == t.dout && t2.din == t.din;
  forall x, k | 0 <= x < n && 0 <= k < t2.next[x] && k < |adj[x]| ensures EdgeAt(n, t2, x, adj[x][k]) {
    assert EdgeAt(n, t, x, adj[x][k]);
  }
}

lemma FinOpen(n: int, adj: seq<seq<int>>, t: Tj)
  requires Inv(n, adj, t) == true && |t.cs| > 0 && t.next[Top(t)] == |adj[Top(t)]| && t.low[Top(t)] < t.index[Top(t)]
  ensures |t.cs| >= 2 && Inv(n, adj, FinOpenT(t)) == true
{
  FinOpenTwo(n, adj, t);
  FinOpenA(n, adj, t);
  FinOpenA2(n, adj, t);
  FinOpenB(n, adj, t);
  FinOpenC(n, adj, t);
  FinOpenD(n, adj, t);
}

// While Top(t) closes its component: everything numbered from it up has a low-link at least its
// number (low-links only fall along the search tree towards the root).
predicate ChainAll(n: int, t: Tj)
  requires Shape(n, t) && |t.cs| > 0
{
  forall x :: 0 <= x < n && t.index[Top(t)] <= t.index[x] ==> t.index[Top(t)] <= t.low[x]
}

lemma ChainLow(n: int, adj: seq<seq<int>>, t: Tj, x: int)
  requires Inv(n, adj, t) == true && |t.cs| > 0 && t.low[Top(t)] == t.index[Top(t)]
  requires 0 <= x < n && t.index[Top(t)] <= t.index[x]
  ensures t.index[Top(t)] <= t.low[x]
  decreases t.index[x]
{
  var r := Top(t);
  if x != r {
    var p := t.parent[x];
    assert t.index[t.cs[|t.cs| - 1]] < t.index[x];
    assert p != -1 && t.index[r] <= t.index[p];
    ChainLow(n, adj, t, p);
  }
}

lemma ChainLowAll(n: int, adj: seq<seq<int>>, t: Tj)
  requires Inv(n, adj, t) == true && |t.cs| > 0 && t.low[Top(t)] == t.index[Top(t)]
  ensures ChainAll(n, t)
{
  forall x | 0 <= x < n && t.index[Top(t)] <= t.index[x] ensures t.index[Top(t)] <= t.low[x] {
    ChainLow(n, adj, t, x);
  }
}

// v belongs to the component that Top(t) closes.
predicate InS(n: int, t: Tj, v: int)
  requires Shape(n, t) && |t.cs| > 0 && 0 <= v < n
{
  t.onStack[v] && t.index[Top(t)] <= t.index[v]
}

predicate ClosedAt(n: int, t: Tj, t2: Tj, v: int)
  requires Shape(n, t) && Shape(n, t2) && |t.cs| > 0 && 0 <= v < n
{
  t2.onStack[v] == (t.onStack[v] && !InS(n, t, v)) &&
  t2.comp[v] == (if InS(n, t, v) then t.ncomp else t.comp[v]) &&
  t2.pin[v] == (if InS(n, t, v) then (if v == Top(t) then -1 else t.parent[v]) else t.pin[v]) &&
  t2.pout[v] == (if InS(n, t, v) then (if v == Top(t) then -1 else t.wit[v]) else t.pout[v]) &&
  t2.dout[v] == (if InS(n, t, v) then (if v == Top(t) then 0 else 128 * t.low[v] + 128 - t.index[v]) else t.dout[v])
}

// t2 is t after Top(t) closed its component (popped from both stacks, labelled t.ncomp).
predicate Closed(n: int, t: Tj, t2: Tj)
  requires Shape(n, t) && Shape(n, t2)
{
  |t.cs| > 0 &&
  t2.index == t.index && t2.low == t.low && t2.wit == t.wit && t2.parent == t.parent &&
  t2.din == t.din && t2.next == t.next && t2.counter == t.counter &&
  t2.cs == t.cs[..|t.cs| - 1] && t2.active == t.active[Top(t) := false] && t2.ncomp == t.ncomp + 1 &&
  |t2.stack| < |t.stack| && t2.stack == t.stack[..|t2.stack|] && t.stack[|t2.stack|] == Top(t) &&
  forall v :: 0 <= v < n ==> ClosedAt(n, t, t2, v)
}

predicate CloseOk(n: int, adj: seq<seq<int>>, t: Tj)
  requires Shape(n, t) && |adj| == n
{
  |t.cs| > 0 && t.next[Top(t)] == |adj[Top(t)]| && t.low[Top(t)] == t.index[Top(t)] && ChainAll(n, t)
}

lemma PopStep(n: int, adj: seq<seq<int>>, t: Tj, k: int, lim: int)
  requires Shape(n, t) && |adj| == n && VertOk(n, adj, t) && StackOk(n, t)
  requires 0 < k <= |t.stack| && lim == (if k < |t.stack| then t.index[t.stack[k]] else t.counter)
  ensures forall v :: 0 <= v < n ==>
    ((t.onStack[v] && t.index[t.stack[k - 1]] <= t.index[v]) <==> ((t.onStack[v] && lim <= t.index[v]) || v == t.stack[k - 1]))
{
  forall v | 0 <= v < n
    ensures (t.onStack[v] && t.index[t.stack[k - 1]] <= t.index[v]) <==> ((t.onStack[v] && lim <= t.index[v]) || v == t.stack[k - 1])
  {
    if t.onStack[v] {
      assert v in t.stack;
      var i :| 0 <= i < |t.stack| && t.stack[i] == v;
      if i < k - 1 {
        assert t.index[v] < t.index[t.stack[k - 1]];
        if k < |t.stack| { assert t.index[t.stack[k - 1]] < t.index[t.stack[k]]; }
      } else if i >= k {
        if i > k { assert t.index[t.stack[k]] < t.index[v]; }
      }
    }
  }
}

// The five sequences that closing a component writes, bundled in a Tj (c).
predicate PopShape(n: int, c: Tj)
{
  |c.onStack| == n && |c.comp| == n && |c.pin| == n && |c.pout| == n && |c.dout| == n
}

predicate PopAt(n: int, t: Tj, u: int, lim: int, c: Tj, v: int)
  requires Shape(n, t) && PopShape(n, c) && 0 <= v < n
{
  c.onStack[v] == (t.onStack[v] && !(lim <= t.index[v])) &&
  c.comp[v] == (if t.onStack[v] && lim <= t.index[v] then t.ncomp else t.comp[v]) &&
  c.pin[v] == (if t.onStack[v] && lim <= t.index[v] then (if v == u then -1 else t.parent[v]) else t.pin[v]) &&
  c.pout[v] == (if t.onStack[v] && lim <= t.index[v] then (if v == u then -1 else t.wit[v]) else t.pout[v]) &&
  c.dout[v] == (if t.onStack[v] && lim <= t.index[v] then (if v == u then 0 else 128 * t.low[v] + 128 - t.index[v]) else t.dout[v])
}

predicate PopInv(n: int, t: Tj, u: int, lim: int, c: Tj)
  requires Shape(n, t) && PopShape(n, c)
{
  forall v {:trigger PopAt(n, t, u, lim, c, v)} :: 0 <= v < n ==> PopAt(n, t, u, lim, c, v)
}

function PopStepT(t: Tj, u: int, c: Tj, x: int): Tj
  requires 0 <= x < |c.onStack| && x < |c.comp| && x < |c.pin| && x < |c.pout| && x < |c.dout|
  requires x < |t.parent| && x < |t.wit| && x < |t.low| && x < |t.index|
{
  c.(onStack := c.onStack[x := false], comp := c.comp[x := t.ncomp],
     pin := c.pin[x := if x == u then -1 else t.parent[x]],
     pout := c.pout[x := if x == u then -1 else t.wit[x]],
     dout := c.dout[x := if x == u then 0 else 128 * t.low[x] + 128 - t.index[x]])
}

// VertOk and StackOk behind the guard of InvH, for ClosePop's loop.
predicate PopReady(n: int, adj: seq<seq<int>>, t: Tj)
  requires Shape(n, t) && |adj| == n
{
  forall k {:trigger Key(k)} :: 0 <= k < 2 && Key(k) ==> VertOk(n, adj, t) && StackOk(n, t)
}

lemma OpenPop(n: int, adj: seq<seq<int>>, t: Tj)
  requires Shape(n, t) && |adj| == n && PopReady(n, adj, t)
  ensures VertOk(n, adj, t) && StackOk(n, t)
{
  assert Key(0);
}

lemma PopOrder(n: int, adj: seq<seq<int>>, t: Tj, i: int, j: int)
  requires Shape(n, t) && |adj| == n && PopReady(n, adj, t) && 0 <= i < j < |t.stack|
  ensures t.stack[i] != t.stack[j]
{
  OpenPop(n, adj, t);
  assert t.index[t.stack[i]] < t.index[t.stack[j]];
}

lemma PopStart(n: int, adj: seq<seq<int>>, t: Tj)
  requires Shape(n, t) && |adj| == n && PopReady(n, adj, t) && |t.cs| > 0 && t.onStack[Top(t)]
  ensures Top(t) in t.stack
{
  OpenPop(n, adj, t);
}

lemma PopMove(n: int, adj: seq<seq<int>>, t: Tj, u: int, k: int, lim: int, c: Tj)
  requires Shape(n, t) && |adj| == n && PopReady(n, adj, t)
  requires 0 < k <= |t.stack| && lim == (if k < |t.stack| then t.index[t.stack[k]] else t.counter)
  requires PopShape(n, c) && PopInv(n, t, u, lim, c)
  ensures PopShape(n, PopStepT(t, u, c, t.stack[k - 1]))
  ensures PopInv(n, t, u, t.index[t.stack[k - 1]], PopStepT(t, u, c, t.stack[k - 1]))
{
  OpenPop(n, adj, t);
  var x := t.stack[k - 1];
  PopStep(n, adj, t, k, lim);
  var c2 := PopStepT(t, u, c, x);
  forall v | 0 <= v < n ensures PopAt(n, t, u, t.index[x], c2, v) {
    assert PopAt(n, t, u, lim, c, v);
  }
}

lemma PopInit(n: int, adj: seq<seq<int>>, t: Tj, u: int)
  requires Shape(n, t) && |adj| == n && PopReady(n, adj, t)
  ensures PopShape(n, t) && PopInv(n, t, u, t.counter, t)
{
  OpenPop(n, adj, t);
  forall v | 0 <= v < n ensures PopAt(n, t, u, t.counter, t, v) {
  }
}

method ClosePop(n: int, adj: seq<seq<int>>, t: Tj) returns (t2: Tj)
  requires Shape(n, t) && |adj| == n && PopReady(n, adj, t) && |t.cs| > 0 && t.onStack[Top(t)]
  ensures Shape(n, t2) && Closed(n, t, t2)
{
  var u := t.cs[|t.cs| - 1];
  PopStart(n, adj, t);
  ghost var q :| 0 <= q < |t.stack| && t.stack[q] == u;
  var st := t.stack;
  var c := t;
  var x := -1;
  ghost var lim := t.counter;
  PopInit(n, adj, t, u);
  while x != u
    invariant q <= |st| <= |t.stack| && st == t.stack[..|st|]
    invariant (x == u) == (|st| == q)
    invariant lim == (if |st| < |t.stack| then t.index[t.stack[|st|]] else t.counter)
    invariant PopShape(n, c) && PopInv(n, t, u, lim, c)
    decreases |st|
  {
    PopMove(n, adj, t, u, |st|, lim, c);
    x := st[|st| - 1];
    assert x == t.stack[|st| - 1];
    assert (x == u) == (|st| - 1 == q) by {
      if |st| - 1 < q { PopOrder(n, adj, t, |st| - 1, q); }
      if q < |st| - 1 { PopOrder(n, adj, t, q, |st| - 1); }
    }
    st := st[..|st| - 1];
    c := c.(onStack := c.onStack[x := false], comp := c.comp[x := t.ncomp],
       pin := c.pin[x := if x == u then -1 else t.parent[x]],
       pout := c.pout[x := if x == u then -1 else t.wit[x]],
       dout := c.dout[x := if x == u then 0 else 128 * t.low[x] + 128 - t.index[x]]);
    lim := t.index[x];
  }
  t2 := t.(stack := st, onStack := c.onStack, comp := c.comp, pin := c.pin, pout := c.pout, dout := c.dout,
           ncomp := t.ncomp + 1, cs := t.cs[..|t.cs| - 1], active := t.active[u := false]);
  forall v | 0 <= v < n ensures ClosedAt(n, t, t2, v) {
    assert PopAt(n, t, u, lim, c, v);
  }
}

lemma CloseA(n: int, adj: seq<seq<int>>, t: Tj, t2: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && Shape(n, t2) && VertOk(n, adj, t) && CsOk(n, t) && CloseOk(n, adj, t) && Closed(n, t, t2)) == true
  ensures VertOk(n, adj, t2)
{
  forall v | 0 <= v < n
    ensures -1 <= t2.index[v] < t2.counter &&
    (t2.index[v] == -1 ==> !t2.onStack[v] && !t2.active[v] && t2.comp[v] == -1 && t2.next[v] == 0) &&
    (t2.index[v] >= 0 ==> 0 <= t2.next[v] <= |adj[v]| && 0 <= t2.low[v] <= t2.index[v] && t2.din[v] >= 0 &&
       (t2.onStack[v] <==> t2.comp[v] == -1) && -1 <= t2.comp[v] < t2.ncomp) &&
    (t2.active[v] ==> t2.onStack[v]) &&
    (t2.index[v] >= 0 && !t2.active[v] ==> t2.next[v] == |adj[v]|)
  {
    assert ClosedAt(n, t, t2, v);
    if t2.active[v] {
      assert v in t.cs;
      var i :| 0 <= i < |t.cs| && t.cs[i] == v;
      assert i < |t.cs| - 1;
      assert t.index[v] < t.index[Top(t)];
    }
  }
}

lemma CloseB(n: int, adj: seq<seq<int>>, t: Tj, t2: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && Shape(n, t2) && VertOk(n, adj, t) && Injective(n, t) && StackOk(n, t) && CloseOk(n, adj, t) && Closed(n, t, t2)) == true
  ensures Injective(n, t2) && StackOk(n, t2)
{
  var q := |t2.stack|;
  forall i | 0 <= i < q ensures t2.onStack[t2.stack[i]] {
    assert t.index[t.stack[i]] < t.index[t.stack[q]];
    assert ClosedAt(n, t, t2, t.stack[i]);
  }
  forall v | 0 <= v < n && t2.onStack[v] ensures v in t2.stack {
    assert ClosedAt(n, t, t2, v);
    assert v in t.stack;
    var i :| 0 <= i < |t.stack| && t.stack[i] == v;
    if i >= q {
      if i > q { assert t.index[t.stack[q]] < t.index[v]; }
      assert false;
    }
    assert t2.stack[i] == v;
  }
}

lemma CloseC(n: int, adj: seq<seq<int>>, t: Tj, t2: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && Shape(n, t2) && VertOk(n, adj, t) && StackOk(n, t) && CsOk(n, t) && CloseOk(n, adj, t) && Closed(n, t, t2)) == true
  ensures CsOk(n, t2)
{
  var u := Top(t);
  forall v | 0 <= v < n && t2.active[v] ensures v in t2.cs {
    assert v in t.cs;
    var i :| 0 <= i < |t.cs| && t.cs[i] == v;
    assert i < |t.cs| - 1;
    assert t2.cs[i] == v;
  }
  if |t2.cs| == 0 {
    if |t2.stack| > 0 {
      assert t.onStack[t.stack[0]];
      assert t.index[t.stack[0]] < t.index[t.stack[|t2.stack|]];
      assert false;
    }
  } else {
    forall v | 0 <= v < n && t2.active[v] ensures t2.index[v] <= t2.index[Top(t2)] {
      assert v in t2.cs;
      var i :| 0 <= i < |t2.cs| && t2.cs[i] == v;
      if i < |t2.cs| - 1 { assert t.index[t.cs[i]] < t.index[t.cs[|t2.cs| - 1]]; }
    }
    forall v | 0 <= v < n && t2.onStack[v] ensures t2.index[t2.cs[0]] <= t2.index[v] {
      assert ClosedAt(n, t, t2, v);
    }
  }
}

lemma CloseD(n: int, adj: seq<seq<int>>, t: Tj, t2: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && Shape(n, t2) && VertOk(n, adj, t) && CsOk(n, t) && ParOk(n, adj, t) && CloseOk(n, adj, t) && Closed(n, t, t2)) == true
  ensures ParOk(n, adj, t2)
{
  var u := Top(t);
  forall v | 0 <= v < n && 0 <= t2.index[v] && t2.parent[v] != -1 && !t2.active[v]
    ensures t2.low[t2.parent[v]] <= t2.low[v]
  {
    if v == u {
      assert |t.cs| >= 2;
      assert t.parent[t.cs[|t.cs| - 1]] == t.cs[|t.cs| - 2];
    }
  }
  forall v | 0 <= v < n && t2.onStack[v] && t2.parent[v] != -1 ensures t2.onStack[t2.parent[v]] {
    assert ClosedAt(n, t, t2, v);
    assert ClosedAt(n, t, t2, t.parent[v]);
  }
  forall x, i | 0 <= x < n && 0 <= i < |t2.cs| && t2.index[t2.cs[i]] < t2.index[x]
    ensures t2.parent[x] != -1 && t2.index[t2.cs[i]] <= t2.index[t2.parent[x]]
  {
    assert t2.cs[i] == t.cs[i];
    assert t.parent[x] == t2.parent[x];
  }
}

lemma CloseE(n: int, adj: seq<seq<int>>, t: Tj, t2: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && Shape(n, t2) && VertOk(n, adj, t) && LowOk(n, adj, t) && CloseOk(n, adj, t) && Closed(n, t, t2)) == true
  ensures LowOk(n, adj, t2)
{
  var u := Top(t);
  forall y | 0 <= y < n && t2.onStack[y] && !t2.active[y] ensures t2.low[y] < t2.index[y] {
    assert ClosedAt(n, t, t2, y);
  }
  forall y | 0 <= y < n && t2.onStack[y] && t2.low[y] < t2.index[y] ensures WitOk(n, adj, t2, y) {
    assert ClosedAt(n, t, t2, y);
    assert WitOk(n, adj, t, y);
    var w := t.wit[y];
    assert ClosedAt(n, t, t2, w);
    if InS(n, t, w) {
      assert t.index[u] <= t.low[w];
      assert false;
    }
  }
}

lemma CloseF(n: int, adj: seq<seq<int>>, t: Tj, t2: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && Shape(n, t2) && VertOk(n, adj, t) && EdgeOk(n, adj, t) && CloseOk(n, adj, t) && Closed(n, t, t2)) == true
  ensures EdgeOk(n, adj, t2)
{
  forall x, k | 0 <= x < n && 0 <= k < t2.next[x] && k < |adj[x]| ensures EdgeAt(n, t2, x, adj[x][k]) {
    assert EdgeAt(n, t, x, adj[x][k]);
    assert ClosedAt(n, t, t2, adj[x][k]);
  }
}

// A vertex of the closing component other than its root: not active, a tree child inside it.
lemma InSNonRoot(n: int, adj: seq<seq<int>>, t: Tj, x: int)
  requires (pre_scc(n, adj) && Shape(n, t) && VertOk(n, adj, t) && Injective(n, t) && CsOk(n, t) && ParOk(n, adj, t) && |t.cs| > 0 && 0 <= x < n && InS(n, t, x) && x != Top(t)) == true
  ensures t.index[Top(t)] < t.index[x] && !t.active[x] && t.parent[x] != -1 && InS(n, t, t.parent[x])
{
  assert t.index[t.cs[|t.cs| - 1]] < t.index[x];
  assert t.parent[x] != -1;
}

lemma CloseG1(n: int, adj: seq<seq<int>>, t: Tj, t2: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && Shape(n, t2) && VertOk(n, adj, t) && Injective(n, t) && CsOk(n, t) && ParOk(n, adj, t) && DoneOk(n, adj, t) && CloseOk(n, adj, t) && Closed(n, t, t2)) == true
  ensures forall x {:trigger t2.comp[x]} :: 0 <= x < n && 0 <= t2.comp[x] ==> t2.comp[x] < t2.ncomp && 0 <= t2.dout[x]
  ensures forall x {:trigger t2.pin[x]} :: 0 <= x < n && 0 <= t2.comp[x] ==>
     -1 <= t2.pin[x] < n && -1 <= t2.pout[x] < n && (t2.pin[x] == -1 <==> t2.pout[x] == -1)
  ensures forall u, v {:trigger t2.pin[u], t2.pin[v]} :: 0 <= u < n && 0 <= v < n && u != v && 0 <= t2.comp[u] && 0 <= t2.comp[v] &&
     t2.pin[u] == -1 && t2.pin[v] == -1 ==> t2.comp[u] != t2.comp[v]
{
  UndiscNonneg(t.index, n);
  forall x | 0 <= x < n && 0 <= t2.comp[x]
    ensures t2.comp[x] < t2.ncomp && 0 <= t2.dout[x] && -1 <= t2.pin[x] < n && -1 <= t2.pout[x] < n && (t2.pin[x] == -1 <==> t2.pout[x] == -1)
  {
    assert ClosedAt(n, t, t2, x);
    if InS(n, t, x) {
      if x != Top(t) {
        InSNonRoot(n, adj, t, x);
        assert 0 <= t.low[x] && t.index[x] < 100;
        assert 0 <= t.parent[x] < n && 0 <= t.wit[x] < n;
      }
    } else {
      assert t.comp[x] < t.ncomp && 0 <= t.dout[x];
      assert -1 <= t.pin[x] < n && -1 <= t.pout[x] < n && (t.pin[x] == -1 <==> t.pout[x] == -1);
    }
  }
  forall u, v | 0 <= u < n && 0 <= v < n && u != v && 0 <= t2.comp[u] && 0 <= t2.comp[v] && t2.pin[u] == -1 && t2.pin[v] == -1
    ensures t2.comp[u] != t2.comp[v]
  {
    assert ClosedAt(n, t, t2, u);
    assert ClosedAt(n, t, t2, v);
    if InS(n, t, u) && u != Top(t) { InSNonRoot(n, adj, t, u); }
    if InS(n, t, v) && v != Top(t) { InSNonRoot(n, adj, t, v); }
  }
}

lemma CloseG2(n: int, adj: seq<seq<int>>, t: Tj, t2: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && Shape(n, t2) && VertOk(n, adj, t) && Injective(n, t) && CsOk(n, t) && ParOk(n, adj, t) && DoneOk(n, adj, t) && CloseOk(n, adj, t) && Closed(n, t, t2)) == true
  ensures forall x {:trigger t2.pin[x]} :: 0 <= x < n && 0 <= t2.comp[x] && t2.pin[x] != -1 ==>
     0 <= t2.pin[x] < n && x in adj[t2.pin[x]] && t2.comp[t2.pin[x]] == t2.comp[x] && t2.din[t2.pin[x]] < t2.din[x]
{
  forall x | 0 <= x < n && 0 <= t2.comp[x] && t2.pin[x] != -1
    ensures 0 <= t2.pin[x] < n && x in adj[t2.pin[x]] && t2.comp[t2.pin[x]] == t2.comp[x] && t2.din[t2.pin[x]] < t2.din[x]
  {
    assert ClosedAt(n, t, t2, x);
    if InS(n, t, x) {
      InSNonRoot(n, adj, t, x);
      assert ClosedAt(n, t, t2, t.parent[x]);
    } else {
      assert ClosedAt(n, t, t2, t.pin[x]);
    }
  }
}

lemma CloseG3(n: int, adj: seq<seq<int>>, t: Tj, t2: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && Shape(n, t2) && VertOk(n, adj, t) && Injective(n, t) && CsOk(n, t) && ParOk(n, adj, t) && LowOk(n, adj, t) && DoneOk(n, adj, t) && CloseOk(n, adj, t) && Closed(n, t, t2)) == true
  ensures forall x {:trigger t2.pout[x]} :: 0 <= x < n && 0 <= t2.comp[x] && t2.pout[x] != -1 ==>
     0 <= t2.pout[x] < n && t2.pout[x] in adj[x] && t2.comp[t2.pout[x]] == t2.comp[x] && t2.dout[t2.pout[x]] < t2.dout[x]
{
  var u := Top(t);
  UndiscNonneg(t.index, n);
  forall x | 0 <= x < n && 0 <= t2.comp[x] && t2.pout[x] != -1
    ensures 0 <= t2.pout[x] < n && t2.pout[x] in adj[x] && t2.comp[t2.pout[x]] == t2.comp[x] && t2.dout[t2.pout[x]] < t2.dout[x]
  {
    assert ClosedAt(n, t, t2, x);
    if InS(n, t, x) {
      InSNonRoot(n, adj, t, x);
      assert t.low[x] < t.index[x];
      assert WitOk(n, adj, t, x);
      var w := t.wit[x];
      assert t.index[u] <= t.low[x];
      assert InS(n, t, w);
      assert ClosedAt(n, t, t2, w);
      if w != u {
        InSNonRoot(n, adj, t, w);
        assert t.low[w] < t.index[w];
        assert 0 <= t.index[w] < 100 && 0 <= t.index[x] < 100;
        assert t.index[w] == t.low[x] || (t.index[x] < t.index[w] && t.low[w] == t.low[x]);
      }
    } else {
      assert ClosedAt(n, t, t2, t.pout[x]);
    }
  }
}

lemma CloseG4(n: int, adj: seq<seq<int>>, t: Tj, t2: Tj)
  requires (pre_scc(n, adj) && Shape(n, t) && Shape(n, t2) && VertOk(n, adj, t) && CsOk(n, t) && EdgeOk(n, adj, t) && DoneOk(n, adj, t) && CloseOk(n, adj, t) && Closed(n, t, t2)) == true
  ensures forall x, k {:trigger adj[x][k], t2.comp[x]} :: 0 <= x < n && 0 <= t2.comp[x] && 0 <= k < |adj[x]| ==>
     0 <= t2.comp[adj[x][k]] <= t2.comp[x]
{
  var u := Top(t);
  forall x, k | 0 <= x < n && 0 <= t2.comp[x] && 0 <= k < |adj[x]|
    ensures 0 <= t2.comp[adj[x][k]] <= t2.comp[x]
  {
    assert ClosedAt(n, t, t2, x);
    assert ClosedAt(n, t, t2, adj[x][k]);
    if InS(n, t, x) {
      if x != u {
        assert !t.active[x] by {
          if t.active[x] {
            assert x in t.cs;
            var i :| 0 <= i < |t.cs| && t.cs[i] == x;
            if i < |t.cs| - 1 { assert t.index[x] < t.index[u]; }
          }
        }
      }
      assert EdgeAt(n, t, x, adj[x][k]);
      assert t.index[u] <= t.low[x];
    }
  }
}

lemma CloseAllA(n: int, adj: seq<seq<int>>, t: Tj, t2: Tj)
  requires Inv(n, adj, t) == true && Shape(n, t2) && CloseOk(n, adj, t) && Closed(n, t, t2)
  ensures VertOk(n, adj, t2) && Injective(n, t2) && StackOk(n, t2) && CsOk(n, t2) && ParOk(n, adj, t2)
{
  CloseA(n, adj, t, t2);
  CloseB(n, adj, t, t2);
  CloseC(n, adj, t, t2);
  CloseD(n, adj, t, t2);
}

lemma CloseAllB(n: int, adj: seq<seq<int>>, t: Tj, t2: Tj)
  requires Inv(n, adj, t) == true && Shape(n, t2) && CloseOk(n, adj, t) && Closed(n, t, t2)
  ensures LowOk(n, adj, t2) && EdgeOk(n, adj, t2)
{
  CloseE(n, adj, t, t2);
  CloseF(n, adj, t, t2);
}

lemma CloseAllG(n: int, adj: seq<seq<int>>, t: Tj, t2: Tj)
  requires Inv(n, adj, t) == true && Shape(n, t2) && CloseOk(n, adj, t) && Closed(n, t, t2)
  ensures DoneOk(n, adj, t2)
{
  CloseG1(n, adj, t, t2);
  CloseG2(n, adj, t, t2);
  CloseG3(n, adj, t, t2);
  CloseG4(n, adj, t, t2);
}

lemma FrameSet(index: seq<int>, w: int, c: int)
  requires 0 <= w < |index| && index[w] == -1
  ensures forall v :: 0 <= v < |index| && index[v] >= 0 ==> index[w := c][v] == index[v]
{
}

lemma PushH(n: int, adj: seq<seq<int>>, t: Tj, w: int, p: int)
  requires InvH(n, adj, t) && PushOk(n, adj, t, w, p)
  ensures InvH(n, adj, PushT(t, w, p))
{
  Open(n, adj, t);
  PushVert(n, adj, t, w, p);
  PushInj(n, adj, t, w, p);
  PushStack(n, adj, t, w, p);
  PushCs(n, adj, t, w, p);
  PushPar(n, adj, t, w, p);
  PushLow(n, adj, t, w, p);
  PushEdge(n, adj, t, w, p);
  PushDone(n, adj, t, w, p);
  Close(n, adj, PushT(t, w, p));
}

// A new vertex w enters the search as a child of p (or as a new root, p == -1).
method Push(n: int, adj: seq<seq<int>>, t: Tj, w: int, p: int) returns (t2: Tj)
  requires InvH(n, adj, t) && PushOk(n, adj, t, w, p)
  ensures InvH(n, adj, t2) && t2 == PushT(t, w, p)
{
  t2 := t.(index := t.index[w := t.counter], low := t.low[w := t.counter], parent := t.parent[w := p],
     din := t.din[w := if p == -1 then 0 else t.din[p] + 1], onStack := t.onStack[w := true],
     active := t.active[w := true], stack := t.stack + [w], cs := t.cs + [w], counter := t.counter + 1);
  PushH(n, adj, t, w, p);
}

lemma AdvanceH(n: int, adj: seq<seq<int>>, t: Tj, u: int)
  requires InvH(n, adj, t) && AdvanceOk(n, adj, t, u)
  ensures InvH(n, adj, AdvanceT(t, u))
  ensures RemSum(adj, AdvanceT(t, u).next, n) == RemSum(adj, t.next, n) - 1
{
  Open(n, adj, t);
  Advance(n, adj, t, u);
  Close(n, adj, AdvanceT(t, u));
}

lemma LowerH(n: int, adj: seq<seq<int>>, t: Tj, u: int, w: int)
  requires InvH(n, adj, t) && LowerOk(n, adj, t, u, w)
  ensures InvH(n, adj, LowerT(t, u, w))
{
  Open(n, adj, t);
  Lower(n, adj, t, u, w);
  Close(n, adj, LowerT(t, u, w));
}

// Try the next edge u -> w of the top vertex u: a new vertex is pushed as u's child, an edge
// into the stack may lower low[u].
method ExplorePush(n: int, adj: seq<seq<int>>, t: Tj) returns (t2: Tj)
  requires InvH(n, adj, t) && |t.cs| > 0 && t.next[Top(t)] < |adj[Top(t)]|
  requires t.index[adj[Top(t)][t.next[Top(t)]]] == -1
  ensures InvH(n, adj, t2) && Frame(n, t, t2) && t2.counter > t.counter
{
  Facts(n, adj, t);
  var u := t.cs[|t.cs| - 1];
  var w := adj[u][t.next[u]];
  var t1 := Push(n, adj, t, w, u);
  FrameSet(t.index, w, t.counter);
  assert EdgeAt(n, t1, u, adj[u][t1.next[u]]);
  AdvanceH(n, adj, t1, u);
  t2 := t1.(next := t1.next[u := t1.next[u] + 1]);
}

method ExploreLower(n: int, adj: seq<seq<int>>, t: Tj) returns (t2: Tj)
  requires InvH(n, adj, t) && |t.cs| > 0 && t.next[Top(t)] < |adj[Top(t)]|
  requires t.onStack[adj[Top(t)][t.next[Top(t)]]] && t.index[adj[Top(t)][t.next[Top(t)]]] < t.low[Top(t)]
  ensures InvH(n, adj, t2) && t2.index == t.index && t2.counter == t.counter
  ensures RemSum(adj, t2.next, n) < RemSum(adj, t.next, n)
{
  Facts(n, adj, t);
  var u := t.cs[|t.cs| - 1];
  var w := adj[u][t.next[u]];
  LowerH(n, adj, t, u, w);
  var t1 := t.(low := t.low[u := t.index[w]], wit := t.wit[u := w]);
  assert EdgeAt(n, t1, u, adj[u][t1.next[u]]);
  AdvanceH(n, adj, t1, u);
  t2 := t1.(next := t1.next[u := t1.next[u] + 1]);
}

// An edge of u that neither finds a new vertex nor lowers low[u] already meets EdgeOk.
lemma SkipEdge(n: int, adj: seq<seq<int>>, t: Tj)
  requires InvH(n, adj, t) && |t.cs| > 0 && 0 <= t.next[Top(t)] < |adj[Top(t)]|
  requires t.index[adj[Top(t)][t.next[Top(t)]]] != -1
  requires !(t.onStack[adj[Top(t)][t.next[Top(t)]]] && t.index[adj[Top(t)][t.next[Top(t)]]] < t.low[Top(t)])
  ensures EdgeAt(n, t, Top(t), adj[Top(t)][t.next[Top(t)]])
{
  Open(n, adj, t);
  var w := adj[Top(t)][t.next[Top(t)]];
  assert 0 <= w < n;
}

method ExploreSkip(n: int, adj: seq<seq<int>>, t: Tj) returns (t2: Tj)
  requires InvH(n, adj, t) && |t.cs| > 0 && t.next[Top(t)] < |adj[Top(t)]|
  requires t.index[adj[Top(t)][t.next[Top(t)]]] != -1
  requires !(t.onStack[adj[Top(t)][t.next[Top(t)]]] && t.index[adj[Top(t)][t.next[Top(t)]]] < t.low[Top(t)])
  ensures InvH(n, adj, t2) && t2.index == t.index && t2.counter == t.counter
  ensures RemSum(adj, t2.next, n) < RemSum(adj, t.next, n)
{
  Facts(n, adj, t);
  var u := t.cs[|t.cs| - 1];
  SkipEdge(n, adj, t);
  AdvanceH(n, adj, t, u);
  t2 := t.(next := t.next[u := t.next[u] + 1]);
}

lemma CloseReady(n: int, adj: seq<seq<int>>, t: Tj)
  requires InvH(n, adj, t) && |t.cs| > 0 && t.next[Top(t)] == |adj[Top(t)]| && t.low[Top(t)] == t.index[Top(t)]
  ensures PopReady(n, adj, t) && t.onStack[Top(t)] && CloseOk(n, adj, t)
{
  Open(n, adj, t);
  ChainLowAll(n, adj, t);
}

lemma CloseAllH(n: int, adj: seq<seq<int>>, t: Tj, t2: Tj)
  requires InvH(n, adj, t) && Shape(n, t2) && CloseOk(n, adj, t) && Closed(n, t, t2)
  ensures InvH(n, adj, t2)
{
  Open(n, adj, t);
  CloseAllA(n, adj, t, t2);
  CloseAllB(n, adj, t, t2);
  CloseAllG(n, adj, t, t2);
  assert Inv(n, adj, t2) == true;
  Close(n, adj, t2);
}

// The top vertex u is finished and roots a component: pop it off the stack.
method CloseTop(n: int, adj: seq<seq<int>>, t: Tj) returns (t2: Tj)
  requires InvH(n, adj, t) && |t.cs| > 0 && t.next[Top(t)] == |adj[Top(t)]| && t.low[Top(t)] == t.index[Top(t)]
  ensures InvH(n, adj, t2) && t2.index == t.index && t2.counter == t.counter && t2.next == t.next && |t2.cs| < |t.cs|
{
  CloseReady(n, adj, t);
  t2 := ClosePop(n, adj, t);
  CloseAllH(n, adj, t, t2);
}

lemma FinOpenH(n: int, adj: seq<seq<int>>, t: Tj)
  requires InvH(n, adj, t) && |t.cs| > 0 && t.next[Top(t)] == |adj[Top(t)]| && t.low[Top(t)] < t.index[Top(t)]
  ensures |t.cs| >= 2 && InvH(n, adj, FinOpenT(t))
{
  Open(n, adj, t);
  FinOpen(n, adj, t);
  Close(n, adj, FinOpenT(t));
}

// The top vertex u is finished and stays on the stack: its parent takes its low-link.
method FinishOpen(n: int, adj: seq<seq<int>>, t: Tj) returns (t2: Tj)
  requires InvH(n, adj, t) && |t.cs| > 0 && t.next[Top(t)] == |adj[Top(t)]| && t.low[Top(t)] < t.index[Top(t)]
  ensures InvH(n, adj, t2) && t2.index == t.index && t2.counter == t.counter && t2.next == t.next && |t2.cs| < |t.cs|
{
  var u := t.cs[|t.cs| - 1];
  FinOpenH(n, adj, t);
  var p := t.cs[|t.cs| - 2];
  t2 := t.(cs := t.cs[..|t.cs| - 1], active := t.active[u := false]);
  if t.low[u] < t.low[p] {
    t2 := t2.(low := t.low[p := t.low[u]], wit := t.wit[p := u]);
  }
  assert t2 == FinOpenT(t);
}

lemma Final(n: int, adj: seq<seq<int>>, t: Tj)
  requires InvH(n, adj, t) && |t.cs| == 0 && forall v :: 0 <= v < n ==> t.index[v] >= 0
  ensures post_scc(n, adj, t.comp, t.pin, t.din, t.pout, t.dout)
{
  Open(n, adj, t);
  forall v | 0 <= v < n ensures 0 <= t.comp[v] {
    if t.onStack[v] { assert v in t.stack; }
  }
  UndiscNonneg(t.index, n);
  forall u, k | 0 <= u < n && 0 <= k < |adj[u]| ensures t.comp[adj[u][k]] <= t.comp[u] {
    assert 0 <= t.comp[u];
  }
}
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
  var t := Init(n, adj);
  var s := 0;
  while s < n
    invariant 0 <= s <= n && InvH(n, adj, t) && |t.cs| == 0
    invariant forall v :: 0 <= v < s ==> t.index[v] >= 0
  {
    Facts(n, adj, t);
    if t.index[s] == -1 {
      t := Push(n, adj, t, s, -1);
      while |t.cs| > 0
        invariant InvH(n, adj, t)
        invariant forall v :: 0 <= v <= s ==> t.index[v] >= 0
        decreases n - t.counter, RemSum(adj, t.next, n), |t.cs|
      {
        Facts(n, adj, t);
        var u := t.cs[|t.cs| - 1];
        if t.next[u] < |adj[u]| {
          var w := adj[u][t.next[u]];
          if t.index[w] == -1 {
            t := ExplorePush(n, adj, t);
          } else if t.onStack[w] && t.index[w] < t.low[u] {
            t := ExploreLower(n, adj, t);
          } else {
            t := ExploreSkip(n, adj, t);
          }
        } else if t.low[u] == t.index[u] {
          t := CloseTop(n, adj, t);
        } else {
          t := FinishOpen(n, adj, t);
        }
        Facts(n, adj, t);
      }
    }
    s := s + 1;
  }
  Final(n, adj, t);
  comp, pin, din, pout, dout := t.comp, t.pin, t.din, t.pout, t.dout;
  // </vc:code>
}
