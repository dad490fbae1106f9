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
// </vc:helpers>

method Sieve(n: int) returns (s: seq<bool>)
  requires pre_sieve_of_eratosthenes(n)
  ensures post_sieve_of_eratosthenes(n, s)
{
  // <vc:code>
  // </vc:code>
}
