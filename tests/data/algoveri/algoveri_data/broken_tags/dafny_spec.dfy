// <spec>
method Push(s: seq<int>, x: int) returns (t: seq<int>)
  ensures t == s + [x]
// <code>
{
}
// </code>
