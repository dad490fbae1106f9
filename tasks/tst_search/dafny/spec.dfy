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
// </vc:helpers>

// Search for w: walk down from the root comparing the next letter of w with the node's letter:
// lo when smaller, hi when larger, eq and on to the next letter when equal; w is stored when the
// walk reaches the node of its last letter and that node ends a word.
method TstSearch(t: Tst, w: seq<int>) returns (found: bool)
  requires valid_tst(t) && pre_tst_search(words(t), w)
  ensures post_tst_search(words(t), w, found)
{
  // <vc:code>
  // </vc:code>
}
