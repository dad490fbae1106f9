use vstd::prelude::*;

verus! {

// pat occurs in text starting at position k.
pub open spec fn match_at(text: Seq<char>, pat: Seq<char>, k: int) -> bool {
    0 <= k && k + pat.len() <= text.len() && text.subrange(k, k + pat.len()) == pat
}

// Every entry r[j'] with j <= j' is a position where pat occurs, and the entries increase strictly.
pub open spec fn sound_from(text: Seq<char>, pat: Seq<char>, r: Seq<usize>, j: int) -> bool
    decreases r.len() - j,
{
    if j >= r.len() {
        true
    } else {
        0 <= j && match_at(text, pat, r[j] as int) && (j + 1 < r.len() ==> r[j] < r[j + 1])
        && sound_from(text, pat, r, j + 1)
    }
}

// Every position k' >= k where pat occurs is listed in r.
pub open spec fn complete_from(text: Seq<char>, pat: Seq<char>, r: Seq<usize>, k: int) -> bool
    decreases text.len() - k,
{
    if k > text.len() - pat.len() {
        true
    } else {
        (match_at(text, pat, k) ==> r.contains(k as usize)) && complete_from(text, pat, r, k + 1)
    }
}

pub open spec fn pre_kmp_all_occurrences(text: Seq<char>, pat: Seq<char>) -> bool {
    1 <= pat.len() <= 1000000 && text.len() <= 1000000
}

// r lists, in increasing order, exactly the positions where pat occurs in text.
pub open spec fn post_kmp_all_occurrences(text: Seq<char>, pat: Seq<char>, r: Seq<usize>) -> bool {
    sound_from(text, pat, r, 0) && complete_from(text, pat, r, 0)
}

// <vc:helpers>
// </vc:helpers>

// Knuth-Morris-Pratt: build the failure (prefix) function of pat, then scan text once, reporting
// every occurrence and falling back to the longest proper border after each one.
fn kmp_all(text: &Vec<char>, pat: &Vec<char>) -> (r: Vec<usize>)
    requires
        pre_kmp_all_occurrences(text@, pat@),
    ensures
        post_kmp_all_occurrences(text@, pat@, r@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
