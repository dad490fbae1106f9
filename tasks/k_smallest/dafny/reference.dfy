predicate sorted_nondecreasing(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
}

predicate pre_k_smallest(a: seq<int>, k: int)
{
  0 <= k <= |a|
}

// b holds k elements of a (as a multiset), in non-decreasing order, and every element of a
// that is left out is at least as large as every element of b.
predicate post_k_smallest(a: seq<int>, k: int, b: seq<int>)
{
  |b| == k &&
  sorted_nondecreasing(b) &&
  multiset(b) <= multiset(a) &&
  (forall i :: 0 <= i < |a| && multiset(b)[a[i]] < multiset(a)[a[i]] ==>
     (forall j :: 0 <= j < |b| ==> b[j] <= a[i]))
}

// <vc:helpers>
lemma LeftoverIsLarge(a: seq<int>, c: seq<int>, k: int)
  requires 0 <= k <= |c|
  requires multiset(c) == multiset(a)
  requires forall p, q :: 0 <= p < k <= q < |c| ==> c[p] <= c[q]
  ensures multiset(c[..k]) <= multiset(a)
  ensures forall i :: 0 <= i < |a| && multiset(c[..k])[a[i]] < multiset(a)[a[i]] ==>
            (forall j :: 0 <= j < k ==> c[j] <= a[i])
{
  assert c == c[..k] + c[k..];
  assert multiset(c) == multiset(c[..k]) + multiset(c[k..]);
  forall i | 0 <= i < |a| && multiset(c[..k])[a[i]] < multiset(a)[a[i]]
    ensures forall j :: 0 <= j < k ==> c[j] <= a[i]
  {
    assert a[i] in multiset(c[k..]);
    assert a[i] in c[k..];
    var q :| 0 <= q < |c[k..]| && c[k..][q] == a[i];
    assert c[k + q] == a[i];
  }
}
method MinIndexFrom(c: array<int>, i: int) returns (m: int)
  requires 0 <= i < c.Length
  ensures i <= m < c.Length
  ensures forall q :: i <= q < c.Length ==> c[m] <= c[q]
{
  m := i;
  var j := i + 1;
  while j < c.Length
    invariant i <= m < c.Length
    invariant i + 1 <= j <= c.Length
    invariant forall q :: i <= q < j ==> c[m] <= c[q]
  {
    if c[j] < c[m] {
      m := j;
    }
    j := j + 1;
  }
}

// Swap the minimum of c[i..] into position i: the prefix stays sorted and below the rest.
method SwapKeepsOrder(c: array<int>, i: int, m: int)
  modifies c
  requires 0 <= i <= m < c.Length
  requires sorted_nondecreasing(c[..i])
  requires forall p, q :: 0 <= p < i <= q < c.Length ==> c[p] <= c[q]
  requires forall q :: i <= q < c.Length ==> c[m] <= c[q]
  ensures multiset(c[..]) == multiset(old(c[..]))
  ensures sorted_nondecreasing(c[..i + 1])
  ensures forall p, q :: 0 <= p < i + 1 <= q < c.Length ==> c[p] <= c[q]
{
  c[i], c[m] := c[m], c[i];
}
// </vc:helpers>

method KSmallest(a: array<int>, k: int) returns (b: seq<int>)
  requires pre_k_smallest(a[..], k)
  ensures post_k_smallest(a[..], k, b)
{
  // <vc:code>
  // Partial selection sort on a copy: after round i, c[..i] holds the i smallest, sorted.
  var n := a.Length;
  var c := new int[n];
  var t := 0;
  while t < n
    invariant 0 <= t <= n
    invariant forall s :: 0 <= s < t ==> c[s] == a[s]
  {
    c[t] := a[t];
    t := t + 1;
  }
  assert c[..] == a[..];
  var i := 0;
  while i < k
    invariant 0 <= i <= k
    invariant multiset(c[..]) == multiset(a[..])
    invariant sorted_nondecreasing(c[..i])
    invariant forall p, q :: 0 <= p < i <= q < n ==> c[p] <= c[q]
  {
    var m := MinIndexFrom(c, i);
    SwapKeepsOrder(c, i, m);
    i := i + 1;
  }
  LeftoverIsLarge(a[..], c[..], k);
  b := c[..k];
  // </vc:code>
}
