// has_divisor_below(n, k): some d with 2 <= d < k divides n.
predicate has_divisor_below(n: int, k: int)
  decreases k
{
  k > 2 && (n % (k - 1) == 0 || has_divisor_below(n, k - 1))
}

predicate is_prime(n: int)
{
  n >= 2 && !has_divisor_below(n, n)
}

// primes_match(s, k): s[m] == is_prime(m) for every m < k (and k <= |s|).
predicate primes_match(s: seq<bool>, k: int)
  decreases k
{
  k <= 0 || (k <= |s| && s[k - 1] == is_prime(k - 1) && primes_match(s, k - 1))
}

predicate pre_sieve_of_eratosthenes(n: int)
{
  0 <= n <= 100000
}

predicate post_sieve_of_eratosthenes(n: int, s: seq<bool>)
{
  |s| == n + 1 && primes_match(s, n + 1)
}

// <vc:helpers>
// k has no divisor d with 2 <= d < i and d < k.
predicate sieved(k: int, i: int)
{
  forall d :: 2 <= d < i && d < k ==> k % d != 0
}

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

lemma SievedIsPrime(k: int, i: int)
  requires 2 <= k < i
  ensures sieved(k, i) <==> is_prime(k)
{
  if sieved(k, i) {
    NoDivisor(k, k);
  } else {
    var d :| 2 <= d < i && d < k && k % d == 0;
    DivisorWitness(k, k, d);
  }
}

lemma MatchAll(s: seq<bool>, k: int)
  requires 0 <= k <= |s|
  requires forall m :: 0 <= m < k ==> s[m] == is_prime(m)
  ensures primes_match(s, k)
  decreases k
{
  if k > 0 {
    MatchAll(s, k - 1);
  }
}

lemma MulMod(d: int, m: int)
  requires d > 0
  ensures (d * m) % d == 0
{
  assert (d * m) / d == m;
}

// Divisibility is transitive.
lemma ModTrans(k: int, i: int, d: int)
  requires d > 0 && i > 0 && k % i == 0 && i % d == 0
  ensures k % d == 0
{
  var q1 := k / i;
  var q2 := i / d;
  assert k == i * q1;
  assert i == d * q2;
  assert k == d * (q2 * q1);
  MulMod(d, q2 * q1);
}

// Between two consecutive multiples of i there is no other multiple of i.
lemma NextMultiple(i: int, j: int, k: int)
  requires i > 0 && j % i == 0 && k % i == 0 && j <= k < j + i
  ensures k == j
{
  var a := j / i;
  var b := k / i;
  assert j == i * a;
  assert k == i * b;
  if b > a {
    assert i * b >= i * (a + 1);
    assert false;
  }
  if b < a {
    assert i * b <= i * (a - 1);
    assert false;
  }
}

lemma AddMod(i: int, j: int)
  requires i > 0 && j % i == 0
  ensures (j + i) % i == 0
{
  var c := j / i;
  assert j == i * c;
  assert j + i == i * (c + 1);
  MulMod(i, c + 1);
}

lemma SievedStep(m: int, i: int)
  requires i >= 2
  ensures sieved(m, i + 1) == (sieved(m, i) && !(i < m && m % i == 0))
{
}

// If i is composite, its multiples above i were already crossed out by a smaller divisor.
lemma SkipAll(i: int, m: int)
  requires 2 <= i && !sieved(i, i)
  ensures sieved(m, i + 1) == sieved(m, i)
{
  SievedStep(m, i);
  if m > i && sieved(m, i) && m % i == 0 {
    var d :| 2 <= d < i && d < i && i % d == 0;
    ModTrans(m, i, d);
    assert false;
  }
}

// Cross out every multiple m of i with i < m <= n.
method MarkMultiples(a: array<bool>, n: int, i: int)
  requires a.Length == n + 1 && 2 <= i
  modifies a
  ensures forall m :: 0 <= m <= n ==> a[m] == (old(a[m]) && !(i < m && m % i == 0))
{
  var j := i + i;
  MulMod(i, 2);
  assert i * 2 == j;
  while j <= n
    invariant i + i <= j && j % i == 0
    invariant forall m :: 0 <= m <= n ==> a[m] == (old(a[m]) && !(i < m < j && m % i == 0))
    decreases n + 1 - j
  {
    a[j] := false;
    forall m | j < m < j + i && m % i == 0
      ensures false
    {
      NextMultiple(i, j, m);
    }
    AddMod(i, j);
    j := j + i;
  }
}

// One round of the sieve: cross out the proper multiples of i when i is still marked.
method CrossOut(a: array<bool>, n: int, i: int)
  requires a.Length == n + 1 && 2 <= i <= n
  requires forall m :: 0 <= m <= n ==> a[m] == (m >= 2 && sieved(m, i))
  modifies a
  ensures forall m :: 0 <= m <= n ==> a[m] == (m >= 2 && sieved(m, i + 1))
{
  if a[i] {
    MarkMultiples(a, n, i);
    forall m | 0 <= m <= n
      ensures a[m] == (m >= 2 && sieved(m, i + 1))
    {
      SievedStep(m, i);
    }
  } else {
    forall m | 0 <= m <= n
      ensures a[m] == (m >= 2 && sieved(m, i + 1))
    {
      SkipAll(i, m);
    }
  }
}
// </vc:helpers>

method Sieve(n: int) returns (s: seq<bool>)
  requires pre_sieve_of_eratosthenes(n)
  ensures post_sieve_of_eratosthenes(n, s)
{
  // <vc:code>
  var a := new bool[n + 1];
  var k := 0;
  while k <= n
    invariant 0 <= k <= n + 1
    invariant forall m :: 0 <= m < k ==> a[m] == (m >= 2)
    decreases n + 1 - k
  {
    a[k] := k >= 2;
    k := k + 1;
  }
  var i := 2;
  while i <= n
    invariant 2 <= i
    invariant forall m :: 0 <= m <= n ==> a[m] == (m >= 2 && sieved(m, i))
    decreases n + 1 - i
  {
    CrossOut(a, n, i);
    i := i + 1;
  }
  s := a[..];
  forall m | 0 <= m <= n
    ensures s[m] == is_prime(m)
  {
    if m >= 2 {
      SievedIsPrime(m, i);
    }
  }
  MatchAll(s, n + 1);
  // </vc:code>
}
