// <preamble>
predicate Holds(a: seq<int>, key: int, i: int)
{
  (i == -1 && forall k :: 0 <= k < |a| ==> a[k] != key) ||
  (0 <= i < |a| && a[i] == key && forall k :: 0 <= k < i ==> a[k] != key)
}
// </preamble>

// <helpers>
// </helpers>

// <proofs>
// </proofs>

// <spec>
method LinearSearch(a: array<int>, key: int) returns (i: int)
  ensures Holds(a[..], key, i)
// </spec>
// <code>
{ // Implement and verify the linear search here }
// </code>

method Main() {}
