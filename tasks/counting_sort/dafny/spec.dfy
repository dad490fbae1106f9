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
  // </vc:code>
}
