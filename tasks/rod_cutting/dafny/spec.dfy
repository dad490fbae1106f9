function MaxInt(a: int, b: int): int
{
  if a >= b then a else b
}

// Best revenue for a rod of length len whose first piece has length at most k (a piece of
// length t sells for prices[t - 1]): the first piece has some length t in 1..min(k, len) and
// the rest of the rod, of length len - t, is cut optimally.
function RodBest(prices: seq<int>, len: int, k: int): int
  requires 0 <= len <= |prices| && 0 <= k
  decreases len, k
{
  if len == 0 || k == 0 then 0
  else MaxInt(RodBest(prices, len, k - 1),
              if k <= len then prices[k - 1] + RodBest(prices, len - k, len - k) else 0)
}

predicate pre_rod_cutting(prices: seq<int>)
{
  |prices| <= 1000 && (forall i :: 0 <= i < |prices| ==> 0 <= prices[i] <= 1000000)
}

predicate post_rod_cutting(prices: seq<int>, revenue: int)
{
  revenue == RodBest(prices, |prices|, |prices|)
}

// <vc:helpers>
// </vc:helpers>

method RodCutting(prices: seq<int>) returns (revenue: int)
  requires pre_rod_cutting(prices)
  ensures post_rod_cutting(prices, revenue)
{
  // <vc:code>
  // </vc:code>
}
