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

// Membership in the words of a node, by part.
proof fn lemma_in_words(t: Tst, u: Seq<u8>)
    requires
        t is Node,
    ensures
        match t {
            Tst::Node(c, e, l, m, h) => words(t).contains(u) <==> (words(*l).contains(u)
                || (e && u == seq![c])
                || (u.len() >= 1 && u[0] == c && words(*m).contains(u.subrange(1, u.len() as int)))
                || words(*h).contains(u)),
            Tst::Nil => true,
        },
{
    if let Tst::Node(c, e, l, m, h) = t {
        lemma_prefixed_in(c, words(*m), u);
        let x: Seq<Seq<u8>> = if e { seq![seq![c]] } else { Seq::empty() };
        let p = prefixed(c, words(*m));
        let wl = words(*l);
        let wh = words(*h);
        let ws = words(t);
        assert(ws == wl + x + p + wh);
        if ws.contains(u) {
            let k = choose|k: int| 0 <= k < ws.len() && ws[k] == u;
            if k < wl.len() {
                assert(wl[k] == u);
            } else if k < wl.len() + x.len() {
            } else if k < wl.len() + x.len() + p.len() {
                assert(p[k - wl.len() - x.len()] == u);
            } else {
                assert(wh[k - wl.len() - x.len() - p.len()] == u);
            }
        }
        if wl.contains(u) {
            let k = choose|k: int| 0 <= k < wl.len() && wl[k] == u;
            assert(ws[k] == u);
        }
        if e && u == seq![c] {
            assert(ws[wl.len() as int] == u);
        }
        if p.contains(u) {
            let k = choose|k: int| 0 <= k < p.len() && p[k] == u;
            assert(ws[wl.len() + x.len() + k] == u);
        }
        if wh.contains(u) {
            let k = choose|k: int| 0 <= k < wh.len() && wh[k] == u;
            assert(ws[wl.len() + x.len() + p.len() + k] == u);
        }
    }
}

// Every word of a valid subtree is non-empty and starts with a letter between the bounds.
proof fn lemma_words_shape(t: Tst, a: int, b: int)
    requires
        tst_ok(t, a, b),
    ensures
        forall|u: Seq<u8>| #[trigger] words(t).contains(u) ==> u.len() >= 1 && a < u[0] && u[0] < b,
    decreases t,
{
    if let Tst::Node(c, e, l, m, h) = t {
        lemma_words_shape(*l, a, c as int);
        lemma_words_shape(*m, -1, 26);
        lemma_words_shape(*h, c as int, b);
        assert forall|u: Seq<u8>| #[trigger] words(t).contains(u) implies u.len() >= 1 && a < u[0] && u[0] < b by {
            lemma_in_words(t, u);
        }
    }
}

// A valid subtree stores no word twice.
proof fn lemma_distinct(t: Tst, a: int, b: int)
    requires
        tst_ok(t, a, b),
    ensures
        distinct_words(words(t)),
    decreases t,
{
    if let Tst::Node(c, e, l, m, h) = t {
        lemma_distinct(*l, a, c as int);
        lemma_distinct(*m, -1, 26);
        lemma_distinct(*h, c as int, b);
        lemma_words_shape(*l, a, c as int);
        lemma_words_shape(*m, -1, 26);
        lemma_words_shape(*h, c as int, b);
        lemma_prefixed_index(c, words(*m));
        let x: Seq<Seq<u8>> = if e { seq![seq![c]] } else { Seq::empty() };
        let p = prefixed(c, words(*m));
        let wl = words(*l);
        let wm = words(*m);
        let wh = words(*h);
        let ws = words(t);
        assert(ws == wl + x + p + wh);
        let n1 = wl.len() as int;
        let n2 = n1 + x.len();
        let n3 = n2 + p.len();
        // The first letter of every word, by part: below c in lo, c in the middle, above c in hi.
        assert forall|k: int| 0 <= k < ws.len() implies (#[trigger] ws[k]).len() >= 1 && (
            if k < n1 { ws[k] == wl[k] && ws[k][0] < c }
            else if k < n3 { ws[k][0] == c }
            else { ws[k] == wh[k - n3] && ws[k][0] > c }) by {
            if k < n1 {
                assert(wl.contains(wl[k]));
            } else if k < n2 {
            } else if k < n3 {
                assert(wm.contains(wm[k - n2]));
            } else {
                assert(wh.contains(wh[k - n3]));
            }
        }
        assert forall|i: int, j: int| #![trigger ws[i], ws[j]] 0 <= i < j < ws.len() implies ws[i] != ws[j] by {
            if i < n1 && j < n1 {
            } else if n3 <= i {
            } else if n1 <= i && j < n3 {
                if i < n2 && n2 <= j {
                    assert(wm.contains(wm[j - n2]));
                    assert(ws[j].len() >= 2);
                } else if n2 <= i {
                    assert(ws[i].subrange(1, ws[i].len() as int) =~= wm[i - n2]);
                    assert(ws[j].subrange(1, ws[j].len() as int) =~= wm[j - n2]);
                }
            }
        }
    }
}

// Widening the bounds keeps a subtree valid.
proof fn lemma_widen(t: Tst, a: int, b: int, a2: int, b2: int)
    requires
        tst_ok(t, a, b),
        a2 <= a,
        b <= b2,
    ensures
        tst_ok(t, a2, b2),
    decreases t,
{
    if let Tst::Node(c, e, l, m, h) = t {
        lemma_widen(*l, a, c as int, a2, c as int);
        lemma_widen(*h, c as int, b, c as int, b2);
    }
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

// Whether the suffix w[i..] is a word of the subtree t (letters between a and b).
fn search(t: &Tst, w: &Vec<u8>, i: usize, Ghost(a): Ghost<int>, Ghost(b): Ghost<int>) -> (found: bool)
    requires
        is_word(w@),
        i < w.len(),
        tst_ok(*t, a, b),
    ensures
        found == words(*t).contains(w@.subrange(i as int, w.len() as int)),
    decreases *t,
{
    let ghost wi = w@.subrange(i as int, w.len() as int);
    match t {
        Tst::Nil => false,
        Tst::Node(c, e, l, m, h) => {
            proof {
                lemma_in_words(*t, wi);
                lemma_words_shape(**l, a, *c as int);
                lemma_words_shape(**m, -1, 26);
                lemma_words_shape(**h, *c as int, b);
                lemma_suffix_step(w@, i as int, wi);
            }
            if w[i] < *c {
                search(&**l, w, i, Ghost(a), Ghost(*c as int))
            } else if w[i] > *c {
                search(&**h, w, i, Ghost(*c as int), Ghost(b))
            } else if i == w.len() - 1 {
                proof {
                    assert(wi =~= seq![*c]);
                    assert(wi.subrange(1, 1) =~= Seq::<u8>::empty());
                }
                *e
            } else {
                search(&**m, w, i + 1, Ghost(-1), Ghost(26))
            }
        }
    }
}
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
    let found = search(t, w, 0, Ghost(-1), Ghost(26));
    proof {
        assert(w@.subrange(0, w.len() as int) =~= w@);
    }
    found
    // </vc:code>
}

fn main() {}

} // verus!
