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
  // Kadane with resets: cur is the best sum of a segment ending at i, possibly empty (it starts
  // at curLo), r the best sum of a segment within a[..i] (it is a[lo..hi)).
  var n := a.Length;
  ghost var s := a[..];
  var cur := 0;
  var curLo := 0;
  r, lo, hi := 0, 0, 0;
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant 0 <= curLo <= i && cur == seg_sum(s, curLo, i)
    invariant forall k :: 0 <= k <= i ==> seg_sum(s, k, i) <= cur
    invariant 0 <= lo <= hi <= i && r == seg_sum(s, lo, hi)
    invariant forall p, q :: 0 <= p <= q <= i ==> seg_sum(s, p, q) <= r
  {
    var x := a[i];
    assert forall k :: 0 <= k <= i ==> seg_sum(s, k, i + 1) == seg_sum(s, k, i) + x;
    if cur + x > 0 {
      cur := cur + x;
    } else {
      // Every segment ending at i + 1 has sum <= 0: the empty one at i + 1 is best.
      cur := 0;
      curLo := i + 1;
    }
    if cur > r {
      r, lo, hi := cur, curLo, i + 1;
    }
    i := i + 1;
  }
  // </vc:code>
}
