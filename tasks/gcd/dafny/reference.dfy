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
lemma MulAtLeast(d: int, m: int)
  requires d >= 1 && m >= 1
  ensures d * m >= d
  decreases m
{
  if m > 1 {
    MulAtLeast(d, m - 1);
    assert d * m == d * (m - 1) + d;
  }
}

lemma MulMod(d: int, k: int)
  requires d >= 1
  ensures (d * k) % d == 0
{
  var q, r := (d * k) / d, (d * k) % d;
  assert d * k == d * q + r;
  var m := k - q;
  assert d * m == d * k - d * q;
  if m >= 1 {
    MulAtLeast(d, m);
  } else if m <= -1 {
    MulAtLeast(d, -m);
    assert d * (-m) == -(d * m);
  }
  assert m == 0;
  assert d * m == 0;
}

lemma DividesCombination(d: int, p: int, q: int, s: int, t: int)
  requires d >= 1 && p % d == 0 && q % d == 0
  ensures (s * p + t * q) % d == 0
{
  var p1, q1 := p / d, q / d;
  assert p == d * p1;
  assert q == d * q1;
  assert s * p == d * (s * p1);
  assert t * q == d * (t * q1);
  assert s * p + t * q == d * (s * p1 + t * q1);
  MulMod(d, s * p1 + t * q1);
}

lemma GcdStep(x: int, y: int, d: int)
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

lemma DivisorAtMost(x: int, d: int)
  requires x >= 1 && d >= 1 && x % d == 0
  ensures d <= x
{
  var k := x / d;
  assert x == d * k;
  if k <= 0 {
    if k < 0 {
      MulAtLeast(d, -k);
      assert d * (-k) == -(d * k);
    }
    assert d * k <= 0;
  } else {
    MulAtLeast(d, k);
  }
}
// </vc:helpers>

method Gcd(a: int, b: int) returns (g: int)
  requires pre_gcd(a, b)
  ensures post_gcd(a, b, g)
{
  // <vc:code>
  var x, y := a, b;
  while y != 0
    invariant x >= 0 && y >= 0 && x + y > 0
    invariant forall d :: d >= 1 ==> ((a % d == 0 && b % d == 0) <==> (x % d == 0 && y % d == 0))
    decreases y
  {
    forall d | d >= 1
      ensures (x % d == 0 && y % d == 0) <==> (y % d == 0 && (x % y) % d == 0)
    {
      GcdStep(x, y, d);
    }
    x, y := y, x % y;
  }
  forall d | 1 <= d <= a + b && a % d == 0 && b % d == 0
    ensures d <= x
  {
    DivisorAtMost(x, d);
  }
  g := x;
  // </vc:code>
}
