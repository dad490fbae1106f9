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
  calc {
    s * p + t * q;
    s * (d * p1) + t * (d * q1);
    { Mul3Swap(s, d, p1); Mul3Swap(t, d, q1); }
    d * (s * p1) + d * (t * q1);
    { CsDistrib(d, s * p1, t * q1); }
    d * (s * p1 + t * q1) + 0;
  }
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
// ---- Modular arithmetic: one small fact per lemma, every step explicit. ----

lemma MulComm(a: int, b: int)
  ensures a * b == b * a
{
}

lemma MulAssoc(a: int, b: int, c: int)
  ensures (a * b) * c == a * (b * c)
{
}

lemma MulDistR(a: int, b: int, c: int)
  ensures (a + b) * c == a * c + b * c
{
}

lemma Mul4(a: int, b: int, c: int, d: int)
  ensures (a * b) * (c * d) == (a * c) * (b * d)
{
  calc {
    (a * b) * (c * d);
    == { MulAssoc(a, b, c * d); }
    a * (b * (c * d));
    == { MulAssoc(b, c, d); MulComm(b, c); MulAssoc(c, b, d); }
    a * (c * (b * d));
    == { MulAssoc(a, c, b * d); }
    (a * c) * (b * d);
  }
}

// a * (b * c) == b * (a * c)
lemma Mul3Swap(a: int, b: int, c: int)
  ensures a * (b * c) == b * (a * c)
{
  calc {
    a * (b * c);
    == { MulAssoc(a, b, c); }
    (a * b) * c;
    == { MulComm(a, b); }
    (b * a) * c;
    == { MulAssoc(b, a, c); }
    b * (a * c);
  }
}

lemma ModSmall(a: int, p: int)
  requires 0 <= a < p
  ensures a % p == a
{
  ModUnique(a, p, 0, a);
}

// Reducing the left factor first does not change the product's remainder.
lemma ModMulLeft(a: int, c: int, p: int)
  requires p >= 1
  ensures ((a % p) * c) % p == (a * c) % p
{
  var q, r := a / p, a % p;
  assert a == p * q + r;
  var q2, r2 := (r * c) / p, (r * c) % p;
  assert r * c == p * q2 + r2;
  calc {
    a * c;
    (p * q + r) * c;
    { MulDistR(p * q, r, c); }
    (p * q) * c + r * c;
    { MulAssoc(p, q, c); }
    p * (q * c) + r * c;
    p * (q * c) + p * q2 + r2;
    { CsDistrib(p, q * c, q2); }
    p * (q * c + q2) + r2;
  }
  ModUnique(a * c, p, q * c + q2, r2);
}

lemma ModMulRight(c: int, a: int, p: int)
  requires p >= 1
  ensures (c * (a % p)) % p == (c * a) % p
{
  calc {
    (c * (a % p)) % p;
    { MulComm(c, a % p); }
    ((a % p) * c) % p;
    { ModMulLeft(a, c, p); }
    (a * c) % p;
    { MulComm(a, c); }
    (c * a) % p;
  }
}

// a * (b*c mod p) and b * (a*c mod p) have the same remainder (both are a*b*c mod p).
lemma ModRegroup(a: int, b: int, c: int, p: int)
  requires p >= 1
  ensures (a * ((b * c) % p)) % p == (b * ((a * c) % p)) % p
{
  calc {
    (a * ((b * c) % p)) % p;
    { ModMulRight(a, b * c, p); }
    (a * (b * c)) % p;
    { Mul3Swap(a, b, c); }
    (b * (a * c)) % p;
    { ModMulRight(b, a * c, p); }
    (b * ((a * c) % p)) % p;
  }
}

// ((a*b mod p) * c) mod p == (a * (b*c mod p)) mod p
lemma ModMulAssoc(a: int, b: int, c: int, p: int)
  requires p >= 1
  ensures (((a * b) % p) * c) % p == (a * ((b * c) % p)) % p
{
  calc {
    (((a * b) % p) * c) % p;
    { ModMulLeft(a * b, c, p); }
    ((a * b) * c) % p;
    { MulAssoc(a, b, c); }
    (a * (b * c)) % p;
    { ModMulRight(a, b * c, p); }
    (a * ((b * c) % p)) % p;
  }
}

// ((a*b mod p) * (c*d mod p)) mod p == ((a*c mod p) * (b*d mod p)) mod p
lemma ModMul4(a: int, b: int, c: int, d: int, p: int)
  requires p >= 1
  ensures (((a * b) % p) * ((c * d) % p)) % p == (((a * c) % p) * ((b * d) % p)) % p
{
  calc {
    (((a * b) % p) * ((c * d) % p)) % p;
    { ModMulLeft(a * b, (c * d) % p, p); }
    ((a * b) * ((c * d) % p)) % p;
    { ModMulRight(a * b, c * d, p); }
    ((a * b) * (c * d)) % p;
    { Mul4(a, b, c, d); }
    ((a * c) * (b * d)) % p;
    { ModMulRight(a * c, b * d, p); }
    ((a * c) * ((b * d) % p)) % p;
    { ModMulLeft(a * c, (b * d) % p, p); }
    (((a * c) % p) * ((b * d) % p)) % p;
  }
}

// 1 * 1 mod p is 1 (p >= 2).
lemma ModOneOne(p: int)
  requires p >= 2
  ensures (1 * 1) % p == 1 && 1 % p == 1
{
  ModSmall(1, p);
}

lemma PowRange(g: int, x: int, p: int)
  requires x >= 0 && p >= 1
  ensures 0 <= powmod(g, x, p) < p
{
}

lemma PowStep(g: int, j: int, p: int)
  requires j >= 0 && p >= 1
  ensures powmod(g, j + 1, p) == (powmod(g, j, p) * g) % p
{
}

lemma PowZero(g: int, p: int)
  requires p >= 2
  ensures powmod(g, 0, p) == 1
{
  ModSmall(1, p);
}

// g^(a+b) = g^a * g^b (mod p).
lemma {:induction false} {:fuel powmod,0,0} PowAdd(g: int, a: int, b: int, p: int)
  requires a >= 0 && b >= 0 && p >= 2
  ensures powmod(g, a + b, p) == (powmod(g, a, p) * powmod(g, b, p)) % p
  decreases b
{
  var A := powmod(g, a, p);
  PowRange(g, a, p);
  if b == 0 {
    PowZero(g, p);
    ModSmall(A, p);
    assert A * 1 == A;
  } else {
    var B1 := powmod(g, b - 1, p);
    calc {
      powmod(g, a + b, p);
      { PowStep(g, a + (b - 1), p); }
      (powmod(g, a + (b - 1), p) * g) % p;
      { PowAdd(g, a, b - 1, p); }
      (((A * B1) % p) * g) % p;
      { ModMulAssoc(A, B1, g, p); }
      (A * ((B1 * g) % p)) % p;
      { PowStep(g, b - 1, p); }
      (A * powmod(g, b, p)) % p;
    }
  }
}

// A prime has no divisor d >= 2 in common with a residue 1 <= a < p.
lemma NoCommonDivisor(p: int, a: int, d: int)
  requires is_prime(p) && 1 <= a < p && d >= 2 && a % d == 0 && p % d == 0
  ensures false
{
  if d >= p {
    ModSmall(a, d);
  }
}

// With G*F = 1 (mod p): the remainder of G * (h*F mod p) is h.
lemma CancelInverse(G: int, F: int, h: int, p: int)
  requires p >= 2 && 0 <= h < p && (G * F) % p == 1
  ensures (G * ((h * F) % p)) % p == h
{
  calc {
    (G * ((h * F) % p)) % p;
    { ModRegroup(G, h, F, p); }
    (h * ((G * F) % p)) % p;
    (h * 1) % p;
    { ModSmall(h, p); }
    h;
  }
}

// If g^(base + j1) = h and gamma = h * F with F the inverse of g^base, then g^j1 = gamma.
lemma {:fuel powmod,0,0} GiantHit(g: int, p: int, base: int, j1: int, F: int, h: int, gamma: int)
  requires p >= 2 && base >= 0 && j1 >= 0
  requires (powmod(g, base, p) * F) % p == 1 && gamma == (h * F) % p
  requires powmod(g, base + j1, p) == h
  ensures powmod(g, j1, p) == gamma
{
  var G, P := powmod(g, base, p), powmod(g, j1, p);
  PowAdd(g, base, j1, p);
  PowRange(g, j1, p);
  calc {
    gamma;
    (h * F) % p;
    (((G * P) % p) * F) % p;
    { ModMulLeft(G * P, F, p); }
    ((G * P) * F) % p;
    { MulComm(G, P); MulAssoc(P, G, F); }
    (P * (G * F)) % p;
    { ModMulRight(P, G * F, p); }
    (P * ((G * F) % p)) % p;
    (P * 1) % p;
    { ModSmall(P, p); }
    P;
  }
}

// ---- Baby steps: the table maps g^j mod p to its smallest j < n, for every j < n. ----

predicate {:opaque} BabyTable(table: map<int, int>, g: int, p: int, n: int)
  requires p >= 1
{
  (forall k :: k in table ==> 0 <= table[k] < n && powmod(g, table[k], p) == k) &&
  (forall k, j1 :: k in table && 0 <= j1 < table[k] ==> powmod(g, j1, p) != k) &&
  (forall j1 :: 0 <= j1 < n ==> powmod(g, j1, p) in table)
}

// Recording g^j (unless already present) extends the table from j to j + 1 exponents.
lemma BabyExtend(table: map<int, int>, g: int, p: int, j: int, cur: int)
  requires p >= 1 && j >= 0 && BabyTable(table, g, p, j) && cur == powmod(g, j, p)
  ensures BabyTable(if cur in table then table else table[cur := j], g, p, j + 1)
{
  reveal BabyTable();
  var t := if cur in table then table else table[cur := j];
  forall k | k in t
    ensures 0 <= t[k] < j + 1 && powmod(g, t[k], p) == k
  {
  }
  forall k, j1 | k in t && 0 <= j1 < t[k]
    ensures powmod(g, j1, p) != k
  {
    if k == cur && cur !in table {
      assert powmod(g, j1, p) in table;
    }
  }
  forall j1 | 0 <= j1 < j + 1
    ensures powmod(g, j1, p) in t
  {
  }
}

lemma BabyEmpty(g: int, p: int)
  requires p >= 1
  ensures BabyTable(map[], g, p, 0)
{
  reveal BabyTable();
}

// The product of two inverse pairs is an inverse pair.
lemma InverseStep(a: int, b: int, c: int, d: int, p: int)
  requires p >= 2 && (a * c) % p == 1 && (b * d) % p == 1
  ensures 0 <= (c * d) % p < p && (((a * b) % p) * ((c * d) % p)) % p == 1
{
  ModMul4(a, b, c, d, p);
  ModOneOne(p);
}

// Also returns g^n mod p and its inverse (from ginv = g^(-1) mod p).
method BabySteps(p: int, g: int, ginv: int, n: int) returns (table: map<int, int>, cur: int, cinv: int)
  requires p >= 2 && 0 <= ginv < p && (g * ginv) % p == 1 && n >= 0
  ensures BabyTable(table, g, p, n)
  ensures cur == powmod(g, n, p) && 0 <= cinv < p && (cur * cinv) % p == 1
{
  table := map[];
  BabyEmpty(g, p);
  ModSmall(1, p);
  PowZero(g, p);
  cur := 1 % p;
  cinv := 1 % p;
  var j := 0;
  while j < n
    invariant 0 <= j <= n
    invariant cur == powmod(g, j, p)
    invariant 0 <= cinv < p && (cur * cinv) % p == 1
    invariant BabyTable(table, g, p, j)
    decreases n - j
  {
    BabyExtend(table, g, p, j, cur);
    if cur !in table {
      table := table[cur := j];
    }
    InverseStep(cur, g, cinv, ginv, p);
    PowStep(g, j, p);
    cur := (cur * g) % p;
    cinv := (cinv * ginv) % p;
    j := j + 1;
  }
}

// What the table says about one residue k.
lemma TableHit(table: map<int, int>, g: int, p: int, n: int, k: int)
  requires p >= 1 && BabyTable(table, g, p, n) && k in table
  ensures 0 <= table[k] < n && powmod(g, table[k], p) == k
  ensures forall j1 :: 0 <= j1 < table[k] ==> powmod(g, j1, p) != k
{
  reveal BabyTable();
}

lemma TableMiss(table: map<int, int>, g: int, p: int, n: int, k: int)
  requires p >= 1 && BabyTable(table, g, p, n) && k !in table
  ensures forall j1 :: 0 <= j1 < n ==> powmod(g, j1, p) != k
{
  reveal BabyTable();
}

// ---- Giant steps: gamma = h * F with F = g^(-b) mod p, b = i*n. ----

predicate {:opaque} GiantState(g: int, p: int, h: int, b: int, F: int, gamma: int)
  requires p >= 2 && b >= 0
{
  0 <= F < p && (powmod(g, b, p) * F) % p == 1 &&
  0 <= gamma < p && gamma == (h * F) % p &&
  forall y :: 0 <= y < b ==> powmod(g, y, p) != h
}

// If no g^j1 with j1 < m equals gamma, no exponent below b + m gives h.
lemma GiantNone(g: int, p: int, h: int, b: int, F: int, gamma: int, m: int)
  requires p >= 2 && b >= 0 && m >= 0
  requires GiantState(g, p, h, b, F, gamma)
  requires forall j1 :: 0 <= j1 < m ==> powmod(g, j1, p) != gamma
  ensures forall y :: 0 <= y < b + m ==> powmod(g, y, p) != h
{
  reveal GiantState();
  forall y | b <= y < b + m
    ensures powmod(g, y, p) != h
  {
    if powmod(g, y, p) == h {
      assert b + (y - b) == y;
      GiantHit(g, p, b, y - b, F, h, gamma);
    }
  }
}

// A hit gamma = g^jj gives g^(b + jj) = h.
lemma GiantFound(g: int, p: int, h: int, b: int, F: int, gamma: int, jj: int)
  requires p >= 2 && b >= 0 && jj >= 0 && 0 <= h < p
  requires GiantState(g, p, h, b, F, gamma) && powmod(g, jj, p) == gamma
  ensures powmod(g, b + jj, p) == h
{
  reveal GiantState();
  PowAdd(g, b, jj, p);
  CancelInverse(powmod(g, b, p), F, h, p);
}

// One giant step keeps the state: b + n, F * f, gamma * f.
lemma GiantNext(g: int, p: int, n: int, h: int, b: int, F: int, gamma: int, f: int)
  requires p >= 2 && b >= 0 && n >= 0 && 0 <= f < p
  requires (powmod(g, n, p) * f) % p == 1
  requires GiantState(g, p, h, b, F, gamma)
  requires forall y :: 0 <= y < b + n ==> powmod(g, y, p) != h
  ensures GiantState(g, p, h, b + n, (F * f) % p, (gamma * f) % p)
{
  reveal GiantState();
  PowAdd(g, b, n, p);
  InverseStep(powmod(g, b, p), powmod(g, n, p), F, f, p);
  ModMulAssoc(h, F, f, p);
}

lemma GiantStart(g: int, p: int, h: int)
  requires p >= 2 && 1 <= h < p
  ensures GiantState(g, p, h, 0, 1, h)
{
  reveal GiantState();
  ModSmall(h, p);
  ModSmall(1, p);
  PowZero(g, p);
}

// A miss (gamma is no baby value) advances the state by one giant step.
lemma GiantAdvance(table: map<int, int>, g: int, p: int, n: int, h: int, b: int, F: int, gamma: int, f: int)
  requires p >= 2 && b >= 0 && n >= 0 && 0 <= f < p
  requires BabyTable(table, g, p, n) && (powmod(g, n, p) * f) % p == 1
  requires GiantState(g, p, h, b, F, gamma) && gamma !in table
  ensures GiantState(g, p, h, b + n, (F * f) % p, (gamma * f) % p)
{
  TableMiss(table, g, p, n, gamma);
  GiantNone(g, p, h, b, F, gamma, n);
  GiantNext(g, p, n, h, b, F, gamma, f);
}

// A hit gamma = g^jj (jj smallest) answers b + jj: no smaller exponent works. A first hit at
// or above p - 1 (which Fermat rules out) still justifies "none below p - 1".
lemma GiantAnswer(table: map<int, int>, g: int, p: int, n: int, h: int, b: int, F: int, gamma: int)
  requires p >= 2 && b >= 0 && n >= 0 && 1 <= h < p
  requires BabyTable(table, g, p, n) && GiantState(g, p, h, b, F, gamma) && gamma in table
  ensures 0 <= table[gamma] < n
  ensures post_discrete_logarithm(p, g, h, b + table[gamma] < p - 1, b + table[gamma])
{
  var jj := table[gamma];
  TableHit(table, g, p, n, gamma);
  GiantNone(g, p, h, b, F, gamma, jj);
  GiantFound(g, p, h, b, F, gamma, jj);
}

// No hit up to b >= p - 1: no exponent below p - 1 works.
lemma GiantExhausted(g: int, p: int, h: int, b: int, F: int, gamma: int)
  requires p >= 2 && b >= p - 1 && GiantState(g, p, h, b, F, gamma)
  ensures post_discrete_logarithm(p, g, h, false, 0)
{
  reveal GiantState();
}

// One giant step after a miss: gamma * f, with the ghost F * f.
method {:fuel powmod,0,0} GiantMove(table: map<int, int>, g: int, p: int, n: int, h: int, b: int, ghost F: int,
                 gamma: int, f: int) returns (gamma2: int, ghost F2: int)
  requires p >= 2 && b >= 0 && n >= 0 && 0 <= f < p
  requires BabyTable(table, g, p, n) && (powmod(g, n, p) * f) % p == 1
  requires GiantState(g, p, h, b, F, gamma) && gamma !in table
  ensures GiantState(g, p, h, b + n, F2, gamma2)
{
  GiantAdvance(table, g, p, n, h, b, F, gamma, f);
  gamma2 := (gamma * f) % p;
  F2 := (F * f) % p;
}

method {:fuel powmod,0,0} GiantSteps(p: int, g: int, h: int, n: int, table: map<int, int>, f: int)
  returns (found: bool, x: int)
  requires p >= 2 && 1 <= h < p && n >= 1 && 0 <= f < p
  requires BabyTable(table, g, p, n) && (powmod(g, n, p) * f) % p == 1
  ensures post_discrete_logarithm(p, g, h, found, x)
{
  // b = i*n for the giant steps i = 0, 1, ... while b < p - 1 (at most n of them, n*n >= p - 1).
  var gamma := h;
  ghost var F := 1;
  var b := 0;
  GiantStart(g, p, h);
  while b < p - 1
    invariant 0 <= b
    invariant GiantState(g, p, h, b, F, gamma)
    decreases p - 1 - b
  {
    if gamma in table {
      GiantAnswer(table, g, p, n, h, b, F, gamma);
      x := b + table[gamma];
      found := x < p - 1;
      return;
    }
    gamma, F := GiantMove(table, g, p, n, h, b, F, gamma, f);
    b := b + n;
  }
  GiantExhausted(g, p, h, b, F, gamma);
  found, x := false, 0;
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
    invariant 1 <= n <= p
    decreases p - n
  {
    MulAtLeast(n, n);
    n := n + 1;
  }
  // g is invertible modulo the prime p (extended Euclid).
  var okg, ginv, dg := ModInv(g, p);
  if !okg {
    NoCommonDivisor(p, g, dg);
  }
  // Baby steps: table[g^j mod p] = the smallest such j < n; f = g^(-n) mod p.
  var table, cur, f := BabySteps(p, g, ginv, n);
  // Giant steps: look up h * f^i for i = 0, 1, ... while i*n < p - 1 (i < n as n*n >= p - 1).
  found, x := GiantSteps(p, g, h, n, table, f);
  // </vc:code>
}
