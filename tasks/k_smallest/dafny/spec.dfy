predicate sorted_nondecreasing(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
}

predicate pre_k_smallest(a: seq<int>, k: int)
{
  0 <= k <= |a|
}

// b holds k elements of a (as a multiset), in non-decreasing order, and every element of a
// that is left out is at least as large as every element of b.
predicate post_k_smallest(a: seq<int>, k: int, b: seq<int>)
{
  |b| == k &&
  sorted_nondecreasing(b) &&
  multiset(b) <= multiset(a) &&
  (forall i :: 0 <= i < |a| && multiset(b)[a[i]] < multiset(a)[a[i]] ==>
     (forall j :: 0 <= j < |b| ==> b[j] <= a[i]))
}

// <vc:helpers>
// </vc:helpers>

method KSmallest(a: array<int>, k: int) returns (b: seq<int>)
  requires pre_k_smallest(a[..], k)
  ensures post_k_smallest(a[..], k, b)
{
  // <vc:code>
  // </vc:code>
}
