// The product of the first k moduli: prod_upto(ms, k) = ms[0] * ... * ms[k-1] (1 when k = 0).
function prod_upto(ms: seq<int>, k: int): int
  requires 0 <= k <= |ms|
  decreases k
{
  if k == 0 then 1 else prod_upto(ms, k - 1) * ms[k - 1]
}

// The product of all the moduli.
function prod(ms: seq<int>): int
{
  prod_upto(ms, |ms|)
}

// p and q have no common divisor d >= 2 (every common divisor of p >= 2 is at most p).
predicate coprime_pair(p: int, q: int)
{
  forall d :: 2 <= d <= p ==> !(p % d == 0 && q % d == 0)
}

predicate pairwise_coprime(ms: seq<int>)
{
  forall i, j :: 0 <= i < j < |ms| ==> coprime_pair(ms[i], ms[j])
}

// Congruences x = rs[i] (mod ms[i]): moduli in [2, 10^9], pairwise coprime, with product at
// most 10^18 (shared with Verus's u64); residues 0 <= rs[i] < ms[i].
predicate pre_chinese_remainder(rs: seq<int>, ms: seq<int>)
{
  |rs| == |ms| &&
  (forall i :: 0 <= i < |ms| ==> 2 <= ms[i] <= 1000000000 && 0 <= rs[i] < ms[i]) &&
  pairwise_coprime(ms) &&
  prod(ms) <= 1000000000000000000
}

// x satisfies every congruence and lies in [0, M), M the product of the moduli; by the Chinese
// remainder theorem there is exactly one such x.
predicate post_chinese_remainder(rs: seq<int>, ms: seq<int>, x: int)
{
  |rs| == |ms| &&
  0 <= x < prod(ms) &&
  forall i :: 0 <= i < |ms| ==> ms[i] >= 1 && x % ms[i] == rs[i]
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

// The modular inverse of a modulo m by the extended Euclidean algorithm, or a common divisor
// d >= 2 of a and m when there is none.
method ModInv(a: int, m: int) returns (found: bool, x: int, d: int)
  requires 0 <= a && 2 <= m
  ensures found ==> 0 <= x < m && (a * x) % m == 1
  ensures !found ==> 2 <= d && a % d == 0 && m % d == 0
{
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

lemma MulDistribRight(a: int, b: int, c: int)
  ensures (a + b) * c == a * c + b * c
{
}

// Linear bookkeeping on product terms, kept apart from the nonlinear facts.
lemma LinearCombine(A: int, B: int, C: int, D: int, E: int, g: int)
  requires A == B + C && D == E - B && E + C == g
  ensures A + D == g
{
}

lemma Assoc(a: int, b: int, c: int)
  ensures (a * b) * c == a * (b * c)
{
}

// From p == q*k + r and q*u1 + r*v1 == g: p*v1 + q*(u1 - k*v1) == g.
lemma BezoutShift(p: int, q: int, k: int, r: int, u1: int, v1: int, g: int)
  requires p == q * k + r && q * u1 + r * v1 == g
  ensures p * v1 + q * (u1 - k * v1) == g
{
  var w := k * v1;
  MulDistribRight(q * k, r, v1);
  CsSwap(v1, q, k);
  assert (q * k) * v1 == q * w;
  CsDistrib(q, u1, w);
  LinearCombine(p * v1, q * w, r * v1, q * (u1 - w), q * u1, g);
}

// Bezout coefficients for p, q (ghost extended Euclid): g >= 1 divides both and p*u + q*v == g.
lemma Bezout(p: int, q: int) returns (g: int, u: int, v: int)
  requires p >= 0 && q >= 0 && p + q > 0
  ensures g >= 1 && p % g == 0 && q % g == 0 && p * u + q * v == g
  decreases q
{
  if q == 0 {
    ModUnique(p, p, 1, 0);
    ModUnique(0, p, 0, 0);
    g, u, v := p, 1, 0;
  } else {
    var r := p % q;
    var k := p / q;
    assert p == q * k + r;
    var g1, u1, v1 := Bezout(q, r);
    EuclidStep(p, q, g1);
    BezoutShift(p, q, k, r, u1, v1, g1);
    g, u, v := g1, v1, u1 - k * v1;
  }
}

// A divisor g >= 1 of p >= 1 is at most p.
lemma DivisorAtMost(p: int, g: int)
  requires p >= 1 && g >= 1 && p % g == 0
  ensures g <= p
{
  if g > p {
    ModUnique(p, g, 0, p);
  }
}

// Coprime p, q (no common divisor >= 2) have Bezout coefficients for 1.
lemma CoprimeBezout(p: int, q: int) returns (u: int, v: int)
  requires p >= 2 && q >= 2 && coprime_pair(p, q)
  ensures p * u + q * v == 1
{
  var g;
  g, u, v := Bezout(p, q);
  DivisorAtMost(p, g);
  assert !(p % g == 0 && q % g == 0) || g < 2;
}

// Bezout coefficients for 1 multiply: from P*u1 + q*v1 == 1 and s*u2 + q*v2 == 1,
// (s*P)*(u1*u2) + q*(v1 + v2 - v1*(q*v2)) == 1.
lemma BezoutProduct(P: int, s: int, q: int, u1: int, v1: int, u2: int, v2: int)
  requires P * u1 + q * v1 == 1 && s * u2 + q * v2 == 1
  ensures (s * P) * (u1 * u2) + q * (v1 + v2 - v1 * (q * v2)) == 1
{
  var A, B := P * u1, s * u2;
  var C := q * v2;
  assert A == 1 - q * v1;
  assert B == 1 - C;
  assert A * B == A - A * C by { CsDistrib(A, 1, C); }
  assert A * C == C - (q * v1) * C by { CsDistrib(C, 1, q * v1); }
  assert (q * v1) * C == q * (v1 * C) by { Assoc(q, v1, C); }
  assert q * (v1 + v2 - v1 * C) == q * v1 + q * v2 - q * (v1 * C) by {
    CsDistrib(q, v1 + v2, v1 * C);
    CsDistrib(q, v1, v2);
  }
  assert A * B == 1 - q * (v1 + v2 - v1 * C);
  assert A * B == P * (u1 * B) by { Assoc(P, u1, B); }
  assert u1 * B == s * (u1 * u2) by { CsSwap(u1, s, u2); }
  assert P * (s * (u1 * u2)) == (P * s) * (u1 * u2) by { Assoc(P, s, u1 * u2); }
  assert P * s == s * P;
}

// The product of moduli each coprime to q is coprime to q (as Bezout coefficients for 1).
lemma ProdCoprime(s: seq<int>, k: int, q: int) returns (u: int, v: int)
  requires 0 <= k <= |s| && q >= 2
  requires forall j :: 0 <= j < k ==> s[j] >= 2 && coprime_pair(s[j], q)
  ensures prod_upto(s, k) * u + q * v == 1
  decreases k
{
  if k == 0 {
    u, v := 1, 0;
  } else {
    var u1, v1 := ProdCoprime(s, k - 1, q);
    var u2, v2 := CoprimeBezout(s[k - 1], q);
    var P := prod_upto(s, k - 1);
    BezoutProduct(P, s[k - 1], q, u1, v1, u2, v2);
    assert prod_upto(s, k) == s[k - 1] * P;
    u, v := u1 * u2, v1 + v2 - v1 * (q * v2);
  }
}

// Each of the first k moduli divides their product.
lemma ProdDivides(s: seq<int>, k: int, j: int)
  requires 0 <= j < k <= |s|
  requires forall i :: 0 <= i < k ==> s[i] >= 1
  ensures prod_upto(s, k) % s[j] == 0
  decreases k
{
  var P := prod_upto(s, k - 1);
  if j == k - 1 {
    assert prod_upto(s, k) == s[j] * P;
    ModUnique(prod_upto(s, k), s[j], P, 0);
  } else {
    ProdDivides(s, k - 1, j);
    var c := P / s[j];
    assert P == s[j] * c + 0;
    assert prod_upto(s, k) == (s[j] * c) * s[k - 1];
    assert (s[j] * c) * s[k - 1] == s[j] * (c * s[k - 1]) by { Assoc(s[j], c, s[k - 1]); }
    ModUnique(prod_upto(s, k), s[j], c * s[k - 1], 0);
  }
}


lemma ModAddCore(p: int, q: int, m: int, a: int, b: int, r1: int, r2: int)
  requires m >= 1 && p == m * a + r1 && q == m * b + r2
  ensures (p + q) % m == (r1 + r2) % m
{
  var s := r1 + r2;
  var c, e := s / m, s % m;
  assert s == m * c + e;
  var k := a + b + c;
  assert m * k == m * a + m * b + m * c by {
    CsDistrib(m, a + b, c);
    CsDistrib(m, a, b);
  }
  assert p + q == m * k + e;
  ModUnique(p + q, m, k, e);
}

lemma ModAdd(p: int, q: int, m: int)
  requires m >= 1
  ensures (p + q) % m == ((p % m) + (q % m)) % m
{
  ModAddCore(p, q, m, p / m, q / m, p % m, q % m);
}

lemma ModMulLeft(p: int, q: int, m: int)
  requires m >= 1
  ensures (p * q) % m == ((p % m) * q) % m
{
  var a, r := p / m, p % m;
  assert p == m * a + r;
  assert p * q == (m * a) * q + r * q by { CsDistrib(q, m * a, r); }
  var c := (r * q) / m;
  var e := (r * q) % m;
  assert r * q == m * c + e;
  assert (m * a) * q == m * (a * q) by { Assoc(m, a, q); }
  assert m * (a * q) + m * c == m * (a * q + c) by { CsDistrib(m, a * q, c); }
  assert p * q == m * (a * q + c) + e;
  ModUnique(p * q, m, a * q + c, e);
}

// Adding a multiple of M keeps the residue modulo a divisor of M.
lemma KeepResidue(x: int, M: int, t: int, mj: int)
  requires mj >= 1 && M % mj == 0
  ensures (x + M * t) % mj == x % mj
{
  ModAdd(x, M * t, mj);
  ModMulLeft(M, t, mj);
  ModUnique(0 * t, mj, 0, 0);
  ModUnique(x % mj, mj, 0, x % mj);
}

lemma Rearrange(diff: int, inv: int, a: int)
  ensures (diff * inv) * a == (a * inv) * diff
{
  Assoc(diff, inv, a);
  Assoc(a, inv, diff);
  assert inv * a == a * inv;
  CsSwap(diff, a, inv);
}

// M*t = diff (mod mi) when a = M mod mi, a*inv = 1 (mod mi), t = diff*inv mod mi, 0 <= diff < mi.
lemma StepMul(M: int, mi: int, a: int, inv: int, diff: int, t: int)
  requires mi >= 2 && a == M % mi && (a * inv) % mi == 1
  requires 0 <= diff < mi && t == (diff * inv) % mi
  ensures (M * t) % mi == diff
{
  ModMulLeft(M, t, mi);
  assert (M * t) % mi == (a * t) % mi;
  ModMulLeft(diff * inv, a, mi);
  assert a * t == t * a;
  assert (a * t) % mi == ((diff * inv) * a) % mi;
  Rearrange(diff, inv, a);
  ModMulLeft(a * inv, diff, mi);
  assert ((a * inv) * diff) % mi == (1 * diff) % mi;
  ModUnique(1 * diff, mi, 0, diff);
}

// The new residue: with diff = (ri - x) mod mi and M*t = diff (mod mi), x + M*t = ri (mod mi).
lemma StepResidue(x: int, M: int, mi: int, ri: int, diff: int, t: int)
  requires mi >= 2 && 0 <= ri < mi
  requires diff == (ri - x % mi) % mi && (M * t) % mi == diff
  ensures (x + M * t) % mi == ri
{
  ModAdd(x, M * t, mi);
  assert (x + M * t) % mi == (x % mi + diff) % mi;
  ModAdd(x % mi, ri - x % mi, mi);
  ModUnique(x % mi, mi, 0, x % mi);
  ModUnique(ri, mi, 0, ri);
}

lemma MulNonneg(a: int, b: int)
  requires a >= 0 && b >= 0
  ensures a * b >= 0
{
}

lemma StepRange(x: int, M: int, mi: int, t: int)
  requires M >= 1 && 0 <= x < M && mi >= 2 && 0 <= t < mi
  ensures 0 <= x + M * t < M * mi
{
  MulNonneg(M, t);
  MulNonneg(M, mi - 1 - t);
  CsDistrib(M, mi - 1, t);
  CsDistrib(M, mi, 1);
}

// No common divisor d >= 2 of a = M mod mi and mi when P*u + mi*v == 1 for P = M.
lemma NoCommonDivisor(M: int, mi: int, u: int, v: int, d: int)
  requires M >= 0 && mi >= 2 && M * u + mi * v == 1 && d >= 2
  requires (M % mi) % d == 0 && mi % d == 0
  ensures false
{
  var k := M / mi;
  var r := M % mi;
  assert M == mi * k + r;
  DivisorOfCombination(d, mi, r, k, M);
  DivisorOfCombination1(d, M, mi, u, v);
}

// d divides mi and r, so it divides M = k*mi + r.
lemma DivisorOfCombination(d: int, mi: int, r: int, k: int, M: int)
  requires d >= 1 && mi % d == 0 && r % d == 0 && M == mi * k + r
  ensures M % d == 0
{
  DividesCombination(d, mi, r, k, 1);
  assert k * mi + 1 * r == M;
}

// d >= 2 cannot divide both M and mi when M*u + mi*v == 1.
lemma DivisorOfCombination1(d: int, M: int, mi: int, u: int, v: int)
  requires d >= 2 && M % d == 0 && mi % d == 0 && M * u + mi * v == 1
  ensures false
{
  DividesCombination(d, M, mi, u, v);
  assert u * M + v * mi == 1;
  ModUnique(1, d, 0, 1);
}

// M = ms[0] * ... * ms[i-1] is coprime to ms[i], so M mod ms[i] and ms[i] have no common
// divisor d >= 2 (and ModInv finds the inverse).
lemma PrefixCoprime(ms: seq<int>, i: int, M: int, d: int)
  requires 0 <= i < |ms|
  requires forall j :: 0 <= j < |ms| ==> ms[j] >= 2
  requires pairwise_coprime(ms)
  requires M == prod_upto(ms, i) && M >= 0 && d >= 2
  ensures !((M % ms[i]) % d == 0 && ms[i] % d == 0)
{
  var u, v := ProdCoprime(ms, i, ms[i]);
  if (M % ms[i]) % d == 0 && ms[i] % d == 0 {
    NoCommonDivisor(M, ms[i], u, v, d);
  }
}

// Adding M*t keeps the first i congruences (each ms[j], j < i, divides M).
lemma KeepOld(rs: seq<int>, ms: seq<int>, i: int, M: int, x: int, t: int)
  requires |rs| == |ms| && 0 <= i < |ms|
  requires forall j :: 0 <= j < |ms| ==> ms[j] >= 2
  requires M == prod_upto(ms, i)
  requires forall j :: 0 <= j < i ==> x % ms[j] == rs[j]
  ensures forall j :: 0 <= j < i ==> (x + M * t) % ms[j] == rs[j]
{
  forall j | 0 <= j < i
    ensures (x + M * t) % ms[j] == rs[j]
  {
    ProdDivides(ms, i, j);
    KeepResidue(x, M, t, ms[j]);
  }
}

// The new congruence: x + M*t = ri (mod mi), and x + M*t < M*mi.
lemma NewResidue(M: int, x: int, mi: int, ri: int, a: int, inv: int, diff: int, t: int)
  requires mi >= 2 && 0 <= ri < mi && M >= 1 && 0 <= x < M
  requires a == M % mi && (a * inv) % mi == 1
  requires diff == (ri - x % mi) % mi && t == (diff * inv) % mi
  ensures (x + M * t) % mi == ri
  ensures 0 <= x + M * t < M * mi
{
  StepMul(M, mi, a, inv, diff, t);
  StepResidue(x, M, mi, ri, diff, t);
  StepRange(x, M, mi, t);
}

// One lifting step keeps the invariant: x + M*t solves the first i + 1 congruences and lies
// below M * ms[i] = prod_upto(ms, i + 1).
lemma LiftStep(rs: seq<int>, ms: seq<int>, i: int, M: int, x: int, a: int, inv: int, diff: int, t: int)
  requires |rs| == |ms| && 0 <= i < |ms|
  requires forall j :: 0 <= j < |ms| ==> ms[j] >= 2
  requires 0 <= rs[i] < ms[i]
  requires M == prod_upto(ms, i) && 0 <= x < M
  requires forall j :: 0 <= j < i ==> x % ms[j] == rs[j]
  requires a == M % ms[i] && (a * inv) % ms[i] == 1
  requires diff == (rs[i] - x % ms[i]) % ms[i] && t == (diff * inv) % ms[i]
  ensures M * ms[i] == prod_upto(ms, i + 1)
  ensures 0 <= x + M * t < M * ms[i]
  ensures forall j :: 0 <= j < i + 1 ==> (x + M * t) % ms[j] == rs[j]
{
  NewResidue(M, x, ms[i], rs[i], a, inv, diff, t);
  KeepOld(rs, ms, i, M, x, t);
  assert ms[(i + 1) - 1] == ms[i];
}

// One lifting step as a method: from x solving the first i congruences below
// M = prod_upto(ms, i), compute x' solving the first i + 1 below M' = prod_upto(ms, i + 1).
method Lift(rs: seq<int>, ms: seq<int>, i: int, M: int, x: int) returns (x': int, M': int)
  requires |rs| == |ms| && 0 <= i < |ms|
  requires forall j :: 0 <= j < |ms| ==> ms[j] >= 2 && 0 <= rs[j] < ms[j]
  requires pairwise_coprime(ms)
  requires M == prod_upto(ms, i) && 0 <= x < M
  requires forall j :: 0 <= j < i ==> x % ms[j] == rs[j]
  ensures M' == prod_upto(ms, i + 1) && 0 <= x' < M'
  ensures forall j :: 0 <= j < i + 1 ==> x' % ms[j] == rs[j]
{
  var mi := ms[i];
  var a := M % mi;
  var found, inv, d := ModInv(a, mi);
  if !found {
    PrefixCoprime(ms, i, M, d);
  }
  var diff := (rs[i] - x % mi) % mi;
  var t := (diff * inv) % mi;
  LiftStep(rs, ms, i, M, x, a, inv, diff, t);
  x' := x + M * t;
  M' := M * mi;
}
// </vc:helpers>

method ChineseRemainder(rs: seq<int>, ms: seq<int>) returns (x: int)
  requires pre_chinese_remainder(rs, ms)
  ensures post_chinese_remainder(rs, ms, x)
{
  // <vc:code>
  // Incremental CRT: x solves the first i congruences and 0 <= x < M = ms[0] * ... * ms[i-1].
  // Lift is one step: x + M*t with t = (rs[i] - x) * inverse(M mod ms[i]) mod ms[i].
  var M := 1;
  x := 0;
  var i := 0;
  while i < |ms|
    invariant 0 <= i <= |ms|
    invariant M == prod_upto(ms, i)
    invariant 0 <= x < M
    invariant forall j :: 0 <= j < i ==> x % ms[j] == rs[j]
    decreases |ms| - i
  {
    x, M := Lift(rs, ms, i, M, x);
    i := i + 1;
  }
  // </vc:code>
}
