predicate sorted_nondecreasing(a: seq<int>)
{
  forall i, j :: 0 <= i < j < |a| ==> a[i] <= a[j]
}

// Shared with Verus (i64 elements): every element within +-10^9 and the target within
// +-2*10^9, so no sum of two elements overflows.
predicate values_bounded(a: seq<int>, target: int)
{
  (forall i :: 0 <= i < |a| ==> -1000000000 <= a[i] <= 1000000000) &&
  -2000000000 <= target <= 2000000000
}

predicate pre_two_sum_sorted(a: seq<int>, target: int)
{
  sorted_nondecreasing(a) && values_bounded(a, target)
}

// found: i < j are two positions whose elements add up to target;
// not found: no such pair exists (i and j are then unconstrained).
predicate post_two_sum_sorted(a: seq<int>, target: int, found: bool, i: int, j: int)
{
  (found ==> 0 <= i < j < |a| && a[i] + a[j] == target) &&
  (!found ==> forall p, q :: 0 <= p < q < |a| ==> a[p] + a[q] != target)
}

// <vc:helpers>
// </vc:helpers>

method TwoSumSorted(a: array<int>, target: int) returns (found: bool, i: int, j: int)
  requires pre_two_sum_sorted(a[..], target)
  ensures post_two_sum_sorted(a[..], target, found, i, j)
{
  // <vc:code>
  found, i, j := false, 0, 0;
  var lo, hi := 0, a.Length - 1;
  while lo < hi
    invariant 0 <= lo <= hi + 1 <= a.Length
    invariant forall p, q :: 0 <= p < q < a.Length && (p < lo || q > hi) ==> a[p] + a[q] != target
    decreases hi - lo
  {
    var s := a[lo] + a[hi];
    if s == target {
      found, i, j := true, lo, hi;
      return;
    } else if s < target {
      // a[lo] + a[q] <= a[lo] + a[hi] < target for every q <= hi
      lo := lo + 1;
    } else {
      // a[p] + a[hi] >= a[lo] + a[hi] > target for every p >= lo
      hi := hi - 1;
    }
  }
  // </vc:code>
}
