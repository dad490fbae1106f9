predicate pre_modular_inverse(a: int, m: int)
{
  0 <= a <= 1000000000 && 2 <= m <= 1000000000
}

// found: x is the inverse of a modulo m, the x in [0, m) with a*x = 1 (mod m) (there is at most
// one); not found: d >= 2 divides both a and m, so every a*x - 1 is 1 less than a multiple of d
// and never a multiple of m, i.e. a has no inverse (gcd(a, m) != 1).
predicate post_modular_inverse(a: int, m: int, found: bool, x: int, d: int)
{
  (found ==> 0 <= x < m && (a * x) % m == 1) &&
  (!found ==> 2 <= d && a % d == 0 && m % d == 0)
}

// <vc:helpers>
// </vc:helpers>

method ModularInverse(a: int, m: int) returns (found: bool, x: int, d: int)
  requires pre_modular_inverse(a, m)
  ensures post_modular_inverse(a, m, found, x, d)
{
  // <vc:code>
  // </vc:code>
}
