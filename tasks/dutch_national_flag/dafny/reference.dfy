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
  var lo, mid, hi := 0, 0, a.Length;
  while mid < hi
    invariant 0 <= lo <= mid <= hi <= a.Length
    invariant forall k :: 0 <= k < lo ==> a[k] == 0
    invariant forall k :: lo <= k < mid ==> a[k] == 1
    invariant forall k :: hi <= k < a.Length ==> a[k] == 2
    invariant forall k :: 0 <= k < a.Length ==> 0 <= a[k] <= 2
    invariant multiset(a[..]) == multiset(old(a[..]))
    decreases hi - mid
  {
    if a[mid] == 0 {
      a[lo], a[mid] := a[mid], a[lo];
      lo, mid := lo + 1, mid + 1;
    } else if a[mid] == 1 {
      mid := mid + 1;
    } else {
      hi := hi - 1;
      a[mid], a[hi] := a[hi], a[mid];
    }
  }
  // </vc:code>
}
