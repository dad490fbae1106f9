// A cut of a rod of length n = |prices| is given by counts: counts[t] >= 0 pieces of length
// t + 1. LenSum(counts, k) is the total length of the pieces shorter than k + 1, and
// CountSum(prices, counts, k) their total price (a piece of length t + 1 sells for prices[t]).
function LenSum(counts: seq<int>, k: int): int
  decreases k
{
  if k <= 0 || k > |counts| then 0 else LenSum(counts, k - 1) + counts[k - 1] * k
}

function CountSum(xs: seq<int>, counts: seq<int>, k: int): int
  decreases k
{
  if k <= 0 || k > |xs| || k > |counts| then 0
  else CountSum(xs, counts, k - 1) + counts[k - 1] * xs[k - 1]
}

// counts cuts the whole rod: its pieces have total length exactly n.
predicate cuts(prices: seq<int>, counts: seq<int>)
{
  |counts| == |prices| && (forall t :: 0 <= t < |counts| ==> counts[t] >= 0) &&
  LenSum(counts, |counts|) == |prices|
}

predicate pre_rod_cutting(prices: seq<int>)
{
  |prices| <= 1000 && (forall i :: 0 <= i < |prices| ==> 0 <= prices[i] <= 1000000)
}

// counts cuts the rod and sells for revenue, and no cut sells for more.
predicate post_rod_cutting(prices: seq<int>, revenue: int, counts: seq<int>)
{
  cuts(prices, counts) && CountSum(prices, counts, |prices|) == revenue &&
  forall c: seq<int> :: cuts(prices, c) ==> CountSum(prices, c, |prices|) <= revenue
}

// <vc:helpers>
// </vc:helpers>

method RodCutting(prices: seq<int>) returns (revenue: int, counts: seq<int>)
  requires pre_rod_cutting(prices)
  ensures post_rod_cutting(prices, revenue, counts)
{
  // <vc:code>
  // </vc:code>
}
