predicate sorted_seq(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
}

predicate pre_insertion_sort(s: seq<int>)
{
  |s| <= 100000 && forall i :: 0 <= i < |s| ==> -1000000000 <= s[i] <= 1000000000
}

predicate post_insertion_sort(old_s: seq<int>, new_s: seq<int>)
{
  sorted_seq(new_s) && multiset(new_s) == multiset(old_s)
}

// <vc:helpers>
// </vc:helpers>

method InsertionSort(a: array<int>)
  modifies a
  requires pre_insertion_sort(a[..])
  ensures post_insertion_sort(old(a[..]), a[..])
{
  // <vc:code>
  var n := a.Length;
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant forall p, q :: 0 <= p < q < i ==> a[p] <= a[q]
    invariant multiset(a[..]) == multiset(old(a[..]))
    decreases n - i
  {
    var j := i;
    while j > 0 && a[j - 1] > a[j]
      invariant 0 <= j <= i
      invariant forall p, q :: 0 <= p < q <= i && p != j && q != j ==> a[p] <= a[q]
      invariant forall q :: j < q <= i ==> a[j] < a[q]
      invariant multiset(a[..]) == multiset(old(a[..]))
      decreases j
    {
      a[j - 1], a[j] := a[j], a[j - 1];
      j := j - 1;
    }
    i := i + 1;
  }
  assert a[..] == a[..n];
  // </vc:code>
}
