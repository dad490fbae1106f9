function Pow(b: int, e: nat): int
  decreases e
{
  if e == 0 then 1 else b * Pow(b, e - 1)
}

predicate pre_fast_modular_exponentiation(b: int, e: int, m: int)
{
  0 <= b <= 1000000000 && 0 <= e <= 1000000000 && 1 <= m <= 1000000000
}

predicate post_fast_modular_exponentiation(b: int, e: int, m: int, r: int)
{
  0 <= e && 1 <= m && r == Pow(b, e) % m
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

lemma MulModLeft(x: int, y: int, m: int)
  requires m >= 1
  ensures (x * y) % m == ((x % m) * y) % m
{
  var q, r := x / m, x % m;
  assert x == m * q + r;
  var q2, r2 := (r * y) / m, (r * y) % m;
  assert r * y == m * q2 + r2;
  calc {
    x * y;
    (m * q + r) * y;
    m * (q * y) + r * y;
    m * (q * y) + m * q2 + r2;
    m * (q * y + q2) + r2;
  }
  ModUnique(x * y, m, q * y + q2, r2);
}

lemma MulCongLeft(x: int, x2: int, y: int, m: int)
  requires m >= 1 && x % m == x2 % m
  ensures (x * y) % m == (x2 * y) % m
{
  MulModLeft(x, y, m);
  MulModLeft(x2, y, m);
}

lemma MulCongRight(x: int, y: int, y2: int, m: int)
  requires m >= 1 && y % m == y2 % m
  ensures (x * y) % m == (x * y2) % m
{
  calc {
    (x * y) % m;
    { assert x * y == y * x; }
    (y * x) % m;
    { MulCongLeft(y, y2, x, m); }
    (y2 * x) % m;
    { assert y2 * x == x * y2; }
    (x * y2) % m;
  }
}

lemma PowMod(x: int, n: nat, m: int)
  requires m >= 1
  ensures Pow(x % m, n) % m == Pow(x, n) % m
  decreases n
{
  if n > 0 {
    PowMod(x, n - 1, m);
    calc {
      Pow(x % m, n) % m;
      ((x % m) * Pow(x % m, n - 1)) % m;
      { MulCongRight(x % m, Pow(x % m, n - 1), Pow(x, n - 1), m); }
      ((x % m) * Pow(x, n - 1)) % m;
      { MulModLeft(x, Pow(x, n - 1), m); }
      (x * Pow(x, n - 1)) % m;
      Pow(x, n) % m;
    }
  }
}

lemma MulAssoc(x: int, y: int, z: int)
  ensures x * (y * z) == (x * y) * z
{
}

lemma PowAdd(b: int, i: nat, j: nat)
  ensures Pow(b, i + j) == Pow(b, i) * Pow(b, j)
  decreases i
{
  if i > 0 {
    PowAdd(b, i - 1, j);
    calc {
      Pow(b, i + j);
      b * Pow(b, i - 1 + j);
      b * (Pow(b, i - 1) * Pow(b, j));
      { MulAssoc(b, Pow(b, i - 1), Pow(b, j)); }
      (b * Pow(b, i - 1)) * Pow(b, j);
      Pow(b, i) * Pow(b, j);
    }
  }
}

lemma PowSquare(b: int, n: nat)
  ensures Pow(b * b, n) == Pow(b, 2 * n)
  decreases n
{
  if n > 0 {
    PowSquare(b, n - 1);
    var p := Pow(b, 2 * (n - 1));
    assert Pow(b, 2 * n - 1) == b * p;
    assert Pow(b, 2 * n) == b * Pow(b, 2 * n - 1);
    assert Pow(b * b, n) == (b * b) * p;
    MulAssoc(b, b, p);
  }
}

lemma OddStep(r: int, base: int, k: nat, m: int)
  requires m >= 1 && k % 2 == 1
  ensures (r * Pow(base, k)) % m
       == (((r * base) % m) * Pow((base * base) % m, k / 2)) % m
{
  var h := k / 2;
  assert k == 1 + 2 * h;
  PowSquare(base, h);
  PowAdd(base, 1, 2 * h);
  assert Pow(base, 1) == base;
  assert Pow(base, k) == base * Pow(base * base, h);
  MulAssoc(r, base, Pow(base * base, h));
  MulCongLeft(r * base, (r * base) % m, Pow(base * base, h), m);
  PowMod(base * base, h, m);
  MulCongRight((r * base) % m, Pow(base * base, h), Pow((base * base) % m, h), m);
}

lemma EvenStep(r: int, base: int, k: nat, m: int)
  requires m >= 1 && k % 2 == 0
  ensures (r * Pow(base, k)) % m == (r * Pow((base * base) % m, k / 2)) % m
{
  var h := k / 2;
  assert k == 2 * h;
  PowSquare(base, h);
  PowMod(base * base, h, m);
  MulCongRight(r, Pow(base * base, h), Pow((base * base) % m, h), m);
}
// </vc:helpers>

method ModPow(b: int, e: int, m: int) returns (r: int)
  requires pre_fast_modular_exponentiation(b, e, m)
  ensures post_fast_modular_exponentiation(b, e, m, r)
{
  // <vc:code>
  var base, k := b % m, e;
  r := 1 % m;
  PowMod(b, e, m);
  MulCongLeft(r, 1, Pow(base, k), m);
  while k > 0
    invariant 0 <= k
    invariant 0 <= base < m && 0 <= r < m
    invariant (r * Pow(base, k)) % m == Pow(b, e) % m
    decreases k
  {
    var h := k / 2;
    if k % 2 == 1 {
      OddStep(r, base, k, m);
      r := (r * base) % m;
    } else {
      EvenStep(r, base, k, m);
    }
    base := (base * base) % m;
    k := h;
  }
  ModUnique(r, m, 0, r);
  // </vc:code>
}
