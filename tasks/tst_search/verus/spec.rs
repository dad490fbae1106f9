use vstd::prelude::*;

verus! {

// A ternary search tree (TST) over the alphabet 0 .. 25. A node Node(ch, end, lo, eq, hi) holds
// the letter ch; end marks that the letters spelled down to this node (the letters of the nodes
// left through eq links, then ch) form a stored word; eq holds the continuations after ch, and
// lo and hi hold the alternatives to ch at the same position: smaller letters in lo, larger in
// hi. Words are non-empty.
pub enum Tst {
    Nil,
    Node(u8, bool, Box<Tst>, Box<Tst>, Box<Tst>),
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

// The words stored in t: those of lo, then [ch] when end is set, then ch followed by every word
// of eq, then those of hi.
pub open spec fn words(t: Tst) -> Seq<Seq<u8>>
    decreases t,
{
    match t {
        Tst::Nil => Seq::empty(),
        Tst::Node(c, e, l, m, h) =>
            words(*l) + (if e { seq![seq![c]] } else { Seq::empty() }) + prefixed(c, words(*m)) + words(*h),
    }
}

// The TST invariant for a subtree whose letters at its position must lie strictly between a and
// b: each node's letter is in range, the letters of its lo subtree are smaller and those of its
// hi subtree larger (at that position), every node ends a word or has an eq subtree (no dead
// nodes), and every eq subtree is again a valid TST over the letters 0 .. 25.
pub open spec fn tst_ok(t: Tst, a: int, b: int) -> bool
    decreases t,
{
    match t {
        Tst::Nil => true,
        Tst::Node(c, e, l, m, h) =>
            a < c && c < b && (e || *m != Tst::Nil) && tst_ok(*l, a, c as int) && tst_ok(*m, -1, 26)
            && tst_ok(*h, c as int, b),
    }
}

pub open spec fn valid_tst(t: Tst) -> bool {
    tst_ok(t, -1, 26)
}

// A word: a non-empty sequence of letters 0 .. 25.
pub open spec fn is_word(w: Seq<u8>) -> bool {
    w.len() >= 1 && forall|i: int| 0 <= i < w.len() ==> #[trigger] w[i] < 26
}

// No word occurs twice.
pub open spec fn distinct_words(ws: Seq<Seq<u8>>) -> bool {
    forall|i: int, j: int| #![trigger ws[i], ws[j]] 0 <= i < j < ws.len() ==> ws[i] != ws[j]
}

pub open spec fn pre_tst_search(ws: Seq<Seq<u8>>, w: Seq<u8>) -> bool {
    distinct_words(ws) && (forall|i: int| 0 <= i < ws.len() ==> is_word(#[trigger] ws[i])) && is_word(w)
}

// found tells whether w is one of the words.
pub open spec fn post_tst_search(ws: Seq<Seq<u8>>, w: Seq<u8>, found: bool) -> bool {
    found == ws.contains(w)
}

// <vc:helpers>
// </vc:helpers>

// Search for w: walk down from the root comparing the next letter of w with the node's letter:
// lo when smaller, hi when larger, eq and on to the next letter when equal; w is stored when the
// walk reaches the node of its last letter and that node ends a word.
fn tst_search(t: &Tst, w: &Vec<u8>) -> (found: bool)
    requires
        valid_tst(*t),
        pre_tst_search(words(*t), w@),
    ensures
        post_tst_search(words(*t), w@, found),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
