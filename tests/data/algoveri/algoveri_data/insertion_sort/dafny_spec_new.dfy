// <preamble>
predicate Sorted(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
}
// </preamble>

// <helpers>
// </helpers>

// <spec>
method InsertionSort(a: array<int>)
  modifies a
  ensures Sorted(a[..])
  ensures multiset(a[..]) == multiset(old(a[..]))
// </spec>
// <code>
{
  assume {:axiom} false;
}
// </code>

method Main() {}
