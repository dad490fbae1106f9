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
    // </vc:code>
}

fn main() {}

} // verus!
