predicate sorted_seq(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
}

predicate pre_selection_sort(s: seq<int>)
{
  |s| <= 100000 && forall i :: 0 <= i < |s| ==> -1000000000 <= s[i] <= 1000000000
}

predicate post_selection_sort(old_s: seq<int>, new_s: seq<int>)
{
  sorted_seq(new_s) && multiset(new_s) == multiset(old_s)
}

// <vc:helpers>
// </vc:helpers>

method SelectionSort(a: array<int>)
  modifies a
  requires pre_selection_sort(a[..])
  ensures post_selection_sort(old(a[..]), a[..])
{
  // <vc:code>
  var n := a.Length;
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant forall p, q :: 0 <= p < q < i ==> a[p] <= a[q]
    invariant forall p, q :: 0 <= p < i <= q < n ==> a[p] <= a[q]
    invariant multiset(a[..]) == multiset(old(a[..]))
    decreases n - i
  {
    var m := i;
    var j := i + 1;
    while j < n
      invariant i <= m < n
      invariant i + 1 <= j <= n
      invariant forall k :: i <= k < j ==> a[m] <= a[k]
      decreases n - j
    {
      if a[j] < a[m] {
        m := j;
      }
      j := j + 1;
    }
    a[i], a[m] := a[m], a[i];
    i := i + 1;
  }
  assert a[..] == a[..n];
  // </vc:code>
}
