// has_divisor_below(n, k): some d with 2 <= d < k divides n (written recursively so that it
// can be evaluated on concrete inputs).
predicate has_divisor_below(n: int, k: int)
  decreases k
{
  k > 2 && (n % (k - 1) == 0 || has_divisor_below(n, k - 1))
}

predicate is_prime(n: int)
{
  n >= 2 && !has_divisor_below(n, n)
}

predicate pre_trial_division_optimized(n: int)
{
  0 <= n <= 1000000000
}

predicate post_trial_division_optimized(n: int, r: bool)
{
  r == is_prime(n)
}

// <vc:helpers>
lemma DivisorWitness(n: int, k: int, d: int)
  requires 2 <= d < k && n % d == 0
  ensures has_divisor_below(n, k)
  decreases k
{
  if d < k - 1 {
    DivisorWitness(n, k - 1, d);
  }
}

lemma NoDivisor(n: int, k: int)
  requires forall e :: 2 <= e < k ==> n % e != 0
  ensures !has_divisor_below(n, k)
  decreases k
{
  if k > 2 {
    NoDivisor(n, k - 1);
  }
}

lemma SquareAtLeastDouble(d: int)
  requires d >= 2
  ensures d * d >= 2 * d
{
  assert d * d == d * (d - 2) + 2 * d;
  assert d * (d - 2) >= 0;
}

// A divisor e >= d of n with d * d > n has a cofactor n / e in [2, d) that also divides n.
lemma Cofactor(n: int, d: int, e: int)
  requires 2 <= d <= e < n && d * d > n && n % e == 0
  ensures 2 <= n / e < d && n % (n / e) == 0
{
  var q := n / e;
  assert n == e * q;
  if q >= d {
    assert e * q >= d * q >= d * d;
    assert false;
  }
  if q <= 1 {
    assert e * q <= e;
    assert false;
  }
  assert n == q * e;
  assert n / q == e;
}
lemma NextCandidate(n: int, d: int)
  requires 2 <= d
  requires forall e :: 2 <= e < d ==> n % e != 0
  requires n % d != 0
  ensures forall e :: 2 <= e < d + 1 ==> n % e != 0
{
}

lemma NoLargeDivisor(n: int, d: int)
  requires 2 <= d <= n && d * d > n
  requires forall e :: 2 <= e < d ==> n % e != 0
  ensures forall e :: 2 <= e < n ==> n % e != 0
{
  forall e | d <= e < n
    ensures n % e != 0
  {
    if n % e == 0 {
      Cofactor(n, d, e);
      assert false;
    }
  }
}
lemma NotPrime(n: int, d: int)
  requires 2 <= d < n && n % d == 0
  ensures !is_prime(n)
{
  DivisorWitness(n, n, d);
}

lemma Prime(n: int)
  requires n >= 2
  requires forall e :: 2 <= e < n ==> n % e != 0
  ensures is_prime(n)
{
  NoDivisor(n, n);
}
// A multiple of 2 (or 3) divides n only if 2 (or 3) does.
lemma SmallFactor(n: int, e: int, f: int)
  requires (f == 2 || f == 3) && 2 <= e && e % f == 0 && n % e == 0
  ensures n % f == 0
{
  var q := n / e;
  var p := e / f;
  assert n == e * q;
  assert e == f * p;
  assert n == f * (p * q);
}

// The candidates below i + 6 other than i and i + 2 are multiples of 2 or 3 (i % 6 == 5).
lemma SkipStep(n: int, i: int)
  requires 5 <= i && i % 6 == 5 && n % 2 != 0 && n % 3 != 0
  requires forall e :: 2 <= e < i ==> n % e != 0
  requires n % i != 0 && n % (i + 2) != 0
  ensures forall e :: 2 <= e < i + 6 ==> n % e != 0
{
  forall e | i <= e < i + 6
    ensures n % e != 0
  {
    if e == i + 1 || e == i + 3 || e == i + 5 {
      if n % e == 0 {
        SmallFactor(n, e, 2);
      }
    } else if e == i + 4 {
      if n % e == 0 {
        SmallFactor(n, e, 3);
      }
    }
  }
}

// The first candidates: no factor 2 or 3 means no factor below 5.
lemma FirstCandidates(n: int)
  requires n % 2 != 0 && n % 3 != 0
  ensures forall e :: 2 <= e < 5 ==> n % e != 0
{
  if n % 4 == 0 {
    SmallFactor(n, 4, 2);
  }
}
// </vc:helpers>



// Trial division by 2, 3 and then only the candidates 6k - 1 and 6k + 1 up to sqrt(n).
method IsPrime(n: int) returns (r: bool)
  requires pre_trial_division_optimized(n)
  ensures post_trial_division_optimized(n, r)
{
  // <vc:code>
  if n < 2 {
    return false;
  }
  if n < 4 {
    Prime(n);
    return true;
  }
  if n % 2 == 0 {
    NotPrime(n, 2);
    return false;
  }
  if n % 3 == 0 {
    NotPrime(n, 3);
    return false;
  }
  FirstCandidates(n);
  var i := 5;
  while i * i <= n
    invariant 5 <= i && i % 6 == 5 && i <= n
    invariant forall e :: 2 <= e < i ==> n % e != 0
    decreases n - i
  {
    SquareAtLeastDouble(i);
    assert i + 2 < n;
    if n % i == 0 {
      NotPrime(n, i);
      return false;
    }
    if n % (i + 2) == 0 {
      NotPrime(n, i + 2);
      return false;
    }
    SkipStep(n, i);
    i := i + 6;
    if n < i {
      // Every candidate below n has been tried.
      Prime(n);
      return true;
    }
  }
  NoLargeDivisor(n, i);
  Prime(n);
  r := true;
  // </vc:code>
}
