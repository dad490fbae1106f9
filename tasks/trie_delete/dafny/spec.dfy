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

predicate pre_trie_delete(ws: seq<seq<int>>, w: seq<int>)
{
  distinct_words(ws) && (forall i :: 0 <= i < |ws| ==> is_word(ws[i])) && is_word(w)
}

// The new word list has no duplicates and holds exactly the old words other than w.
predicate post_trie_delete(ws: seq<seq<int>>, w: seq<int>, ws2: seq<seq<int>>)
{
  distinct_words(ws2) &&
  (forall i :: 0 <= i < |ws2| ==> ws2[i] in ws && ws2[i] != w) &&
  (forall i :: 0 <= i < |ws| ==> ws[i] != w ==> ws[i] in ws2)
}

// <vc:helpers>
// </vc:helpers>

// Delete w: walk down from the root as in a search; at the entry of w's last letter clear the
// word-end mark, and on the way back remove every entry of the path that no longer ends a word
// and has no children (no dead branches remain). An absent w leaves the trie as it is.
method TrieDelete(t: Trie, w: seq<int>) returns (t2: Trie)
  requires valid_trie(t) && pre_trie_delete(words(t), w)
  ensures valid_trie(t2) && post_trie_delete(words(t), w, words(t2))
{
  // <vc:code>
  // </vc:code>
}
