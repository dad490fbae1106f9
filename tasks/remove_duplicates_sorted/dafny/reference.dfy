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
  r := [];
  var i := 0;
  while i < a.Length
    invariant 0 <= i <= a.Length
    invariant forall p, q :: 0 <= p < q < |r| ==> r[p] < r[q]
    invariant forall p :: 0 <= p < |r| ==> r[p] in a[..]
    invariant forall q :: 0 <= q < i ==> a[q] in r
    invariant i > 0 ==> |r| > 0 && r[|r| - 1] == a[i - 1]
    invariant i == 0 ==> |r| == 0
    decreases a.Length - i
  {
    if i == 0 || a[i] != a[i - 1] {
      r := r + [a[i]];
    }
    i := i + 1;
  }
  // </vc:code>
}
