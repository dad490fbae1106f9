// pat occurs in text starting at position k.
predicate occurs_at(text: string, pat: string, k: int)
{
  0 <= k && k + |pat| <= |text| && text[k..k + |pat|] == pat
}

// e is a pair [p, k]: pattern p occurs in text at position k.
predicate is_match(text: string, pats: seq<string>, e: seq<int>)
{
  |e| == 2 && 0 <= e[0] < |pats| && occurs_at(text, pats[e[0]], e[1])
}

// Every entry r[j'] with j <= j' is a match. (Bounded foralls written as recursions over the
// index, so that Dafny evaluates the vectors.)
predicate sound_from(text: string, pats: seq<string>, r: seq<seq<int>>, j: int)
  decreases |r| - j
{
  j >= |r| || (0 <= j && is_match(text, pats, r[j]) && sound_from(text, pats, r, j + 1))
}

// The pair [p, k] is among r[j..].
predicate listed_from(r: seq<seq<int>>, p: int, k: int, j: int)
  decreases |r| - j
{
  0 <= j < |r| && ((|r[j]| == 2 && r[j][0] == p && r[j][1] == k) || listed_from(r, p, k, j + 1))
}

// Every position k' >= k where pattern p occurs is listed in r.
predicate complete_pos(text: string, pats: seq<string>, r: seq<seq<int>>, p: int, k: int)
  requires 0 <= p < |pats|
  decreases |text| - k
{
  k > |text| - |pats[p]| ||
  ((occurs_at(text, pats[p], k) ==> listed_from(r, p, k, 0)) && complete_pos(text, pats, r, p, k + 1))
}

// Every occurrence of every pattern p' >= p is listed in r.
predicate complete_from(text: string, pats: seq<string>, r: seq<seq<int>>, p: int)
  decreases |pats| - p
{
  p < 0 || p >= |pats| || (complete_pos(text, pats, r, p, 0) && complete_from(text, pats, r, p + 1))
}

// No pair is listed twice.
predicate no_repeats(r: seq<seq<int>>)
{
  forall j, j' :: 0 <= j < j' < |r| && |r[j]| == 2 && |r[j']| == 2 ==>
    r[j][0] != r[j'][0] || r[j][1] != r[j'][1]
}

predicate lowercase(s: string)
{
  forall i :: 0 <= i < |s| ==> 'a' <= s[i] <= 'z'
}

predicate pre_aho_corasick(text: string, pats: seq<string>)
{
  |text| <= 100000 && lowercase(text) && 1 <= |pats| <= 100 &&
  forall p :: 0 <= p < |pats| ==> 1 <= |pats[p]| <= 1000 && lowercase(pats[p])
}

// r lists, in any order and without repetitions, exactly the pairs [p, k] such that pattern p
// occurs in text at position k.
predicate post_aho_corasick(text: string, pats: seq<string>, r: seq<seq<int>>)
{
  sound_from(text, pats, r, 0) && complete_from(text, pats, r, 0) && no_repeats(r)
}

// <vc:helpers>
// ---- The trie: node w stands for the string word[w] (ghost) ----

// The node strings form a trie numbered by nondecreasing depth: node 0 is the root (the empty
// string), every other node is its parent's string plus one letter, and no string is repeated.
predicate ParentOK(word: seq<string>, par: seq<int>, lc: seq<int>, w: int)
{
  1 <= w < |word| && |par| == |word| && |lc| == |word| && 0 <= par[w] < w && 0 <= lc[w] < 26 &&
  word[w] == word[par[w]] + [Chr(lc[w])]
}

predicate DepthLE(word: seq<string>, a: int, b: int)
{
  0 <= a < |word| && 0 <= b < |word| && |word[a]| <= |word[b]|
}

predicate Distinct(word: seq<string>, a: int, b: int)
{
  0 <= a < |word| && 0 <= b < |word| && word[a] != word[b]
}

predicate Shape(word: seq<string>, par: seq<int>, lc: seq<int>)
{
  1 <= |word| && |par| == |word| && |lc| == |word| && word[0] == [] &&
  (forall w {:trigger ParentOK(word, par, lc, w)} :: 1 <= w < |word| ==> ParentOK(word, par, lc, w)) &&
  (forall a, b {:trigger DepthLE(word, a, b)} :: 0 <= a < b < |word| ==> DepthLE(word, a, b)) &&
  (forall a, b {:trigger Distinct(word, a, b)} :: 0 <= a < b < |word| ==> Distinct(word, a, b))
}

lemma ShapeInj(word: seq<string>, par: seq<int>, lc: seq<int>, a: int, b: int)
  requires Shape(word, par, lc) && 0 <= a < |word| && 0 <= b < |word| && word[a] == word[b]
  ensures a == b
{
  if a < b {
    assert Distinct(word, a, b);
  } else if b < a {
    assert Distinct(word, b, a);
  }
}

lemma ShapeShorter(word: seq<string>, par: seq<int>, lc: seq<int>, a: int, b: int)
  requires Shape(word, par, lc) && 0 <= a < |word| && 0 <= b < |word| && |word[a]| < |word[b]|
  ensures a < b
{
  if b < a {
    assert DepthLE(word, b, a);
  }
}

// y is the node whose string is the longest suffix of t among all node strings.
predicate LNS(word: seq<string>, y: int, t: string)
{
  0 <= y < |word| && IsSuffix(word[y], t) &&
  forall w {:trigger IsSuffix(word[w], t)} :: 0 <= w < |word| && IsSuffix(word[w], t) ==> |word[w]| <= |word[y]|
}

// The automaton step: from the longest node suffix of t and the longest node suffix of its string
// followed by ch, the longest node suffix of t + [ch].
lemma StepLNS(word: seq<string>, par: seq<int>, lc: seq<int>, y: int, t: string, ch: char, d: int)
  requires Shape(word, par, lc)
  requires LNS(word, y, t) && LNS(word, d, word[y] + [ch])
  ensures LNS(word, d, t + [ch])
{
  SuffixAppend(word[y], t, ch);
  SuffixTrans(word[d], word[y] + [ch], t + [ch]);
  forall w | 0 <= w < |word| && IsSuffix(word[w], t + [ch])
    ensures |word[w]| <= |word[d]|
  {
    if w != 0 {
      assert ParentOK(word, par, lc, w);
      var x := word[par[w]];
      assert word[w] == x + [Chr(lc[w])];
      SuffixDropLast(x, Chr(lc[w]), t, ch);
      assert |x| <= |word[y]|;
      SuffixOfBoth(x, word[y], t);
      SuffixAppend(x, word[y], ch);
    }
  }
}

lemma LNSRootEmpty(word: seq<string>, par: seq<int>, lc: seq<int>)
  requires Shape(word, par, lc)
  ensures LNS(word, 0, [])
{
}

lemma LNSWhole(word: seq<string>, v: int, t: string)
  requires 0 <= v < |word| && word[v] == t
  ensures LNS(word, v, t)
{
  SuffixRefl(t);
}

lemma LNSLess(word: seq<string>, par: seq<int>, lc: seq<int>, w: int, f: int)
  requires Shape(word, par, lc) && 1 <= w < |word| && LNS(word, f, Tail(word[w]))
  ensures f < w && |word[f]| < |word[w]|
{
  assert ParentOK(word, par, lc, w);
  assert word[w] == word[par[w]] + [Chr(lc[w])];
  ShapeShorter(word, par, lc, f, w);
}

// Failure link of a child of a non-root node.
lemma FailStep(word: seq<string>, par: seq<int>, lc: seq<int>, u: int, fp: int, d: int)
  requires Shape(word, par, lc) && 1 <= u < |word| && ParentOK(word, par, lc, u) && par[u] != 0
  requires LNS(word, fp, Tail(word[par[u]])) && LNS(word, d, word[fp] + [Chr(lc[u])])
  ensures LNS(word, d, Tail(word[u]))
{
  assert ParentOK(word, par, lc, u);
  var p := par[u];
  assert ParentOK(word, par, lc, p);
  assert word[p] == word[par[p]] + [Chr(lc[p])];
  assert word[u] == word[p] + [Chr(lc[u])];
  assert Tail(word[u]) == Tail(word[p]) + [Chr(lc[u])];
  StepLNS(word, par, lc, fp, Tail(word[p]), Chr(lc[u]), d);
}

lemma FailRoot(word: seq<string>, par: seq<int>, lc: seq<int>, u: int)
  requires Shape(word, par, lc) && 1 <= u < |word| && par[u] == 0
  ensures LNS(word, 0, Tail(word[u]))
{
  assert ParentOK(word, par, lc, u);
  assert word[u] == [] + [Chr(lc[u])];
  assert Tail(word[u]) == [];
}

// Transition where the trie has no child: the longest node suffix of word[u] + [c] is found
// from the failure link's transition.
lemma DeltaFail(word: seq<string>, par: seq<int>, lc: seq<int>, u: int, c: int, f: int, d: int)
  requires Shape(word, par, lc) && 1 <= u < |word| && 0 <= c < 26
  requires LNS(word, f, Tail(word[u])) && LNS(word, d, word[f] + [Chr(c)])
  requires forall v :: 0 <= v < |word| ==> word[v] != word[u] + [Chr(c)]
  ensures LNS(word, d, word[u] + [Chr(c)])
{
  var t := word[u] + [Chr(c)];
  assert ParentOK(word, par, lc, u);
  assert word[u] == word[par[u]] + [Chr(lc[u])];
  assert Tail(t) == Tail(word[u]) + [Chr(c)];
  StepLNS(word, par, lc, f, Tail(word[u]), Chr(c), d);
  TailSuffix(word[d], t);
  forall w | 0 <= w < |word| && IsSuffix(word[w], t)
    ensures |word[w]| <= |word[d]|
  {
    if |word[w]| == |t| {
      assert word[w] == t;
    }
    SuffixTail(word[w], t);
  }
}

lemma DeltaRoot(word: seq<string>, par: seq<int>, lc: seq<int>, c: int)
  requires Shape(word, par, lc) && 0 <= c < 26
  requires forall v :: 0 <= v < |word| ==> word[v] != word[0] + [Chr(c)]
  ensures LNS(word, 0, word[0] + [Chr(c)])
{
  var t := word[0] + [Chr(c)];
  assert t == [Chr(c)];
  forall w | 0 <= w < |word| && IsSuffix(word[w], t)
    ensures |word[w]| <= 0
  {
    if |word[w]| == 1 {
      assert word[w] == t;
    }
  }
}

// ---- Patterns at the nodes and dictionary links ----

// terms[w] lists (increasing) the patterns equal to word[w]; qnode[q] is the node of pattern q.
predicate TermsOK(pats: seq<string>, word: seq<string>, terms: seq<seq<int>>, qnode: seq<int>)
{
  |terms| == |word| && |qnode| == |pats| && 1 <= |word| && terms[0] == [] &&
  (forall w, j {:trigger terms[w][j]} :: 0 <= w < |word| && 0 <= j < |terms[w]| ==>
    0 <= terms[w][j] < |pats| && pats[terms[w][j]] == word[w]) &&
  (forall w, j, j' {:trigger terms[w][j], terms[w][j']} :: 0 <= w < |word| && 0 <= j < j' < |terms[w]| ==>
    terms[w][j] < terms[w][j']) &&
  (forall q {:trigger qnode[q]} :: 0 <= q < |pats| ==> 0 <= qnode[q] < |word| && word[qnode[q]] == pats[q] && q in terms[qnode[q]])
}

// d is the node of the longest proper suffix of word[u] where a pattern ends (-1 if none).
predicate DictOK(word: seq<string>, terms: seq<seq<int>>, u: int, d: int)
{
  |terms| == |word| && 0 <= u < |word| &&
  (d == -1 || (0 <= d < |word| && |terms[d]| > 0 && IsSuffix(word[d], Tail(word[u])))) &&
  forall w {:trigger IsSuffix(word[w], Tail(word[u]))} :: 0 <= w < |word| && |terms[w]| > 0 && IsSuffix(word[w], Tail(word[u])) ==>
    d != -1 && |word[w]| <= |word[d]|
}

lemma DictRoot(word: seq<string>, par: seq<int>, lc: seq<int>, terms: seq<seq<int>>)
  requires Shape(word, par, lc) && |terms| == |word| && terms[0] == []
  ensures DictOK(word, terms, 0, -1)
{
  forall w | 0 <= w < |word| && |terms[w]| > 0 && IsSuffix(word[w], Tail(word[0]))
    ensures false
  {
    ShapeInj(word, par, lc, w, 0);
  }
}

lemma DictStep(word: seq<string>, par: seq<int>, lc: seq<int>, terms: seq<seq<int>>, u: int, f: int, df: int, dl: int)
  requires Shape(word, par, lc) && |terms| == |word| && terms[0] == [] && 1 <= u < |word|
  requires LNS(word, f, Tail(word[u]))
  requires |terms[f]| > 0 ==> dl == f
  requires |terms[f]| == 0 ==> dl == df && DictOK(word, terms, f, df)
  ensures DictOK(word, terms, u, dl)
{
  if |terms[f]| == 0 {
    if df != -1 {
      TailSuffix(word[df], word[f]);
      SuffixTrans(word[df], word[f], Tail(word[u]));
    }
    forall w | 0 <= w < |word| && |terms[w]| > 0 && IsSuffix(word[w], Tail(word[u]))
      ensures df != -1 && |word[w]| <= |word[df]|
    {
      SuffixOfBoth(word[w], word[f], Tail(word[u]));
      if |word[w]| == |word[f]| {
        assert word[w] == word[f];
        ShapeInj(word, par, lc, w, f);
      }
      SuffixTail(word[w], word[f]);
    }
  }
}

// ---- Building the trie level by level (so nodes are numbered by nondecreasing depth) ----

// goto[u, c] is the child of u by letter c, or -1 when no node has that string.
predicate GotoOK(goto: array2<int>, word: seq<string>, cnt: int)
  reads goto
{
  goto.Length1 == 26 && |word| == cnt <= goto.Length0 &&
  (forall u, c {:trigger goto[u, c]} :: 0 <= u < cnt && 0 <= c < 26 ==>
    (goto[u, c] == -1 && forall v {:trigger word[v]} :: 0 <= v < cnt ==> word[v] != word[u] + [Chr(c)]) ||
    (1 <= goto[u, c] < cnt && word[goto[u, c]] == word[u] + [Chr(c)])) &&
  forall u, c {:trigger goto[u, c]} :: cnt <= u < goto.Length0 && 0 <= c < 26 ==> goto[u, c] == -1
}

predicate ParentA(word: seq<string>, par: array<int>, lc: array<int>, w: int)
  reads par, lc
{
  1 <= w < |word| && |word| <= par.Length && |word| <= lc.Length && 0 <= par[w] < w && 0 <= lc[w] < 26 &&
  word[w] == word[par[w]] + [Chr(lc[w])]
}

predicate ShapeA(word: seq<string>, par: array<int>, lc: array<int>, cnt: int)
  reads par, lc
{
  1 <= cnt == |word| <= par.Length && cnt <= lc.Length && word[0] == [] &&
  (forall w {:trigger ParentA(word, par, lc, w)} :: 1 <= w < cnt ==> ParentA(word, par, lc, w)) &&
  (forall a, b {:trigger DepthLE(word, a, b)} :: 0 <= a < b < cnt ==> DepthLE(word, a, b)) &&
  (forall a, b {:trigger Distinct(word, a, b)} :: 0 <= a < b < cnt ==> Distinct(word, a, b))
}

method AddChild(goto: array2<int>, par: array<int>, lc: array<int>, cnt: int, u: int, c: int, ghost word: seq<string>)
  returns (ghost word': seq<string>)
  requires cnt < goto.Length0 && cnt < par.Length && cnt < lc.Length && par != lc
  requires GotoOK(goto, word, cnt) && ShapeA(word, par, lc, cnt)
  requires 0 <= u < cnt && 0 <= c < 26 && goto[u, c] == -1
  requires forall w :: 0 <= w < cnt ==> |word[w]| <= |word[u]| + 1
  modifies goto, par, lc
  ensures word' == word + [word[u] + [Chr(c)]]
  ensures GotoOK(goto, word', cnt + 1) && ShapeA(word', par, lc, cnt + 1)
  ensures goto[u, c] == cnt
{
  ghost var s := word[u] + [Chr(c)];
  goto[u, c] := cnt;
  par[cnt] := u;
  lc[cnt] := c;
  word' := word + [s];
  forall u', c' | 0 <= u' < cnt + 1 && 0 <= c' < 26 && goto[u', c'] == -1
    ensures forall v :: 0 <= v < cnt + 1 ==> word'[v] != word'[u'] + [Chr(c')]
  {
    if u' == cnt {
      assert forall v :: 0 <= v < cnt + 1 ==> |word'[v]| < |word'[u'] + [Chr(c')]|;
    } else {
      assert old(goto[u', c']) == -1;
      if s == word[u'] + [Chr(c')] {
        SnocEq(word[u], Chr(c), word[u'], Chr(c'));
        ChrInj(c, c');
        assert word[u] == word[u'];
        if u < u' {
          assert Distinct(word, u, u');
        } else if u' < u {
          assert Distinct(word, u', u);
        }
      }
    }
  }
  forall w | 1 <= w < cnt + 1
    ensures ParentA(word', par, lc, w)
  {
    if w < cnt {
      assert old(ParentA(word, par, lc, w));
      assert par[w] == old(par[w]) && lc[w] == old(lc[w]);
    }
  }
  forall a, b | 0 <= a < b < cnt + 1
    ensures DepthLE(word', a, b)
  {
    if b < cnt {
      assert DepthLE(word, a, b);
    }
  }
  forall a, b | 0 <= a < b < cnt + 1
    ensures Distinct(word', a, b)
  {
    if b == cnt {
      assert old(goto[u, c]) == -1;
      assert word'[a] == word[a];
    } else {
      assert Distinct(word, a, b);
    }
  }
}

// Sum over the patterns s[k] of |pats[s[k]]| - j.
function RemS(pats: seq<string>, s: seq<int>, j: int): int
  decreases |s|
{
  if |s| == 0 then 0 else (if 0 <= s[0] < |pats| then |pats[s[0]]| - j else 0) + RemS(pats, s[1..], j)
}

lemma RemSnoc(pats: seq<string>, s: seq<int>, p: int, j: int)
  ensures RemS(pats, s + [p], j) == RemS(pats, s, j) + (if 0 <= p < |pats| then |pats[p]| - j else 0)
  decreases |s|
{
  if |s| > 0 {
    assert (s + [p])[1..] == s[1..] + [p];
    RemSnoc(pats, s[1..], p, j);
  } else {
    assert (s + [p])[1..] == [];
  }
}

lemma RemSNonneg(pats: seq<string>, s: seq<int>, j: int)
  requires forall k :: 0 <= k < |s| ==> 0 <= s[k] < |pats| && j <= |pats[s[k]]|
  ensures RemS(pats, s, j) >= 0
  decreases |s|
{
  if |s| > 0 {
    RemSNonneg(pats, s[1..], j);
  }
}

predicate LevelInv(pats: seq<string>, goto: array2<int>, parA: array<int>, lcA: array<int>, cur: array<int>,
                   cnt: int, word: seq<string>, active: seq<int>, a: int, newActive: seq<int>, j: int, N: int)
  reads goto, parA, lcA, cur
{
  0 <= j && 0 <= a <= |active| &&
  N == goto.Length0 == parA.Length == lcA.Length && cur.Length == |pats| &&
  cur != parA && cur != lcA && parA != lcA &&
  (forall p :: 0 <= p < |pats| ==> 1 <= |pats[p]| <= 1000 && lowercase(pats[p])) &&
  (forall k :: 0 <= k < |active| ==> 0 <= active[k] < |pats| && j < |pats[active[k]]|) &&
  (forall k, k' :: 0 <= k < k' < |active| ==> active[k] != active[k']) &&
  GotoOK(goto, word, cnt) && ShapeA(word, parA, lcA, cnt) &&
  cnt + RemS(pats, active[a..], j) + RemS(pats, newActive, j + 1) <= N &&
  (forall w :: 0 <= w < cnt ==> |word[w]| <= j + 1) &&
  (forall q :: 0 <= q < |pats| ==> 0 <= cur[q] < cnt && |word[cur[q]]| <= |pats[q]| &&
    pats[q][..|word[cur[q]]|] == word[cur[q]] && (|word[cur[q]]| == |pats[q]| || q in active[a..] || q in newActive)) &&
  (forall k :: a <= k < |active| ==> |word[cur[active[k]]]| == j) &&
  (forall k :: 0 <= k < |newActive| ==> 0 <= newActive[k] < |pats| && j + 1 < |pats[newActive[k]]| &&
    |word[cur[newActive[k]]]| == j + 1) &&
  (forall k, k' :: 0 <= k < k' < |newActive| ==> newActive[k] != newActive[k'])
}

// Pattern active[a] goes one letter down.
method LevelStep(pats: seq<string>, goto: array2<int>, parA: array<int>, lcA: array<int>, cur: array<int>,
                 cnt0: int, ghost word0: seq<string>, active: seq<int>, a: int, newActive0: seq<int>, j: int, ghost N: int)
  returns (cnt: int, ghost word: seq<string>, newActive: seq<int>)
  requires LevelInv(pats, goto, parA, lcA, cur, cnt0, word0, active, a, newActive0, j, N) && a < |active|
  modifies goto, parA, lcA, cur
  ensures LevelInv(pats, goto, parA, lcA, cur, cnt, word, active, a + 1, newActive, j, N)
{
  cnt, word, newActive := cnt0, word0, newActive0;
  var p := active[a];
  var u := cur[p];
  assert forall k :: a < k < |active| ==> active[k] != p;
  assert lowercase(pats[p]);
  var ch := pats[p][j];
  assert active[a..] == [p] + active[a + 1..];
  assert active[a..][1..] == active[a + 1..];
  RemSNonneg(pats, active[a + 1..], j);
  RemSNonneg(pats, newActive, j + 1);
  assert pats[p][..j + 1] == pats[p][..j] + [ch];
  ghost var curOld := cur[..];
  ghost var wordOld := word;
  ghost var naOld := newActive;
  assert forall k :: 0 <= k < |naOld| ==> naOld[k] != p;
  var v: int;
  v, cnt, word := Advance(goto, parA, lcA, cnt, word, u, ch, j);
  assert word[v] == pats[p][..j + 1];
  cur[p] := v;
  if j + 1 < |pats[p]| {
    RemSnoc(pats, newActive, p, j + 1);
    newActive := newActive + [p];
  }
  forall q | 0 <= q < |pats|
    ensures 0 <= cur[q] < cnt && |word[cur[q]]| <= |pats[q]| && pats[q][..|word[cur[q]]|] == word[cur[q]] &&
      (|word[cur[q]]| == |pats[q]| || q in active[a + 1..] || q in newActive)
  {
    if q != p {
      assert cur[q] == curOld[q];
      assert word[cur[q]] == wordOld[curOld[q]];
      if q in active[a..] {
        assert q in active[a + 1..];
      }
      if q in naOld {
        assert q in newActive;
      }
    } else if j + 1 < |pats[p]| {
      assert newActive[|newActive| - 1] == p;
    }
  }
  forall k | a + 1 <= k < |active|
    ensures |word[cur[active[k]]]| == j
  {
    assert active[k] != p;
    assert cur[active[k]] == curOld[active[k]];
    assert word[cur[active[k]]] == wordOld[curOld[active[k]]];
  }
  forall k | 0 <= k < |newActive|
    ensures 0 <= newActive[k] < |pats| && j + 1 < |pats[newActive[k]]| && |word[cur[newActive[k]]]| == j + 1
  {
    if k < |naOld| {
      assert newActive[k] == naOld[k];
      assert cur[naOld[k]] == curOld[naOld[k]];
      assert word[cur[naOld[k]]] == wordOld[curOld[naOld[k]]];
    }
  }
}

predicate TrieInv(pats: seq<string>, goto: array2<int>, parA: array<int>, lcA: array<int>, cur: array<int>,
                  cnt: int, word: seq<string>, active: seq<int>, j: int, N: int)
  reads goto, parA, lcA, cur
{
  0 <= j &&
  N == goto.Length0 == parA.Length == lcA.Length && cur.Length == |pats| &&
  cur != parA && cur != lcA && parA != lcA &&
  (forall p :: 0 <= p < |pats| ==> 1 <= |pats[p]| <= 1000 && lowercase(pats[p])) &&
  GotoOK(goto, word, cnt) && ShapeA(word, parA, lcA, cnt) &&
  cnt + RemS(pats, active, j) <= N &&
  (forall w :: 0 <= w < cnt ==> |word[w]| <= j) &&
  (forall q :: 0 <= q < |pats| ==> 0 <= cur[q] < cnt && |word[cur[q]]| <= |pats[q]| &&
    pats[q][..|word[cur[q]]|] == word[cur[q]] && (|word[cur[q]]| == |pats[q]| || q in active)) &&
  (forall k :: 0 <= k < |active| ==> 0 <= active[k] < |pats| && j < |pats[active[k]]| && |word[cur[active[k]]]| == j) &&
  (forall k, k' :: 0 <= k < k' < |active| ==> active[k] != active[k'])
}

// All the patterns longer than j go one letter down.
method Level(pats: seq<string>, goto: array2<int>, parA: array<int>, lcA: array<int>, cur: array<int>,
             cnt0: int, ghost word0: seq<string>, active: seq<int>, j: int, ghost N: int)
  returns (cnt: int, ghost word: seq<string>, newActive: seq<int>)
  requires TrieInv(pats, goto, parA, lcA, cur, cnt0, word0, active, j, N)
  modifies goto, parA, lcA, cur
  ensures TrieInv(pats, goto, parA, lcA, cur, cnt, word, newActive, j + 1, N)
{
  cnt, word := cnt0, word0;
  newActive := [];
  var a := 0;
  assert active[0..] == active;
  while a < |active|
    invariant LevelInv(pats, goto, parA, lcA, cur, cnt, word, active, a, newActive, j, N)
  {
    cnt, word, newActive := LevelStep(pats, goto, parA, lcA, cur, cnt, word, active, a, newActive, j, N);
    a := a + 1;
  }
  assert active[a..] == [];
}

// One letter down from node u (of depth j), creating the child if needed.
method Advance(goto: array2<int>, parA: array<int>, lcA: array<int>, cnt: int, ghost word: seq<string>, u: int, ch: char,
               ghost j: int)
  returns (v: int, cnt': int, ghost word': seq<string>)
  requires GotoOK(goto, word, cnt) && ShapeA(word, parA, lcA, cnt) && parA != lcA
  requires cnt < goto.Length0 && cnt < parA.Length && cnt < lcA.Length
  requires forall w :: 0 <= w < cnt ==> |word[w]| <= j + 1
  requires 0 <= u < cnt && |word[u]| == j && 'a' <= ch <= 'z'
  modifies goto, parA, lcA
  ensures GotoOK(goto, word', cnt') && ShapeA(word', parA, lcA, cnt')
  ensures cnt <= cnt' <= cnt + 1 && |word'| == cnt' && forall w :: 0 <= w < cnt ==> word'[w] == word[w]
  ensures forall w :: 0 <= w < cnt' ==> |word'[w]| <= j + 1
  ensures 0 <= v < cnt' && word'[v] == word[u] + [ch]
{
  ChrOf(ch);
  var c := (ch as int) - 97;
  if goto[u, c] == -1 {
    word' := AddChild(goto, parA, lcA, cnt, u, c, word);
    cnt' := cnt + 1;
  } else {
    word' := word;
    cnt' := cnt;
  }
  v := goto[u, c];
}

// The trie of the patterns, built one depth at a time: at depth j every pattern longer than j
// (the list active) goes one letter down from its node cur[p] (the node of pats[p][..j]).
method BuildTrie(pats: seq<string>)
  returns (goto: array2<int>, cnt: int, par: seq<int>, lc: seq<int>, qnode: seq<int>, ghost word: seq<string>)
  requires 1 <= |pats| && forall p :: 0 <= p < |pats| ==> 1 <= |pats[p]| <= 1000 && lowercase(pats[p])
  ensures GotoOK(goto, word, cnt) && Shape(word, par, lc)
  ensures |qnode| == |pats| && forall q :: 0 <= q < |pats| ==> 0 <= qnode[q] < cnt && word[qnode[q]] == pats[q]
{
  var active: seq<int> := [];
  var total := 0;
  var p := 0;
  while p < |pats|
    invariant 0 <= p <= |pats| && |active| == p
    invariant forall k :: 0 <= k < p ==> active[k] == k
    invariant total == RemS(pats, active, 0) && total >= 0
  {
    RemSnoc(pats, active, p, 0);
    active := active + [p];
    total := total + |pats[p]|;
    p := p + 1;
  }
  forall q | 0 <= q < |pats|
    ensures q in active
  {
    assert active[q] == q;
  }
  var N := 1 + total;
  goto := new int[N, 26]((i, c) => -1);
  var parA := new int[N];
  var lcA := new int[N];
  var cur := new int[|pats|]((i) => 0);
  word := [[]];
  cnt := 1;
  var j := 0;
  while |active| > 0
    invariant TrieInv(pats, goto, parA, lcA, cur, cnt, word, active, j, N)
    decreases 1000 - j
  {
    assert j < |pats[active[0]]|;
    cnt, word, active := Level(pats, goto, parA, lcA, cur, cnt, word, active, j, N);
    j := j + 1;
  }
  qnode := cur[..];
  par := parA[..cnt];
  lc := lcA[..cnt];
  forall w | 1 <= w < cnt
    ensures ParentOK(word, par, lc, w)
  {
    assert ParentA(word, parA, lcA, w);
  }
  forall q | 0 <= q < |pats|
    ensures word[qnode[q]] == pats[q]
  {
    assert pats[q][..|pats[q]|] == pats[q];
  }
}

// The patterns ending at each node, in increasing order.
method BuildTerms(pats: seq<string>, cnt: int, qnode: seq<int>, ghost word: seq<string>) returns (terms: seq<seq<int>>)
  requires 1 <= cnt == |word| && word[0] == [] && |qnode| == |pats|
  requires forall q :: 0 <= q < |pats| ==> 1 <= |pats[q]| && 0 <= qnode[q] < cnt && word[qnode[q]] == pats[q]
  ensures TermsOK(pats, word, terms, qnode)
{
  var t := new seq<int>[cnt]((i) => []);
  var q := 0;
  while q < |pats|
    invariant 0 <= q <= |pats| && t.Length == cnt
    invariant t[0] == []
    invariant forall w, k :: 0 <= w < cnt && 0 <= k < |t[w]| ==> 0 <= t[w][k] < q && pats[t[w][k]] == word[w]
    invariant forall w, k, k' :: 0 <= w < cnt && 0 <= k < k' < |t[w]| ==> t[w][k] < t[w][k']
    invariant forall q' :: 0 <= q' < q ==> q' in t[qnode[q']]
  {
    var w := qnode[q];
    if w == 0 {
      assert |pats[q]| == 0;
    }
    t[w] := t[w] + [q];
    q := q + 1;
  }
  terms := t[..];
}

// The failure links F[w] (w >= 1), the dictionary links D[w] and the transition rows R[w] of
// the first nodes.
predicate FailsOK(word: seq<string>, F: seq<int>)
{
  |F| <= |word| && forall w {:trigger F[w]} :: 1 <= w < |F| ==> LNS(word, F[w], Tail(word[w]))
}

predicate DictsOK(word: seq<string>, terms: seq<seq<int>>, D: seq<int>)
{
  |D| <= |word| && forall w {:trigger D[w]} :: 0 <= w < |D| ==> -1 <= D[w] < w && DictOK(word, terms, w, D[w])
}

predicate RowOK(word: seq<string>, u: int, row: seq<int>)
{
  0 <= u < |word| && |row| <= 26 && forall c {:trigger row[c]} :: 0 <= c < |row| ==> LNS(word, row[c], word[u] + [Chr(c)])
}

predicate RowsOK(word: seq<string>, R: seq<seq<int>>)
{
  |R| <= |word| && forall w {:trigger R[w]} :: 0 <= w < |R| ==> |R[w]| == 26 && RowOK(word, w, R[w])
}

lemma FailsSnoc(word: seq<string>, F: seq<int>, f: int)
  requires FailsOK(word, F) && |F| < |word| && (|F| >= 1 ==> LNS(word, f, Tail(word[|F|])))
  ensures FailsOK(word, F + [f])
{
}

lemma DictsSnoc(word: seq<string>, terms: seq<seq<int>>, D: seq<int>, d: int)
  requires DictsOK(word, terms, D) && |D| < |word| && -1 <= d < |D| && DictOK(word, terms, |D|, d)
  ensures DictsOK(word, terms, D + [d])
{
}

lemma RowSnoc(word: seq<string>, u: int, row: seq<int>, d: int)
  requires RowOK(word, u, row) && |row| < 26 && LNS(word, d, word[u] + [Chr(|row|)])
  ensures RowOK(word, u, row + [d])
{
}

lemma RowsSnoc(word: seq<string>, R: seq<seq<int>>, row: seq<int>)
  requires RowsOK(word, R) && |R| < |word| && |row| == 26 && RowOK(word, |R|, row)
  ensures RowsOK(word, R + [row])
{
}

// The links of node u from those of the earlier nodes.
method NodeLinks(cnt: int, par: seq<int>, lc: seq<int>, terms: seq<seq<int>>, ghost word: seq<string>,
                 u: int, fail: array<int>, dictA: array<int>, delta: array2<int>,
                 ghost F: seq<int>, ghost D: seq<int>, ghost R: seq<seq<int>>)
  returns (f: int, dl: int)
  requires Shape(word, par, lc) && |word| == cnt && |terms| == cnt && terms[0] == []
  requires 0 <= u < cnt && |F| == u && |D| == u && |R| == u
  requires fail.Length == cnt && dictA.Length == cnt && delta.Length0 == cnt && delta.Length1 == 26
  requires FailsOK(word, F) && DictsOK(word, terms, D) && RowsOK(word, R)
  requires forall w :: 0 <= w < u ==> fail[w] == F[w] && dictA[w] == D[w]
  requires forall w, c :: 0 <= w < u && 0 <= c < 26 ==> delta[w, c] == R[w][c]
  ensures u != 0 ==> LNS(word, f, Tail(word[u])) && f < u
  ensures -1 <= dl < u && DictOK(word, terms, u, dl)
{
  f := 0;
  dl := -1;
  if u != 0 {
    assert ParentOK(word, par, lc, u);
    var p := par[u];
    if p != 0 {
      assert LNS(word, F[p], Tail(word[p]));
      LNSLess(word, par, lc, p, F[p]);
      assert RowOK(word, F[p], R[F[p]]);
      assert LNS(word, R[F[p]][lc[u]], word[F[p]] + [Chr(lc[u])]);
      f := delta[fail[p], lc[u]];
      FailStep(word, par, lc, u, F[p], f);
    } else {
      FailRoot(word, par, lc, u);
    }
    LNSLess(word, par, lc, u, f);
    if |terms[f]| > 0 {
      dl := f;
    } else {
      assert -1 <= D[f] < f && DictOK(word, terms, f, D[f]);
      dl := dictA[f];
    }
    DictStep(word, par, lc, terms, u, f, D[f], dl);
  } else {
    DictRoot(word, par, lc, terms);
  }
}

// One entry of the transition row of node u: the child by c, or the failure link's transition.
method RowEntry(goto: array2<int>, cnt: int, par: seq<int>, lc: seq<int>, ghost word: seq<string>,
                u: int, f: int, delta: array2<int>, ghost R: seq<seq<int>>, c: int)
  returns (d: int)
  requires GotoOK(goto, word, cnt) && Shape(word, par, lc) && |word| == cnt
  requires 0 <= u < cnt && |R| == u && RowsOK(word, R) && 0 <= c < 26
  requires u != 0 ==> LNS(word, f, Tail(word[u])) && f < u
  requires delta.Length0 == cnt && delta.Length1 == 26
  requires forall w, c' :: 0 <= w < u && 0 <= c' < 26 ==> delta[w, c'] == R[w][c']
  ensures LNS(word, d, word[u] + [Chr(c)])
{
  var v := goto[u, c];
  assert (v == -1 && forall v' :: 0 <= v' < cnt ==> word[v'] != word[u] + [Chr(c)]) ||
    (1 <= v < cnt && word[v] == word[u] + [Chr(c)]);
  d := 0;
  if v != -1 {
    LNSWhole(word, v, word[u] + [Chr(c)]);
    d := v;
  } else if u == 0 {
    DeltaRoot(word, par, lc, c);
  } else {
    assert RowOK(word, f, R[f]);
    d := delta[f, c];
    DeltaFail(word, par, lc, u, c, f, d);
  }
}

// The transition row of node u.
method NodeRow(goto: array2<int>, cnt: int, par: seq<int>, lc: seq<int>, ghost word: seq<string>,
               u: int, f: int, delta: array2<int>, ghost R: seq<seq<int>>)
  returns (ghost row: seq<int>)
  requires GotoOK(goto, word, cnt) && Shape(word, par, lc) && |word| == cnt
  requires 0 <= u < cnt && |R| == u && RowsOK(word, R)
  requires u != 0 ==> LNS(word, f, Tail(word[u])) && f < u
  requires delta.Length0 == cnt && delta.Length1 == 26 && goto != delta
  requires forall w, c :: 0 <= w < u && 0 <= c < 26 ==> delta[w, c] == R[w][c]
  modifies delta
  ensures |row| == 26 && RowOK(word, u, row)
  ensures forall w, c :: 0 <= w < u && 0 <= c < 26 ==> delta[w, c] == R[w][c]
  ensures forall c :: 0 <= c < 26 ==> delta[u, c] == row[c]
{
  row := [];
  var c := 0;
  while c < 26
    invariant 0 <= c <= 26 && |row| == c
    invariant RowOK(word, u, row)
    invariant forall w, c' :: 0 <= w < u && 0 <= c' < 26 ==> delta[w, c'] == R[w][c']
    invariant forall c' :: 0 <= c' < c ==> delta[u, c'] == row[c']
  {
    var d := RowEntry(goto, cnt, par, lc, word, u, f, delta, R, c);
    delta[u, c] := d;
    RowSnoc(word, u, row, d);
    row := row + [d];
    c := c + 1;
  }
}

// Failure links, dictionary links and the full transition function, node by node in index order
// (a breadth-first order: the failure link of a node is a shorter node, so it comes first).
method BuildLinks(goto: array2<int>, cnt: int, par: seq<int>, lc: seq<int>, terms: seq<seq<int>>, ghost word: seq<string>)
  returns (delta: array2<int>, dict: seq<int>)
  requires GotoOK(goto, word, cnt) && Shape(word, par, lc) && |terms| == cnt && terms[0] == []
  ensures delta.Length0 == cnt && delta.Length1 == 26
  ensures forall u, c :: 0 <= u < cnt && 0 <= c < 26 ==> LNS(word, delta[u, c], word[u] + [Chr(c)])
  ensures |dict| == cnt && forall u :: 0 <= u < cnt ==> -1 <= dict[u] < u && DictOK(word, terms, u, dict[u])
{
  delta := new int[cnt, 26]((i, c) => 0);
  var fail := new int[cnt]((i) => 0);
  var dictA := new int[cnt]((i) => -1);
  ghost var F: seq<int> := [];
  ghost var D: seq<int> := [];
  ghost var R: seq<seq<int>> := [];
  var u := 0;
  while u < cnt
    invariant 0 <= u <= cnt && |F| == u && |D| == u && |R| == u
    invariant fail.Length == cnt && dictA.Length == cnt && fail != dictA
    invariant delta.Length0 == cnt && delta.Length1 == 26 && goto != delta
    invariant FailsOK(word, F) && DictsOK(word, terms, D) && RowsOK(word, R)
    invariant forall w :: 0 <= w < u ==> fail[w] == F[w] && dictA[w] == D[w]
    invariant forall w, c :: 0 <= w < u && 0 <= c < 26 ==> delta[w, c] == R[w][c]
  {
    var f, dl := NodeLinks(cnt, par, lc, terms, word, u, fail, dictA, delta, F, D, R);
    fail[u] := f;
    dictA[u] := dl;
    FailsSnoc(word, F, f);
    DictsSnoc(word, terms, D, dl);
    F := F + [f];
    D := D + [dl];
    ghost var row := NodeRow(goto, cnt, par, lc, word, u, f, delta, R);
    RowsSnoc(word, R, row);
    ghost var R' := R + [row];
    assert forall w :: 0 <= w < u ==> R'[w] == R[w];
    assert R'[u] == row;
    R := R';
    u := u + 1;
  }
  dict := dictA[..];
  forall u, c | 0 <= u < cnt && 0 <= c < 26
    ensures LNS(word, delta[u, c], word[u] + [Chr(c)])
  {
    assert RowOK(word, u, R[u]);
  }
  forall u | 0 <= u < cnt
    ensures -1 <= dict[u] < u && DictOK(word, terms, u, dict[u])
  {
  }
}

// ---- Reading the text: the dictionary chain of the state ----

// The first node of the chain: the state if a pattern ends there, else its dictionary link.
lemma ChainStart(pats: seq<string>, word: seq<string>, par: seq<int>, lc: seq<int>, terms: seq<seq<int>>,
                 qnode: seq<int>, s: int, d: int, u: int)
  requires Shape(word, par, lc) && TermsOK(pats, word, terms, qnode) && 0 <= s < |word|
  requires DictOK(word, terms, s, d)
  requires u == (if |terms[s]| > 0 then s else d)
  ensures u == -1 || (0 <= u < |word| && |terms[u]| > 0 && IsSuffix(word[u], word[s]))
  ensures forall q :: 0 <= q < |pats| && IsSuffix(pats[q], word[s]) ==> u != -1 && |pats[q]| <= |word[u]|
{
  if |terms[s]| > 0 {
    SuffixRefl(word[s]);
  } else {
    if d != -1 {
      TailSuffix(word[d], word[s]);
    }
    forall q | 0 <= q < |pats| && IsSuffix(pats[q], word[s])
      ensures d != -1 && |pats[q]| <= |word[d]|
    {
      var w := qnode[q];
      assert |terms[w]| > 0;
      if |pats[q]| == |word[s]| {
        assert word[w] == word[s];
        ShapeInj(word, par, lc, w, s);
      }
      SuffixTail(word[w], word[s]);
    }
  }
}

// One step along the chain, from u to its dictionary link d.
lemma ChainStep(pats: seq<string>, word: seq<string>, par: seq<int>, lc: seq<int>, terms: seq<seq<int>>,
                qnode: seq<int>, s: int, u: int, d: int)
  requires Shape(word, par, lc) && TermsOK(pats, word, terms, qnode) && 0 <= s < |word|
  requires 0 <= u < |word| && |terms[u]| > 0 && IsSuffix(word[u], word[s]) && DictOK(word, terms, u, d)
  ensures d == -1 || (0 <= d < |word| && |terms[d]| > 0 && IsSuffix(word[d], word[s]) && |word[d]| < |word[u]|)
  ensures forall q :: 0 <= q < |pats| && IsSuffix(pats[q], word[s]) && |pats[q]| <= |word[u]| ==>
    (q in terms[u] && |pats[q]| == |word[u]|) || (d != -1 && |pats[q]| <= |word[d]|)
{
  assert u != 0;
  assert ParentOK(word, par, lc, u);
  assert word[u] == word[par[u]] + [Chr(lc[u])];
  if d != -1 {
    TailSuffix(word[d], word[u]);
    SuffixTrans(word[d], word[u], word[s]);
  }
  forall q | 0 <= q < |pats| && IsSuffix(pats[q], word[s]) && |pats[q]| <= |word[u]|
    ensures (q in terms[u] && |pats[q]| == |word[u]|) || (d != -1 && |pats[q]| <= |word[d]|)
  {
    var w := qnode[q];
    assert |terms[w]| > 0;
    SuffixOfBoth(pats[q], word[u], word[s]);
    if |pats[q]| == |word[u]| {
      assert word[w] == word[u];
      ShapeInj(word, par, lc, w, u);
    } else {
      SuffixTail(word[w], word[u]);
    }
  }
}

// ---- From the loop invariants to the contract's recursions ----

lemma SoundFrom(text: string, pats: seq<string>, r: seq<seq<int>>, j: int)
  requires 0 <= j <= |r|
  requires forall k :: 0 <= k < |r| ==> is_match(text, pats, r[k])
  ensures sound_from(text, pats, r, j)
  decreases |r| - j
{
  if j < |r| {
    SoundFrom(text, pats, r, j + 1);
  }
}

lemma ListedFrom(r: seq<seq<int>>, p: int, k: int, j: int)
  requires 0 <= j
  requires exists j' :: j <= j' < |r| && r[j'] == [p, k]
  ensures listed_from(r, p, k, j)
  decreases |r| - j
{
  if r[j] != [p, k] {
    ListedFrom(r, p, k, j + 1);
  }
}

lemma CompletePos(text: string, pats: seq<string>, r: seq<seq<int>>, p: int, k: int)
  requires 0 <= p < |pats| && 0 <= k
  requires forall k' :: 0 <= k' && occurs_at(text, pats[p], k') ==> [p, k'] in r
  ensures complete_pos(text, pats, r, p, k)
  decreases |text| - k
{
  if k <= |text| - |pats[p]| {
    if occurs_at(text, pats[p], k) {
      assert [p, k] in r;
      ListedFrom(r, p, k, 0);
    }
    CompletePos(text, pats, r, p, k + 1);
  }
}

lemma CompleteFrom(text: string, pats: seq<string>, r: seq<seq<int>>, p: int)
  requires 0 <= p <= |pats|
  requires forall q, k :: 0 <= q < |pats| && 0 <= k && occurs_at(text, pats[q], k) ==> [q, k] in r
  ensures complete_from(text, pats, r, p)
  decreases |pats| - p
{
  if p < |pats| {
    CompletePos(text, pats, r, p, 0);
    CompleteFrom(text, pats, r, p + 1);
  }
}

// ---- Reading the text ----

// r lists only matches, each once, ending at or before e, and lists every match ending there.
predicate Found(text: string, pats: seq<string>, r: seq<seq<int>>, e: int)
{
  (forall j {:trigger r[j]} :: 0 <= j < |r| ==> is_match(text, pats, r[j]) && r[j][1] + |pats[r[j][0]]| <= e) &&
  no_repeats(r) &&
  forall q, k {:trigger occurs_at(text, pats[q], k)} :: 0 <= q < |pats| && 0 <= k && occurs_at(text, pats[q], k) && k + |pats[q]| <= e ==> [q, k] in r
}

lemma NoRepeatsSnoc(r: seq<seq<int>>, x: seq<int>)
  requires no_repeats(r) && |x| == 2
  requires forall j :: 0 <= j < |r| && |r[j]| == 2 ==> r[j][0] != x[0] || r[j][1] != x[1]
  ensures no_repeats(r + [x])
{
  var r' := r + [x];
  forall j, j' | 0 <= j < j' < |r'| && |r'[j]| == 2 && |r'[j']| == 2
    ensures r'[j][0] != r'[j'][0] || r'[j][1] != r'[j'][1]
  {
    if j' == |r| {
      assert r'[j'] == x && r'[j] == r[j];
    } else {
      assert r'[j'] == r[j'] && r'[j] == r[j];
    }
  }
}

// The patterns ending at node u, reported as ending at e.
method ReportNode(text: string, pats: seq<string>, ghost word: seq<string>, ts: seq<int>, ghost u: int, e: int,
                  r0: seq<seq<int>>) returns (r: seq<seq<int>>)
  requires 1 <= e <= |text| && 0 <= u < |word| && IsSuffix(word[u], text[..e])
  requires forall k :: 0 <= k < |ts| ==> 0 <= ts[k] < |pats| && pats[ts[k]] == word[u]
  requires forall k, k' :: 0 <= k < k' < |ts| ==> ts[k] < ts[k']
  requires forall j :: 0 <= j < |r0| ==> is_match(text, pats, r0[j]) && r0[j][1] + |pats[r0[j][0]]| <= e &&
    (r0[j][1] + |pats[r0[j][0]]| == e ==> |pats[r0[j][0]]| > |word[u]|)
  requires no_repeats(r0)
  ensures forall j :: 0 <= j < |r| ==> is_match(text, pats, r[j]) && r[j][1] + |pats[r[j][0]]| <= e &&
    (r[j][1] + |pats[r[j][0]]| == e ==> |pats[r[j][0]]| >= |word[u]|)
  ensures no_repeats(r)
  ensures forall x :: x in r0 ==> x in r
  ensures forall q :: q in ts ==> [q, e - |word[u]|] in r
{
  r := r0;
  var k := 0;
  while k < |ts|
    invariant 0 <= k <= |ts| && |r| >= |r0| && r[..|r0|] == r0
    invariant forall j :: 0 <= j < |r| ==> is_match(text, pats, r[j]) && r[j][1] + |pats[r[j][0]]| <= e &&
      (r[j][1] + |pats[r[j][0]]| == e ==> |pats[r[j][0]]| > |word[u]| || r[j][0] in ts[..k])
    invariant no_repeats(r)
    invariant forall k' :: 0 <= k' < k ==> [ts[k'], e - |word[u]|] in r
  {
    var q := ts[k];
    OccursSuffix(text, pats[q], e);
    var x := [q, e - |pats[q]|];
    forall j | 0 <= j < |r| && |r[j]| == 2
      ensures r[j][0] != x[0] || r[j][1] != x[1]
    {
      if r[j][0] == q && r[j][1] == e - |pats[q]| {
        assert q in ts[..k];
        var k' :| 0 <= k' < k && ts[k'] == q;
        assert ts[k'] < ts[k];
      }
    }
    NoRepeatsSnoc(r, x);
    assert (r + [x])[..|r0|] == r[..|r0|];
    r := r + [x];
    assert ts[..k + 1] == ts[..k] + [q];
    k := k + 1;
  }
  forall x | x in r0
    ensures x in r
  {
    var j :| 0 <= j < |r0| && r0[j] == x;
    assert r[j] == x;
  }
  forall q | q in ts
    ensures [q, e - |word[u]|] in r
  {
    var k' :| 0 <= k' < |ts| && ts[k'] == q;
  }
}

// All the patterns ending at e = i + 1 (the state s after text[..e]), along the dictionary chain.
method Report(text: string, pats: seq<string>, ghost word: seq<string>, par: seq<int>, lc: seq<int>,
              terms: seq<seq<int>>, qnode: seq<int>, dict: seq<int>, r0: seq<seq<int>>, s: int, i: int)
  returns (r: seq<seq<int>>)
  requires Shape(word, par, lc) && TermsOK(pats, word, terms, qnode)
  requires |dict| == |word| && forall u :: 0 <= u < |word| ==> -1 <= dict[u] < u && DictOK(word, terms, u, dict[u])
  requires 0 <= i < |text| && LNS(word, s, text[..i + 1])
  requires Found(text, pats, r0, i)
  ensures Found(text, pats, r, i + 1)
{
  r := r0;
  var e := i + 1;
  var u := if |terms[s]| > 0 then s else dict[s];
  ChainStart(pats, word, par, lc, terms, qnode, s, dict[s], u);
  while u != -1
    invariant u == -1 || (0 <= u < |word| && |terms[u]| > 0 && IsSuffix(word[u], word[s]))
    invariant forall j :: 0 <= j < |r| ==> is_match(text, pats, r[j]) && r[j][1] + |pats[r[j][0]]| <= e &&
      (r[j][1] + |pats[r[j][0]]| == e ==> u == -1 || |pats[r[j][0]]| > |word[u]|)
    invariant no_repeats(r)
    invariant forall q, k :: 0 <= q < |pats| && 0 <= k && occurs_at(text, pats[q], k) && k + |pats[q]| <= i ==> [q, k] in r
    invariant forall q :: 0 <= q < |pats| && IsSuffix(pats[q], word[s]) && (u == -1 || |pats[q]| > |word[u]|) ==>
      [q, e - |pats[q]|] in r
    decreases u + 1
  {
    SuffixTrans(word[u], word[s], text[..e]);
    ghost var rb := r;
    r := ReportNode(text, pats, word, terms[u], u, e, r);
    ChainStep(pats, word, par, lc, terms, qnode, s, u, dict[u]);
    u := dict[u];
  }
  forall q, k | 0 <= q < |pats| && 0 <= k && occurs_at(text, pats[q], k) && k + |pats[q]| <= e
    ensures [q, k] in r
  {
    if k + |pats[q]| == e {
      OccursSuffix(text, pats[q], e);
      assert word[qnode[q]] == pats[q];
      SuffixOfBoth(pats[q], word[s], text[..e]);
    }
  }
}

lemma ScanStep(word: seq<string>, par: seq<int>, lc: seq<int>, state: int, text: string, i: int, next: int)
  requires Shape(word, par, lc) && 0 <= i < |text|
  requires LNS(word, state, text[..i]) && LNS(word, next, word[state] + [text[i]])
  ensures LNS(word, next, text[..i + 1])
{
  assert text[..i + 1] == text[..i] + [text[i]];
  StepLNS(word, par, lc, state, text[..i], text[i], next);
}

// Read the text once; after text[..i] the state is the node of its longest suffix that is a
// node string (a prefix of a pattern).
method Scan(text: string, pats: seq<string>, ghost word: seq<string>, par: seq<int>, lc: seq<int>,
            terms: seq<seq<int>>, qnode: seq<int>, dict: seq<int>, delta: array2<int>) returns (r: seq<seq<int>>)
  requires lowercase(text) && forall p :: 0 <= p < |pats| ==> 1 <= |pats[p]|
  requires Shape(word, par, lc) && TermsOK(pats, word, terms, qnode)
  requires |dict| == |word| && forall u :: 0 <= u < |word| ==> -1 <= dict[u] < u && DictOK(word, terms, u, dict[u])
  requires delta.Length0 == |word| && delta.Length1 == 26
  requires forall u, c :: 0 <= u < |word| && 0 <= c < 26 ==> LNS(word, delta[u, c], word[u] + [Chr(c)])
  ensures post_aho_corasick(text, pats, r)
{
  r := [];
  var state := 0;
  var i := 0;
  assert text[..0] == [];
  LNSRootEmpty(word, par, lc);
  while i < |text|
    invariant 0 <= i <= |text|
    invariant LNS(word, state, text[..i])
    invariant Found(text, pats, r, i)
  {
    assert 'a' <= text[i] <= 'z';
    ChrOf(text[i]);
    var c := (text[i] as int) - 97;
    var next := delta[state, c];
    assert LNS(word, next, word[state] + [Chr(c)]);
    ScanStep(word, par, lc, state, text, i, next);
    state := next;
    r := Report(text, pats, word, par, lc, terms, qnode, dict, r, state, i);
    i := i + 1;
  }
  SoundFrom(text, pats, r, 0);
  CompleteFrom(text, pats, r, 0);
}
// ---- Strings: letters, suffixes ----

function Chr(c: int): char
  requires 0 <= c < 26
{
  (c + 97) as char
}

lemma ChrOf(ch: char)
  requires 'a' <= ch <= 'z'
  ensures 0 <= (ch as int) - 97 < 26 && Chr((ch as int) - 97) == ch
{
}

lemma ChrInj(c: int, d: int)
  requires 0 <= c < 26 && 0 <= d < 26 && Chr(c) == Chr(d)
  ensures c == d
{
}

function Tail(s: string): string
{
  if |s| == 0 then [] else s[1..]
}

// a is a suffix of b.
predicate IsSuffix(a: string, b: string)
{
  |a| <= |b| && b[|b| - |a|..] == a
}

lemma SuffixRefl(a: string)
  ensures IsSuffix(a, a)
{
  assert a[0..] == a;
}

lemma SuffixTrans(a: string, b: string, c: string)
  requires IsSuffix(a, b) && IsSuffix(b, c)
  ensures IsSuffix(a, c)
{
  assert c[|c| - |a|..] == c[|c| - |b|..][|b| - |a|..];
}

lemma SuffixOfBoth(a: string, b: string, t: string)
  requires IsSuffix(a, t) && IsSuffix(b, t) && |a| <= |b|
  ensures IsSuffix(a, b)
{
  assert t[|t| - |b|..][|b| - |a|..] == t[|t| - |a|..];
}

lemma SuffixAppend(a: string, b: string, ch: char)
  requires IsSuffix(a, b)
  ensures IsSuffix(a + [ch], b + [ch])
{
  var bb := b + [ch];
  assert bb[|bb| - |a| - 1..] == b[|b| - |a|..] + [ch];
}

lemma SuffixDropLast(x: string, e: char, t: string, ch: char)
  requires IsSuffix(x + [e], t + [ch])
  ensures IsSuffix(x, t) && e == ch
{
  var tt := t + [ch];
  var xx := x + [e];
  assert tt[|tt| - |xx|..] == xx;
  assert tt[|tt| - 1] == xx[|xx| - 1];
  assert t[|t| - |x|..] == tt[|tt| - |xx|..][..|x|];
  assert xx[..|x|] == x;
}

lemma SuffixTail(a: string, b: string)
  requires IsSuffix(a, b) && |a| < |b|
  ensures IsSuffix(a, Tail(b))
{
  assert b[1..][|b| - 1 - |a|..] == b[|b| - |a|..];
}

lemma TailSuffix(a: string, b: string)
  requires IsSuffix(a, Tail(b))
  ensures IsSuffix(a, b)
{
  if |b| > 0 {
    assert b[1..][|b| - 1 - |a|..] == b[|b| - |a|..];
  }
}

lemma SnocEq(a: string, x: char, b: string, y: char)
  requires a + [x] == b + [y]
  ensures a == b && x == y
{
  assert a == (a + [x])[..|a|];
  assert b == (b + [y])[..|b|];
}

// pat occurs at e - |pat| iff it is a suffix of text[..e].
lemma OccursSuffix(text: string, pat: string, e: int)
  requires |pat| <= e <= |text|
  ensures occurs_at(text, pat, e - |pat|) <==> IsSuffix(pat, text[..e])
{
  assert text[..e][e - |pat|..] == text[e - |pat|..e];
}
// </vc:helpers>

method AhoCorasick(text: string, pats: seq<string>) returns (r: seq<seq<int>>)
  requires pre_aho_corasick(text, pats)
  ensures post_aho_corasick(text, pats, r)
{
  // <vc:code>
  var goto, cnt, par, lc, qnode;
  ghost var word;
  goto, cnt, par, lc, qnode, word := BuildTrie(pats);
  var terms := BuildTerms(pats, cnt, qnode, word);
  var delta, dict := BuildLinks(goto, cnt, par, lc, terms, word);
  r := Scan(text, pats, word, par, lc, terms, qnode, dict, delta);
  // </vc:code>
}
