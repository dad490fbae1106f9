// g^x mod p, by the recursion g^0 = 1, g^(x+1) = g^x * g (reduced modulo p at each step).
function powmod(g: int, x: int, p: int): int
  requires x >= 0 && p >= 1
  decreases x
{
  if x == 0 then 1 % p else (powmod(g, x - 1, p) * g) % p
}

predicate is_prime(p: int)
{
  p >= 2 && forall d :: 2 <= d < p ==> p % d != 0
}

// p prime (at most 10^6, shared with Verus's u64 products), 1 <= g, h < p.
predicate pre_discrete_logarithm(p: int, g: int, h: int)
{
  p <= 1000000 && is_prime(p) && 1 <= g < p && 1 <= h < p
}

// found: x is the smallest exponent with g^x = h (mod p), and x < p - 1;
// not found: no exponent below p - 1 works (by Fermat, g^(p-1) = 1, so none works at all).
predicate post_discrete_logarithm(p: int, g: int, h: int, found: bool, x: int)
{
  p >= 2 &&
  (found ==> 0 <= x < p - 1 && powmod(g, x, p) == h &&
             forall y :: 0 <= y < x ==> powmod(g, y, p) != h) &&
  (!found ==> forall y :: 0 <= y < p - 1 ==> powmod(g, y, p) != h)
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

// a == m*q + r with 0 <= r < m determines the remainder.
lemma ModUnique(a: int, m: int, q: int, r: int)
  requires m >= 1 && a == m * q + r && 0 <= r < m
  ensures a % m == r
{
  var q0, r0 := a / m, a % m;
  assert a == m * q0 + r0;
  var e := q - q0;
  assert m * e == m * q - m * q0;
  assert m * e == r0 - r;
  if e >= 1 {
    MulAtLeast(m, e);
  } else if e <= -1 {
    MulAtLeast(m, -e);
    assert m * (-e) == -(m * e);
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
lemma EuclidStep(u: int, v: int, e: int)
  requires u >= 0 && v > 0 && e >= 1
  ensures (u % e == 0 && v % e == 0) <==> (v % e == 0 && (u % v) % e == 0)
{
  var q, r := u / v, u % v;
  assert u == v * q + r;
  if u % e == 0 && v % e == 0 {
    DividesCombination(e, u, v, 1, -q);
    assert 1 * u + (-q) * v == r;
  }
  if v % e == 0 && r % e == 0 {
    DividesCombination(e, r, v, 1, q);
    assert 1 * r + q * v == u;
  }
}

lemma CsDistrib(p: int, q: int, r: int)
  ensures p * (q + r) == p * q + p * r
  ensures p * (q - r) == p * q - p * r
{
}

lemma CsSwap(p: int, q: int, r: int)
  ensures p * (q * r) == q * (p * r)
{
}

// The coefficients follow the remainders: r0 - q*r1 = a*(t0 - q*t1) + m*(s0 - q*s1).
lemma CombinationStep(a: int, m: int, r0: int, t0: int, s0: int, r1: int, t1: int, s1: int, q: int)
  requires r0 == a * t0 + m * s0 && r1 == a * t1 + m * s1
  ensures r0 - q * r1 == a * (t0 - q * t1) + m * (s0 - q * s1)
{
  CsDistrib(q, a * t1, m * s1);
  CsSwap(q, a, t1);
  CsSwap(q, m, s1);
  CsDistrib(a, t0, q * t1);
  CsDistrib(m, s0, q * s1);
}

// From a*t + m*s == 1: a*(t mod m) leaves remainder 1 modulo m.
lemma InverseFromBezout(a: int, m: int, t: int, s: int)
  requires m >= 2 && a * t + m * s == 1
  ensures (a * (t % m)) % m == 1
{
  var k := t / m;
  assert t == m * k + t % m;
  assert a * t == a * (m * k) + a * (t % m) by { CsDistrib(a, m * k, t % m); }
  assert a * (m * k) == m * (a * k) by { CsSwap(a, m, k); }
  assert a * (t % m) == m * (-s - a * k) + 1 by { CsDistrib(m, -s, a * k); }
  ModUnique(a * (t % m), m, -s - a * k, 1);
}

// The modular inverse of a modulo m by the extended Euclidean algorithm (see modular_inverse).
method ModInv(a: int, m: int) returns (found: bool, x: int, d: int)
  requires 0 <= a && 2 <= m
  ensures found ==> 0 <= x < m && (a * x) % m == 1
  ensures !found ==> 2 <= d && a % d == 0 && m % d == 0
{
  // Extended Euclid on (m, a), keeping only a's coefficient in executable code:
  // r0 == a*t0 + m*s0 and r1 == a*t1 + m*s1, with the ghost s0, s1.
  var r0, r1 := m, a;
  var t0, t1 := 0, 1;
  ghost var s0, s1 := 1, 0;
  while r1 != 0
    invariant r0 >= 0 && r1 >= 0 && r0 + r1 > 0
    invariant r0 == a * t0 + m * s0 && r1 == a * t1 + m * s1
    invariant forall e :: e >= 1 ==> ((a % e == 0 && m % e == 0) <==> (r0 % e == 0 && r1 % e == 0))
    decreases r1
  {
    var q := r0 / r1;
    var r2 := r0 % r1;
    assert r0 == r1 * q + r2;
    forall e | e >= 1
      ensures (r0 % e == 0 && r1 % e == 0) <==> (r1 % e == 0 && r2 % e == 0)
    {
      EuclidStep(r0, r1, e);
    }
    CombinationStep(a, m, r0, t0, s0, r1, t1, s1, q);
    r0, r1 := r1, r2;
    t0, t1 := t1, t0 - q * t1;
    s0, s1 := s1, s0 - q * s1;
  }
  // r0 is gcd(a, m): it divides both.
  ModUnique(r0, r0, 1, 0);
  ModUnique(0, r0, 0, 0);
  assert a % r0 == 0 && m % r0 == 0;
  if r0 == 1 {
    InverseFromBezout(a, m, t0, s0);
    found, x, d := true, t0 % m, 1;
  } else {
    found, x, d := false, 0, r0;
  }
}
// </vc:helpers>

method DiscreteLog(p: int, g: int, h: int) returns (found: bool, x: int)
  requires pre_discrete_logarithm(p, g, h)
  ensures post_discrete_logarithm(p, g, h, found, x)
{
  // <vc:code>
  // Baby-step giant-step with n = ceil(sqrt(p - 1)): x = i*n + j with 0 <= i, j < n.
  var n := 1;
  while n * n < p - 1
    decreases p - n
  {
    n := n + 1;
  }
  // Baby steps: table[g^j mod p] = the smallest such j < n.
  var table: map<int, int> := map[];
  var cur := 1 % p;
  var j := 0;
  while j < n
    decreases n - j
  {
    if cur !in table {
      table := table[cur := j];
    }
    cur := (cur * g) % p;
    j := j + 1;
  }
  // cur = g^n mod p; giant steps multiply h by g^(-n) mod p.
  var ok, factor, dd := ModInv(cur, p);
  var gamma := h;
  var i := 0;
  found, x := false, 0;
  while i < n
    decreases n - i
  {
    if gamma in table {
      found, x := true, i * n + table[gamma];
      return;
    }
    gamma := (gamma * factor) % p;
    i := i + 1;
  }
  // </vc:code>
}
