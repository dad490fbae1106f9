predicate pre_prefix_sums(a: seq<int>)
{
  |a| <= 100000 && forall i :: 0 <= i < |a| ==> -1000000000 <= a[i] <= 1000000000
}

predicate post_prefix_sums(a: seq<int>, s: seq<int>)
{
  |s| == |a| + 1 && s[0] == 0 &&
  forall i :: 0 <= i < |a| ==> s[i + 1] == s[i] + a[i]
}

// <vc:helpers>
// </vc:helpers>

method PrefixSums(a: array<int>) returns (s: array<int>)
  requires pre_prefix_sums(a[..])
  ensures post_prefix_sums(a[..], s[..])
{
  // <vc:code>
  s := new int[a.Length + 1];
  s[0] := 0;
  var i := 0;
  while i < a.Length
    invariant 0 <= i <= a.Length
    invariant s[0] == 0
    invariant forall k :: 0 <= k < i ==> s[k + 1] == s[k] + a[k]
    decreases a.Length - i
  {
    s[i + 1] := s[i] + a[i];
    i := i + 1;
  }
  // </vc:code>
}
