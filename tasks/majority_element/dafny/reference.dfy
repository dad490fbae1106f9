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
  // Boyer-Moore voting: a candidate m with a vote counter cnt.
  m := 0;
  var cnt := 0;
  var i := 0;
  while i < a.Length
    invariant 0 <= i <= a.Length
    invariant 0 <= cnt <= i
    invariant 2 * multiset(a[..i])[m] <= i + cnt
    invariant forall x :: x != m ==> 2 * multiset(a[..i])[x] <= i - cnt
  {
    assert a[..i + 1] == a[..i] + [a[i]];
    if cnt == 0 {
      m, cnt := a[i], 1;
    } else if a[i] == m {
      cnt := cnt + 1;
    } else {
      cnt := cnt - 1;
    }
    i := i + 1;
  }
  assert a[..a.Length] == a[..];
  // </vc:code>
}
