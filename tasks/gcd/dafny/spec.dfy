predicate pre_gcd(a: int, b: int)
{
  0 <= a <= 1000000000 && 0 <= b <= 1000000000 && a + b > 0
}

predicate post_gcd(a: int, b: int, g: int)
{
  1 <= g && a % g == 0 && b % g == 0 &&
  forall d :: 1 <= d <= a + b && a % d == 0 && b % d == 0 ==> d <= g
}

// <vc:helpers>
// </vc:helpers>

method Gcd(a: int, b: int) returns (g: int)
  requires pre_gcd(a, b)
  ensures post_gcd(a, b, g)
{
  // <vc:code>
  // </vc:code>
}
