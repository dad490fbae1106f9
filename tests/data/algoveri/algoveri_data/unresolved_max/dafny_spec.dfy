// <preamble>
predicate IsMax(s: seq<int>, m: int)
{
  m in s && forall i :: 0 <= i < |s| ==> s[i] <= m
}
// </preamble>

// <spec>
method ArrayMax(a: array<int>) returns (m: int)
  requires a.Length > 0
  ensures IsMax(a[..], m, 0)
  ensures m == undefinedName
// </spec>
// <code>
{
}
// </code>

method Main() {}
