function Pow(b: int, e: nat): int
  decreases e
{
  if e == 0 then 1 else b * Pow(b, e - 1)
}

predicate pre_fast_modular_exponentiation(b: int, e: int, m: int)
{
  0 <= b <= 1000000000 && 0 <= e <= 1000000000 && 1 <= m <= 1000000000
}

predicate post_fast_modular_exponentiation(b: int, e: int, m: int, r: int)
{
  0 <= e && 1 <= m && r == Pow(b, e) % m
}

// <vc:helpers>
// </vc:helpers>

method ModPow(b: int, e: int, m: int) returns (r: int)
  requires pre_fast_modular_exponentiation(b, e, m)
  ensures post_fast_modular_exponentiation(b, e, m, r)
{
  // <vc:code>
  // </vc:code>
}
