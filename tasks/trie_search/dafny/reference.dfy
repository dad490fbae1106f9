// A trie over the alphabet 0 .. 25 in first-child / next-sibling form (a de la Briandais trie):
// the children of a node form a linked list of entries Node(ch, end, child, next), where ch is
// the label of the edge into the child, end marks that the path spelled so far is a word, child
// is the list of the child's own children and next is the next sibling. A whole trie is the
// list of the root's children; words are non-empty.
datatype Trie = Nil | Node(ch: int, end: bool, child: Trie, next: Trie)

// c prepended to every word of ws.
function prefixed(c: int, ws: seq<seq<int>>): seq<seq<int>>
  decreases |ws|
{
  if |ws| == 0 then [] else [[c] + ws[0]] + prefixed(c, ws[1..])
}

// The words stored in t: for each entry, [ch] when end is set, ch followed by every word of the
// child's list, then the words of the following siblings.
function words(t: Trie): seq<seq<int>>
  decreases t
{
  match t
  case Nil => []
  case Node(c, e, d, s) => (if e then [[c]] else []) + prefixed(c, words(d)) + words(s)
}

// The trie invariant for a list of siblings whose labels must exceed lo: labels are letters and
// strictly increase along the list (so no two children share a label), every entry ends a word
// or has children (no dead branches), and the same holds in every child list.
predicate trie_ok(t: Trie, lo: int)
  decreases t
{
  match t
  case Nil => true
  case Node(c, e, d, s) => lo < c < 26 && (e || d != Nil) && trie_ok(d, -1) && trie_ok(s, c)
}

predicate valid_trie(t: Trie)
{
  trie_ok(t, -1)
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

predicate pre_trie_search(ws: seq<seq<int>>, w: seq<int>)
{
  distinct_words(ws) && (forall i :: 0 <= i < |ws| ==> is_word(ws[i])) && is_word(w)
}

// found tells whether w is one of the words.
predicate post_trie_search(ws: seq<seq<int>>, w: seq<int>, found: bool)
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

// Membership in the words of an entry, by part.
lemma InWords(t: Trie, u: seq<int>)
  requires t.Node?
  ensures u in words(t) <==>
    (t.end && u == [t.ch]) || (|u| >= 1 && u[0] == t.ch && u[1..] in words(t.child)) || u in words(t.next)
{
  PrefixedIn(t.ch, words(t.child), u);
}

// Every word of a valid list is non-empty and starts with a label of the list (above lo, at
// least the first label).
lemma WordsShape(t: Trie, lo: int)
  requires trie_ok(t, lo)
  ensures forall u :: u in words(t) ==> |u| >= 1 && lo < u[0] && (t.Node? ==> t.ch <= u[0])
  decreases t
{
  if t.Node? {
    WordsShape(t.child, -1);
    WordsShape(t.next, t.ch);
    forall u | u in words(t)
      ensures |u| >= 1 && lo < u[0] && t.ch <= u[0]
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

// A valid list stores no word twice.
lemma Distinct(t: Trie, lo: int)
  requires trie_ok(t, lo)
  ensures distinct_words(words(t))
  decreases t
{
  if t.Node? {
    var c, d, s := t.ch, t.child, t.next;
    Distinct(d, -1);
    Distinct(s, c);
    WordsShape(d, -1);
    WordsShape(s, c);
    PrefixedIndex(c, words(d));
    var a := if t.end then [[c]] else [];
    var b := prefixed(c, words(d));
    forall i, j | 0 <= i < j < |b|
      ensures b[i] != b[j]
    {
      assert b[i][1..] == words(d)[i] && b[j][1..] == words(d)[j];
    }
    forall i, j | 0 <= i < |a| && 0 <= j < |b|
      ensures a[i] != b[j]
    {
      assert words(d)[j] in words(d);
      assert |b[j]| >= 2;
    }
    DistinctConcat(a, b);
    forall i, j | 0 <= i < |a + b| && 0 <= j < |words(s)|
      ensures (a + b)[i] != words(s)[j]
    {
      assert words(s)[j] in words(s);
      if i >= |a| {
        assert (a + b)[i] == b[i - |a|];
      }
    }
    DistinctConcat(a + b, words(s));
  }
}

// Raising or lowering the bound below the first label keeps a list valid.
lemma WithLo(t: Trie, lo: int, lo2: int)
  requires trie_ok(t, lo) && (t.Node? ==> lo2 < t.ch)
  ensures trie_ok(t, lo2)
{
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

// Whether the suffix w[i..] is a word of the sibling list t (labels above lo).
method Search(t: Trie, w: seq<int>, i: int, ghost lo: int) returns (found: bool)
  requires is_word(w) && 0 <= i < |w| && trie_ok(t, lo)
  ensures found == (w[i..] in words(t))
  decreases t
{
  if t == Nil {
    found := false;
  } else if w[i] < t.ch {
    WordsShape(t, lo);
    found := false;
  } else if w[i] == t.ch {
    InWords(t, w[i..]);
    WordsShape(t.next, t.ch);
    SuffixStep(w, i, w[i..]);
    if i == |w| - 1 {
      assert w[i..] == [w[i]];
      WordsShape(t.child, -1);
      assert w[i..][1..] == [];
      found := t.end;
    } else {
      found := Search(t.child, w, i + 1, -1);
    }
  } else {
    InWords(t, w[i..]);
    found := Search(t.next, w, i, t.ch);
  }
}
// </vc:helpers>

// Search for w: walk down from the root, at each level scanning the sorted sibling list for the
// entry labelled with the next letter (stopping early at a larger label); w is stored when the
// walk reaches the entry of its last letter and that entry ends a word.
method TrieSearch(t: Trie, w: seq<int>) returns (found: bool)
  requires valid_trie(t) && pre_trie_search(words(t), w)
  ensures post_trie_search(words(t), w, found)
{
  // <vc:code>
  found := Search(t, w, 0, -1);
  assert w[0..] == w;
  // </vc:code>
}
