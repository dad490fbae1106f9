function MaxInt(x: int, y: int): int
{
  if x >= y then x else y
}

// Length of a longest common subsequence of the prefixes a[..i] and b[..j]: when the last
// elements are equal they end a longest common subsequence, otherwise one of them is unused.
function LcsLen(a: seq<int>, b: seq<int>, i: int, j: int): int
  requires 0 <= i <= |a| && 0 <= j <= |b|
  decreases i + j
{
  if i == 0 || j == 0 then 0
  else if a[i - 1] == b[j - 1] then LcsLen(a, b, i - 1, j - 1) + 1
  else MaxInt(LcsLen(a, b, i - 1, j), LcsLen(a, b, i, j - 1))
}

predicate pre_longest_common_subsequence(a: seq<int>, b: seq<int>)
{
  |a| <= 1000 && |b| <= 1000
}

predicate post_longest_common_subsequence(a: seq<int>, b: seq<int>, len: int)
{
  len == LcsLen(a, b, |a|, |b|)
}

// <vc:helpers>
// </vc:helpers>

method LongestCommonSubsequence(a: seq<int>, b: seq<int>) returns (len: int)
  requires pre_longest_common_subsequence(a, b)
  ensures post_longest_common_subsequence(a, b, len)
{
  // <vc:code>
  // </vc:code>
}
