use vstd::prelude::*;

verus! {

// s[i..j] reads the same forwards and backwards.
pub open spec fn is_palindrome(s: Seq<i64>, i: int, j: int) -> bool {
    forall|k: int| i <= k < j ==> #[trigger] s[k] == s[i + j - 1 - k]
}

pub open spec fn pre_longest_palindromic_substring(s: Seq<i64>) -> bool {
    s.len() <= 100000
}

// s[start..start+len] is a palindrome and no palindromic substring of s is longer.
pub open spec fn post_longest_palindromic_substring(s: Seq<i64>, start: int, len: int) -> bool {
    &&& 0 <= start
    &&& 0 <= len
    &&& start + len <= s.len()
    &&& is_palindrome(s, start, start + len)
    &&& forall|i: int, j: int|
        0 <= i <= j <= s.len() && #[trigger] is_palindrome(s, i, j) ==> j - i <= len
}

// <vc:helpers>
// Palindromes with the same centre are nested: if s[lo..hi] cannot be extended by one element
// on each side, no palindrome s[i..j] with i + j == lo + hi is longer.
proof fn lemma_center_maximal(s: Seq<i64>, lo: int, hi: int)
    requires
        0 <= lo <= hi <= s.len(),
        lo == 0 || hi == s.len() || s[lo - 1] != s[hi],
    ensures
        forall|i: int, j: int|
            0 <= i <= j <= s.len() && i + j == lo + hi && #[trigger] is_palindrome(s, i, j)
                ==> j - i <= hi - lo,
{
    assert forall|i: int, j: int|
        0 <= i <= j <= s.len() && i + j == lo + hi && #[trigger] is_palindrome(s, i, j)
            implies j - i <= hi - lo by {
        if j - i > hi - lo {
            assert(i <= lo - 1 < j);
            assert(i + j - 1 - (lo - 1) == hi);
            assert(s[lo - 1] == s[i + j - 1 - (lo - 1)]);
        }
    }
}
// </vc:helpers>

fn longest_palindromic_substring(s: &Vec<i64>) -> (r: (usize, usize))
    requires
        pre_longest_palindromic_substring(s@),
    ensures
        post_longest_palindromic_substring(s@, r.0 as int, r.1 as int),
{
    // <vc:code>
    let n = s.len();
    let mut start: usize = 0;
    let mut len: usize = 0;
    // every palindrome s[i..j] has a centre i + j; try the centres t = 1 .. 2n-1 in turn
    let mut t: usize = 1;
    while t < 2 * n
        invariant
            n == s.len(),
            n <= 100000,
            1 <= t,
            t <= 2 * n || n == 0,
            start + len <= n,
            is_palindrome(s@, start as int, start + len),
            forall|i: int, j: int|
                0 <= i <= j <= n && i + j < t && #[trigger] is_palindrome(s@, i, j)
                    ==> j - i <= len,
        decreases 2 * n - t,
    {
        let mut lo: usize = t / 2;
        let mut hi: usize = (t + 1) / 2;
        while lo > 0 && hi < n && s[lo - 1] == s[hi]
            invariant
                n == s.len(),
                n <= 100000,
                lo <= hi <= n,
                lo + hi == t,
                is_palindrome(s@, lo as int, hi as int),
            decreases lo,
        {
            proof {
                assert forall|k: int| lo - 1 <= k < hi + 1 implies
                    #[trigger] s@[k] == s@[lo + hi - 1 - k] by {
                    if k == lo - 1 {
                        assert(lo + hi - 1 - k == hi);
                    } else if k == hi {
                        assert(lo + hi - 1 - k == lo - 1);
                    }
                }
                assert(is_palindrome(s@, lo - 1, hi + 1));
            }
            lo = lo - 1;
            hi = hi + 1;
        }
        proof {
            lemma_center_maximal(s@, lo as int, hi as int);
        }
        if hi - lo > len {
            start = lo;
            len = hi - lo;
        }
        t = t + 1;
    }
    // the remaining centres 0 and 2n only have the empty palindromes s[0..0] and s[n..n]
    (start, len)
    // </vc:code>
}

fn main() {}

} // verus!
