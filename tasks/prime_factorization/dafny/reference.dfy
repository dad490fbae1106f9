// has_divisor_below(n, k): some d with 2 <= d < k divides n (written recursively so that it
// can be evaluated on concrete inputs).
predicate has_divisor_below(n: int, k: int)
  decreases k
{
  k > 2 && (n % (k - 1) == 0 || has_divisor_below(n, k - 1))
}

// p >= 2 and no d with 2 <= d < p divides p.
predicate is_prime(p: int)
{
  p >= 2 && !has_divisor_below(p, p)
}

// product(s, k): the product of s[0], ..., s[k - 1] (1 for k = 0), for 0 <= k <= |s|.
function product(s: seq<int>, k: int): int
  decreases k
{
  if k <= 0 || k > |s| then 1 else product(s, k - 1) * s[k - 1]
}

predicate pre_prime_factorization(n: int)
{
  2 <= n <= 1000000000000
}

// fs lists prime numbers in non-decreasing order whose product is n.
predicate post_prime_factorization(n: int, fs: seq<int>)
{
  product(fs, |fs|) == n &&
  (forall i :: 0 <= i < |fs| ==> is_prime(fs[i])) &&
  (forall i, j :: 0 <= i < j < |fs| ==> fs[i] <= fs[j])
}

// <vc:helpers>
lemma NoDivisor(n: int, k: int)
  requires forall e :: 2 <= e < k ==> n % e != 0
  ensures !has_divisor_below(n, k)
  decreases k
{
  if k > 2 {
    NoDivisor(n, k - 1);
  }
}

lemma Prime(p: int)
  requires p >= 2
  requires forall e :: 2 <= e < p ==> p % e != 0
  ensures is_prime(p)
{
  NoDivisor(p, p);
}

lemma MulPos(a: int, b: int)
  requires a >= 1 && b >= 1
  ensures a * b >= a
{
  assert a * b == a * (b - 1) + a;
  assert a * (b - 1) >= 0;
}

// x == e * q + r with 0 <= r < e determines x / e and x % e.
lemma DivModUnique(x: int, e: int, q: int, r: int)
  requires e >= 1 && 0 <= r < e && x == e * q + r
  ensures x / e == q && x % e == r
{
  var t := q - x / e;
  assert e * t == x % e - r by {
    assert x == e * (x / e) + x % e;
    assert e * q - e * (x / e) == e * t;
  }
  if t >= 1 {
    MulPos(e, t);
    assert false;
  } else if t <= -1 {
    MulPos(e, -t);
    assert e * (-t) == -(e * t);
    assert false;
  }
}

lemma MultipleMod(e: int, k: int)
  requires e >= 1
  ensures (e * k) % e == 0 && (e * k) / e == k
{
  DivModUnique(e * k, e, k, 0);
}

// e divides d and d divides m, so e divides m.
lemma DividesTrans(m: int, d: int, e: int)
  requires 1 <= e && 1 <= d && m % d == 0 && d % e == 0
  ensures m % e == 0
{
  var q := m / d;
  var r := d / e;
  assert m == d * q;
  assert d == e * r;
  assert m == e * (r * q) by {
    assert d * q == (e * r) * q;
  }
  MultipleMod(e, r * q);
}

// A divisor of m / d divides m.
lemma DividesQuotient(m: int, d: int, e: int)
  requires 1 <= e && 1 <= d && m % d == 0 && (m / d) % e == 0
  ensures m % e == 0
{
  var q := m / d;
  var r := q / e;
  assert m == d * q;
  assert q == e * r;
  assert m == e * (d * r) by {
    assert d * q == d * (e * r);
  }
  MultipleMod(e, d * r);
}

// The quotient is positive and smaller than m.
lemma QuotientBounds(m: int, d: int)
  requires 2 <= d <= m && m % d == 0
  ensures 1 <= m / d < m && m == d * (m / d)
{
  var q := m / d;
  assert m == d * q;
  if q <= 0 {
    assert d * q <= 0;
  }
  if q >= m {
    assert d * q >= 2 * q;
  }
}

lemma SquareAtLeastDouble(d: int)
  requires d >= 2
  ensures d * d >= 2 * d
{
  assert d * d == d * (d - 2) + 2 * d;
  assert d * (d - 2) >= 0;
}

// A divisor e >= d of m with d * d > m has a cofactor m / e in [2, d) that also divides m.
lemma Cofactor(m: int, d: int, e: int)
  requires 2 <= d <= e < m && d * d > m && m % e == 0
  ensures 2 <= m / e < d && m % (m / e) == 0
{
  var q := m / e;
  assert m == e * q;
  if q >= d {
    assert e * q >= d * q >= d * d;
    assert false;
  }
  if q <= 1 {
    assert e * q <= e;
    assert false;
  }
  assert m == q * e;
  assert m / q == e;
}

// m >= 2 without a divisor in [2, d) and with d * d > m is prime.
lemma RemainderPrime(m: int, d: int)
  requires 2 <= d && 2 <= m && d * d > m
  requires forall e :: 2 <= e < d ==> m % e != 0
  ensures is_prime(m)
{
  forall e | 2 <= e < m
    ensures m % e != 0
  {
    if e >= d && m % e == 0 {
      Cofactor(m, d, e);
      assert false;
    }
  }
  Prime(m);
}

lemma ProductPrefix(s: seq<int>, x: int, k: int)
  requires 0 <= k <= |s|
  ensures product(s + [x], k) == product(s, k)
  decreases k
{
  if k > 0 {
    ProductPrefix(s, x, k - 1);
  }
}

lemma ProductAppend(s: seq<int>, x: int)
  ensures product(s + [x], |s| + 1) == product(s, |s|) * x
{
  ProductPrefix(s, x, |s|);
}

// Appending d to fs and dividing m by d keeps product(fs) * m.
lemma ProductStep(fs: seq<int>, m: int, d: int, n: int)
  requires d != 0 && product(fs, |fs|) * m == n && m == d * (m / d)
  ensures product(fs + [d], |fs| + 1) * (m / d) == n
{
  ProductAppend(fs, d);
  var p := product(fs, |fs|);
  var q := m / d;
  assert p * m == p * (d * q);
  assert (p * d) * q == p * (d * q);
}
// No e with 2 <= e < d divides m.
predicate NoDivisorBelow(m: int, d: int)
{
  forall e :: 2 <= e < d ==> m % e != 0
}

// d divides m and nothing in [2, d) does: d is prime, and m / d still has no divisor in [2, d).
lemma DivideStep(fs: seq<int>, m: int, d: int, n: int)
  requires 2 <= d && d * d <= m && m % d == 0
  requires NoDivisorBelow(m, d)
  requires product(fs, |fs|) * m == n
  ensures is_prime(d)
  ensures 1 <= m / d < m
  ensures product(fs + [d], |fs| + 1) * (m / d) == n
  ensures NoDivisorBelow(m / d, d)
{
  forall e | 2 <= e < d
    ensures d % e != 0
  {
    if d % e == 0 {
      DividesTrans(m, d, e);
    }
  }
  Prime(d);
  SquareAtLeastDouble(d);
  QuotientBounds(m, d);
  ProductStep(fs, m, d, n);
  var q := m / d;
  forall e | 2 <= e < d
    ensures q % e != 0
  {
    if q % e == 0 {
      DividesQuotient(m, d, e);
    }
  }
}

// d does not divide m either: no divisor below d + 1.
lemma NextCandidate(m: int, d: int)
  requires 2 <= d && NoDivisorBelow(m, d) && m % d != 0
  ensures NoDivisorBelow(m, d + 1)
{
}

// What remains at the end: 1, or a prime m >= d.
lemma FinalStep(m: int, d: int)
  requires 2 <= d && 2 <= m && d * d > m
  requires NoDivisorBelow(m, d)
  ensures is_prime(m) && d <= m
{
  RemainderPrime(m, d);
  if m < d {
    assert m % m == 0;
  }
}
// </vc:helpers>

// Trial division: divide out every d = 2, 3, 4, ... while d * d <= the remaining cofactor m;
// a remaining m > 1 is the last prime factor.
method PrimeFactorization(n: int) returns (fs: seq<int>)
  requires pre_prime_factorization(n)
  ensures post_prime_factorization(n, fs)
{
  // <vc:code>
  fs := [];
  var m := n;
  var d := 2;
  while d * d <= m
    invariant 2 <= d && 1 <= m
    invariant product(fs, |fs|) * m == n
    invariant forall i :: 0 <= i < |fs| ==> is_prime(fs[i])
    invariant forall i, j :: 0 <= i < j < |fs| ==> fs[i] <= fs[j]
    invariant forall i :: 0 <= i < |fs| ==> fs[i] <= d
    invariant NoDivisorBelow(m, d)
    decreases m - d, m
  {
    if m % d == 0 {
      DivideStep(fs, m, d, n);
      fs := fs + [d];
      m := m / d;
    } else {
      NextCandidate(m, d);
      d := d + 1;
    }
  }
  if m > 1 {
    FinalStep(m, d);
    ProductAppend(fs, m);
    fs := fs + [m];
  }
  // </vc:code>
}
