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
// </vc:helpers>

// Search for w: walk down from the root, at each level scanning the sorted sibling list for the
// entry labelled with the next letter (stopping early at a larger label); w is stored when the
// walk reaches the entry of its last letter and that entry ends a word.
method TrieSearch(t: Trie, w: seq<int>) returns (found: bool)
  requires valid_trie(t) && pre_trie_search(words(t), w)
  ensures post_trie_search(words(t), w, found)
{
  // <vc:code>
  // </vc:code>
}
