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
// </vc:helpers>

method DiscreteLog(p: int, g: int, h: int) returns (found: bool, x: int)
  requires pre_discrete_logarithm(p, g, h)
  ensures post_discrete_logarithm(p, g, h, found, x)
{
  // <vc:code>
  // </vc:code>
}
