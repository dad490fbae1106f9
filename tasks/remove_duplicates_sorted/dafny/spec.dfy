predicate pre_remove_duplicates_sorted(a: seq<int>)
{
  (forall i :: 0 <= i < |a| ==> -1000000000 <= a[i] <= 1000000000) &&
  (forall i, j :: 0 <= i < j < |a| ==> a[i] <= a[j])
}

predicate post_remove_duplicates_sorted(a: seq<int>, r: seq<int>)
{
  (forall i, j :: 0 <= i < j < |r| ==> r[i] < r[j]) &&
  (forall i :: 0 <= i < |r| ==> r[i] in a) &&
  (forall i :: 0 <= i < |a| ==> a[i] in r)
}

// <vc:helpers>
// </vc:helpers>

method RemoveDuplicates(a: array<int>) returns (r: seq<int>)
  requires pre_remove_duplicates_sorted(a[..])
  ensures post_remove_duplicates_sorted(a[..], r)
{
  // <vc:code>
  // </vc:code>
}
