use vstd::prelude::*;

verus! {

// s[i..j] reads the same forwards and backwards.
pub open spec fn is_palindrome(s: Seq<i64>, i: int, j: int) -> bool {
    forall|k: int| i <= k < j ==> #[trigger] s[k] == s[i + j - 1 - k]
}

pub open spec fn pre_manacher(s: Seq<i64>) -> bool {
    s.len() <= 100000
}

// s[start..start+len] is a palindrome and no palindromic substring of s is longer.
pub open spec fn post_manacher(s: Seq<i64>, start: int, len: int) -> bool {
    &&& 0 <= start
    &&& 0 <= len
    &&& start + len <= s.len()
    &&& is_palindrome(s, start, start + len)
    &&& forall|i: int, j: int|
        0 <= i <= j <= s.len() && #[trigger] is_palindrome(s, i, j) ==> j - i <= len
}

// <vc:helpers>
// </vc:helpers>

fn manacher(s: &Vec<i64>) -> (r: (usize, usize))
    requires
        pre_manacher(s@),
    ensures
        post_manacher(s@, r.0 as int, r.1 as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
