use vstd::prelude::*;

verus! {

// A trie over the alphabet 0 .. 25 in first-child / next-sibling form (a de la Briandais trie):
// the children of a node form a linked list of entries Node(ch, end, child, next), where ch is
// the label of the edge into the child, end marks that the path spelled so far is a word, child
// is the list of the child's own children and next is the next sibling. A whole trie is the
// list of the root's children; words are non-empty.
pub enum Trie {
    Nil,
    Node(u8, bool, Box<Trie>, Box<Trie>),
}

// c prepended to every word of ws.
pub open spec fn prefixed(c: u8, ws: Seq<Seq<u8>>) -> Seq<Seq<u8>>
    decreases ws.len(),
{
    if ws.len() == 0 {
        Seq::empty()
    } else {
        seq![seq![c] + ws[0]] + prefixed(c, ws.subrange(1, ws.len() as int))
    }
}

// The words stored in t: for each entry, [ch] when end is set, ch followed by every word of the
// child's list, then the words of the following siblings.
pub open spec fn words(t: Trie) -> Seq<Seq<u8>>
    decreases t,
{
    match t {
        Trie::Nil => Seq::empty(),
        Trie::Node(c, e, d, s) =>
            (if e { seq![seq![c]] } else { Seq::empty() }) + prefixed(c, words(*d)) + words(*s),
    }
}

// The trie invariant for a list of siblings whose labels must exceed lo: labels are letters and
// strictly increase along the list (so no two children share a label), every entry ends a word
// or has children (no dead branches), and the same holds in every child list.
pub open spec fn trie_ok(t: Trie, lo: int) -> bool
    decreases t,
{
    match t {
        Trie::Nil => true,
        Trie::Node(c, e, d, s) =>
            lo < c && c < 26 && (e || *d != Trie::Nil) && trie_ok(*d, -1) && trie_ok(*s, c as int),
    }
}

pub open spec fn valid_trie(t: Trie) -> bool {
    trie_ok(t, -1)
}

// A word: a non-empty sequence of letters 0 .. 25.
pub open spec fn is_word(w: Seq<u8>) -> bool {
    w.len() >= 1 && forall|i: int| 0 <= i < w.len() ==> #[trigger] w[i] < 26
}

// No word occurs twice.
pub open spec fn distinct_words(ws: Seq<Seq<u8>>) -> bool {
    forall|i: int, j: int| #![trigger ws[i], ws[j]] 0 <= i < j < ws.len() ==> ws[i] != ws[j]
}

pub open spec fn pre_trie_insert(ws: Seq<Seq<u8>>, w: Seq<u8>) -> bool {
    distinct_words(ws) && (forall|i: int| 0 <= i < ws.len() ==> is_word(#[trigger] ws[i])) && is_word(w)
}

// The new word list has no duplicates and holds exactly the old words and w.
pub open spec fn post_trie_insert(ws: Seq<Seq<u8>>, w: Seq<u8>, ws2: Seq<Seq<u8>>) -> bool {
    distinct_words(ws2)
    && (forall|i: int| 0 <= i < ws2.len() ==> ws.contains(#[trigger] ws2[i]) || ws2[i] == w)
    && (forall|i: int| 0 <= i < ws.len() ==> ws2.contains(#[trigger] ws[i]))
    && ws2.contains(w)
}

// <vc:helpers>
// </vc:helpers>

// Insert w: walk down from the root, at each level scanning the sorted sibling list for the
// entry labelled with the next letter; where it is missing, splice in a new entry at its sorted
// place, followed by a chain for the rest of the word; mark the last entry as a word end.
fn trie_insert(t: Trie, w: &Vec<u8>) -> (t2: Trie)
    requires
        valid_trie(t),
        pre_trie_insert(words(t), w@),
    ensures
        valid_trie(t2),
        post_trie_insert(words(t), w@, words(t2)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
