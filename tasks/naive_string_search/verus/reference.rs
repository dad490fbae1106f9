use vstd::prelude::*;

verus! {

// pat occurs in text starting at position k.
pub open spec fn match_at(text: Seq<char>, pat: Seq<char>, k: int) -> bool {
    0 <= k && k + pat.len() <= text.len() && text.subrange(k, k + pat.len()) == pat
}

pub open spec fn pre_naive_string_search(text: Seq<char>, pat: Seq<char>) -> bool {
    text.len() <= 1000000 && pat.len() <= 1000000
}

// r is the first position where pat occurs in text, or -1 when it occurs nowhere.
pub open spec fn post_naive_string_search(text: Seq<char>, pat: Seq<char>, r: int) -> bool {
    (r == -1 && forall|k: int| 0 <= k <= text.len() - pat.len() ==> !#[trigger] match_at(text, pat, k))
    || (match_at(text, pat, r) && forall|k: int| 0 <= k < r ==> !#[trigger] match_at(text, pat, k))
}

// <vc:helpers>
// </vc:helpers>

fn naive_search(text: &Vec<char>, pat: &Vec<char>) -> (r: i64)
    requires
        pre_naive_string_search(text@, pat@),
    ensures
        post_naive_string_search(text@, pat@, r as int),
{
    // <vc:code>
    let n = text.len();
    let m = pat.len();
    if m > n {
        return -1;
    }
    let mut k: usize = 0;
    while k <= n - m
        invariant
            n == text.len(),
            m == pat.len(),
            m <= n,
            n <= 1000000,
            0 <= k <= n - m + 1,
            forall|q: int| 0 <= q < k ==> !#[trigger] match_at(text@, pat@, q),
        decreases n - m + 1 - k,
    {
        let mut j: usize = 0;
        while j < m && text[k + j] == pat[j]
            invariant
                n == text.len(),
                m == pat.len(),
                k + m <= n,
                0 <= j <= m,
                text@.subrange(k as int, k + j) =~= pat@.subrange(0, j as int),
            decreases m - j,
        {
            assert(text@.subrange(k as int, k + j + 1) =~= pat@.subrange(0, j + 1));
            j = j + 1;
        }
        if j == m {
            assert(text@.subrange(k as int, k + m) =~= pat@);
            assert(match_at(text@, pat@, k as int));
            return k as i64;
        }
        assert(text@.subrange(k as int, k + m)[j as int] != pat@[j as int]);
        assert(!match_at(text@, pat@, k as int));
        k = k + 1;
    }
    -1
    // </vc:code>
}

fn main() {}

} // verus!
