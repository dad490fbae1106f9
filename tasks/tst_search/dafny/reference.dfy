// A ternary search tree (TST) over the alphabet 0 .. 25. A node Node(ch, end, lo, eq, hi) holds
// the letter ch; end marks that the letters spelled down to this node (the letters of the nodes
// left through eq links, then ch) form a stored word; eq holds the continuations after ch, and
// lo and hi hold the alternatives to ch at the same position: smaller letters in lo, larger in
// hi. Words are non-empty.
datatype Tst = Nil | Node(ch: int, end: bool, lo: Tst, eq: Tst, hi: Tst)

// c prepended to every word of ws.
function prefixed(c: int, ws: seq<seq<int>>): seq<seq<int>>
  decreases |ws|
{
  if |ws| == 0 then [] else [[c] + ws[0]] + prefixed(c, ws[1..])
}

// The words stored in t: those of lo, then [ch] when end is set, then ch followed by every word
// of eq, then those of hi.
function words(t: Tst): seq<seq<int>>
  decreases t
{
  match t
  case Nil => []
  case Node(c, e, l, m, h) => words(l) + (if e then [[c]] else []) + prefixed(c, words(m)) + words(h)
}

// The TST invariant for a subtree whose letters at its position must lie strictly between a and
// b: each node's letter is in range, the letters of its lo subtree are smaller and those of its
// hi subtree larger (at that position), every node ends a word or has an eq subtree (no dead
// nodes), and every eq subtree is again a valid TST over the letters 0 .. 25.
predicate tst_ok(t: Tst, a: int, b: int)
  decreases t
{
  match t
  case Nil => true
  case Node(c, e, l, m, h) =>
    a < c < b && (e || m != Nil) && tst_ok(l, a, c) && tst_ok(m, -1, 26) && tst_ok(h, c, b)
}

predicate valid_tst(t: Tst)
{
  tst_ok(t, -1, 26)
}

// A word: a non-empty sequence of letters 0 .. 25.
predicate is_word(w: seq<int>)
{
  |w| >= 1 && forall i :: 0 <= i < |w| ==> 0 <= w[i] < 26
}

// No word occurs twice.
predicate distinct_words(ws: seq<seq<int>>)
{
  forall i, j :: 0 <= i < j < |ws| ==> ws[i] != ws[j]
}

predicate pre_tst_search(ws: seq<seq<int>>, w: seq<int>)
{
  distinct_words(ws) && (forall i :: 0 <= i < |ws| ==> is_word(ws[i])) && is_word(w)
}

// found tells whether w is one of the words.
predicate post_tst_search(ws: seq<seq<int>>, w: seq<int>, found: bool)
{
  found == (w in ws)
}

// <vc:helpers>
// c prepended to a word list: membership and indexing.
lemma PrefixedIn(c: int, ws: seq<seq<int>>, u: seq<int>)
  ensures u in prefixed(c, ws) <==> |u| >= 1 && u[0] == c && u[1..] in ws
  decreases |ws|
{
  if |ws| > 0 {
    PrefixedIn(c, ws[1..], u);
    assert ws == [ws[0]] + ws[1..];
    assert ([c] + ws[0])[1..] == ws[0];
    if |u| >= 1 && u[0] == c && u[1..] == ws[0] {
      assert u == [c] + ws[0];
    }
  }
}

lemma PrefixedIndex(c: int, ws: seq<seq<int>>)
  ensures |prefixed(c, ws)| == |ws|
  ensures forall k :: 0 <= k < |ws| ==> prefixed(c, ws)[k] == [c] + ws[k]
  decreases |ws|
{
  if |ws| > 0 {
    PrefixedIndex(c, ws[1..]);
  }
}

// Membership in the words of a node, by part.
lemma InWords(t: Tst, u: seq<int>)
  requires t.Node?
  ensures u in words(t) <==>
    u in words(t.lo) || (t.end && u == [t.ch]) ||
    (|u| >= 1 && u[0] == t.ch && u[1..] in words(t.eq)) || u in words(t.hi)
{
  PrefixedIn(t.ch, words(t.eq), u);
}

// Every word of a valid subtree is non-empty and starts with a letter between the bounds.
lemma WordsShape(t: Tst, a: int, b: int)
  requires tst_ok(t, a, b)
  ensures forall u :: u in words(t) ==> |u| >= 1 && a < u[0] < b
  decreases t
{
  if t.Node? {
    WordsShape(t.lo, a, t.ch);
    WordsShape(t.eq, -1, 26);
    WordsShape(t.hi, t.ch, b);
    forall u | u in words(t)
      ensures |u| >= 1 && a < u[0] < b
    {
      InWords(t, u);
    }
  }
}

lemma DistinctConcat(a: seq<seq<int>>, b: seq<seq<int>>)
  requires distinct_words(a) && distinct_words(b)
  requires forall i, j :: 0 <= i < |a| && 0 <= j < |b| ==> a[i] != b[j]
  ensures distinct_words(a + b)
{
}

// The middle part of a node's words (the word [c] if end is set, then c before each word of
// eq): no duplicates, and every word starts with c.
lemma MidFacts(c: int, e: bool, ws: seq<seq<int>>)
  requires distinct_words(ws) && forall i :: 0 <= i < |ws| ==> |ws[i]| >= 1
  ensures distinct_words((if e then [[c]] else []) + prefixed(c, ws))
  ensures forall i :: 0 <= i < |(if e then [[c]] else []) + prefixed(c, ws)| ==>
    |((if e then [[c]] else []) + prefixed(c, ws))[i]| >= 1 && ((if e then [[c]] else []) + prefixed(c, ws))[i][0] == c
{
  PrefixedIndex(c, ws);
  var x := if e then [[c]] else [];
  var y := prefixed(c, ws);
  forall i, j | 0 <= i < j < |y|
    ensures y[i] != y[j]
  {
    assert y[i][1..] == ws[i] && y[j][1..] == ws[j];
  }
  forall i, j | 0 <= i < |x| && 0 <= j < |y|
    ensures x[i] != y[j]
  {
    assert |y[j]| >= 2;
  }
  DistinctConcat(x, y);
}

// Membership facts as index facts.
lemma FirstBetween(ws: seq<seq<int>>, a: int, b: int)
  requires forall u :: u in ws ==> |u| >= 1 && a < u[0] < b
  ensures forall i :: 0 <= i < |ws| ==> |ws[i]| >= 1 && a < ws[i][0] < b
{
  forall i | 0 <= i < |ws|
    ensures |ws[i]| >= 1 && a < ws[i][0] < b
  {
    assert ws[i] in ws;
  }
}

// Two duplicate-free lists whose words start with letters below k and at least k.
lemma DistinctByFirst(x: seq<seq<int>>, y: seq<seq<int>>, k: int)
  requires distinct_words(x) && distinct_words(y)
  requires forall i :: 0 <= i < |x| ==> |x[i]| >= 1 && x[i][0] < k
  requires forall j :: 0 <= j < |y| ==> |y[j]| >= 1 && y[j][0] >= k
  ensures distinct_words(x + y)
{
  forall i, j | 0 <= i < |x| && 0 <= j < |y|
    ensures x[i] != y[j]
  {
    assert x[i][0] < k <= y[j][0];
  }
  DistinctConcat(x, y);
}

// The four parts of a node's words, put together.
lemma DistinctParts(x: seq<seq<int>>, mid: seq<seq<int>>, y: seq<seq<int>>, c: int)
  requires distinct_words(x) && distinct_words(mid) && distinct_words(y)
  requires forall i :: 0 <= i < |x| ==> |x[i]| >= 1 && x[i][0] < c
  requires forall i :: 0 <= i < |mid| ==> |mid[i]| >= 1 && mid[i][0] == c
  requires forall i :: 0 <= i < |y| ==> |y[i]| >= 1 && y[i][0] > c
  ensures distinct_words(x + mid + y)
{
  DistinctByFirst(x, mid, c);
  var lm := x + mid;
  forall i | 0 <= i < |lm|
    ensures |lm[i]| >= 1 && lm[i][0] < c + 1
  {
    if i >= |x| {
      assert lm[i] == mid[i - |x|];
    }
  }
  DistinctByFirst(lm, y, c + 1);
}

lemma Assoc4(p: seq<seq<int>>, q: seq<seq<int>>, r: seq<seq<int>>, s: seq<seq<int>>)
  ensures p + q + r + s == p + (q + r) + s
{
}

// The words of a valid subtree, by index: non-empty, first letter between the bounds.
lemma ShapeIdx(t: Tst, a: int, b: int)
  requires tst_ok(t, a, b)
  ensures forall i :: 0 <= i < |words(t)| ==> |words(t)[i]| >= 1 && a < words(t)[i][0] < b
{
  WordsShape(t, a, b);
  FirstBetween(words(t), a, b);
}

// A valid subtree stores no word twice.
lemma Distinct(t: Tst, a: int, b: int)
  requires tst_ok(t, a, b)
  ensures distinct_words(words(t))
  decreases t
{
  if t.Node? {
    var c, l, m, h := t.ch, t.lo, t.eq, t.hi;
    Distinct(l, a, c);
    Distinct(m, -1, 26);
    Distinct(h, c, b);
    ShapeIdx(l, a, c);
    ShapeIdx(m, -1, 26);
    ShapeIdx(h, c, b);
    var x := if t.end then [[c]] else [];
    var p := prefixed(c, words(m));
    MidFacts(c, t.end, words(m));
    DistinctParts(words(l), x + p, words(h), c);
    Assoc4(words(l), x, p, words(h));
  }
}

// Widening the bounds keeps a subtree valid.
lemma Widen(t: Tst, a: int, b: int, a2: int, b2: int)
  requires tst_ok(t, a, b) && a2 <= a && b <= b2
  ensures tst_ok(t, a2, b2)
  decreases t
{
  if t.Node? {
    Widen(t.lo, a, t.ch, a2, t.ch);
    Widen(t.hi, t.ch, b, t.ch, b2);
  }
}

// The suffix w[i..] is w[i] followed by w[i+1..].
lemma SuffixStep(w: seq<int>, i: int, u: seq<int>)
  requires 0 <= i < |w|
  ensures u == w[i..] <==> |u| >= 1 && u[0] == w[i] && u[1..] == w[i + 1..]
{
  if |u| >= 1 && u[0] == w[i] && u[1..] == w[i + 1..] {
    assert u == [u[0]] + u[1..];
    assert w[i..] == [w[i]] + w[i + 1..];
  }
}

// Whether the suffix w[i..] is a word of the subtree t (letters between a and b).
method Search(t: Tst, w: seq<int>, i: int, ghost a: int, ghost b: int) returns (found: bool)
  requires is_word(w) && 0 <= i < |w| && tst_ok(t, a, b)
  ensures found == (w[i..] in words(t))
  decreases t
{
  if t == Nil {
    found := false;
  } else {
    InWords(t, w[i..]);
    WordsShape(t.lo, a, t.ch);
    WordsShape(t.eq, -1, 26);
    WordsShape(t.hi, t.ch, b);
    if w[i] < t.ch {
      found := Search(t.lo, w, i, a, t.ch);
    } else if w[i] > t.ch {
      found := Search(t.hi, w, i, t.ch, b);
    } else if i == |w| - 1 {
      assert w[i..] == [w[i]];
      assert w[i..][1..] == [];
      found := t.end;
    } else {
      SuffixStep(w, i, w[i..]);
      found := Search(t.eq, w, i + 1, -1, 26);
    }
  }
}
// </vc:helpers>

// Search for w: walk down from the root comparing the next letter of w with the node's letter:
// lo when smaller, hi when larger, eq and on to the next letter when equal; w is stored when the
// walk reaches the node of its last letter and that node ends a word.
method TstSearch(t: Tst, w: seq<int>) returns (found: bool)
  requires valid_tst(t) && pre_tst_search(words(t), w)
  ensures post_tst_search(words(t), w, found)
{
  // <vc:code>
  found := Search(t, w, 0, -1, 26);
  assert w[0..] == w;
  // </vc:code>
}
