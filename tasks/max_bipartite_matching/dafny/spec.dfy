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
// </vc:helpers>

// Maximum matching by augmenting paths; returns the matching and a vertex cover of the same size.
method MaxBipartiteMatching(nl: int, nr: int, adj: seq<seq<int>>) returns (matchL: seq<int>, coverL: seq<bool>, coverR: seq<bool>)
  requires pre_max_bipartite_matching(nl, nr, adj)
  ensures post_max_bipartite_matching(nl, nr, adj, matchL, coverL, coverR)
{
  // <vc:code>
  // </vc:code>
}
