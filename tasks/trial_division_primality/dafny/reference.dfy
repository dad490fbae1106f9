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

predicate pre_trial_division_primality(n: int)
{
  0 <= n <= 1000000000
}

predicate post_trial_division_primality(n: int, r: bool)
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
// </vc:helpers>

method IsPrime(n: int) returns (r: bool)
  requires pre_trial_division_primality(n)
  ensures post_trial_division_primality(n, r)
{
  // <vc:code>
  if n < 2 {
    return false;
  }
  var d := 2;
  while d * d <= n
    invariant 2 <= d <= n
    invariant forall e :: 2 <= e < d ==> n % e != 0
    decreases n - d
  {
    SquareAtLeastDouble(d);
    assert d < n;
    if n % d == 0 {
      NotPrime(n, d);
      return false;
    }
    NextCandidate(n, d);
    d := d + 1;
  }
  NoLargeDivisor(n, d);
  Prime(n);
  r := true;
  // </vc:code>
}
