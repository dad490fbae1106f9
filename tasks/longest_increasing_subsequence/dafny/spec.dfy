function MaxInt(x: int, y: int): int
{
  if x >= y then x else y
}

// BestBefore(a, i, j): the greatest length of a strictly increasing subsequence that ends at
// some index k < j with a[k] < a[i] (0 when there is none). A longest strictly increasing
// subsequence ending at index i has length 1 + BestBefore(a, i, i): a[i] extends the best one
// that ends at an earlier, smaller element.
function BestBefore(a: seq<int>, i: int, j: int): int
  requires 0 <= j <= i < |a|
  decreases j
{
  if j == 0 then 0
  else MaxInt(BestBefore(a, i, j - 1),
              if a[j - 1] < a[i] then 1 + BestBefore(a, j - 1, j - 1) else 0)
}

// Length of a longest strictly increasing subsequence ending exactly at index i.
function LisEndingAt(a: seq<int>, i: int): int
  requires |a| > i >= 0
{
  1 + BestBefore(a, i, i)
}

// Length of a longest strictly increasing subsequence of the prefix a[..n]: the greatest
// LisEndingAt(a, i) over i < n (0 for the empty prefix).
function LisPrefix(a: seq<int>, n: int): int
  requires 0 <= n <= |a|
  decreases n
{
  if n == 0 then 0 else MaxInt(LisPrefix(a, n - 1), LisEndingAt(a, n - 1))
}

predicate pre_longest_increasing_subsequence(a: seq<int>)
{
  |a| <= 1000
}

predicate post_longest_increasing_subsequence(a: seq<int>, len: int)
{
  len == LisPrefix(a, |a|)
}

// <vc:helpers>
// </vc:helpers>

method LongestIncreasingSubsequence(a: seq<int>) returns (len: int)
  requires pre_longest_increasing_subsequence(a)
  ensures post_longest_increasing_subsequence(a, len)
{
  // <vc:code>
  // </vc:code>
}
