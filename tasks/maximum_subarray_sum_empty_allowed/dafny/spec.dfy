// Sum of the segment a[i..j) (0 outside the valid range).
function seg_sum(a: seq<int>, i: int, j: int): int
  decreases j - i
{
  if i < 0 || j > |a| || i >= j then 0 else seg_sum(a, i, j - 1) + a[j - 1]
}

predicate pre_maximum_subarray_sum_empty_allowed(a: seq<int>)
{
  |a| <= 100000 &&
  forall i :: 0 <= i < |a| ==> -1000000 <= a[i] <= 1000000
}

// The segment a[lo..hi) (possibly empty, lo == hi) has sum r, and no segment, empty or not, has
// a larger sum (so r >= 0).
predicate post_maximum_subarray_sum_empty_allowed(a: seq<int>, r: int, lo: int, hi: int)
{
  0 <= lo <= hi <= |a| && seg_sum(a, lo, hi) == r &&
  forall i, j :: 0 <= i <= j <= |a| ==> seg_sum(a, i, j) <= r
}

// <vc:helpers>
// </vc:helpers>

// Kadane's algorithm, where the empty segment (sum 0) counts.
method MaxSubarraySum(a: array<int>) returns (r: int, lo: int, hi: int)
  requires pre_maximum_subarray_sum_empty_allowed(a[..])
  ensures post_maximum_subarray_sum_empty_allowed(a[..], r, lo, hi)
{
  // <vc:code>
  // </vc:code>
}
