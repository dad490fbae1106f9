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
// </vc:helpers>



// Trial division by 2, 3 and then only the candidates 6k - 1 and 6k + 1 up to sqrt(n).
method IsPrime(n: int) returns (r: bool)
  requires pre_trial_division_optimized(n)
  ensures post_trial_division_optimized(n, r)
{
  // <vc:code>
  // </vc:code>
}
