// s[i..j] reads the same forwards and backwards.
predicate IsPalindrome(s: seq<int>, i: int, j: int)
  requires |s| >= j >= i >= 0
{
  forall k :: i <= k < j ==> s[k] == s[i + j - 1 - k]
}

predicate pre_longest_palindromic_substring(s: seq<int>)
{
  |s| <= 100000
}

// s[start..start+len] is a palindrome and no palindromic substring of s is longer.
predicate post_longest_palindromic_substring(s: seq<int>, start: int, len: int)
{
  0 <= start && 0 <= len && start + len <= |s| && IsPalindrome(s, start, start + len) &&
  forall i, j :: 0 <= i <= j <= |s| && IsPalindrome(s, i, j) ==> j - i <= len
}

// <vc:helpers>
// Palindromes with the same centre are nested: if s[lo..hi] cannot be extended by one element
// on each side, no palindrome s[i..j] with i + j == lo + hi is longer.
lemma CenterMaximal(s: seq<int>, lo: int, hi: int)
  requires 0 <= lo <= hi <= |s|
  requires lo == 0 || hi == |s| || s[lo - 1] != s[hi]
  ensures forall i, j :: 0 <= i <= j <= |s| && i + j == lo + hi && IsPalindrome(s, i, j) ==>
            j - i <= hi - lo
{
  forall i, j | 0 <= i <= j <= |s| && i + j == lo + hi && IsPalindrome(s, i, j)
    ensures j - i <= hi - lo
  {
    if j - i > hi - lo {
      assert i <= lo - 1 < j;
      assert s[lo - 1] == s[i + j - 1 - (lo - 1)];
    }
  }
}
// </vc:helpers>

method LongestPalindromicSubstring(s: seq<int>) returns (start: int, len: int)
  requires pre_longest_palindromic_substring(s)
  ensures post_longest_palindromic_substring(s, start, len)
{
  // <vc:code>
  var n := |s|;
  start, len := 0, 0;
  // every palindrome s[i..j] has a centre i + j; try the centres t = 1 .. 2n-1 in turn
  var t := 1;
  while t < 2 * n
    invariant 1 <= t && (t <= 2 * n || n == 0)
    invariant 0 <= start && 0 <= len && start + len <= n && IsPalindrome(s, start, start + len)
    invariant forall i, j :: 0 <= i <= j <= n && i + j < t && IsPalindrome(s, i, j) ==> j - i <= len
  {
    var lo := t / 2;
    var hi := (t + 1) / 2;
    while lo > 0 && hi < n && s[lo - 1] == s[hi]
      invariant 0 <= lo <= hi <= n && lo + hi == t
      invariant IsPalindrome(s, lo, hi)
    {
      lo := lo - 1;
      hi := hi + 1;
    }
    CenterMaximal(s, lo, hi);
    if hi - lo > len {
      start, len := lo, hi - lo;
    }
    t := t + 1;
  }
  // the remaining centres 0 and 2n only have the empty palindromes s[0..0] and s[n..n]
  // </vc:code>
}
