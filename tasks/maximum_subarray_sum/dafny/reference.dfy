// Sum of the segment a[i..j) (0 outside the valid range).
function seg_sum(a: seq<int>, i: int, j: int): int
  decreases j - i
{
  if i < 0 || j > |a| || i >= j then 0 else seg_sum(a, i, j - 1) + a[j - 1]
}

predicate pre_maximum_subarray_sum(a: seq<int>)
{
  1 <= |a| <= 100000 &&
  forall i :: 0 <= i < |a| ==> -1000000 <= a[i] <= 1000000
}

// The non-empty segment a[lo..hi) has sum r, and no non-empty segment has a larger sum.
predicate post_maximum_subarray_sum(a: seq<int>, r: int, lo: int, hi: int)
{
  0 <= lo < hi <= |a| && seg_sum(a, lo, hi) == r &&
  forall i, j :: 0 <= i < j <= |a| ==> seg_sum(a, i, j) <= r
}

// <vc:helpers>
// </vc:helpers>

method MaxSubarraySum(a: array<int>) returns (r: int, lo: int, hi: int)
  requires pre_maximum_subarray_sum(a[..])
  ensures post_maximum_subarray_sum(a[..], r, lo, hi)
{
  // <vc:code>
  // Kadane: cur is the best sum of a segment ending at i (it starts at curLo), r the best sum
  // of a segment within a[..i] (it is a[lo..hi)).
  var n := a.Length;
  ghost var s := a[..];
  var cur := a[0];
  var curLo := 0;
  r, lo, hi := a[0], 0, 1;
  var i := 1;
  while i < n
    invariant 1 <= i <= n
    invariant 0 <= curLo < i && cur == seg_sum(s, curLo, i)
    invariant forall k :: 0 <= k < i ==> seg_sum(s, k, i) <= cur
    invariant 0 <= lo < hi <= i && r == seg_sum(s, lo, hi)
    invariant forall p, q :: 0 <= p < q <= i ==> seg_sum(s, p, q) <= r
  {
    var x := a[i];
    assert forall k :: 0 <= k <= i ==> seg_sum(s, k, i + 1) == seg_sum(s, k, i) + x;
    if cur > 0 {
      cur := cur + x;
    } else {
      cur := x;
      curLo := i;
    }
    if cur > r {
      r, lo, hi := cur, curLo, i + 1;
    }
    i := i + 1;
  }
  // </vc:code>
}
