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
  var n, m := |a|, |b|;
  var prev: array<int> := new int[m + 1];
  var y := 0;
  while y <= m
    invariant 0 <= y <= m + 1
    invariant forall k :: 0 <= k < y ==> prev[k] == 0
  {
    prev[y] := 0;
    y := y + 1;
  }
  var i := 1;
  while i <= n
    invariant 1 <= i <= n + 1
    invariant prev.Length == m + 1
    invariant forall k :: 0 <= k <= m ==> prev[k] == LcsLen(a, b, i - 1, k)
  {
    var cur: array<int> := new int[m + 1];
    cur[0] := 0;
    var j := 1;
    while j <= m
      invariant 1 <= j <= m + 1
      invariant cur[0] == 0
      invariant forall k :: 0 <= k < j ==> cur[k] == LcsLen(a, b, i, k)
      invariant forall k :: 0 <= k <= m ==> prev[k] == LcsLen(a, b, i - 1, k)
    {
      if a[i - 1] == b[j - 1] {
        cur[j] := prev[j - 1] + 1;
      } else if prev[j] >= cur[j - 1] {
        cur[j] := prev[j];
      } else {
        cur[j] := cur[j - 1];
      }
      j := j + 1;
    }
    prev := cur;
    i := i + 1;
  }
  len := prev[m];
  // </vc:code>
}
