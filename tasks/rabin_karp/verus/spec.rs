use vstd::prelude::*;

verus! {

// pat occurs in text starting at position k.
pub open spec fn match_at(text: Seq<u8>, pat: Seq<u8>, k: int) -> bool {
    0 <= k && k + pat.len() <= text.len() && text.subrange(k, k + pat.len()) == pat
}

// Every entry r[j'] with j <= j' is a position where pat occurs, and the entries increase strictly.
pub open spec fn sound_from(text: Seq<u8>, pat: Seq<u8>, r: Seq<usize>, j: int) -> bool
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
pub open spec fn complete_from(text: Seq<u8>, pat: Seq<u8>, r: Seq<usize>, k: int) -> bool
    decreases text.len() - k,
{
    if k > text.len() - pat.len() {
        true
    } else {
        (match_at(text, pat, k) ==> r.contains(k as usize)) && complete_from(text, pat, r, k + 1)
    }
}

// Byte strings: every element is in 0 .. 255 (u8 guarantees it; stated for parity with Dafny and Lean).
pub open spec fn bytes(s: Seq<u8>) -> bool {
    forall|i: int| 0 <= i < s.len() ==> 0 <= #[trigger] s[i] < 256
}

pub open spec fn pre_rabin_karp(text: Seq<u8>, pat: Seq<u8>) -> bool {
    1 <= pat.len() <= 1000000 && text.len() <= 1000000 && bytes(text) && bytes(pat)
}

// r lists, in increasing order, exactly the positions where pat occurs in text.
pub open spec fn post_rabin_karp(text: Seq<u8>, pat: Seq<u8>, r: Seq<usize>) -> bool {
    sound_from(text, pat, r, 0) && complete_from(text, pat, r, 0)
}

// <vc:helpers>
// </vc:helpers>

// Rabin-Karp: compare the rolling hash of each window with the pattern's hash, and the characters
// only when the hashes agree.
fn rabin_karp(text: &Vec<u8>, pat: &Vec<u8>) -> (r: Vec<usize>)
    requires
        pre_rabin_karp(text@, pat@),
    ensures
        post_rabin_karp(text@, pat@, r@),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
