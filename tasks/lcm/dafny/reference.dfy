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

lemma MulZero(g: int, z: int)
  requires g >= 1 && g * z == 0
  ensures z == 0
{
  if z >= 1 {
    MulAtLeast(g, z);
  } else if z <= -1 {
    MulAtLeast(g, -z);
    assert g * (-z) == -(g * z);
  }
}

lemma MulPositive(l: int, k: int)
  requires l >= 1 && l * k >= 1
  ensures k >= 1 && l * k >= l
{
  if k <= 0 {
    if k < 0 {
      MulAtLeast(l, -k);
      assert l * (-k) == -(l * k);
    }
    assert l * k <= 0;
  }
  MulAtLeast(l, k);
}

lemma MulAssoc(x: int, y: int, z: int)
  ensures (x * y) * z == x * (y * z)
{
}

lemma MulComm(x: int, y: int)
  ensures x * y == y * x
{
}

lemma MulDistrib(x: int, y: int, z: int)
  ensures x * (y + z) == x * y + x * z
  ensures x * (y - z) == x * y - x * z
{
}

lemma Swap1(p: int, q: int, r: int, s: int)
  ensures (p * q) * (r * s) == (r * p) * (q * s)
{
  Swap2(p, q, r, s);
  MulComm(p, r);
}

lemma Swap2(p: int, q: int, r: int, s: int)
  ensures (p * q) * (r * s) == (p * r) * (q * s)
{
  calc {
    (p * q) * (r * s);
    { MulAssoc(p, q, r * s); }
    p * (q * (r * s));
    { MulAssoc(q, r, s); }
    p * ((q * r) * s);
    { MulComm(q, r); }
    p * ((r * q) * s);
    { MulAssoc(r, q, s); }
    p * (r * (q * s));
    { MulAssoc(p, r, q * s); }
    (p * r) * (q * s);
  }
}

// With g = a*x + b*y dividing a and b, every positive common multiple m of a and b is a
// multiple of l = (a/g)*b, hence at least l.
lemma CommonMultipleBound(a: int, b: int, g: int, x: int, y: int, ap: int, l: int, m: int)
  requires a >= 1 && b >= 1 && g >= 1 && a == g * ap && a * x + b * y == g && l == ap * b
  requires 1 <= m && m % a == 0 && m % b == 0
  ensures m >= l
{
  var i, j := m / a, m / b;
  assert m == a * i;
  assert m == b * j;
  var P := a * b;
  var k := j * x + i * y;
  MulDistrib(m, a * x, b * y);
  assert m * g == m * (a * x) + m * (b * y);
  Swap1(b, j, a, x);
  assert m * (a * x) == P * (j * x);
  Swap2(a, i, b, y);
  assert m * (b * y) == P * (i * y);
  MulDistrib(P, j * x, i * y);
  assert m * g == P * k;
  MulAssoc(g, ap, b);
  assert P == g * l;
  MulAssoc(g, l, k);
  assert m * g == g * (l * k);
  MulComm(m, g);
  MulDistrib(g, m, l * k);
  MulZero(g, m - l * k);
  assert l * k == m;
  MulPositive(l, k);
}

lemma LcmFacts(a: int, b: int, g: int, x: int, y: int, ap: int, l: int)
  requires a >= 1 && b >= 1 && g >= 1 && a % g == 0 && b % g == 0 && a * x + b * y == g
  requires ap == a / g && l == ap * b
  ensures post_lcm(a, b, l)
{
  assert a == g * ap;
  var bp := b / g;
  assert b == g * bp;
  if ap <= 0 {
    if ap < 0 {
      MulAtLeast(g, -ap);
      assert g * (-ap) == -(g * ap);
    }
    assert g * ap <= 0;
  }
  MulAtLeast(b, ap);
  assert l == b * ap;
  ModUnique(l, b, ap, 0);
  MulAssoc(g, ap, bp);
  MulComm(ap, g * bp);
  MulAssoc(g, bp, ap);
  MulComm(g * ap, bp);
  assert l == a * bp;
  ModUnique(l, a, bp, 0);
  forall m | 1 <= m < l
    ensures !(m % a == 0 && m % b == 0)
  {
    if m % a == 0 && m % b == 0 {
      CommonMultipleBound(a, b, g, x, y, ap, l, m);
    }
  }
}
// </vc:helpers>

method Lcm(a: int, b: int) returns (l: int)
  requires pre_lcm(a, b)
  ensures post_lcm(a, b, l)
{
  // <vc:code>
  var r0, r1 := a, b;
  ghost var s0, s1, t0, t1 := 1, 0, 0, 1;
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
  var ap := a / r0;
  l := ap * b;
  LcmFacts(a, b, r0, s0, t0, ap, l);
  // </vc:code>
}
