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

predicate pre_tst_delete(ws: seq<seq<int>>, w: seq<int>)
{
  distinct_words(ws) && (forall i :: 0 <= i < |ws| ==> is_word(ws[i])) && is_word(w)
}

// The new word list has no duplicates and holds exactly the old words other than w.
predicate post_tst_delete(ws: seq<seq<int>>, w: seq<int>, ws2: seq<seq<int>>)
{
  distinct_words(ws2) &&
  (forall i :: 0 <= i < |ws2| ==> ws2[i] in ws && ws2[i] != w) &&
  (forall i :: 0 <= i < |ws| ==> ws[i] != w ==> ws[i] in ws2)
}

// <vc:helpers>
// </vc:helpers>

// Delete w: walk down from the root as in a search; at the node of w's last letter clear the
// word-end mark; on the way back remove every node of the path that no longer ends a word and
// has no eq subtree, joining its lo and hi subtrees in its place (no dead nodes remain). An
// absent w leaves the tree as it is.
method TstDelete(t: Tst, w: seq<int>) returns (t2: Tst)
  requires valid_tst(t) && pre_tst_delete(words(t), w)
  ensures valid_tst(t2) && post_tst_delete(words(t), w, words(t2))
{
  // <vc:code>
  // </vc:code>
}
