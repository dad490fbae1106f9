predicate pre_extended_gcd(a: int, b: int)
{
  0 <= a <= 1000000000 && 0 <= b <= 1000000000 && a + b > 0
}

// g is a positive common divisor of a and b that is an integer combination a*x + b*y of them;
// every common divisor of a and b then divides g, so g is the greatest common divisor.
predicate post_extended_gcd(a: int, b: int, g: int, x: int, y: int)
{
  1 <= g && a % g == 0 && b % g == 0 && a * x + b * y == g
}

// <vc:helpers>
// </vc:helpers>

method ExtendedGcd(a: int, b: int) returns (g: int, x: int, y: int)
  requires pre_extended_gcd(a, b)
  ensures post_extended_gcd(a, b, g, x, y)
{
  // <vc:code>
  // </vc:code>
}
