predicate pre_longest_common_prefix(s: string, t: string)
{
  |s| <= 1000000 && |t| <= 1000000
}

// s and t agree on their first l characters, and l cannot be extended: it reaches the end of one
// of them, or the next characters differ.
predicate post_longest_common_prefix(s: string, t: string, l: int)
{
  0 <= l <= |s| && l <= |t| && s[..l] == t[..l] &&
  (l == |s| || l == |t| || s[l] != t[l])
}

// <vc:helpers>
// </vc:helpers>

// Compare the two strings position by position until they differ or one ends.
method LongestCommonPrefix(s: string, t: string) returns (l: int)
  requires pre_longest_common_prefix(s, t)
  ensures post_longest_common_prefix(s, t, l)
{
  // <vc:code>
  // </vc:code>
}
