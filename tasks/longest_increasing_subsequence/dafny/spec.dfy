// A choice picks position i when take[i] is true; Count(take, k) is the number of picked
// positions among the first k.
function Count(take: seq<bool>, k: int): int
  decreases k
{
  if k <= 0 || k > |take| then 0 else Count(take, k - 1) + (if take[k - 1] then 1 else 0)
}

// take has one entry per position and the picked elements, in order, are strictly increasing.
predicate increasing_sel(a: seq<int>, take: seq<bool>)
{
  |take| == |a| && forall i, j :: 0 <= i < j < |a| && take[i] && take[j] ==> a[i] < a[j]
}

predicate pre_longest_increasing_subsequence(a: seq<int>)
{
  |a| <= 1000
}

// take picks a strictly increasing subsequence of len elements, and none is longer.
predicate post_longest_increasing_subsequence(a: seq<int>, len: int, take: seq<bool>)
{
  increasing_sel(a, take) && Count(take, |a|) == len &&
  forall t: seq<bool> :: increasing_sel(a, t) ==> Count(t, |a|) <= len
}

// <vc:helpers>
// </vc:helpers>

method LongestIncreasingSubsequence(a: seq<int>) returns (len: int, take: seq<bool>)
  requires pre_longest_increasing_subsequence(a)
  ensures post_longest_increasing_subsequence(a, len, take)
{
  // <vc:code>
  // </vc:code>
}
