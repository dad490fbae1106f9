predicate sorted_seq(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
}

predicate pre_merge_sort(s: seq<int>)
{
  |s| <= 100000 && forall i :: 0 <= i < |s| ==> -1000000000 <= s[i] <= 1000000000
}

predicate post_merge_sort(old_s: seq<int>, new_s: seq<int>)
{
  sorted_seq(new_s) && multiset(new_s) == multiset(old_s)
}

// <vc:helpers>
// </vc:helpers>

method MergeSort(s: seq<int>) returns (r: seq<int>)
  decreases |s|
  requires pre_merge_sort(s)
  ensures post_merge_sort(s, r)
{
  // <vc:code>
  // </vc:code>
}
