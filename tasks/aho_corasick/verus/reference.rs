use vstd::prelude::*;

verus! {

// pat occurs in text starting at position k.
pub open spec fn occurs_at(text: Seq<char>, pat: Seq<char>, k: int) -> bool {
    0 <= k && k + pat.len() <= text.len() && text.subrange(k, k + pat.len()) == pat
}

// e is a pair [p, k]: pattern p occurs in text at position k.
pub open spec fn is_match(text: Seq<char>, pats: Seq<Seq<char>>, e: Seq<int>) -> bool {
    e.len() == 2 && 0 <= e[0] < pats.len() && occurs_at(text, pats[e[0]], e[1])
}

// Every entry r[j'] with j <= j' is a match.
pub open spec fn sound_from(text: Seq<char>, pats: Seq<Seq<char>>, r: Seq<Seq<int>>, j: int) -> bool
    decreases r.len() - j,
{
    if j >= r.len() {
        true
    } else {
        0 <= j && is_match(text, pats, r[j]) && sound_from(text, pats, r, j + 1)
    }
}

// The pair [p, k] is among r[j..].
pub open spec fn listed_from(r: Seq<Seq<int>>, p: int, k: int, j: int) -> bool
    decreases r.len() - j,
{
    if j < 0 || j >= r.len() {
        false
    } else {
        (r[j].len() == 2 && r[j][0] == p && r[j][1] == k) || listed_from(r, p, k, j + 1)
    }
}

// Every position k' >= k where pattern p occurs is listed in r.
pub open spec fn complete_pos(text: Seq<char>, pats: Seq<Seq<char>>, r: Seq<Seq<int>>, p: int, k: int) -> bool
    decreases text.len() - k,
{
    if p < 0 || p >= pats.len() || k > text.len() - pats[p].len() {
        true
    } else {
        (occurs_at(text, pats[p], k) ==> listed_from(r, p, k, 0)) && complete_pos(text, pats, r, p, k + 1)
    }
}

// Every occurrence of every pattern p' >= p is listed in r.
pub open spec fn complete_from(text: Seq<char>, pats: Seq<Seq<char>>, r: Seq<Seq<int>>, p: int) -> bool
    decreases pats.len() - p,
{
    if p < 0 || p >= pats.len() {
        true
    } else {
        complete_pos(text, pats, r, p, 0) && complete_from(text, pats, r, p + 1)
    }
}

// No pair is listed twice.
pub open spec fn no_repeats(r: Seq<Seq<int>>) -> bool {
    forall|j: int, j2: int|
        0 <= j < j2 < r.len() && #[trigger] r[j].len() == 2 && #[trigger] r[j2].len() == 2 ==>
            r[j][0] != r[j2][0] || r[j][1] != r[j2][1]
}

pub open spec fn lowercase(s: Seq<char>) -> bool {
    forall|i: int| 0 <= i < s.len() ==> 'a' <= #[trigger] s[i] <= 'z'
}

pub open spec fn pre_aho_corasick(text: Seq<char>, pats: Seq<Seq<char>>) -> bool {
    &&& text.len() <= 100000
    &&& lowercase(text)
    &&& 1 <= pats.len() <= 100
    &&& forall|p: int| 0 <= p < pats.len() ==> 1 <= (#[trigger] pats[p]).len() <= 1000 && lowercase(pats[p])
}

// r lists, in any order and without repetitions, exactly the pairs [p, k] such that pattern p
// occurs in text at position k.
pub open spec fn post_aho_corasick(text: Seq<char>, pats: Seq<Seq<char>>, r: Seq<Seq<int>>) -> bool {
    sound_from(text, pats, r, 0) && complete_from(text, pats, r, 0) && no_repeats(r)
}

pub open spec fn pats_view(pats: Seq<Vec<char>>) -> Seq<Seq<char>> {
    pats.map_values(|p: Vec<char>| p@)
}

pub open spec fn pairs_view(r: Seq<(usize, usize)>) -> Seq<Seq<int>> {
    r.map_values(|e: (usize, usize)| seq![e.0 as int, e.1 as int])
}

// <vc:helpers>
// </vc:helpers>

fn aho_corasick(text: &Vec<char>, pats: &Vec<Vec<char>>) -> (r: Vec<(usize, usize)>)
    requires
        pre_aho_corasick(text@, pats_view(pats@)),
    ensures
        post_aho_corasick(text@, pats_view(pats@), pairs_view(r@)),
{
    // <vc:code>
    // The automaton's tables, flattened into vectors indexed by node * 26 + letter: goto (the
    // trie, usize::MAX where no edge), delta (the full transition function), fail, dict (the
    // nearest node on the fail chain where a pattern ends, NONE if none) and the patterns ending
    // at a node as a linked list through the pattern indices (term_head / term_next).
    let none: usize = usize::MAX;
    let mut total: usize = 0;
    let mut p: usize = 0;
    while p < pats.len()
        invariant
            p <= pats.len(),
            total <= 1000 * p,
            pats.len() <= 100,
        decreases pats.len() - p,
    {
        total = total + pats[p].len();
        p = p + 1;
    }
    let n = total + 1;
    let mut goto: Vec<usize> = Vec::new();
    let mut x: usize = 0;
    while x < n * 26
        decreases n * 26 - x,
    {
        goto.push(none);
        x = x + 1;
    }
    let mut term_head: Vec<usize> = Vec::new();
    x = 0;
    while x < n
        decreases n - x,
    {
        term_head.push(none);
        x = x + 1;
    }
    let mut term_next: Vec<usize> = Vec::new();
    let mut cnt: usize = 1;
    p = 0;
    while p < pats.len()
        decreases pats.len() - p,
    {
        let pat = &pats[p];
        let mut u: usize = 0;
        let mut i: usize = 0;
        while i < pat.len()
            decreases pat.len() - i,
        {
            let c = (pat[i] as u32 - 'a' as u32) as usize;
            if goto[u * 26 + c] == none {
                goto.set(u * 26 + c, cnt);
                cnt = cnt + 1;
            }
            u = goto[u * 26 + c];
            i = i + 1;
        }
        term_next.push(term_head[u]);
        term_head.set(u, p);
        p = p + 1;
    }
    // Breadth-first order over the trie: fail links, dictionary links and the full transitions.
    let mut fail: Vec<usize> = Vec::new();
    let mut dict: Vec<usize> = Vec::new();
    let mut delta: Vec<usize> = Vec::new();
    let mut queue: Vec<usize> = Vec::new();
    x = 0;
    while x < cnt
        decreases cnt - x,
    {
        fail.push(0);
        dict.push(none);
        queue.push(0);
        x = x + 1;
    }
    x = 0;
    while x < cnt * 26
        decreases cnt * 26 - x,
    {
        delta.push(0);
        x = x + 1;
    }
    let mut head: usize = 0;
    let mut tail: usize = 1;
    while head < tail
        decreases cnt - head,
    {
        let u = queue[head];
        head = head + 1;
        let mut c: usize = 0;
        while c < 26
            decreases 26 - c,
        {
            let v = goto[u * 26 + c];
            let f = if u == 0 { 0 } else { delta[fail[u] * 26 + c] };
            if v != none {
                fail.set(v, f);
                let d = if term_head[f] != none { f } else { dict[f] };
                dict.set(v, d);
                queue.set(tail, v);
                tail = tail + 1;
                delta.set(u * 26 + c, v);
            } else {
                delta.set(u * 26 + c, f);
            }
            c = c + 1;
        }
    }
    // Scan the text; after text[..i+1] the state is the node of its longest suffix that is a
    // prefix of a pattern, and the patterns ending here are those on the state's dictionary chain.
    let mut r: Vec<(usize, usize)> = Vec::new();
    let mut state: usize = 0;
    let mut i: usize = 0;
    while i < text.len()
        decreases text.len() - i,
    {
        state = delta[state * 26 + (text[i] as u32 - 'a' as u32) as usize];
        let mut u = if term_head[state] != none { state } else { dict[state] };
        let mut steps: usize = 0;
        while u != none && steps < cnt
            decreases cnt - steps,
        {
            let mut q = term_head[u];
            while q != none
                decreases q,
            {
                r.push((q, i + 1 - pats[q].len()));
                q = term_next[q];
            }
            u = dict[u];
            steps = steps + 1;
        }
        i = i + 1;
    }
    r
    // </vc:code>
}

fn main() {}

} // verus!
