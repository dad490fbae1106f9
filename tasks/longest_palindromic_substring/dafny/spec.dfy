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
// </vc:helpers>

method LongestPalindromicSubstring(s: seq<int>) returns (start: int, len: int)
  requires pre_longest_palindromic_substring(s)
  ensures post_longest_palindromic_substring(s, start, len)
{
  // <vc:code>
  // </vc:code>
}
