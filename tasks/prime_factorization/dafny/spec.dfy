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
// </vc:helpers>

// Trial division: divide out every d = 2, 3, 4, ... while d * d <= the remaining cofactor m;
// a remaining m > 1 is the last prime factor.
method PrimeFactorization(n: int) returns (fs: seq<int>)
  requires pre_prime_factorization(n)
  ensures post_prime_factorization(n, fs)
{
  // <vc:code>
  // </vc:code>
}
