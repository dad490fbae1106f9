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
proof fn lemma_extend(s: Seq<i64>, a: int, b: int)
    requires
        0 < a <= b < s.len(),
        is_palindrome(s, a, b),
        s[a - 1] == s[b],
    ensures
        is_palindrome(s, a - 1, b + 1),
{
    assert forall|k: int| a - 1 <= k < b + 1 implies #[trigger] s[k] == s[(a - 1) + (b + 1) - 1 - k] by {
        if k != a - 1 && k != b {
            assert(s[k] == s[a + b - 1 - k]);
        }
    }
}

// Same centre, smaller range.
proof fn lemma_shrink(s: Seq<i64>, i: int, j: int, a: int, b: int)
    requires
        0 <= i <= a <= b <= j <= s.len(),
        a + b == i + j,
        is_palindrome(s, i, j),
    ensures
        is_palindrome(s, a, b),
{
    assert forall|k: int| a <= k < b implies #[trigger] s[k] == s[a + b - 1 - k] by {
        assert(s[k] == s[i + j - 1 - k]);
    }
}

// Inside the palindrome s[lo..hi), the mirror image of a palindrome is a palindrome.
proof fn lemma_mirror(s: Seq<i64>, lo: int, hi: int, a: int, b: int)
    requires
        0 <= lo <= a <= b <= hi <= s.len(),
        is_palindrome(s, lo, hi),
        is_palindrome(s, lo + hi - b, lo + hi - a),
    ensures
        is_palindrome(s, a, b),
{
    assert forall|k: int| a <= k < b implies #[trigger] s[k] == s[a + b - 1 - k] by {
        let m = lo + hi - 1 - k;
        assert(s[k] == s[m]);
        assert(s[m] == s[(lo + hi - b) + (lo + hi - a) - 1 - m]);
        assert(s[a + b - 1 - k] == s[lo + hi - 1 - (a + b - 1 - k)]);
    }
}

// s[c-b..b) is a palindrome with centre c that cannot be extended by one on each side.
pub open spec fn max_at(s: Seq<i64>, c: int, b: int) -> bool {
    &&& 0 <= c - b <= b <= s.len()
    &&& is_palindrome(s, c - b, b)
    &&& (c - b == 0 || b == s.len() || s[c - b - 1] != s[b])
}

// A palindrome that cannot be extended is the longest with its centre.
proof fn lemma_longest_at_centre(s: Seq<i64>, c: int, b: int, i: int, j: int)
    requires
        max_at(s, c, b),
        0 <= i <= j <= s.len(),
        i + j == c,
        is_palindrome(s, i, j),
    ensures
        j <= b,
{
    if j > b {
        assert(i < c - b);
        assert(s[b] == s[i + j - 1 - b]);
    }
}
// </vc:helpers>

fn manacher(s: &Vec<i64>) -> (r: (usize, usize))
    requires
        pre_manacher(s@),
    ensures
        post_manacher(s@, r.0 as int, r.1 as int),
{
    // <vc:code>
    let n = s.len();
    // p[c] = right end b of the longest palindrome s[c-b..b) with centre c (c = 0 .. 2n).
    let mut p: Vec<usize> = Vec::new();
    // The palindrome s[C-R..R) reaching furthest right among the centres done so far.
    let mut cc: usize = 0;
    let mut rr: usize = 0;
    let mut start: usize = 0;
    let mut len: usize = 0;
    let mut c: usize = 0;
    while c <= 2 * n
        invariant
            n == s.len(),
            n <= 100000,
            0 <= c <= 2 * n + 1,
            p.len() == c,
            rr <= cc,
            cc - rr <= rr <= n,
            is_palindrome(s@, cc - rr, rr as int),
            c == 0 ==> rr == 0,
            c > 0 ==> cc < c,
            forall|q: int| 0 <= q < c ==> #[trigger] max_at(s@, q, p@[q] as int),
            start + len <= n,
            is_palindrome(s@, start as int, start + len),
            forall|q: int| 0 <= q < c ==> 2 * p@[q] - q <= len,
        decreases 2 * n + 1 - c,
    {
        let mut b: usize = (c + 1) / 2;
        if c < 2 * rr {
            // the mirror centre 2C - c lies in 0 .. c-1: reuse its palindrome, cut at R
            let m = 2 * cc - c;
            let mut b0: usize = p[m] + c - cc;
            if b0 > rr {
                b0 = rr;
            }
            if b0 > b {
                proof {
                    assert(max_at(s@, m as int, p@[m as int] as int));
                    lemma_shrink(s@, m - p@[m as int], p@[m as int] as int, cc - b0, cc - c + b0);
                    lemma_mirror(s@, cc - rr, rr as int, c - b0, b0 as int);
                }
                b = b0;
            }
        }
        let mut a: usize = c - b;
        while 0 < a && b < n && s[a - 1] == s[b]
            invariant
                n == s.len(),
                a <= b <= n,
                a + b == c,
                is_palindrome(s@, a as int, b as int),
            decreases a,
        {
            proof {
                lemma_extend(s@, a as int, b as int);
            }
            a = a - 1;
            b = b + 1;
        }
        proof {
            assert(max_at(s@, c as int, b as int));
        }
        p.push(b);
        if b > rr {
            cc = c;
            rr = b;
        }
        if b - a > len {
            start = a;
            len = b - a;
        }
        c = c + 1;
    }
    proof {
        assert forall|i: int, j: int|
            0 <= i <= j <= s@.len() && #[trigger] is_palindrome(s@, i, j) implies j - i <= len by {
            lemma_longest_at_centre(s@, i + j, p@[i + j] as int, i, j);
        }
    }
    (start, len)
    // </vc:code>
}

fn main() {}

} // verus!
