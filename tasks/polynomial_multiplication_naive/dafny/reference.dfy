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

predicate pre_polynomial_multiplication_naive(p: seq<int>, q: seq<int>)
{
  1 <= |p| <= 1000 && 1 <= |q| <= 1000 &&
  (forall i :: 0 <= i < |p| ==> -1000 <= p[i] <= 1000) &&
  (forall j :: 0 <= j < |q| ==> -1000 <= q[j] <= 1000)
}

predicate post_polynomial_multiplication_naive(p: seq<int>, q: seq<int>, r: seq<int>)
{
  |r| == |p| + |q| - 1 && coefs_match(p, q, r, 0)
}

// <vc:helpers>
lemma MatchAll(p: seq<int>, q: seq<int>, r: seq<int>, k: int)
  requires 0 <= k
  requires forall t :: 0 <= t < |r| ==> r[t] == coef(p, q, t, 0)
  ensures coefs_match(p, q, r, k)
  decreases |r| - k
{
  if k < |r| {
    MatchAll(p, q, r, k + 1);
  }
}
// </vc:helpers>

method PolyMul(p: array<int>, q: array<int>) returns (r: seq<int>)
  requires pre_polynomial_multiplication_naive(p[..], q[..])
  ensures post_polynomial_multiplication_naive(p[..], q[..], r)
{
  // <vc:code>
  var m := p.Length + q.Length - 1;
  var c := new int[m];
  var t := 0;
  while t < m
    invariant 0 <= t <= m
    invariant forall k :: 0 <= k < t ==> c[k] == 0
    decreases m - t
  {
    c[t] := 0;
    t := t + 1;
  }
  // Add the products p[i] * q[j] into c[i + j], for i from the highest degree down.
  var i := p.Length;
  while i > 0
    invariant 0 <= i <= p.Length
    invariant forall k :: 0 <= k < m ==> c[k] == coef(p[..], q[..], k, i)
    decreases i
  {
    i := i - 1;
    var j := 0;
    while j < q.Length
      invariant 0 <= j <= q.Length
      invariant forall k :: 0 <= k < m ==>
        c[k] == coef(p[..], q[..], k, i + 1) + (if i <= k < i + j then p[i] * q[k - i] else 0)
      decreases q.Length - j
    {
      c[i + j] := c[i + j] + p[i] * q[j];
      j := j + 1;
    }
  }
  r := c[..];
  MatchAll(p[..], q[..], r, 0);
  // </vc:code>
}
