use vstd::prelude::*;

verus! {

// pat occurs in text starting at position k.
pub open spec fn match_at(text: Seq<char>, pat: Seq<char>, k: int) -> bool {
    0 <= k && k + pat.len() <= text.len() && text.subrange(k, k + pat.len()) == pat
}

pub open spec fn pre_kmp_search(text: Seq<char>, pat: Seq<char>) -> bool {
    text.len() <= 1000000 && pat.len() <= 1000000
}

// r is the first position where pat occurs in text, or -1 when it occurs nowhere.
pub open spec fn post_kmp_search(text: Seq<char>, pat: Seq<char>, r: int) -> bool {
    (r == -1 && forall|k: int| 0 <= k <= text.len() - pat.len() ==> !#[trigger] match_at(text, pat, k))
    || (match_at(text, pat, r) && forall|k: int| 0 <= k < r ==> !#[trigger] match_at(text, pat, k))
}

// <vc:helpers>
// </vc:helpers>

// Knuth-Morris-Pratt: build the failure (prefix) function of pat, then scan text once.
fn kmp_search(text: &Vec<char>, pat: &Vec<char>) -> (r: i64)
    requires
        pre_kmp_search(text@, pat@),
    ensures
        post_kmp_search(text@, pat@, r as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
