predicate sorted_nondecreasing(a: seq<int>)
{
  forall i, j :: 0 <= i < j < |a| ==> a[i] <= a[j]
}

predicate pre_binary_search_lower_bound(a: seq<int>, key: int)
{
  sorted_nondecreasing(a)
}

predicate post_binary_search_lower_bound(a: seq<int>, key: int, i: int)
{
  0 <= i <= |a| &&
  (forall k :: 0 <= k < i ==> a[k] < key) &&
  (forall k :: i <= k < |a| ==> a[k] >= key)
}

// <vc:helpers>
// </vc:helpers>

method LowerBound(a: array<int>, key: int) returns (i: int)
  requires pre_binary_search_lower_bound(a[..], key)
  ensures post_binary_search_lower_bound(a[..], key, i)
{
  // <vc:code>
  var lo, hi := 0, a.Length;
  while lo < hi
    invariant 0 <= lo <= hi <= a.Length
    invariant forall k :: 0 <= k < lo ==> a[k] < key
    invariant forall k :: hi <= k < a.Length ==> a[k] >= key
    decreases hi - lo
  {
    var mid := lo + (hi - lo) / 2;
    if a[mid] < key {
      lo := mid + 1;
    } else {
      hi := mid;
    }
  }
  i := lo;
  // </vc:code>
}
