function Pow(b: int, e: nat): int
  decreases e
{
  if e == 0 then 1 else b * Pow(b, e - 1)
}

predicate pre_integer_power(b: int, e: int)
{
  0 <= b <= 1000000000 && 0 <= e <= 1000000000 && Pow(b, e) <= 1000000000000000000
}

predicate post_integer_power(b: int, e: int, r: int)
{
  0 <= e && r == Pow(b, e)
}

// <vc:helpers>
// </vc:helpers>

method Power(b: int, e: int) returns (r: int)
  requires pre_integer_power(b, e)
  ensures post_integer_power(b, e, r)
{
  // <vc:code>
  // </vc:code>
}
