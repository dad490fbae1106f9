// An undirected weighted graph on the vertices 0..n-1 is an edge list; edge e is [u, v, w]
// (between u and v, weight w). A spanning forest is given rooted: pe[v] is the index of the edge
// joining v to its parent (-1 for a root) and depth[v] the number of edges from v up to its root.
predicate valid_edges(n: int, edges: seq<seq<int>>)
{
  forall e :: 0 <= e < |edges| ==> |edges[e]| == 3 && 0 <= edges[e][0] < n && 0 <= edges[e][1] < n
}

// The endpoint of edge e other than v.
function other(edges: seq<seq<int>>, e: int, v: int): int
{
  if 0 <= e < |edges| && |edges[e]| == 3 then (if edges[e][0] == v then edges[e][1] else edges[e][0]) else v
}

// The vertex k parent steps above v (stops at a root).
function up(edges: seq<seq<int>>, pe: seq<int>, v: int, k: int): int
  decreases k
{
  if k <= 0 || !(0 <= v < |pe|) || pe[v] < 0 then v else up(edges, pe, other(edges, pe[v], v), k - 1)
}

// x is v or an ancestor of v: v lies in the subtree of x.
predicate in_subtree(edges: seq<seq<int>>, pe: seq<int>, depth: seq<int>, x: int, v: int)
  requires 0 <= x < |depth| && 0 <= v < |depth|
{
  depth[x] <= depth[v] && up(edges, pe, v, depth[v] - depth[x]) == x
}

predicate pre_kruskal(n: int, edges: seq<seq<int>>)
{
  1 <= n <= 100 && |edges| <= 1000 && valid_edges(n, edges) &&
  forall e :: 0 <= e < |edges| ==> 0 <= edges[e][2] <= 1000000
}

// (1) pe and depth describe a rooted forest whose parent links are graph edges: a root has
//     pe[v] == -1 and depth 0, any other v has a parent edge incident to v whose other endpoint
//     is one level higher (so following parents always reaches a root; the tree edges are the
//     pe[v] != -1, all distinct).
// (2) It spans: both endpoints of every edge lie in the same tree (same root).
// (3) It is minimal (cut form of the cycle property): removing the tree edge pe[x] cuts off the
//     subtree of x, and every graph edge with exactly one endpoint in that subtree is at least as
//     heavy as pe[x]. Equivalently, every non-tree edge is at least as heavy as each tree edge on
//     the tree path between its endpoints (pe[x] lies on that path exactly when x is an ancestor
//     of one endpoint and not of the other), which characterises minimum spanning forests.
predicate post_kruskal(n: int, edges: seq<seq<int>>, pe: seq<int>, depth: seq<int>)
{
  pre_kruskal(n, edges) && |pe| == n && |depth| == n &&
  (forall v :: 0 <= v < n ==> depth[v] >= 0 && (pe[v] == -1 <==> depth[v] == 0) &&
     (pe[v] != -1 ==> 0 <= pe[v] < |edges| && (edges[pe[v]][0] == v || edges[pe[v]][1] == v) &&
        depth[other(edges, pe[v], v)] == depth[v] - 1)) &&
  (forall e :: 0 <= e < |edges| ==>
     up(edges, pe, edges[e][0], depth[edges[e][0]]) == up(edges, pe, edges[e][1], depth[edges[e][1]])) &&
  (forall x, e :: 0 <= x < n && 0 <= e < |edges| && pe[x] != -1 &&
     in_subtree(edges, pe, depth, x, edges[e][0]) != in_subtree(edges, pe, depth, x, edges[e][1]) ==>
     edges[pe[x]][2] <= edges[e][2])
}

// <vc:helpers>
// ---------- Ghost sequence builders ----------
function Empties(k: nat): seq<seq<int>>
  ensures |Empties(k)| == k && forall i :: 0 <= i < k ==> Empties(k)[i] == []
{
  if k == 0 then [] else Empties(k - 1) + [[]]
}

function Units(k: nat): seq<seq<int>>
  ensures |Units(k)| == k && forall i :: 0 <= i < k ==> Units(k)[i] == [i]
{
  if k == 0 then [] else Units(k - 1) + [[k - 1]]
}

function Falses(k: nat): seq<bool>
  ensures |Falses(k)| == k && forall i :: 0 <= i < k ==> !Falses(k)[i]
{
  if k == 0 then [] else Falses(k - 1) + [false]
}

// ---------- Paths of chosen edges (ghost) ----------
// Edge c joins u and v.
predicate Joins(edges: seq<seq<int>>, c: int, u: int, v: int)
{
  0 <= c < |edges| && |edges[c]| == 3 &&
  ((edges[c][0] == u && edges[c][1] == v) || (edges[c][0] == v && edges[c][1] == u))
}

// p is a walk (vertices) along the edges q, all in S and of weight at most W.
predicate IsPath(edges: seq<seq<int>>, S: set<int>, W: int, p: seq<int>, q: seq<int>)
{
  |p| == |q| + 1 &&
  forall i :: 0 <= i < |q| ==> Joins(edges, q[i], p[i], p[i + 1]) && q[i] in S && edges[q[i]][2] <= W
}

predicate PathFT(edges: seq<seq<int>>, S: set<int>, W: int, p: seq<int>, q: seq<int>, s: int, t: int)
{
  IsPath(edges, S, W, p, q) && p[0] == s && p[|p| - 1] == t
}

function Rev(s: seq<int>): seq<int>
  ensures |Rev(s)| == |s|
  ensures forall i :: 0 <= i < |s| ==> Rev(s)[i] == s[|s| - 1 - i]
  decreases |s|
{
  if |s| == 0 then [] else Rev(s[1..]) + [s[0]]
}

lemma PathRev(edges: seq<seq<int>>, S: set<int>, W: int, p: seq<int>, q: seq<int>, s: int, t: int)
  requires PathFT(edges, S, W, p, q, s, t)
  ensures PathFT(edges, S, W, Rev(p), Rev(q), t, s)
{
  var rp, rq := Rev(p), Rev(q);
  forall i | 0 <= i < |rq|
    ensures Joins(edges, rq[i], rp[i], rp[i + 1]) && rq[i] in S && edges[rq[i]][2] <= W
  {
    var k := |q| - 1 - i;
    assert rq[i] == q[k] && rp[i] == p[k + 1] && rp[i + 1] == p[k];
    assert Joins(edges, q[k], p[k], p[k + 1]);
  }
}

lemma PathCat(edges: seq<seq<int>>, S: set<int>, W: int, p1: seq<int>, q1: seq<int>,
              p2: seq<int>, q2: seq<int>, s: int, m: int, t: int)
  requires PathFT(edges, S, W, p1, q1, s, m) && PathFT(edges, S, W, p2, q2, m, t)
  ensures PathFT(edges, S, W, p1 + p2[1..], q1 + q2, s, t)
{
  var p, q := p1 + p2[1..], q1 + q2;
  forall i | 0 <= i < |q|
    ensures Joins(edges, q[i], p[i], p[i + 1]) && q[i] in S && edges[q[i]][2] <= W
  {
    if i < |q1| {
      assert q[i] == q1[i] && p[i] == p1[i] && p[i + 1] == p1[i + 1];
    } else {
      var k := i - |q1|;
      assert q[i] == q2[k] && p[i] == p2[k] && p[i + 1] == p2[k + 1];
    }
  }
  if |p2| == 1 {
    assert p[|p| - 1] == p1[|p1| - 1];
  } else {
    assert p[|p| - 1] == p2[|p2| - 1];
  }
}

lemma PathMove(edges: seq<seq<int>>, S1: set<int>, W1: int, S2: set<int>, W2: int, p: seq<int>, q: seq<int>, s: int, t: int)
  requires PathFT(edges, S1, W1, p, q, s, t) && S1 <= S2
  requires W1 <= W2 || forall c :: c in S1 ==> 0 <= c < |edges| && |edges[c]| == 3 && edges[c][2] <= W2
  ensures PathFT(edges, S2, W2, p, q, s, t)
{
  forall i | 0 <= i < |q|
    ensures Joins(edges, q[i], p[i], p[i + 1]) && q[i] in S2 && edges[q[i]][2] <= W2
  {
    assert Joins(edges, q[i], p[i], p[i + 1]) && q[i] in S1;
  }
}

// ---------- The chosen set is a forest: every chosen edge c has a side (a vertex set) holding
// its first endpoint and not its second, which no other chosen edge crosses ----------
predicate Forest(edges: seq<seq<int>>, n: int, S: set<int>, side: map<int, set<int>>)
{
  (forall c :: c in S ==> 0 <= c < |edges| && |edges[c]| == 3 && c in side &&
     0 <= edges[c][0] < n && 0 <= edges[c][1] < n) &&
  (forall c :: c in S ==> edges[c][0] in side[c] && edges[c][1] !in side[c]) &&
  (forall c, f :: c in S && f in S && f != c ==> (edges[f][0] in side[c] <==> edges[f][1] in side[c]))
}

function NewSide(edges: seq<seq<int>>, S: set<int>, side: map<int, set<int>>, comp: seq<int>, e: int,
                 A: set<int>, B: set<int>): map<int, set<int>>
  requires forall c :: c in S ==> c in side && 0 <= c < |edges| && |edges[c]| == 3 && 0 <= edges[c][0] < |comp|
  requires 0 <= e < |edges| && |edges[e]| == 3 && 0 <= edges[e][0] < |comp|
{
  map c | c in S + {e} ::
    if c == e then A
    else if comp[edges[c][0]] == comp[edges[e][0]] then (side[c] - B) + (if edges[e][0] in side[c] then B else {})
    else (side[c] - A) + (if edges[e][1] in side[c] then A else {})
}

lemma SideAdd(edges: seq<seq<int>>, n: int, S: set<int>, side: map<int, set<int>>, comp: seq<int>, e: int,
              A: set<int>, B: set<int>)
  requires Forest(edges, n, S, side) && |comp| == n
  requires forall c :: c in S ==> comp[edges[c][0]] == comp[edges[c][1]]
  requires 0 <= e < |edges| && |edges[e]| == 3 && 0 <= edges[e][0] < n && 0 <= edges[e][1] < n
  requires comp[edges[e][0]] != comp[edges[e][1]]
  requires A == set y | 0 <= y < n && comp[y] == comp[edges[e][0]]
  requires B == set y | 0 <= y < n && comp[y] == comp[edges[e][1]]
  ensures Forest(edges, n, S + {e}, NewSide(edges, S, side, comp, e, A, B))
{
  var a, b := edges[e][0], edges[e][1];
  var S2, side2 := S + {e}, NewSide(edges, S, side, comp, e, A, B);
  assert e !in S;
  forall c | c in S2
    ensures edges[c][0] in side2[c] && edges[c][1] !in side2[c]
  {
    if c != e {
      var u, v := edges[c][0], edges[c][1];
      if comp[u] == comp[a] {
        assert u !in B && v !in B;
      } else {
        assert u !in A && v !in A;
      }
    }
  }
  forall c, f | c in S2 && f in S2 && f != c
    ensures edges[f][0] in side2[c] <==> edges[f][1] in side2[c]
  {
    var x, y := edges[f][0], edges[f][1];
    if c == e {
      assert comp[x] == comp[y];
    } else if f == e {
      if comp[edges[c][0]] == comp[a] {
        assert a !in B && b in B;
      } else {
        assert b !in A && a in A;
      }
    } else {
      assert comp[x] == comp[y];
      assert (x in side[c] <==> y in side[c]);
      assert (x in A <==> y in A) && (x in B <==> y in B);
    }
  }
}

// ---------- Kruskal's scan: the chosen edges, a forest, and for every edge a path of chosen
// edges no heavier than it between its endpoints ----------
predicate Lists(edges: seq<seq<int>>, n: int, S: set<int>, chosen: seq<seq<int>>)
{
  |chosen| == n &&
  (forall u, j :: 0 <= u < n && 0 <= j < |chosen[u]| ==>
     0 <= chosen[u][j] < |edges| && |edges[chosen[u][j]]| == 3 && chosen[u][j] in S &&
     (edges[chosen[u][j]][0] == u || edges[chosen[u][j]][1] == u)) &&
  (forall c :: c in S ==> 0 <= c < |edges| && |edges[c]| == 3 && 0 <= edges[c][0] < n && 0 <= edges[c][1] < n &&
     c in chosen[edges[c][0]] && c in chosen[edges[c][1]])
}

// Relabel the component la as lb; every vertex keeps a path to its label.
method Relabel(comp0: seq<int>, n: int, la: int, lb: int, ghost edges: seq<seq<int>>, ghost S: set<int>,
               ghost gv: seq<seq<int>>, ghost ge: seq<seq<int>>, ghost tv: seq<int>, ghost te: seq<int>)
  returns (comp: seq<int>, ghost gv2: seq<seq<int>>, ghost ge2: seq<seq<int>>)
  requires |comp0| == n && |gv| == n && |ge| == n
  requires forall v :: 0 <= v < n ==> PathFT(edges, S, 1000000, gv[v], ge[v], v, comp0[v])
  requires PathFT(edges, S, 1000000, tv, te, la, lb)
  ensures |comp| == n && |gv2| == n && |ge2| == n
  ensures forall y :: 0 <= y < n ==> comp[y] == (if comp0[y] == la then lb else comp0[y])
  ensures forall v :: 0 <= v < n ==> PathFT(edges, S, 1000000, gv2[v], ge2[v], v, comp[v])
{
  comp, gv2, ge2 := comp0, gv, ge;
  var i := 0;
  while i < n
    invariant 0 <= i <= n && |comp| == n && |gv2| == n && |ge2| == n
    invariant forall y :: 0 <= y < i ==> comp[y] == (if comp0[y] == la then lb else comp0[y])
    invariant forall y :: i <= y < n ==> comp[y] == comp0[y]
    invariant forall v :: 0 <= v < n ==> PathFT(edges, S, 1000000, gv2[v], ge2[v], v, comp[v])
  {
    if comp[i] == la {
      PathCat(edges, S, 1000000, gv2[i], ge2[i], tv, te, i, la, lb);
      gv2 := gv2[i := gv2[i] + tv[1..]];
      ge2 := ge2[i := ge2[i] + te];
      comp := comp[i := lb];
    }
    i := i + 1;
  }
}

// The state of the scan after k edges of the sorted order: comp labels the components of the
// chosen forest (every vertex has a path of chosen edges to its label), and every scanned edge
// has a path of chosen edges no heavier than itself between its endpoints.
predicate KInv(edges: seq<seq<int>>, n: int, order: seq<int>, k: int, comp: seq<int>, S: set<int>,
               side: map<int, set<int>>, ch: seq<seq<int>>, gv: seq<seq<int>>, ge: seq<seq<int>>,
               kv: seq<seq<int>>, ke: seq<seq<int>>)
  requires pre_kruskal(n, edges) && IdxOk(edges, order)
{
  0 <= k <= |order| && |comp| == n && |gv| == n && |ge| == n && |kv| == |edges| && |ke| == |edges| &&
  Forest(edges, n, S, side) && Lists(edges, n, S, ch) &&
  (forall v :: 0 <= v < n ==> 0 <= comp[v] < n) &&
  (forall c :: c in S ==> k > 0 && edges[c][2] <= edges[order[k - 1]][2]) &&
  (forall c :: c in S ==> comp[edges[c][0]] == comp[edges[c][1]]) &&
  (forall v :: 0 <= v < n ==> PathFT(edges, S, 1000000, gv[v], ge[v], v, comp[v])) &&
  (forall j :: 0 <= j < k ==>
     PathFT(edges, S, edges[order[j]][2], kv[order[j]], ke[order[j]], edges[order[j]][0], edges[order[j]][1]))
}

// Edge order[k] closes no new connection: its endpoints are already joined by lighter chosen edges.
lemma SkipStep(edges: seq<seq<int>>, n: int, order: seq<int>, k: int, comp: seq<int>, S: set<int>,
               side: map<int, set<int>>, ch: seq<seq<int>>, gv: seq<seq<int>>, ge: seq<seq<int>>,
               kv: seq<seq<int>>, ke: seq<seq<int>>)
  returns (kv2: seq<seq<int>>, ke2: seq<seq<int>>)
  requires pre_kruskal(n, edges) && IdxOk(edges, order) && SortedW(edges, order)
  requires KInv(edges, n, order, k, comp, S, side, ch, gv, ge, kv, ke) && k < |order|
  requires comp[edges[order[k]][0]] == comp[edges[order[k]][1]]
  ensures KInv(edges, n, order, k + 1, comp, S, side, ch, gv, ge, kv2, ke2)
{
  var e := order[k];
  var a, b := edges[e][0], edges[e][1];
  forall c | c in S
    ensures 0 <= c < |edges| && |edges[c]| == 3 && edges[c][2] <= edges[e][2]
  {
    assert edges[order[k - 1]][2] <= edges[e][2];
  }
  PathMove(edges, S, 1000000, S, edges[e][2], gv[a], ge[a], a, comp[a]);
  PathMove(edges, S, 1000000, S, edges[e][2], gv[b], ge[b], b, comp[b]);
  PathRev(edges, S, edges[e][2], gv[b], ge[b], b, comp[b]);
  PathCat(edges, S, edges[e][2], gv[a], ge[a], Rev(gv[b]), Rev(ge[b]), a, comp[a], b);
  kv2 := kv[e := gv[a] + Rev(gv[b])[1..]];
  ke2 := ke[e := ge[a] + Rev(ge[b])];
  forall c | c in S
    ensures k + 1 > 0 && edges[c][2] <= edges[order[k]][2]
  {
  }
  forall j | 0 <= j < k + 1
    ensures PathFT(edges, S, edges[order[j]][2], kv2[order[j]], ke2[order[j]], edges[order[j]][0], edges[order[j]][1])
  {
    if order[j] != e {
      assert kv2[order[j]] == kv[order[j]] && ke2[order[j]] == ke[order[j]];
    }
  }
}

// Edge order[k] joins two components: it becomes a chosen edge (the sides are updated), and
// a path from a's label to b's label through it is built.
lemma AddPrep(edges: seq<seq<int>>, n: int, order: seq<int>, k: int, comp: seq<int>, S: set<int>,
              side: map<int, set<int>>, ch: seq<seq<int>>, gv: seq<seq<int>>, ge: seq<seq<int>>,
              kv: seq<seq<int>>, ke: seq<seq<int>>, ch2: seq<seq<int>>)
  returns (S2: set<int>, side2: map<int, set<int>>, tv: seq<int>, te: seq<int>)
  requires pre_kruskal(n, edges) && IdxOk(edges, order) && SortedW(edges, order)
  requires KInv(edges, n, order, k, comp, S, side, ch, gv, ge, kv, ke) && k < |order|
  requires comp[edges[order[k]][0]] != comp[edges[order[k]][1]]
  requires ch2 == ch[edges[order[k]][0] := ch[edges[order[k]][0]] + [order[k]]][edges[order[k]][1] := ch[edges[order[k]][1]] + [order[k]]]
  ensures S2 == S + {order[k]}
  ensures Forest(edges, n, S2, side2) && Lists(edges, n, S2, ch2)
  ensures forall c :: c in S2 ==> edges[c][2] <= edges[order[k]][2]
  ensures forall v :: 0 <= v < n ==> PathFT(edges, S2, 1000000, gv[v], ge[v], v, comp[v])
  ensures PathFT(edges, S2, 1000000, tv, te, comp[edges[order[k]][0]], comp[edges[order[k]][1]])
  ensures forall j :: 0 <= j < k ==>
     PathFT(edges, S2, edges[order[j]][2], kv[order[j]], ke[order[j]], edges[order[j]][0], edges[order[j]][1])
{
  var e := order[k];
  var a, b := edges[e][0], edges[e][1];
  var la, lb := comp[a], comp[b];
  var A := set y | 0 <= y < n && comp[y] == la;
  var B := set y | 0 <= y < n && comp[y] == lb;
  SideAdd(edges, n, S, side, comp, e, A, B);
  side2 := NewSide(edges, S, side, comp, e, A, B);
  S2 := S + {e};
  assert e !in S;
  forall c | c in S2
    ensures edges[c][2] <= edges[e][2]
  {
    if c != e {
      assert edges[order[k - 1]][2] <= edges[e][2];
    }
  }
  forall u, j | 0 <= u < n && 0 <= j < |ch2[u]|
    ensures 0 <= ch2[u][j] < |edges| && |edges[ch2[u][j]]| == 3 && ch2[u][j] in S2 &&
     (edges[ch2[u][j]][0] == u || edges[ch2[u][j]][1] == u)
  {
    if u == a || u == b {
      if j < |ch[u]| {
        assert ch2[u][j] == ch[u][j];
      } else {
        assert ch2[u][j] == e;
      }
    } else {
      assert ch2[u] == ch[u];
    }
  }
  forall c | c in S2
    ensures c in ch2[edges[c][0]] && c in ch2[edges[c][1]]
  {
    var x, y := edges[c][0], edges[c][1];
    assert ch[x] <= ch2[x] || c == e;
    if c != e {
      assert c in ch[x] && c in ch[y];
      assert ch2[x] == ch[x] || ch2[x] == ch[x] + [e] || ch2[x] == ch[x] + [e] + [e];
      assert ch2[y] == ch[y] || ch2[y] == ch[y] + [e] || ch2[y] == ch[y] + [e] + [e];
    } else {
      assert ch2[a][|ch2[a]| - 1] == e;
    }
  }
  forall v | 0 <= v < n
    ensures PathFT(edges, S2, 1000000, gv[v], ge[v], v, comp[v])
  {
    PathMove(edges, S, 1000000, S2, 1000000, gv[v], ge[v], v, comp[v]);
  }
  forall j | 0 <= j < k
    ensures PathFT(edges, S2, edges[order[j]][2], kv[order[j]], ke[order[j]], edges[order[j]][0], edges[order[j]][1])
  {
    PathMove(edges, S, edges[order[j]][2], S2, edges[order[j]][2], kv[order[j]], ke[order[j]], edges[order[j]][0], edges[order[j]][1]);
  }
  PathRev(edges, S2, 1000000, gv[a], ge[a], a, la);
  assert PathFT(edges, S2, 1000000, [a, b], [e], a, b);
  PathCat(edges, S2, 1000000, [a, b], [e], gv[b], ge[b], a, b, lb);
  PathCat(edges, S2, 1000000, Rev(gv[a]), Rev(ge[a]), [a, b] + gv[b][1..], [e] + ge[b], la, a, lb);
  tv := Rev(gv[a]) + ([a, b] + gv[b][1..])[1..];
  te := Rev(ge[a]) + ([e] + ge[b]);
}

lemma AddFinish(edges: seq<seq<int>>, n: int, order: seq<int>, k: int, comp: seq<int>, comp2: seq<int>,
                S2: set<int>, side2: map<int, set<int>>, ch2: seq<seq<int>>, gv2: seq<seq<int>>, ge2: seq<seq<int>>,
                kv: seq<seq<int>>, ke: seq<seq<int>>)
  returns (kv2: seq<seq<int>>, ke2: seq<seq<int>>)
  requires pre_kruskal(n, edges) && IdxOk(edges, order) && 0 <= k < |order|
  requires |comp| == n && |comp2| == n && |gv2| == n && |ge2| == n && |kv| == |edges| && |ke| == |edges|
  requires forall v :: 0 <= v < n ==> 0 <= comp[v] < n
  requires Forest(edges, n, S2, side2) && Lists(edges, n, S2, ch2) && order[k] in S2
  requires forall c :: c in S2 ==> edges[c][2] <= edges[order[k]][2]
  requires forall c :: c in S2 && c != order[k] ==> comp[edges[c][0]] == comp[edges[c][1]]
  requires comp[edges[order[k]][0]] != comp[edges[order[k]][1]]
  requires forall y :: 0 <= y < n ==> comp2[y] == (if comp[y] == comp[edges[order[k]][0]] then comp[edges[order[k]][1]] else comp[y])
  requires forall v :: 0 <= v < n ==> PathFT(edges, S2, 1000000, gv2[v], ge2[v], v, comp2[v])
  requires forall j :: 0 <= j < k ==>
     PathFT(edges, S2, edges[order[j]][2], kv[order[j]], ke[order[j]], edges[order[j]][0], edges[order[j]][1])
  ensures KInv(edges, n, order, k + 1, comp2, S2, side2, ch2, gv2, ge2, kv2, ke2)
{
  var e := order[k];
  var a, b := edges[e][0], edges[e][1];
  kv2 := kv[e := [a, b]];
  ke2 := ke[e := [e]];
  assert PathFT(edges, S2, edges[e][2], [a, b], [e], a, b);
  forall j | 0 <= j < k + 1
    ensures PathFT(edges, S2, edges[order[j]][2], kv2[order[j]], ke2[order[j]], edges[order[j]][0], edges[order[j]][1])
  {
    if order[j] != e {
      assert kv2[order[j]] == kv[order[j]] && ke2[order[j]] == ke[order[j]];
    }
  }
  forall c | c in S2
    ensures comp2[edges[c][0]] == comp2[edges[c][1]]
  {
  }
}

method Choose(n: int, edges: seq<seq<int>>, order: seq<int>)
  returns (chosen: seq<seq<int>>, ghost S: set<int>, ghost side: map<int, set<int>>,
           ghost kv: seq<seq<int>>, ghost ke: seq<seq<int>>)
  requires pre_kruskal(n, edges)
  requires IdxOk(edges, order) && SortedW(edges, order)
  requires forall e :: 0 <= e < |edges| ==> e in order
  ensures Forest(edges, n, S, side) && Lists(edges, n, S, chosen)
  ensures |kv| == |edges| && |ke| == |edges|
  ensures forall e :: 0 <= e < |edges| ==>
    PathFT(edges, S, edges[e][2], kv[e], ke[e], edges[e][0], edges[e][1])
{
  var ca := new int[n](i => i);
  var cha := new seq<int>[n](_ => []);
  var comp := ca[..];
  chosen := cha[..];
  S := {};
  side := map[];
  kv := Empties(|edges|);
  ke := Empties(|edges|);
  ghost var gv: seq<seq<int>> := Units(n);
  ghost var ge: seq<seq<int>> := Empties(n);
  var k := 0;
  forall v | 0 <= v < n
    ensures PathFT(edges, S, 1000000, gv[v], ge[v], v, comp[v])
  {
  }
  while k < |order|
    invariant KInv(edges, n, order, k, comp, S, side, chosen, gv, ge, kv, ke)
  {
    var e := order[k];
    var a := edges[e][0];
    var b := edges[e][1];
    if comp[a] == comp[b] {
      kv, ke := SkipStep(edges, n, order, k, comp, S, side, chosen, gv, ge, kv, ke);
    } else {
      var la := comp[a];
      var lb := comp[b];
      ghost var comp0 := comp;
      ghost var ch0 := chosen;
      ghost var tv: seq<int>, te: seq<int>;
      chosen := chosen[a := chosen[a] + [e]];
      chosen := chosen[b := chosen[b] + [e]];
      S, side, tv, te := AddPrep(edges, n, order, k, comp0, S, side, ch0, gv, ge, kv, ke, chosen);
      comp, gv, ge := Relabel(comp, n, la, lb, edges, S, gv, ge, tv, te);
      kv, ke := AddFinish(edges, n, order, k, comp0, comp, S, side, chosen, gv, ge, kv, ke);
    }
    k := k + 1;
  }
  forall e | 0 <= e < |edges|
    ensures PathFT(edges, S, edges[e][2], kv[e], ke[e], edges[e][0], edges[e][1])
  {
    assert e in order;
    var j :| 0 <= j < |order| && order[j] == e;
  }
}

// ---------- Rooting the chosen forest by breadth-first search ----------
function CountFalse(s: seq<bool>): nat
  decreases |s|
{
  if |s| == 0 then 0 else (if s[0] then 0 else 1) + CountFalse(s[1..])
}

lemma CountFalseAll(s: seq<bool>)
  requires forall i :: 0 <= i < |s| ==> !s[i]
  ensures CountFalse(s) == |s|
  decreases |s|
{
  if |s| > 0 { CountFalseAll(s[1..]); }
}

lemma CountFalseSet(s: seq<bool>, i: int)
  requires 0 <= i < |s| && !s[i]
  ensures CountFalse(s[i := true]) == CountFalse(s) - 1
  decreases |s|
{
  if i > 0 {
    assert s[i := true][1..] == s[1..][i - 1 := true];
    CountFalseSet(s[1..], i - 1);
  }
}

// pe[v] is v's parent edge: the post's forest condition (1).
predicate Rooted(n: int, edges: seq<seq<int>>, pe: seq<int>, depth: seq<int>)
  requires valid_edges(n, edges)
{
  |pe| == n && |depth| == n &&
  (forall v :: 0 <= v < n ==> depth[v] >= 0 && (pe[v] == -1 <==> depth[v] == 0) &&
     (pe[v] != -1 ==> 0 <= pe[v] < |edges| && (edges[pe[v]][0] == v || edges[pe[v]][1] == v) &&
        depth[other(edges, pe[v], v)] == depth[v] - 1))
}

predicate TreeEdge(edges: seq<seq<int>>, pe: seq<int>, c: int)
  requires 0 <= c < |edges| && |edges[c]| == 3
  requires 0 <= edges[c][0] < |pe| && 0 <= edges[c][1] < |pe|
{
  pe[edges[c][0]] == c || pe[edges[c][1]] == c
}

// The state of the search at vertex v: unseen vertices are untouched; a seen one is a root
// (its own tree) or hangs by a chosen edge under a seen vertex of the same tree, one level up.
predicate BfsAt(edges: seq<seq<int>>, n: int, S: set<int>, pa: seq<int>, da: seq<int>, seen: seq<bool>,
                tr: seq<int>, v: int)
  requires valid_edges(n, edges) && |pa| == n && |da| == n && |seen| == n && |tr| == n && 0 <= v < n
{
  (!seen[v] ==> pa[v] == -1 && da[v] == 0) &&
  (seen[v] ==> 0 <= tr[v] < n && da[v] >= 0 && (pa[v] == -1 <==> da[v] == 0) && (pa[v] == -1 ==> tr[v] == v) &&
     (pa[v] != -1 ==> 0 <= pa[v] < |edges| && pa[v] in S && (edges[pa[v]][0] == v || edges[pa[v]][1] == v) &&
        seen[other(edges, pa[v], v)] && tr[other(edges, pa[v], v)] == tr[v] &&
        da[other(edges, pa[v], v)] == da[v] - 1))
}

// Walking up from w by parent edges other than c stays on w's side of c.
lemma SideRoot(edges: seq<seq<int>>, n: int, S: set<int>, side: map<int, set<int>>, pa: seq<int>, da: seq<int>,
               seen: seq<bool>, tr: seq<int>, c: int, w: int)
  requires valid_edges(n, edges) && |pa| == n && |da| == n && |seen| == n && |tr| == n
  requires Forest(edges, n, S, side) && c in S
  requires forall v :: 0 <= v < n ==> BfsAt(edges, n, S, pa, da, seen, tr, v)
  requires forall v :: 0 <= v < n ==> pa[v] != c
  requires 0 <= w < n && seen[w]
  ensures (w in side[c]) == (tr[w] in side[c])
  decreases da[w]
{
  assert BfsAt(edges, n, S, pa, da, seen, tr, w);
  if pa[w] != -1 {
    var p := other(edges, pa[w], w);
    assert pa[w] in S && pa[w] != c;
    assert (edges[pa[w]][0] in side[c] <==> edges[pa[w]][1] in side[c]);
    assert (w in side[c]) == (p in side[c]);
    SideRoot(edges, n, S, side, pa, da, seen, tr, c, p);
  }
}

// The state of the search: the queue holds the seen vertices, its first hd entries are done
// (every chosen edge at a done vertex is a parent edge), vertices below lo are seen, the
// entries from ts on belong to the tree of r, and every vertex satisfies BfsAt.
predicate BfsInv(edges: seq<seq<int>>, n: int, S: set<int>, chosen: seq<seq<int>>, pa: seq<int>, da: seq<int>,
                 seen: seq<bool>, tr: seq<int>, done: seq<bool>, queue: seq<int>, hd: int, lo: int, r: int, ts: int)
  requires valid_edges(n, edges) && Lists(edges, n, S, chosen)
{
  |pa| == n && |da| == n && |seen| == n && |tr| == n && |done| == n && 0 <= hd <= |queue| && 0 <= lo <= n &&
  (forall i :: 0 <= i < |queue| ==> 0 <= queue[i] < n && seen[queue[i]]) &&
  (forall y :: 0 <= y < n && seen[y] ==> y in queue) &&
  |queue| + CountFalse(seen) == n &&
  (forall i :: 0 <= i < hd ==> done[queue[i]]) &&
  (forall y :: 0 <= y < lo ==> seen[y]) &&
  (forall y :: 0 <= y < n && done[y] ==> seen[y]) &&
  (forall y, j :: 0 <= y < n && done[y] && 0 <= j < |chosen[y]| ==> TreeEdge(edges, pa, chosen[y][j])) &&
  (forall v :: 0 <= v < n ==> BfsAt(edges, n, S, pa, da, seen, tr, v)) &&
  (forall i :: 0 <= ts <= i < |queue| ==> tr[queue[i]] == r)
}

lemma BfsInit(edges: seq<seq<int>>, n: int, S: set<int>, chosen: seq<seq<int>>, pa: seq<int>, da: seq<int>,
              seen: seq<bool>, tr: seq<int>, done: seq<bool>)
  requires valid_edges(n, edges) && Lists(edges, n, S, chosen)
  requires |pa| == n && |da| == n && |seen| == n && |tr| == n && |done| == n
  requires forall v :: 0 <= v < n ==> pa[v] == -1 && da[v] == 0 && !seen[v] && !done[v]
  ensures BfsInv(edges, n, S, chosen, pa, da, seen, tr, done, [], 0, 0, 0, 0)
{
  CountFalseAll(seen);
}

lemma BfsRelax(edges: seq<seq<int>>, n: int, S: set<int>, chosen: seq<seq<int>>, pa: seq<int>, da: seq<int>,
               seen: seq<bool>, tr: seq<int>, done: seq<bool>, queue: seq<int>, hd: int, lo: int, r: int, ts: int,
               lo2: int, r2: int)
  requires valid_edges(n, edges) && Lists(edges, n, S, chosen)
  requires BfsInv(edges, n, S, chosen, pa, da, seen, tr, done, queue, hd, lo, r, ts)
  requires 0 <= lo2 <= n && forall y :: 0 <= y < lo2 ==> seen[y]
  ensures BfsInv(edges, n, S, chosen, pa, da, seen, tr, done, queue, hd, lo2, r2, |queue|)
{
}

lemma BfsStart(edges: seq<seq<int>>, n: int, S: set<int>, chosen: seq<seq<int>>, pa: seq<int>, da: seq<int>,
               seen: seq<bool>, tr: seq<int>, done: seq<bool>, queue: seq<int>, r: int)
  requires valid_edges(n, edges) && Lists(edges, n, S, chosen)
  requires BfsInv(edges, n, S, chosen, pa, da, seen, tr, done, queue, |queue|, r, r, |queue|)
  requires 0 <= r < n && !seen[r]
  ensures BfsInv(edges, n, S, chosen, pa, da, seen[r := true], tr[r := r], done, queue + [r], |queue|, r + 1, r, |queue|)
{
  CountFalseSet(seen, r);
  var seen2, tr2, q2 := seen[r := true], tr[r := r], queue + [r];
  forall w | 0 <= w < n
    ensures BfsAt(edges, n, S, pa, da, seen2, tr2, w)
  {
    assert BfsAt(edges, n, S, pa, da, seen, tr, w);
  }
  forall y | 0 <= y < n && seen2[y]
    ensures y in q2
  {
    if y != r { assert y in queue; }
  }
  assert forall i :: 0 <= i < |queue| ==> q2[i] == queue[i];
}

lemma BfsDiscover(edges: seq<seq<int>>, n: int, S: set<int>, chosen: seq<seq<int>>, pa: seq<int>, da: seq<int>,
                  seen: seq<bool>, tr: seq<int>, done: seq<bool>, queue: seq<int>, hd: int, lo: int, r: int, ts: int,
                  j: int, v: int)
  requires valid_edges(n, edges) && Lists(edges, n, S, chosen)
  requires BfsInv(edges, n, S, chosen, pa, da, seen, tr, done, queue, hd, lo, r, ts)
  requires 0 <= ts <= hd < |queue| && 0 <= j < |chosen[queue[hd]]|
  requires forall jj :: 0 <= jj < j ==> TreeEdge(edges, pa, chosen[queue[hd]][jj])
  requires v == (if edges[chosen[queue[hd]][j]][0] == queue[hd] then edges[chosen[queue[hd]][j]][1] else edges[chosen[queue[hd]][j]][0])
  requires !seen[v]
  ensures 0 <= v < n
  ensures BfsInv(edges, n, S, chosen, pa[v := chosen[queue[hd]][j]], da[v := da[queue[hd]] + 1], seen[v := true],
                 tr[v := tr[queue[hd]]], done, queue + [v], hd, lo, r, ts)
  ensures forall jj :: 0 <= jj < j + 1 ==> TreeEdge(edges, pa[v := chosen[queue[hd]][j]], chosen[queue[hd]][jj])
{
  var u := queue[hd];
  var c := chosen[u][j];
  var pa2, da2, seen2, tr2, q2 := pa[v := c], da[v := da[u] + 1], seen[v := true], tr[v := tr[u]], queue + [v];
  assert BfsAt(edges, n, S, pa, da, seen, tr, u);
  assert BfsAt(edges, n, S, pa, da, seen, tr, v);
  assert c in S && (edges[c][0] == u || edges[c][1] == u);
  assert u != v;
  CountFalseSet(seen, v);
  forall w | 0 <= w < n
    ensures BfsAt(edges, n, S, pa2, da2, seen2, tr2, w)
  {
    assert BfsAt(edges, n, S, pa, da, seen, tr, w);
    if w == v {
      assert other(edges, c, v) == u;
    } else if seen[w] && pa[w] != -1 {
      assert other(edges, pa[w], w) != v;
    }
  }
  forall d | 0 <= d < |edges| && TreeEdge(edges, pa, d)
    ensures TreeEdge(edges, pa2, d)
  {
    assert pa[v] == -1;
  }
  forall y | 0 <= y < n && seen2[y]
    ensures y in q2
  {
    if y != v { assert y in queue; }
  }
  assert forall i :: 0 <= i < |queue| ==> q2[i] == queue[i];
  assert forall i :: 0 <= i < |queue| ==> queue[i] != v;
  assert tr[u] == r;
}

lemma BfsSeen(edges: seq<seq<int>>, n: int, S: set<int>, side: map<int, set<int>>, chosen: seq<seq<int>>,
              pa: seq<int>, da: seq<int>, seen: seq<bool>, tr: seq<int>, done: seq<bool>, queue: seq<int>,
              hd: int, lo: int, r: int, ts: int, j: int, v: int)
  requires valid_edges(n, edges) && Lists(edges, n, S, chosen) && Forest(edges, n, S, side)
  requires BfsInv(edges, n, S, chosen, pa, da, seen, tr, done, queue, hd, lo, r, ts)
  requires 0 <= ts <= hd < |queue| && 0 <= j < |chosen[queue[hd]]|
  requires v == (if edges[chosen[queue[hd]][j]][0] == queue[hd] then edges[chosen[queue[hd]][j]][1] else edges[chosen[queue[hd]][j]][0])
  requires seen[v]
  ensures TreeEdge(edges, pa, chosen[queue[hd]][j])
{
  var u := queue[hd];
  var c := chosen[u][j];
  if !TreeEdge(edges, pa, c) {
    // Impossible: c would close a cycle of chosen edges.
    assert c in S && (edges[c][0] == u || edges[c][1] == u);
    assert u != v;
    assert c in chosen[v];
    var jv :| 0 <= jv < |chosen[v]| && chosen[v][jv] == c;
    assert !done[v];
    assert v in queue;
    var iv :| 0 <= iv < |queue| && queue[iv] == v;
    assert iv > hd;
    forall y | 0 <= y < n
      ensures pa[y] != c
    {
      assert BfsAt(edges, n, S, pa, da, seen, tr, y);
    }
    SideRoot(edges, n, S, side, pa, da, seen, tr, c, u);
    SideRoot(edges, n, S, side, pa, da, seen, tr, c, v);
    assert false;
  }
}

lemma BfsFinish(edges: seq<seq<int>>, n: int, S: set<int>, chosen: seq<seq<int>>, pa: seq<int>, da: seq<int>,
                seen: seq<bool>, tr: seq<int>, done: seq<bool>, queue: seq<int>, hd: int, lo: int, r: int, ts: int)
  requires valid_edges(n, edges) && Lists(edges, n, S, chosen)
  requires BfsInv(edges, n, S, chosen, pa, da, seen, tr, done, queue, hd, lo, r, ts)
  requires 0 <= hd < |queue|
  requires forall jj :: 0 <= jj < |chosen[queue[hd]]| ==> TreeEdge(edges, pa, chosen[queue[hd]][jj])
  ensures BfsInv(edges, n, S, chosen, pa, da, seen, tr, done[queue[hd] := true], queue, hd + 1, lo, r, ts)
{
}

lemma BfsFinal(edges: seq<seq<int>>, n: int, S: set<int>, chosen: seq<seq<int>>, pa: seq<int>, da: seq<int>,
               seen: seq<bool>, tr: seq<int>, done: seq<bool>, queue: seq<int>)
  requires valid_edges(n, edges) && Lists(edges, n, S, chosen)
  requires BfsInv(edges, n, S, chosen, pa, da, seen, tr, done, queue, |queue|, n, 0, |queue|)
  ensures Rooted(n, edges, pa, da)
  ensures forall c :: c in S ==> TreeEdge(edges, pa, c)
{
  forall c | c in S
    ensures TreeEdge(edges, pa, c)
  {
    var y := edges[c][0];
    assert seen[y] && y in queue;
    var iy :| 0 <= iy < |queue| && queue[iy] == y;
    assert done[y];
    var jy :| 0 <= jy < |chosen[y]| && chosen[y][jy] == c;
  }
  forall v | 0 <= v < n
    ensures da[v] >= 0 && (pa[v] == -1 <==> da[v] == 0) &&
     (pa[v] != -1 ==> 0 <= pa[v] < |edges| && (edges[pa[v]][0] == v || edges[pa[v]][1] == v) &&
        da[other(edges, pa[v], v)] == da[v] - 1)
  {
    assert BfsAt(edges, n, S, pa, da, seen, tr, v);
  }
}

// Scan the chosen edges at u = queue[hd], discovering its unseen neighbours.
method ScanVertex(n: int, edges: seq<seq<int>>, chosen: seq<seq<int>>, ghost S: set<int>, ghost side: map<int, set<int>>,
                  pa0: seq<int>, da0: seq<int>, seen0: seq<bool>, ghost tr0: seq<int>, ghost done: seq<bool>,
                  queue0: seq<int>, hd: int, ghost lo: int, ghost r: int, ghost ts: int)
  returns (pa: seq<int>, da: seq<int>, seen: seq<bool>, ghost tr: seq<int>, queue: seq<int>)
  requires 1 <= n && valid_edges(n, edges)
  requires Forest(edges, n, S, side) && Lists(edges, n, S, chosen)
  requires BfsInv(edges, n, S, chosen, pa0, da0, seen0, tr0, done, queue0, hd, lo, r, ts)
  requires 0 <= ts <= hd < |queue0|
  ensures BfsInv(edges, n, S, chosen, pa, da, seen, tr, done, queue, hd, lo, r, ts)
  ensures hd < |queue| && queue[hd] == queue0[hd]
  ensures forall jj :: 0 <= jj < |chosen[queue[hd]]| ==> TreeEdge(edges, pa, chosen[queue[hd]][jj])
{
  pa, da, seen, tr, queue := pa0, da0, seen0, tr0, queue0;
  var u := queue[hd];
  var j := 0;
  while j < |chosen[u]|
    invariant 0 <= j <= |chosen[u]| && hd < |queue| && queue[hd] == u
    invariant BfsInv(edges, n, S, chosen, pa, da, seen, tr, done, queue, hd, lo, r, ts)
    invariant forall jj :: 0 <= jj < j ==> TreeEdge(edges, pa, chosen[u][jj])
  {
    var c := chosen[u][j];
    var v := if edges[c][0] == u then edges[c][1] else edges[c][0];
    if !seen[v] {
      BfsDiscover(edges, n, S, chosen, pa, da, seen, tr, done, queue, hd, lo, r, ts, j, v);
      seen := seen[v := true];
      pa := pa[v := c];
      da := da[v := da[u] + 1];
      queue := queue + [v];
      tr := tr[v := tr[u]];
    } else {
      BfsSeen(edges, n, S, side, chosen, pa, da, seen, tr, done, queue, hd, lo, r, ts, j, v);
    }
    j := j + 1;
  }
}

method RootForest(n: int, edges: seq<seq<int>>, chosen: seq<seq<int>>, ghost S: set<int>, ghost side: map<int, set<int>>)
  returns (pe: seq<int>, depth: seq<int>)
  requires 1 <= n && valid_edges(n, edges)
  requires Forest(edges, n, S, side) && Lists(edges, n, S, chosen)
  ensures Rooted(n, edges, pe, depth)
  ensures forall c :: c in S ==> TreeEdge(edges, pe, c)
{
  var pa := new int[n](_ => -1);
  var da := new int[n](_ => 0);
  var sa := new bool[n](_ => false);
  pe, depth := pa[..], da[..];
  var seen := sa[..];
  ghost var done: seq<bool> := Falses(n);
  ghost var tr: seq<int> := pe;
  var queue: seq<int> := [];
  var head := 0;
  var r := 0;
  BfsInit(edges, n, S, chosen, pe, depth, seen, tr, done);
  while r < n
    invariant 0 <= r <= n && head == |queue|
    invariant BfsInv(edges, n, S, chosen, pe, depth, seen, tr, done, queue, head, r, r, |queue|)
  {
    if !seen[r] {
      BfsStart(edges, n, S, chosen, pe, depth, seen, tr, done, queue, r);
      seen := seen[r := true];
      queue := queue + [r];
      tr := tr[r := r];
      ghost var ts := head;
      while head < |queue|
        invariant ts <= head <= |queue| <= n && 0 <= r < n
        invariant BfsInv(edges, n, S, chosen, pe, depth, seen, tr, done, queue, head, r + 1, r, ts)
        decreases n - head
      {
        var u := queue[head];
        pe, depth, seen, tr, queue := ScanVertex(n, edges, chosen, S, side, pe, depth, seen, tr, done, queue, head, r + 1, r, ts);
        BfsFinish(edges, n, S, chosen, pe, depth, seen, tr, done, queue, head, r + 1, r, ts);
        done := done[u := true];
        head := head + 1;
      }
      BfsRelax(edges, n, S, chosen, pe, depth, seen, tr, done, queue, head, r + 1, r, ts, r + 1, r + 1);
    } else {
      BfsRelax(edges, n, S, chosen, pe, depth, seen, tr, done, queue, head, r, r, |queue|, r + 1, r + 1);
    }
    r := r + 1;
  }
  BfsRelax(edges, n, S, chosen, pe, depth, seen, tr, done, queue, head, r, r, |queue|, n, 0);
  BfsFinal(edges, n, S, chosen, pe, depth, seen, tr, done, queue);
}

// ---------- From the certificate to the post ----------
lemma StepRoot(n: int, edges: seq<seq<int>>, pe: seq<int>, depth: seq<int>, c: int)
  requires valid_edges(n, edges) && Rooted(n, edges, pe, depth) && 0 <= c < |edges|
  requires TreeEdge(edges, pe, c)
  ensures up(edges, pe, edges[c][0], depth[edges[c][0]]) == up(edges, pe, edges[c][1], depth[edges[c][1]])
{
  var a, b := edges[c][0], edges[c][1];
  if pe[a] == c {
    assert other(edges, c, a) == b;
    assert up(edges, pe, a, depth[a]) == up(edges, pe, b, depth[a] - 1);
  } else if a != b {
    assert other(edges, c, b) == a;
    assert up(edges, pe, b, depth[b]) == up(edges, pe, a, depth[b] - 1);
  }
}

lemma PathRoot(n: int, edges: seq<seq<int>>, pe: seq<int>, depth: seq<int>, S: set<int>, W: int, p: seq<int>, q: seq<int>)
  requires valid_edges(n, edges) && Rooted(n, edges, pe, depth)
  requires forall c :: c in S ==> 0 <= c < |edges| && TreeEdge(edges, pe, c)
  requires IsPath(edges, S, W, p, q) && 0 <= p[0] < n
  ensures 0 <= p[|p| - 1] < n
  ensures up(edges, pe, p[0], depth[p[0]]) == up(edges, pe, p[|p| - 1], depth[p[|p| - 1]])
  decreases |q|
{
  if |q| > 0 {
    assert Joins(edges, q[0], p[0], p[1]);
    StepRoot(n, edges, pe, depth, q[0]);
    assert IsPath(edges, S, W, p[1..], q[1..]);
    PathRoot(n, edges, pe, depth, S, W, p[1..], q[1..]);
  }
}

lemma StepSub(n: int, edges: seq<seq<int>>, pe: seq<int>, depth: seq<int>, x: int, y: int)
  requires valid_edges(n, edges) && Rooted(n, edges, pe, depth)
  requires 0 <= x < n && 0 <= y < n && y != x && pe[y] != -1
  ensures 0 <= other(edges, pe[y], y) < n
  ensures in_subtree(edges, pe, depth, x, y) == in_subtree(edges, pe, depth, x, other(edges, pe[y], y))
{
  var p := other(edges, pe[y], y);
  if depth[x] < depth[y] {
    assert up(edges, pe, y, depth[y] - depth[x]) == up(edges, pe, p, depth[p] - depth[x]);
  }
}

lemma StepSubEdge(n: int, edges: seq<seq<int>>, pe: seq<int>, depth: seq<int>, x: int, c: int)
  requires valid_edges(n, edges) && Rooted(n, edges, pe, depth)
  requires 0 <= x < n && 0 <= c < |edges| && TreeEdge(edges, pe, c) && pe[x] != c
  ensures in_subtree(edges, pe, depth, x, edges[c][0]) == in_subtree(edges, pe, depth, x, edges[c][1])
{
  var a, b := edges[c][0], edges[c][1];
  if pe[a] == c {
    assert other(edges, c, a) == b;
    StepSub(n, edges, pe, depth, x, a);
  } else if a != b {
    assert other(edges, c, b) == a;
    StepSub(n, edges, pe, depth, x, b);
  }
}

lemma PathSub(n: int, edges: seq<seq<int>>, pe: seq<int>, depth: seq<int>, S: set<int>, W: int, p: seq<int>, q: seq<int>, x: int)
  requires valid_edges(n, edges) && Rooted(n, edges, pe, depth)
  requires forall c :: c in S ==> 0 <= c < |edges| && TreeEdge(edges, pe, c)
  requires 0 <= x < n && pe[x] != -1 && W < edges[pe[x]][2]
  requires IsPath(edges, S, W, p, q) && 0 <= p[0] < n
  ensures 0 <= p[|p| - 1] < n
  ensures in_subtree(edges, pe, depth, x, p[0]) == in_subtree(edges, pe, depth, x, p[|p| - 1])
  decreases |q|
{
  if |q| > 0 {
    assert Joins(edges, q[0], p[0], p[1]);
    assert q[0] != pe[x];
    StepSubEdge(n, edges, pe, depth, x, q[0]);
    assert IsPath(edges, S, W, p[1..], q[1..]);
    PathSub(n, edges, pe, depth, S, W, p[1..], q[1..], x);
  }
}

lemma PostFromCertificate(n: int, edges: seq<seq<int>>, pe: seq<int>, depth: seq<int>, S: set<int>,
                          kv: seq<seq<int>>, ke: seq<seq<int>>)
  requires pre_kruskal(n, edges) && Rooted(n, edges, pe, depth)
  requires forall c :: c in S ==> 0 <= c < |edges| && TreeEdge(edges, pe, c)
  requires |kv| == |edges| && |ke| == |edges|
  requires forall e :: 0 <= e < |edges| ==> PathFT(edges, S, edges[e][2], kv[e], ke[e], edges[e][0], edges[e][1])
  ensures post_kruskal(n, edges, pe, depth)
{
  forall e | 0 <= e < |edges|
    ensures up(edges, pe, edges[e][0], depth[edges[e][0]]) == up(edges, pe, edges[e][1], depth[edges[e][1]])
  {
    PathRoot(n, edges, pe, depth, S, edges[e][2], kv[e], ke[e]);
  }
  forall x, e | 0 <= x < n && 0 <= e < |edges| && pe[x] != -1 &&
     in_subtree(edges, pe, depth, x, edges[e][0]) != in_subtree(edges, pe, depth, x, edges[e][1])
    ensures edges[pe[x]][2] <= edges[e][2]
  {
    if edges[e][2] < edges[pe[x]][2] {
      PathSub(n, edges, pe, depth, S, edges[e][2], kv[e], ke[e], x);
    }
  }
}
// ---------- Sorting the edge indices by weight (merge sort) ----------
predicate IdxOk(edges: seq<seq<int>>, s: seq<int>)
{
  forall i :: 0 <= i < |s| ==> 0 <= s[i] < |edges| && |edges[s[i]]| == 3
}

predicate SortedW(edges: seq<seq<int>>, s: seq<int>)
  requires IdxOk(edges, s)
{
  forall i, j :: 0 <= i < j < |s| ==> edges[s[i]][2] <= edges[s[j]][2]
}

method MergeByWeight(edges: seq<seq<int>>, x: seq<int>, y: seq<int>) returns (r: seq<int>)
  requires IdxOk(edges, x) && IdxOk(edges, y) && SortedW(edges, x) && SortedW(edges, y)
  ensures |r| == |x| + |y| && IdxOk(edges, r) && SortedW(edges, r)
  ensures multiset(r) == multiset(x) + multiset(y)
{
  r := [];
  var i, j := 0, 0;
  while i < |x| || j < |y|
    invariant 0 <= i <= |x| && 0 <= j <= |y| && |r| == i + j
    invariant IdxOk(edges, r) && SortedW(edges, r)
    invariant |r| > 0 && i < |x| ==> edges[r[|r| - 1]][2] <= edges[x[i]][2]
    invariant |r| > 0 && j < |y| ==> edges[r[|r| - 1]][2] <= edges[y[j]][2]
    invariant multiset(r) == multiset(x[..i]) + multiset(y[..j])
    decreases |x| - i + |y| - j
  {
    if j >= |y| || (i < |x| && edges[x[i]][2] <= edges[y[j]][2]) {
      r := r + [x[i]];
      assert x[..i + 1] == x[..i] + [x[i]];
      i := i + 1;
    } else {
      r := r + [y[j]];
      assert y[..j + 1] == y[..j] + [y[j]];
      j := j + 1;
    }
  }
  assert x[..i] == x;
  assert y[..j] == y;
}

method SortByWeight(edges: seq<seq<int>>, s: seq<int>) returns (r: seq<int>)
  requires IdxOk(edges, s)
  ensures |r| == |s| && multiset(r) == multiset(s)
  ensures IdxOk(edges, r) && SortedW(edges, r)
  decreases |s|
{
  if |s| <= 1 {
    r := s;
  } else {
    var mid := |s| / 2;
    var left := SortByWeight(edges, s[..mid]);
    var right := SortByWeight(edges, s[mid..]);
    r := MergeByWeight(edges, left, right);
    assert s == s[..mid] + s[mid..];
  }
}

// </vc:helpers>

// Kruskal's algorithm: a minimum spanning forest, returned rooted (parent edges and depths).
method Kruskal(n: int, edges: seq<seq<int>>) returns (pe: seq<int>, depth: seq<int>)
  requires pre_kruskal(n, edges)
  ensures post_kruskal(n, edges, pe, depth)
{
  // <vc:code>
  // Edge indices in order of weight.
  var ia := new int[|edges|](i => i);
  var idx := ia[..];
  var order := SortByWeight(edges, idx);
  forall e | 0 <= e < |edges|
    ensures e in order
  {
    assert idx[e] == e;
    assert e in multiset(idx);
  }
  // Kruskal's scan with component labels, then the breadth-first rooting.
  var chosen: seq<seq<int>>;
  ghost var S: set<int>;
  ghost var side: map<int, set<int>>;
  ghost var kv: seq<seq<int>>;
  ghost var ke: seq<seq<int>>;
  chosen, S, side, kv, ke := Choose(n, edges, order);
  pe, depth := RootForest(n, edges, chosen, S, side);
  PostFromCertificate(n, edges, pe, depth, S, kv, ke);
  // </vc:code>
}
