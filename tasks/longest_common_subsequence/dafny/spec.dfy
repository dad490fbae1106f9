// A common subsequence is given by a matching: m[i] is the position of b matched with a[i], or
// -1 when a[i] is not used. Matched(m, k) counts the used positions among the first k.
function Matched(m: seq<int>, k: int): int
  decreases k
{
  if k <= 0 || k > |m| then 0 else Matched(m, k - 1) + (if m[k - 1] >= 0 then 1 else 0)
}

// m matches equal elements, and the matched positions increase together in a and b.
predicate common_match(a: seq<int>, b: seq<int>, m: seq<int>)
{
  |m| == |a| &&
  (forall i :: 0 <= i < |a| ==> -1 <= m[i] < |b| && (m[i] >= 0 ==> a[i] == b[m[i]])) &&
  (forall i, j :: 0 <= i < j < |a| && m[i] >= 0 && m[j] >= 0 ==> m[i] < m[j])
}

predicate pre_longest_common_subsequence(a: seq<int>, b: seq<int>)
{
  |a| <= 1000 && |b| <= 1000
}

// m matches a common subsequence of len elements, and no common subsequence is longer.
predicate post_longest_common_subsequence(a: seq<int>, b: seq<int>, len: int, m: seq<int>)
{
  common_match(a, b, m) && Matched(m, |a|) == len &&
  forall x: seq<int> :: common_match(a, b, x) ==> Matched(x, |a|) <= len
}

// <vc:helpers>
// </vc:helpers>

method LongestCommonSubsequence(a: seq<int>, b: seq<int>) returns (len: int, m: seq<int>)
  requires pre_longest_common_subsequence(a, b)
  ensures post_longest_common_subsequence(a, b, len, m)
{
  // <vc:code>
  // </vc:code>
}
