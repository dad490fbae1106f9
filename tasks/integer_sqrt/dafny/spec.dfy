predicate pre_integer_sqrt(n: int)
{
  0 <= n <= 1000000000000000000
}

predicate post_integer_sqrt(n: int, r: int)
{
  0 <= r && r * r <= n && n < (r + 1) * (r + 1)
}

// <vc:helpers>
// </vc:helpers>

method IntegerSqrt(n: int) returns (r: int)
  requires pre_integer_sqrt(n)
  ensures post_integer_sqrt(n, r)
{
  // <vc:code>
  // </vc:code>
}
