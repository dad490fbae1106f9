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
  // </vc:code>
}
