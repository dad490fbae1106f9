predicate pre_integer_sqrt(n: int)
{
  0 <= n <= 1000000000000000000
}

predicate post_integer_sqrt(n: int, r: int)
{
  0 <= r && r * r <= n && n < (r + 1) * (r + 1)
}

// <vc:helpers>
lemma SquareAtLeast(k: int)
  requires k >= 1
  ensures k <= k * k
{
  assert k * k == k * (k - 1) + k;
  assert k * (k - 1) >= 0;
}
// </vc:helpers>

method IntegerSqrt(n: int) returns (r: int)
  requires pre_integer_sqrt(n)
  ensures post_integer_sqrt(n, r)
{
  // <vc:code>
  // Binary search for the largest lo with lo * lo <= n, keeping n < hi * hi.
  var lo := 0;
  var hi := if n < 1000000000 then n + 1 else 1000000001;
  SquareAtLeast(hi);
  assert n < hi * hi;
  while hi - lo > 1
    invariant 0 <= lo < hi <= 1000000001
    invariant lo * lo <= n < hi * hi
    decreases hi - lo
  {
    var mid := lo + (hi - lo) / 2;
    if mid * mid <= n {
      lo := mid;
    } else {
      hi := mid;
    }
  }
  assert hi == lo + 1;
  r := lo;
  // </vc:code>
}
