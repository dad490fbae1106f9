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
  // </vc:code>
}
