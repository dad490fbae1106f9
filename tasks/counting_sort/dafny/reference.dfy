predicate sorted_seq(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
}

predicate pre_counting_sort(s: seq<int>, k: int)
{
  0 <= k <= 100000 && |s| <= 100000 && forall i :: 0 <= i < |s| ==> 0 <= s[i] <= k
}

predicate post_counting_sort(s: seq<int>, k: int, r: seq<int>)
{
  sorted_seq(r) && multiset(r) == multiset(s)
}

// <vc:helpers>
// </vc:helpers>

method CountingSort(s: seq<int>, k: int) returns (r: seq<int>)
  requires pre_counting_sort(s, k)
  ensures post_counting_sort(s, k, r)
{
  // <vc:code>
  var c: array<int> := new int[k + 1];
  var v := 0;
  while v <= k
    invariant 0 <= v <= k + 1
    invariant forall w :: 0 <= w < v ==> c[w] == 0
    decreases k + 1 - v
  {
    c[v] := 0;
    v := v + 1;
  }
  var i := 0;
  while i < |s|
    invariant 0 <= i <= |s|
    invariant forall w :: 0 <= w <= k ==> c[w] == multiset(s[..i])[w]
    decreases |s| - i
  {
    assert s[..i + 1] == s[..i] + [s[i]];
    c[s[i]] := c[s[i]] + 1;
    i := i + 1;
  }
  assert s[..|s|] == s;
  r := [];
  v := 0;
  while v <= k
    invariant 0 <= v <= k + 1
    invariant sorted_seq(r)
    invariant forall t :: 0 <= t < |r| ==> r[t] < v
    invariant forall x :: multiset(r)[x] == if 0 <= x < v then multiset(s)[x] else 0
    decreases k + 1 - v
  {
    var j := 0;
    while j < c[v]
      invariant 0 <= j <= c[v]
      invariant sorted_seq(r)
      invariant forall t :: 0 <= t < |r| ==> r[t] <= v
      invariant forall x :: multiset(r)[x] == if 0 <= x < v then multiset(s)[x] else if x == v then j else 0
      decreases c[v] - j
    {
      r := r + [v];
      j := j + 1;
    }
    v := v + 1;
  }
  forall x | multiset(s)[x] > 0
    ensures 0 <= x <= k
  {
    assert x in s;
  }
  assert multiset(r) == multiset(s);
  // </vc:code>
}
