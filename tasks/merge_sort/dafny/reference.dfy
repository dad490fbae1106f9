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
method Merge(x: seq<int>, y: seq<int>) returns (r: seq<int>)
  requires sorted_seq(x) && sorted_seq(y)
  ensures sorted_seq(r)
  ensures multiset(r) == multiset(x) + multiset(y)
{
  r := [];
  var i, j := 0, 0;
  while i < |x| || j < |y|
    invariant 0 <= i <= |x| && 0 <= j <= |y|
    invariant sorted_seq(r)
    invariant multiset(r) == multiset(x[..i]) + multiset(y[..j])
    invariant |r| > 0 && i < |x| ==> r[|r| - 1] <= x[i]
    invariant |r| > 0 && j < |y| ==> r[|r| - 1] <= y[j]
    decreases |x| - i + |y| - j
  {
    if j >= |y| || (i < |x| && x[i] <= y[j]) {
      r := r + [x[i]];
      assert x[..i + 1] == x[..i] + [x[i]];
      i := i + 1;
    } else {
      r := r + [y[j]];
      assert y[..j + 1] == y[..j] + [y[j]];
      j := j + 1;
    }
  }
  assert x[..i] == x;
  assert y[..j] == y;
}
// </vc:helpers>

method MergeSort(s: seq<int>) returns (r: seq<int>)
  decreases |s|
  requires pre_merge_sort(s)
  ensures post_merge_sort(s, r)
{
  // <vc:code>
  if |s| <= 1 {
    r := s;
  } else {
    var mid := |s| / 2;
    var left := MergeSort(s[..mid]);
    var right := MergeSort(s[mid..]);
    r := Merge(left, right);
    assert s == s[..mid] + s[mid..];
  }
  // </vc:code>
}
