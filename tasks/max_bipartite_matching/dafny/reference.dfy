// A bipartite graph: left vertices 0..nl-1, right vertices 0..nr-1, adj[u] lists the right
// neighbours of the left vertex u. A matching is given from the left: m[u] is u's partner (-1:
// u is unmatched); a vertex cover by two masks (coverL, coverR).
predicate valid_bigraph(nl: int, nr: int, adj: seq<seq<int>>)
{
  |adj| == nl && forall u, j :: 0 <= u < nl && 0 <= j < |adj[u]| ==> 0 <= adj[u][j] < nr
}

// Every partner is a neighbour, and no right vertex has two partners.
predicate valid_matching(nl: int, nr: int, adj: seq<seq<int>>, m: seq<int>)
  requires valid_bigraph(nl, nr, adj)
{
  |m| == nl &&
  (forall u :: 0 <= u < nl ==> m[u] == -1 || (0 <= m[u] < nr && m[u] in adj[u])) &&
  (forall u1, u2 :: 0 <= u1 < u2 < nl && m[u1] != -1 ==> m[u1] != m[u2])
}

// The number of matched vertices among m[0..k-1]; matched_count(m) is the size of the matching.
function matched_upto(m: seq<int>, k: int): int
  decreases k
{
  if k <= 0 || k > |m| then 0 else matched_upto(m, k - 1) + (if m[k - 1] != -1 then 1 else 0)
}

function matched_count(m: seq<int>): int
{
  matched_upto(m, |m|)
}

// The number of true entries among s[0..k-1].
function count_true_upto(s: seq<bool>, k: int): int
  decreases k
{
  if k <= 0 || k > |s| then 0 else count_true_upto(s, k - 1) + (if s[k - 1] then 1 else 0)
}

function count_true(s: seq<bool>): int
{
  count_true_upto(s, |s|)
}

predicate pre_max_bipartite_matching(nl: int, nr: int, adj: seq<seq<int>>)
{
  1 <= nl <= 100 && 1 <= nr <= 100 && valid_bigraph(nl, nr, adj) &&
  forall u :: 0 <= u < nl ==> |adj[u]| <= 100
}

// matchL is a matching, and (coverL, coverR) a vertex cover (every edge has an endpoint in it)
// with as many vertices as the matching has edges. Every matching edge needs its own cover
// vertex, so no matching is larger than any cover: the matching is maximum (and the cover
// minimum, König's theorem). The lemma post_max_bipartite_matching_means_maximum below proves
// that no valid matching has more edges.
predicate post_max_bipartite_matching(nl: int, nr: int, adj: seq<seq<int>>, matchL: seq<int>, coverL: seq<bool>, coverR: seq<bool>)
{
  pre_max_bipartite_matching(nl, nr, adj) && valid_matching(nl, nr, adj, matchL) &&
  |coverL| == nl && |coverR| == nr &&
  (forall u, j :: 0 <= u < nl && 0 <= j < |adj[u]| ==> coverL[u] || coverR[adj[u][j]]) &&
  count_true(coverL) + count_true(coverR) == matched_count(matchL)
}

lemma MatchedUptoSet(m: seq<int>, k: int)
  requires 0 <= k <= |m|
  ensures matched_upto(m, k) == |set u | 0 <= u < k && m[u] != -1|
  decreases k
{
  if k > 0 {
    MatchedUptoSet(m, k - 1);
    var A := set u | 0 <= u < k - 1 && m[u] != -1;
    var B := set u | 0 <= u < k && m[u] != -1;
    if m[k - 1] != -1 {
      assert B == A + {k - 1};
    } else {
      assert B == A;
    }
  }
}

lemma MatchedCountSet(m: seq<int>)
  ensures matched_count(m) == |set u | 0 <= u < |m| && m[u] != -1|
{
  MatchedUptoSet(m, |m|);
}

lemma CountTrueUptoSet(s: seq<bool>, k: int)
  requires 0 <= k <= |s|
  ensures count_true_upto(s, k) == |set u | 0 <= u < k && s[u]|
  decreases k
{
  if k > 0 {
    CountTrueUptoSet(s, k - 1);
    var A := set u | 0 <= u < k - 1 && s[u];
    var B := set u | 0 <= u < k && s[u];
    if s[k - 1] {
      assert B == A + {k - 1};
    } else {
      assert B == A;
    }
  }
}

lemma CountTrueSet(s: seq<bool>)
  ensures count_true(s) == |set u | 0 <= u < |s| && s[u]|
{
  CountTrueUptoSet(s, |s|);
}

// The image of A under an injective f has |A| elements.
lemma InjectiveImage(A: set<int>, f: int -> int)
  requires forall u1, u2 :: u1 in A && u2 in A && u1 != u2 ==> f(u1) != f(u2)
  ensures |set u | u in A :: f(u)| == |A|
  decreases |A|
{
  if A != {} {
    var x :| x in A;
    var A' := A - {x};
    InjectiveImage(A', f);
    var img := set u | u in A :: f(u);
    var img' := set u | u in A' :: f(u);
    assert img == img' + {f(x)};
    assert f(x) !in img';
  }
}

// What the contract means: no matching has more edges than matchL (each edge of a matching m
// has an endpoint in the cover, a different one for each edge).
lemma post_max_bipartite_matching_means_maximum(nl: int, nr: int, adj: seq<seq<int>>, matchL: seq<int>, coverL: seq<bool>, coverR: seq<bool>, m: seq<int>)
  requires post_max_bipartite_matching(nl, nr, adj, matchL, coverL, coverR)
  requires valid_matching(nl, nr, adj, m)
  ensures matched_count(m) <= matched_count(matchL)
{
  MatchedCountSet(m);
  CountTrueSet(coverL);
  CountTrueSet(coverR);
  var A := set u | 0 <= u < |m| && m[u] != -1;
  var CL := set u | 0 <= u < |coverL| && coverL[u];
  var CR := set v | 0 <= v < |coverR| && coverR[v];
  var f := u => if 0 <= u < |coverL| && coverL[u] then u else nl + (if 0 <= u < |m| then m[u] else 0);
  var shift := v => nl + v;
  InjectiveImage(A, f);
  InjectiveImage(CR, shift);
  var img := set u | u in A :: f(u);
  var CR' := set v | v in CR :: shift(v);
  assert CL * CR' == {};
  assert img <= CL + CR' by {
    forall u | u in A ensures f(u) in CL + CR' {
      var j :| 0 <= j < |adj[u]| && adj[u][j] == m[u];
      assert coverL[u] || coverR[adj[u][j]];
      if !coverL[u] { assert m[u] in CR; }
    }
  }
  SubsetCard(img, CL + CR');
}

lemma SubsetCard(X: set<int>, Y: set<int>)
  requires X <= Y
  ensures |X| <= |Y|
{
  if X != {} {
    var x :| x in X;
    SubsetCard(X - {x}, Y - {x});
  }
}

// <vc:helpers>
lemma MatchedUptoUpdate(m: seq<int>, i: int, x: int, k: int)
  requires 0 <= i < |m| && 0 <= k <= |m|
  ensures matched_upto(m[i := x], k) == matched_upto(m, k) +
            (if i < k then (if x != -1 then 1 else 0) - (if m[i] != -1 then 1 else 0) else 0)
  decreases k
{
  if k > 0 { MatchedUptoUpdate(m, i, x, k - 1); }
}

lemma MatchedCountUpdate(m: seq<int>, i: int, x: int)
  requires 0 <= i < |m|
  ensures matched_count(m[i := x]) == matched_count(m) + (if x != -1 then 1 else 0) - (if m[i] != -1 then 1 else 0)
{
  MatchedUptoUpdate(m, i, x, |m|);
}

lemma MatchedUptoBound(m: seq<int>, k: int)
  requires 0 <= k <= |m|
  ensures 0 <= matched_upto(m, k) <= k
  decreases k
{
  if k > 0 { MatchedUptoBound(m, k - 1); }
}

lemma MatchedCountBound(m: seq<int>)
  ensures 0 <= matched_count(m) <= |m|
{
  MatchedUptoBound(m, |m|);
}

predicate Consistent(nl: int, nr: int, adj: seq<seq<int>>, ml: seq<int>, mr: seq<int>)
  requires valid_bigraph(nl, nr, adj)
{
  |ml| == nl && |mr| == nr &&
  (forall u :: 0 <= u < nl ==> ml[u] == -1 || (0 <= ml[u] < nr && ml[u] in adj[u] && mr[ml[u]] == u)) &&
  (forall v :: 0 <= v < nr ==> mr[v] == -1 || (0 <= mr[v] < nl && ml[mr[v]] == v))
}

lemma ConsistentIsMatching(nl: int, nr: int, adj: seq<seq<int>>, ml: seq<int>, mr: seq<int>)
  requires valid_bigraph(nl, nr, adj) && Consistent(nl, nr, adj, ml, mr)
  ensures valid_matching(nl, nr, adj, ml)
{
}

// When the search stops without a free right vertex: the unvisited left vertices and the
// visited right vertices are as many as the matching edges.
lemma CoverSize(nl: int, nr: int, adj: seq<seq<int>>, ml: seq<int>, mr: seq<int>, visL: seq<bool>, visR: seq<bool>, cl: seq<bool>)
  requires valid_bigraph(nl, nr, adj) && Consistent(nl, nr, adj, ml, mr)
  requires |visL| == nl && |visR| == nr && |cl| == nl
  requires forall u :: 0 <= u < nl ==> cl[u] == !visL[u]
  requires forall u :: 0 <= u < nl && ml[u] == -1 ==> visL[u]
  requires forall u :: 0 <= u < nl && visL[u] && ml[u] != -1 ==> visR[ml[u]]
  requires forall v :: 0 <= v < nr && visR[v] ==> mr[v] != -1 && visL[mr[v]]
  ensures count_true(cl) + count_true(visR) == matched_count(ml)
{
  CountTrueSet(cl);
  CountTrueSet(visR);
  MatchedCountSet(ml);
  var M := set u | 0 <= u < |ml| && ml[u] != -1;
  var C := set u | 0 <= u < |cl| && cl[u];
  var R := set v | 0 <= v < |visR| && visR[v];
  var A := set u | 0 <= u < nl && visL[u] && ml[u] != -1;
  assert M == C + A;
  assert C * A == {};
  var f := u => if 0 <= u < |ml| then ml[u] else -1;
  InjectiveImage(A, f);
  var img := set u | u in A :: f(u);
  forall v | v in R ensures v in img {
    assert mr[v] in A && ml[mr[v]] == v;
  }
  forall v | v in img ensures v in R {
    var u :| u in A && f(u) == v;
  }
  assert img == R;
}

// Breadth-first search along alternating paths from every free left vertex. found: v0 is a free
// right vertex reached; fromR[v] is the left vertex v was reached from, pos the queue position.
method Search(nl: int, nr: int, adj: seq<seq<int>>, ml: array<int>, mr: array<int>)
  returns (found: bool, v0: int, visL: array<bool>, visR: array<bool>, fromR: array<int>, ghost pos: seq<int>)
  requires pre_max_bipartite_matching(nl, nr, adj) && ml.Length == nl && mr.Length == nr
  requires Consistent(nl, nr, adj, ml[..], mr[..])
  ensures fresh(visL) && fresh(visR) && fresh(fromR)
  ensures visL.Length == nl && visR.Length == nr && fromR.Length == nr && |pos| == nl
  ensures forall u :: 0 <= u < nl ==> 0 <= pos[u] < nl
  ensures forall v :: 0 <= v < nr && visR[v] ==> 0 <= fromR[v] < nl && visL[fromR[v]] && v in adj[fromR[v]]
  ensures forall u :: 0 <= u < nl && visL[u] && ml[u] != -1 ==> visR[ml[u]] && pos[fromR[ml[u]]] < pos[u]
  ensures found ==> 0 <= v0 < nr && visR[v0] && mr[v0] == -1
  ensures !found ==> (forall u :: 0 <= u < nl && ml[u] == -1 ==> visL[u]) &&
                     (forall v :: 0 <= v < nr && visR[v] ==> mr[v] != -1 && visL[mr[v]]) &&
                     (forall u, j :: 0 <= u < nl && visL[u] && 0 <= j < |adj[u]| ==> visR[adj[u][j]])
{
  visL := new bool[nl](_ => false);
  visR := new bool[nr](_ => false);
  fromR := new int[nr](_ => 0);
  pos := Zeros(nl);
  found := false;
  v0 := 0;
  var queue: seq<int> := [];
  ghost var unseen: set<int> := set u | 0 <= u < nl;
  CardRange(nl);
  var u := 0;
  while u < nl
    invariant 0 <= u <= nl && |pos| == nl
    invariant forall x :: 0 <= x < nl ==> 0 <= pos[x] < nl
    invariant forall i :: 0 <= i < |queue| ==> 0 <= queue[i] < nl && visL[queue[i]] && pos[queue[i]] == i
    invariant forall x :: 0 <= x < nl && visL[x] ==> 0 <= pos[x] < |queue| && queue[pos[x]] == x && ml[x] == -1
    invariant forall x :: 0 <= x < nl ==> (x in unseen <==> !visL[x])
    invariant forall x :: x in unseen ==> 0 <= x < nl
    invariant |queue| + |unseen| == nl
    invariant forall x :: 0 <= x < u && ml[x] == -1 ==> visL[x]
    invariant forall x :: u <= x < nl ==> !visL[x]
    invariant forall v :: 0 <= v < nr ==> !visR[v]
  {
    if ml[u] == -1 {
      assert u in unseen;
      CardRemove(unseen, u);
      visL[u] := true;
      pos := pos[u := |queue|];
      queue := queue + [u];
      unseen := unseen - {u};
    }
    u := u + 1;
  }
  var head := 0;
  while head < |queue|
    invariant 0 <= head <= |queue| && |pos| == nl && !found
    invariant forall x :: 0 <= x < nl ==> 0 <= pos[x] < nl
    invariant forall i :: 0 <= i < |queue| ==> 0 <= queue[i] < nl && visL[queue[i]] && pos[queue[i]] == i
    invariant forall x :: 0 <= x < nl && visL[x] ==> 0 <= pos[x] < |queue| && queue[pos[x]] == x
    invariant forall x :: 0 <= x < nl ==> (x in unseen <==> !visL[x])
    invariant forall x :: x in unseen ==> 0 <= x < nl
    invariant |queue| + |unseen| == nl
    invariant forall x :: 0 <= x < nl && ml[x] == -1 ==> visL[x]
    invariant forall v :: 0 <= v < nr && visR[v] ==> 0 <= fromR[v] < nl && visL[fromR[v]] && v in adj[fromR[v]] && pos[fromR[v]] < head
    invariant forall x :: 0 <= x < nl && visL[x] && ml[x] != -1 ==> visR[ml[x]] && pos[fromR[ml[x]]] < pos[x]
    invariant forall v :: 0 <= v < nr && visR[v] ==> mr[v] != -1 && visL[mr[v]]
    invariant forall i, j :: 0 <= i < head && 0 <= j < |adj[queue[i]]| ==> visR[adj[queue[i]][j]]
    decreases nl - head
  {
    var x := queue[head];
    var j := 0;
    while j < |adj[x]|
      invariant 0 <= j <= |adj[x]| && |pos| == nl && 0 <= head < |queue| && x == queue[head]
      invariant forall y :: 0 <= y < nl ==> 0 <= pos[y] < nl
      invariant forall i :: 0 <= i < |queue| ==> 0 <= queue[i] < nl && visL[queue[i]] && pos[queue[i]] == i
      invariant forall y :: 0 <= y < nl && visL[y] ==> 0 <= pos[y] < |queue| && queue[pos[y]] == y
      invariant forall y :: 0 <= y < nl ==> (y in unseen <==> !visL[y])
      invariant forall y :: y in unseen ==> 0 <= y < nl
      invariant |queue| + |unseen| == nl
      invariant forall y :: 0 <= y < nl && ml[y] == -1 ==> visL[y]
      invariant forall v :: 0 <= v < nr && visR[v] ==> 0 <= fromR[v] < nl && visL[fromR[v]] && v in adj[fromR[v]] && pos[fromR[v]] <= head
      invariant forall y :: 0 <= y < nl && visL[y] && ml[y] != -1 ==> visR[ml[y]] && pos[fromR[ml[y]]] < pos[y]
      invariant forall v :: 0 <= v < nr && visR[v] ==> mr[v] != -1 && visL[mr[v]]
      invariant forall i, k :: 0 <= i < head && 0 <= k < |adj[queue[i]]| ==> visR[adj[queue[i]][k]]
      invariant forall k :: 0 <= k < j ==> visR[adj[x][k]]
    {
      var v := adj[x][j];
      if !visR[v] {
        visR[v] := true;
        fromR[v] := x;
        if mr[v] == -1 {
          found := true;
          v0 := v;
          return;
        }
        var w := mr[v];
        if !visL[w] {
          assert w in unseen;
          CardRemove(unseen, w);
          visL[w] := true;
          pos := pos[w := |queue|];
          queue := queue + [w];
          unseen := unseen - {w};
        }
      }
      j := j + 1;
    }
    head := head + 1;
  }
}

function Zeros(n: nat): seq<int>
  ensures |Zeros(n)| == n && forall i :: 0 <= i < n ==> Zeros(n)[i] == 0
{
  if n == 0 then [] else Zeros(n - 1) + [0]
}

lemma CardRemove(U: set<int>, u: int)
  requires u in U
  ensures |U - {u}| == |U| - 1
{
  assert U == (U - {u}) + {u};
}

lemma CardRange(n: nat)
  ensures |set v | 0 <= v < n| == n
{
  if n > 0 {
    CardRange(n - 1);
    assert (set v | 0 <= v < n) == (set v | 0 <= v < n - 1) + {n - 1};
  }
}

// Flip the alternating path that ends at the free right vertex v0 (back along fromR).
method Augment(nl: int, nr: int, adj: seq<seq<int>>, ml: array<int>, mr: array<int>, v0: int, visL: array<bool>, visR: array<bool>, fromR: array<int>, ghost pos: seq<int>)
  requires pre_max_bipartite_matching(nl, nr, adj) && ml.Length == nl && mr.Length == nr
  requires visL.Length == nl && visR.Length == nr && fromR.Length == nr && |pos| == nl
  requires ml != mr && fromR != ml && fromR != mr
  requires Consistent(nl, nr, adj, ml[..], mr[..])
  requires forall u :: 0 <= u < nl ==> 0 <= pos[u] < nl
  requires forall v :: 0 <= v < nr && visR[v] ==> 0 <= fromR[v] < nl && visL[fromR[v]] && v in adj[fromR[v]]
  requires forall u :: 0 <= u < nl && visL[u] && ml[u] != -1 ==> visR[ml[u]] && pos[fromR[ml[u]]] < pos[u]
  requires 0 <= v0 < nr && visR[v0] && mr[v0] == -1
  modifies ml, mr
  ensures Consistent(nl, nr, adj, ml[..], mr[..])
  ensures matched_count(ml[..]) == matched_count(old(ml[..])) + 1
{
  ghost var oml := ml[..];
  var v := v0;
  var done := false;
  ghost var bound := nl;
  while !done
    invariant 0 <= bound <= nl
    invariant |oml| == nl
    invariant done ==> Consistent(nl, nr, adj, ml[..], mr[..]) && matched_count(ml[..]) == matched_count(oml) + 1
    invariant !done ==> 0 <= v < nr && visR[v] && pos[fromR[v]] < bound
    invariant !done ==> forall u :: 0 <= u < nl ==> ml[u] == -1 || (0 <= ml[u] < nr && ml[u] in adj[u] && mr[ml[u]] == u)
    invariant !done ==> forall w :: 0 <= w < nr && w != v ==> mr[w] == -1 || (0 <= mr[w] < nl && ml[mr[w]] == w)
    invariant !done ==> forall u :: 0 <= u < nl ==> ml[u] != v
    invariant !done ==> forall u :: 0 <= u < nl && pos[u] < bound ==> ml[u] == oml[u]
    invariant !done ==> matched_count(ml[..]) == matched_count(oml)
    invariant forall w :: 0 <= w < nr ==> mr[w] == -1 || 0 <= mr[w] < nl
    invariant forall u :: 0 <= u < nl && visL[u] && oml[u] != -1 ==> visR[oml[u]] && pos[fromR[oml[u]]] < pos[u]
    decreases bound + (if done then 0 else 1)
  {
    var u := fromR[v];
    var next := ml[u];
    assert next == oml[u];
    MatchedCountUpdate(ml[..], u, v);
    ml[u] := v;
    mr[v] := u;
    if next == -1 {
      done := true;
    } else {
      bound := pos[u];
      v := next;
    }
  }
}
// </vc:helpers>

// Maximum matching by augmenting paths; returns the matching and a vertex cover of the same size.
method MaxBipartiteMatching(nl: int, nr: int, adj: seq<seq<int>>) returns (matchL: seq<int>, coverL: seq<bool>, coverR: seq<bool>)
  requires pre_max_bipartite_matching(nl, nr, adj)
  ensures post_max_bipartite_matching(nl, nr, adj, matchL, coverL, coverR)
{
  // <vc:code>
  var ml := new int[nl](_ => -1);
  var mr := new int[nr](_ => -1);
  assert forall v :: 0 <= v < nr ==> mr[v] == -1;
  var going := true;
  var visL: array<bool> := new bool[nl](_ => true);
  var visR: array<bool> := new bool[nr](_ => false);
  while going
    invariant ml.Length == nl && mr.Length == nr && ml != mr
    invariant visL.Length == nl && visR.Length == nr
    invariant Consistent(nl, nr, adj, ml[..], mr[..])
    invariant !going ==> (forall u :: 0 <= u < nl && ml[u] == -1 ==> visL[u]) &&
                         (forall v :: 0 <= v < nr && visR[v] ==> mr[v] != -1 && visL[mr[v]]) &&
                         (forall u :: 0 <= u < nl && visL[u] && ml[u] != -1 ==> visR[ml[u]]) &&
                         (forall u, j :: 0 <= u < nl && visL[u] && 0 <= j < |adj[u]| ==> visR[adj[u][j]])
    decreases nl - matched_count(ml[..]) + (if going then 1 else 0)
  {
    MatchedCountBound(ml[..]);
    var found, v0, vl, vr, fromR, pos := Search(nl, nr, adj, ml, mr);
    if found {
      Augment(nl, nr, adj, ml, mr, v0, vl, vr, fromR, pos);
      MatchedCountBound(ml[..]);
    } else {
      visL, visR := vl, vr;
      going := false;
    }
  }
  matchL := ml[..];
  coverL := [];
  var u := 0;
  while u < nl
    invariant 0 <= u <= nl && |coverL| == u
    invariant forall x :: 0 <= x < u ==> coverL[x] == !visL[x]
  {
    coverL := coverL + [!visL[u]];
    u := u + 1;
  }
  coverR := visR[..];
  ConsistentIsMatching(nl, nr, adj, matchL, mr[..]);
  CoverSize(nl, nr, adj, matchL, mr[..], visL[..], visR[..], coverL);
  // </vc:code>
}
