// Polynomials are coefficient sequences, lowest degree first.
// coef(p, q, k, i) = sum over i <= i' < |p| of p[i'] * q[k - i'] (terms with k - i' outside q count 0).
function coef(p: seq<int>, q: seq<int>, k: int, i: int): int
  decreases |p| - i
{
  if i < 0 || i >= |p| then 0
  else (if 0 <= k - i < |q| then p[i] * q[k - i] else 0) + coef(p, q, k, i + 1)
}

// r[k'] == coef(p, q, k', 0) for every k <= k' < |r|.
predicate coefs_match(p: seq<int>, q: seq<int>, r: seq<int>, k: int)
  decreases |r| - k
{
  k < 0 || k >= |r| || (r[k] == coef(p, q, k, 0) && coefs_match(p, q, r, k + 1))
}

predicate pre_karatsuba_polynomial_multiplication(p: seq<int>, q: seq<int>)
{
  1 <= |p| <= 1000 && 1 <= |q| <= 1000 &&
  (forall i :: 0 <= i < |p| ==> -1000 <= p[i] <= 1000) &&
  (forall j :: 0 <= j < |q| ==> -1000 <= q[j] <= 1000)
}

predicate post_karatsuba_polynomial_multiplication(p: seq<int>, q: seq<int>, r: seq<int>)
{
  |r| == |p| + |q| - 1 && coefs_match(p, q, r, 0)
}

// <vc:helpers>
// </vc:helpers>

method KaratsubaMul(p: array<int>, q: array<int>) returns (r: seq<int>)
  requires pre_karatsuba_polynomial_multiplication(p[..], q[..])
  ensures post_karatsuba_polynomial_multiplication(p[..], q[..], r)
{
  // <vc:code>
  // </vc:code>
}
