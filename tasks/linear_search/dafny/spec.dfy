predicate pre_linear_search(a: seq<int>, key: int)
{
  true
}

predicate post_linear_search(a: seq<int>, key: int, i: int)
{
  0 <= i <= |a| &&
  (forall k :: 0 <= k < i ==> a[k] != key) &&
  (i < |a| ==> a[i] == key)
}

// <vc:helpers>
// </vc:helpers>

method LinearSearch(a: array<int>, key: int) returns (i: int)
  requires pre_linear_search(a[..], key)
  ensures post_linear_search(a[..], key, i)
{
  // <vc:code>
  // </vc:code>
}
