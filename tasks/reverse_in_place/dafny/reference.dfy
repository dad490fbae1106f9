predicate pre_reverse_in_place(a: seq<int>)
{
  true
}

predicate post_reverse_in_place(old_a: seq<int>, new_a: seq<int>)
{
  |new_a| == |old_a| &&
  (forall i :: 0 <= i < |old_a| ==> new_a[i] == old_a[|old_a| - 1 - i])
}

// <vc:helpers>
// </vc:helpers>

method ReverseInPlace(a: array<int>)
  modifies a
  requires pre_reverse_in_place(a[..])
  ensures post_reverse_in_place(old(a[..]), a[..])
{
  // <vc:code>
  var n := a.Length;
  var i := 0;
  while i < n / 2
    invariant 0 <= i <= n / 2
    invariant forall k :: 0 <= k < i ==> a[k] == old(a[n - 1 - k]) && a[n - 1 - k] == old(a[k])
    invariant forall k :: i <= k < n - i ==> a[k] == old(a[k])
  {
    a[i], a[n - 1 - i] := a[n - 1 - i], a[i];
    i := i + 1;
  }
  // </vc:code>
}
