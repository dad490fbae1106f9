predicate pre_lcm(a: int, b: int)
{
  1 <= a <= 1000000000 && 1 <= b <= 1000000000
}

// l is a positive common multiple of a and b, and no smaller positive number is one.
predicate post_lcm(a: int, b: int, l: int)
{
  1 <= a && 1 <= b && 1 <= l && l % a == 0 && l % b == 0 &&
  forall m :: 1 <= m < l ==> !(m % a == 0 && m % b == 0)
}

// <vc:helpers>
// </vc:helpers>

method Lcm(a: int, b: int) returns (l: int)
  requires pre_lcm(a, b)
  ensures post_lcm(a, b, l)
{
  // <vc:code>
  // </vc:code>
}
