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
// c prepended to a word list: membership and indexing.
proof fn lemma_prefixed_in(c: u8, ws: Seq<Seq<u8>>, u: Seq<u8>)
    ensures
        prefixed(c, ws).contains(u) <==> (u.len() >= 1 && u[0] == c && ws.contains(u.subrange(1, u.len() as int))),
    decreases ws.len(),
{
    if ws.len() > 0 {
        let rest = ws.subrange(1, ws.len() as int);
        lemma_prefixed_in(c, rest, u);
        assert(ws =~= seq![ws[0]] + rest);
        assert((seq![c] + ws[0]).subrange(1, (seq![c] + ws[0]).len() as int) =~= ws[0]);
        if u.len() >= 1 && u[0] == c && u.subrange(1, u.len() as int) == ws[0] {
            assert(u =~= seq![c] + ws[0]);
        }
        let p = prefixed(c, ws);
        assert(p =~= seq![seq![c] + ws[0]] + prefixed(c, rest));
        if p.contains(u) {
            let k = choose|k: int| 0 <= k < p.len() && p[k] == u;
            if k > 0 {
                assert(prefixed(c, rest)[k - 1] == u);
                assert(prefixed(c, rest).contains(u));
            }
        }
        if u.len() >= 1 && u[0] == c && ws.contains(u.subrange(1, u.len() as int)) {
            let k = choose|k: int| 0 <= k < ws.len() && ws[k] == u.subrange(1, u.len() as int);
            if k > 0 {
                assert(rest[k - 1] == ws[k]);
                assert(rest.contains(u.subrange(1, u.len() as int)));
                assert(p[1 + (choose|m: int| 0 <= m < prefixed(c, rest).len() && prefixed(c, rest)[m] == u)] == u);
            } else {
                assert(p[0] == u);
            }
        }
    }
}

proof fn lemma_prefixed_index(c: u8, ws: Seq<Seq<u8>>)
    ensures
        prefixed(c, ws).len() == ws.len(),
        forall|k: int| 0 <= k < ws.len() ==> #[trigger] prefixed(c, ws)[k] == seq![c] + ws[k],
    decreases ws.len(),
{
    if ws.len() > 0 {
        lemma_prefixed_index(c, ws.subrange(1, ws.len() as int));
    }
}

// Membership in the words of an entry, by part.
proof fn lemma_in_words(t: Trie, u: Seq<u8>)
    requires
        t is Node,
    ensures
        match t {
            Trie::Node(c, e, d, s) => words(t).contains(u) <==> ((e && u == seq![c])
                || (u.len() >= 1 && u[0] == c && words(*d).contains(u.subrange(1, u.len() as int)))
                || words(*s).contains(u)),
            Trie::Nil => true,
        },
{
    if let Trie::Node(c, e, d, s) = t {
        lemma_prefixed_in(c, words(*d), u);
        let a: Seq<Seq<u8>> = if e { seq![seq![c]] } else { Seq::empty() };
        let b = prefixed(c, words(*d));
        assert(words(t) == a + b + words(*s));
        if words(t).contains(u) {
            let k = choose|k: int| 0 <= k < words(t).len() && words(t)[k] == u;
            if k < a.len() {
            } else if k < a.len() + b.len() {
                assert(b[k - a.len()] == u);
                assert(b.contains(u));
            } else {
                assert(words(*s)[k - a.len() - b.len()] == u);
            }
        }
        if e && u == seq![c] {
            assert((a + b + words(*s))[0] == u);
        }
        if b.contains(u) {
            let k = choose|k: int| 0 <= k < b.len() && b[k] == u;
            assert((a + b + words(*s))[a.len() + k] == u);
        }
        if words(*s).contains(u) {
            let k = choose|k: int| 0 <= k < words(*s).len() && words(*s)[k] == u;
            assert((a + b + words(*s))[a.len() + b.len() + k] == u);
        }
    }
}

// Every word of a valid list is non-empty and starts with a label of the list (above lo, at
// least the first label).
proof fn lemma_words_shape(t: Trie, lo: int)
    requires
        trie_ok(t, lo),
    ensures
        forall|u: Seq<u8>| #[trigger] words(t).contains(u) ==> u.len() >= 1 && lo < u[0] && (match t {
            Trie::Node(c, _, _, _) => c <= u[0],
            Trie::Nil => true,
        }),
    decreases t,
{
    if let Trie::Node(c, e, d, s) = t {
        lemma_words_shape(*d, -1);
        lemma_words_shape(*s, c as int);
        assert forall|u: Seq<u8>| #[trigger] words(t).contains(u) implies u.len() >= 1 && lo < u[0] && c <= u[0] by {
            lemma_in_words(t, u);
        }
    }
}

// A valid list stores no word twice.
proof fn lemma_distinct(t: Trie, lo: int)
    requires
        trie_ok(t, lo),
    ensures
        distinct_words(words(t)),
    decreases t,
{
    if let Trie::Node(c, e, d, s) = t {
        lemma_distinct(*d, -1);
        lemma_distinct(*s, c as int);
        lemma_words_shape(*d, -1);
        lemma_words_shape(*s, c as int);
        lemma_prefixed_index(c, words(*d));
        let a: Seq<Seq<u8>> = if e { seq![seq![c]] } else { Seq::empty() };
        let b = prefixed(c, words(*d));
        let ws = words(t);
        assert(ws == a + b + words(*s));
        assert forall|i: int, j: int| #![trigger ws[i], ws[j]] 0 <= i < j < ws.len() implies ws[i] != ws[j] by {
            if i < a.len() {
                if j < a.len() + b.len() {
                    assert(words(*d).contains(words(*d)[j - a.len()]));
                    assert(ws[j].len() >= 2);
                } else {
                    assert(words(*s).contains(words(*s)[j - a.len() - b.len()]));
                }
            } else if i < a.len() + b.len() {
                if j < a.len() + b.len() {
                    assert(ws[i].subrange(1, ws[i].len() as int) =~= words(*d)[i - a.len()]);
                    assert(ws[j].subrange(1, ws[j].len() as int) =~= words(*d)[j - a.len()]);
                } else {
                    assert(words(*s).contains(words(*s)[j - a.len() - b.len()]));
                }
            } else {
                assert(words(*s)[i - a.len() - b.len()] == ws[i]);
                assert(words(*s)[j - a.len() - b.len()] == ws[j]);
            }
        }
    }
}

// Lowering the bound below the first label keeps a list valid.
proof fn lemma_with_lo(t: Trie, lo: int, lo2: int)
    requires
        trie_ok(t, lo),
        match t {
            Trie::Node(c, _, _, _) => lo2 < c,
            Trie::Nil => true,
        },
    ensures
        trie_ok(t, lo2),
{
}

// The suffix w[i..] is w[i] followed by w[i+1..].
proof fn lemma_suffix_step(w: Seq<u8>, i: int, u: Seq<u8>)
    requires
        0 <= i < w.len(),
    ensures
        u == w.subrange(i, w.len() as int) <==> (u.len() >= 1 && u[0] == w[i]
            && u.subrange(1, u.len() as int) == w.subrange(i + 1, w.len() as int)),
{
    if u.len() >= 1 && u[0] == w[i] && u.subrange(1, u.len() as int) == w.subrange(i + 1, w.len() as int) {
        assert(u =~= w.subrange(i, w.len() as int));
    }
    if u == w.subrange(i, w.len() as int) {
        assert(u.subrange(1, u.len() as int) =~= w.subrange(i + 1, w.len() as int));
    }
}

// The one-entry list spelling w[i..] (a chain of single children).
fn chain(w: &Vec<u8>, i: usize) -> (t: Trie)
    requires
        is_word(w@),
        i < w.len(),
    ensures
        trie_ok(t, -1),
        words(t) == seq![w@.subrange(i as int, w.len() as int)],
        match t {
            Trie::Node(c, _, _, s) => c == w@[i as int] && *s == Trie::Nil,
            Trie::Nil => false,
        },
    decreases w.len() - i,
{
    if i == w.len() - 1 {
        let t = Trie::Node(w[i], true, Box::new(Trie::Nil), Box::new(Trie::Nil));
        proof {
            assert(w@.subrange(i as int, w.len() as int) =~= seq![w@[i as int]]);
            assert(prefixed(w@[i as int], Seq::empty()) =~= Seq::<Seq<u8>>::empty());
            assert(words(t) =~= seq![seq![w@[i as int]]]);
        }
        t
    } else {
        let d = chain(w, i + 1);
        let ghost c = w@[i as int];
        let ghost u = w@.subrange(i as int + 1, w.len() as int);
        let t = Trie::Node(w[i], false, Box::new(d), Box::new(Trie::Nil));
        proof {
            assert(seq![c] + u =~= w@.subrange(i as int, w.len() as int));
            assert(seq![u].subrange(1, 1) =~= Seq::<Seq<u8>>::empty());
            assert(prefixed(c, seq![u]) =~= seq![seq![c] + u]);
            assert(words(t) =~= seq![seq![c] + u]);
        }
        t
    }
}

// Insert the suffix w[i..] into the sibling list t (labels above lo).
fn ins(t: Trie, w: &Vec<u8>, i: usize, Ghost(lo): Ghost<int>) -> (t2: Trie)
    requires
        is_word(w@),
        i < w.len(),
        trie_ok(t, lo),
        lo < w@[i as int],
    ensures
        trie_ok(t2, lo),
        forall|u: Seq<u8>| #[trigger] words(t2).contains(u) <==>
            (words(t).contains(u) || u == w@.subrange(i as int, w.len() as int)),
    decreases t,
{
    let ghost t0 = t;
    let ghost wi = w@.subrange(i as int, w.len() as int);
    match t {
        Trie::Nil => {
            let t2 = chain(w, i);
            proof {
                lemma_with_lo(t2, -1, lo);
                assert forall|u: Seq<u8>| #[trigger] words(t2).contains(u) <==> (words(t0).contains(u) || u == wi) by {
                    if words(t2).contains(u) {
                        let k = choose|k: int| 0 <= k < words(t2).len() && words(t2)[k] == u;
                        assert(k == 0);
                    }
                    if u == wi {
                        assert(words(t2)[0] == u);
                    }
                }
            }
            t2
        }
        Trie::Node(c, e, d, s) => {
            if w[i] < c {
                let n = chain(w, i);
                let t2 = match n {
                    Trie::Node(nc, ne, nd, _) => Trie::Node(nc, ne, nd, Box::new(Trie::Node(c, e, d, s))),
                    Trie::Nil => Trie::Nil,
                };
                proof {
                    lemma_with_lo(t0, lo, w@[i as int] as int);
                    assert(words(t2) =~= words(n) + words(t0));
                    assert forall|u: Seq<u8>| #[trigger] words(t2).contains(u) <==> (words(t0).contains(u) || u == wi) by {
                        if words(t2).contains(u) {
                            let k = choose|k: int| 0 <= k < words(t2).len() && words(t2)[k] == u;
                            if k > 0 {
                                assert(words(t0)[k - 1] == u);
                            }
                        }
                        if words(t0).contains(u) {
                            let k = choose|k: int| 0 <= k < words(t0).len() && words(t0)[k] == u;
                            assert(words(t2)[k + 1] == u);
                        }
                        if u == wi {
                            assert(words(t2)[0] == u);
                        }
                    }
                }
                t2
            } else if w[i] == c {
                if i == w.len() - 1 {
                    let t2 = Trie::Node(c, true, d, s);
                    proof {
                        assert(wi =~= seq![c]);
                        assert forall|u: Seq<u8>| #[trigger] words(t2).contains(u) <==> (words(t0).contains(u) || u == wi) by {
                            lemma_in_words(t0, u);
                            lemma_in_words(t2, u);
                        }
                    }
                    t2
                } else {
                    let d2 = ins(*d, w, i + 1, Ghost(-1));
                    let t2 = Trie::Node(c, e, Box::new(d2), s);
                    proof {
                        assert(words(d2).contains(w@.subrange(i as int + 1, w.len() as int)));
                        assert(d2 != Trie::Nil);
                        assert forall|u: Seq<u8>| #[trigger] words(t2).contains(u) <==> (words(t0).contains(u) || u == wi) by {
                            lemma_in_words(t0, u);
                            lemma_in_words(t2, u);
                            lemma_suffix_step(w@, i as int, u);
                        }
                    }
                    t2
                }
            } else {
                let s2 = ins(*s, w, i, Ghost(c as int));
                let t2 = Trie::Node(c, e, d, Box::new(s2));
                proof {
                    assert forall|u: Seq<u8>| #[trigger] words(t2).contains(u) <==> (words(t0).contains(u) || u == wi) by {
                        lemma_in_words(t0, u);
                        lemma_in_words(t2, u);
                    }
                }
                t2
            }
        }
    }
}
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
    let ghost ws = words(t);
    let t2 = ins(t, w, 0, Ghost(-1));
    proof {
        assert(w@.subrange(0, w.len() as int) =~= w@);
        lemma_distinct(t2, -1);
        let ws2 = words(t2);
        assert forall|i: int| 0 <= i < ws2.len() implies ws.contains(#[trigger] ws2[i]) || ws2[i] == w@ by {
            assert(ws2.contains(ws2[i]));
        }
        assert forall|i: int| 0 <= i < ws.len() implies ws2.contains(#[trigger] ws[i]) by {
            assert(ws.contains(ws[i]));
        }
    }
    t2
    // </vc:code>
}

fn main() {}

} // verus!
