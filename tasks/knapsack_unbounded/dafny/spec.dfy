function MaxInt(a: int, b: int): int
{
  if a >= b then a else b
}

// Best value with unlimited copies of items 0..n-1 and total weight at most cap: either no
// further copy of item n-1 is taken, or (when it fits) one more copy is taken.
function BestUnbounded(weights: seq<int>, values: seq<int>, n: int, cap: int): int
  requires 0 <= n <= |weights| && |weights| == |values|
  decreases n, cap
{
  if n == 0 then 0
  else if 1 <= weights[n - 1] <= cap then
    MaxInt(BestUnbounded(weights, values, n - 1, cap),
           BestUnbounded(weights, values, n, cap - weights[n - 1]) + values[n - 1])
  else BestUnbounded(weights, values, n - 1, cap)
}

predicate pre_knapsack_unbounded(weights: seq<int>, values: seq<int>, capacity: int)
{
  |weights| == |values| && |weights| <= 1000 && 0 <= capacity <= 100000 &&
  (forall i :: 0 <= i < |weights| ==> 1 <= weights[i] <= 100000) &&
  (forall i :: 0 <= i < |values| ==> 0 <= values[i] <= 1000000)
}

predicate post_knapsack_unbounded(weights: seq<int>, values: seq<int>, capacity: int, best: int)
{
  |weights| == |values| && best == BestUnbounded(weights, values, |weights|, capacity)
}

// <vc:helpers>
// </vc:helpers>

method KnapsackUnbounded(weights: seq<int>, values: seq<int>, capacity: int) returns (best: int)
  requires pre_knapsack_unbounded(weights, values, capacity)
  ensures post_knapsack_unbounded(weights, values, capacity, best)
{
  // <vc:code>
  // </vc:code>
}
