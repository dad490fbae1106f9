// Shared with Verus (usize indices): length at most 10^6 and k at most 10^9.
predicate pre_rotate_array(a: seq<int>, k: int)
{
  |a| <= 1000000 && 0 <= k <= 1000000000
}

// Left rotation by k: element i of the result is element (i + k) mod n of the input.
predicate post_rotate_array(a: seq<int>, k: int, b: seq<int>)
{
  |b| == |a| &&
  (forall i :: 0 <= i < |a| ==> b[i] == a[(i + k) % |a|])
}

// <vc:helpers>
// </vc:helpers>

method RotateLeft(a: array<int>, k: int) returns (b: array<int>)
  requires pre_rotate_array(a[..], k)
  ensures post_rotate_array(a[..], k, b[..])
  ensures fresh(b)
{
  // <vc:code>
  // </vc:code>
}
