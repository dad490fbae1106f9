predicate sorted_seq(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
}

predicate pre_dutch_national_flag(s: seq<int>)
{
  |s| <= 100000 && forall i :: 0 <= i < |s| ==> 0 <= s[i] <= 2
}

predicate post_dutch_national_flag(old_s: seq<int>, new_s: seq<int>)
{
  sorted_seq(new_s) && multiset(new_s) == multiset(old_s)
}

// <vc:helpers>
// </vc:helpers>

method DutchFlag(a: array<int>)
  modifies a
  requires pre_dutch_national_flag(a[..])
  ensures post_dutch_national_flag(old(a[..]), a[..])
{
  // <vc:code>
  // </vc:code>
}
