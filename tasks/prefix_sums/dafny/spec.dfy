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
  // </vc:code>
}
