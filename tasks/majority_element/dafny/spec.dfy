// multiset(a)[x] is the number of occurrences of x in a.
predicate pre_majority_element(a: seq<int>)
{
  exists i :: 0 <= i < |a| && 2 * multiset(a)[a[i]] > |a|
}

predicate post_majority_element(a: seq<int>, m: int)
{
  2 * multiset(a)[m] > |a|
}

// <vc:helpers>
// </vc:helpers>

method MajorityElement(a: array<int>) returns (m: int)
  requires pre_majority_element(a[..])
  ensures post_majority_element(a[..], m)
{
  // <vc:code>
  // </vc:code>
}
