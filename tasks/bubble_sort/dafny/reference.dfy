predicate sorted_seq(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
}

predicate pre_bubble_sort(s: seq<int>)
{
  |s| <= 100000 && forall i :: 0 <= i < |s| ==> -1000000000 <= s[i] <= 1000000000
}

predicate post_bubble_sort(old_s: seq<int>, new_s: seq<int>)
{
  sorted_seq(new_s) && multiset(new_s) == multiset(old_s)
}

// <vc:helpers>
// </vc:helpers>

method BubbleSort(a: array<int>)
  modifies a
  requires pre_bubble_sort(a[..])
  ensures post_bubble_sort(old(a[..]), a[..])
{
  // <vc:code>
  var n := a.Length;
  var i := n;
  while i > 1
    invariant 0 <= i <= n
    invariant forall p, q :: i <= p < q < n ==> a[p] <= a[q]
    invariant forall p, q :: 0 <= p < i <= q < n ==> a[p] <= a[q]
    invariant multiset(a[..]) == multiset(old(a[..]))
    decreases i
  {
    var j := 0;
    while j < i - 1
      invariant 0 <= j <= i - 1
      invariant forall p :: 0 <= p <= j ==> a[p] <= a[j]
      invariant forall p, q :: i <= p < q < n ==> a[p] <= a[q]
      invariant forall p, q :: 0 <= p < i <= q < n ==> a[p] <= a[q]
      invariant multiset(a[..]) == multiset(old(a[..]))
      decreases i - 1 - j
    {
      if a[j] > a[j + 1] {
        a[j], a[j + 1] := a[j + 1], a[j];
      }
      j := j + 1;
    }
    i := i - 1;
  }
  assert a[..] == a[..n];
  // </vc:code>
}
