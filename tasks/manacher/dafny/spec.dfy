// s[i..j] reads the same forwards and backwards.
predicate IsPalindrome(s: seq<int>, i: int, j: int)
  requires |s| >= j >= i >= 0
{
  forall k :: i <= k < j ==> s[k] == s[i + j - 1 - k]
}

predicate pre_manacher(s: seq<int>)
{
  |s| <= 100000
}

// s[start..start+len] is a palindrome and no palindromic substring of s is longer.
predicate post_manacher(s: seq<int>, start: int, len: int)
{
  0 <= start && 0 <= len && start + len <= |s| && IsPalindrome(s, start, start + len) &&
  forall i, j :: 0 <= i <= j <= |s| && IsPalindrome(s, i, j) ==> j - i <= len
}

// <vc:helpers>
// </vc:helpers>

method Manacher(s: seq<int>) returns (start: int, len: int)
  requires pre_manacher(s)
  ensures post_manacher(s, start, len)
{
  // <vc:code>
  // </vc:code>
}
