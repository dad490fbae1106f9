// The product of the first k moduli: prod_upto(ms, k) = ms[0] * ... * ms[k-1] (1 when k = 0).
function prod_upto(ms: seq<int>, k: int): int
  requires 0 <= k <= |ms|
  decreases k
{
  if k == 0 then 1 else prod_upto(ms, k - 1) * ms[k - 1]
}

// The product of all the moduli.
function prod(ms: seq<int>): int
{
  prod_upto(ms, |ms|)
}

// p and q have no common divisor d >= 2 (every common divisor of p >= 2 is at most p).
predicate coprime_pair(p: int, q: int)
{
  forall d :: 2 <= d <= p ==> !(p % d == 0 && q % d == 0)
}

predicate pairwise_coprime(ms: seq<int>)
{
  forall i, j :: 0 <= i < j < |ms| ==> coprime_pair(ms[i], ms[j])
}

// Congruences x = rs[i] (mod ms[i]): moduli in [2, 10^9], pairwise coprime, with product at
// most 10^18 (shared with Verus's u64); residues 0 <= rs[i] < ms[i].
predicate pre_chinese_remainder(rs: seq<int>, ms: seq<int>)
{
  |rs| == |ms| &&
  (forall i :: 0 <= i < |ms| ==> 2 <= ms[i] <= 1000000000 && 0 <= rs[i] < ms[i]) &&
  pairwise_coprime(ms) &&
  prod(ms) <= 1000000000000000000
}

// x satisfies every congruence and lies in [0, M), M the product of the moduli; by the Chinese
// remainder theorem there is exactly one such x.
predicate post_chinese_remainder(rs: seq<int>, ms: seq<int>, x: int)
{
  |rs| == |ms| &&
  0 <= x < prod(ms) &&
  forall i :: 0 <= i < |ms| ==> ms[i] >= 1 && x % ms[i] == rs[i]
}

// <vc:helpers>
// </vc:helpers>

method ChineseRemainder(rs: seq<int>, ms: seq<int>) returns (x: int)
  requires pre_chinese_remainder(rs, ms)
  ensures post_chinese_remainder(rs, ms, x)
{
  // <vc:code>
  // </vc:code>
}
