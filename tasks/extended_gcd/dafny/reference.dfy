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
lemma MulAtLeast(d: int, k: int)
  requires d >= 1 && k >= 1
  ensures d * k >= d
  decreases k
{
  if k > 1 {
    MulAtLeast(d, k - 1);
    assert d * k == d * (k - 1) + d;
  }
}

lemma ModUnique(a: int, m: int, q: int, r: int)
  requires m >= 1 && a == m * q + r && 0 <= r < m
  ensures a % m == r
{
  var q0, r0 := a / m, a % m;
  assert a == m * q0 + r0;
  var d := q - q0;
  assert m * d == m * q - m * q0;
  assert m * d == r0 - r;
  if d >= 1 {
    MulAtLeast(m, d);
  } else if d <= -1 {
    MulAtLeast(m, -d);
    assert m * (-d) == -(m * d);
  }
}

// A common divisor of p and q divides every integer combination s*p + t*q.
lemma DividesCombination(d: int, p: int, q: int, s: int, t: int)
  requires d >= 1 && p % d == 0 && q % d == 0
  ensures (s * p + t * q) % d == 0
{
  var p1, q1 := p / d, q / d;
  assert p == d * p1;
  assert q == d * q1;
  assert s * p == d * (s * p1);
  assert t * q == d * (t * q1);
  assert s * p + t * q == d * (s * p1 + t * q1) + 0;
  ModUnique(s * p + t * q, d, s * p1 + t * q1, 0);
}

// One Euclid step keeps the set of common divisors.
lemma EuclidStep(x: int, y: int, d: int)
  requires x >= 0 && y > 0 && d >= 1
  ensures (x % d == 0 && y % d == 0) <==> (y % d == 0 && (x % y) % d == 0)
{
  var q, r := x / y, x % y;
  assert x == y * q + r;
  if x % d == 0 && y % d == 0 {
    DividesCombination(d, x, y, 1, -q);
    assert 1 * x + (-q) * y == r;
  }
  if y % d == 0 && r % d == 0 {
    DividesCombination(d, r, y, 1, q);
    assert 1 * r + q * y == x;
  }
}

// Bezout coefficients follow the remainder: if r0 = a*s0 + b*t0 and r1 = a*s1 + b*t1, then
// r0 - q*r1 = a*(s0 - q*s1) + b*(t0 - q*t1).
lemma CsDistrib(x: int, y: int, z: int)
  ensures x * (y + z) == x * y + x * z
  ensures x * (y - z) == x * y - x * z
{
}

lemma CsSwap(x: int, y: int, z: int)
  ensures x * (y * z) == y * (x * z)
{
}

lemma CombinationStep(a: int, b: int, r0: int, s0: int, t0: int, r1: int, s1: int, t1: int, q: int)
  requires r0 == a * s0 + b * t0 && r1 == a * s1 + b * t1
  ensures r0 - q * r1 == a * (s0 - q * s1) + b * (t0 - q * t1)
{
  CsDistrib(q, a * s1, b * t1);
  CsSwap(q, a, s1);
  CsSwap(q, b, t1);
  CsDistrib(a, s0, q * s1);
  CsDistrib(b, t0, q * t1);
}
// </vc:helpers>

method ExtendedGcd(a: int, b: int) returns (g: int, x: int, y: int)
  requires pre_extended_gcd(a, b)
  ensures post_extended_gcd(a, b, g, x, y)
{
  // <vc:code>
  var r0, r1 := a, b;
  var s0, s1 := 1, 0;
  var t0, t1 := 0, 1;
  while r1 != 0
    invariant r0 >= 0 && r1 >= 0 && r0 + r1 > 0
    invariant r0 == a * s0 + b * t0 && r1 == a * s1 + b * t1
    invariant forall d :: d >= 1 ==> ((a % d == 0 && b % d == 0) <==> (r0 % d == 0 && r1 % d == 0))
    decreases r1
  {
    var q := r0 / r1;
    var r2 := r0 % r1;
    assert r0 == r1 * q + r2;
    forall d | d >= 1
      ensures (r0 % d == 0 && r1 % d == 0) <==> (r1 % d == 0 && r2 % d == 0)
    {
      EuclidStep(r0, r1, d);
    }
    CombinationStep(a, b, r0, s0, t0, r1, s1, t1, q);
    r0, r1 := r1, r2;
    s0, s1 := s1, s0 - q * s1;
    t0, t1 := t1, t0 - q * t1;
  }
  ModUnique(r0, r0, 1, 0);
  ModUnique(0, r0, 0, 0);
  g, x, y := r0, s0, t0;
  // </vc:code>
}
