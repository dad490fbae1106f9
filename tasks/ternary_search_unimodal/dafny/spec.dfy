// Strictly unimodal: neighbours differ, and the middle element of any triple i < j < k is
// greater than at least one of the two ends (no valley). Equivalently: strictly increasing up
// to a single peak, then strictly decreasing.
predicate strictly_unimodal(a: seq<int>)
{
  (forall i :: 0 <= i < |a| - 1 ==> a[i] != a[i + 1]) &&
  (forall i, j, k :: 0 <= i < j < k < |a| ==> a[j] > a[i] || a[j] > a[k])
}

predicate pre_ternary_search_unimodal(a: seq<int>)
{
  |a| >= 1 && strictly_unimodal(a)
}

predicate post_ternary_search_unimodal(a: seq<int>, p: int)
{
  0 <= p < |a| &&
  (forall k :: 0 <= k < |a| ==> a[k] <= a[p])
}

// <vc:helpers>
// </vc:helpers>

method TernarySearchPeak(a: array<int>) returns (p: int)
  requires pre_ternary_search_unimodal(a[..])
  ensures post_ternary_search_unimodal(a[..], p)
{
  // <vc:code>
  // </vc:code>
}
