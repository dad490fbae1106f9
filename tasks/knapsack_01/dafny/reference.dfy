function MaxInt(a: int, b: int): int
{
  if a >= b then a else b
}

// Best value of a subset of items 0..n-1 with total weight at most cap: item n-1 is either
// left out or (when it fits) taken, which enumerates every subset.
function BestKnapsack01(weights: seq<int>, values: seq<int>, n: int, cap: int): int
  requires 0 <= n <= |weights| && |weights| == |values|
  decreases n
{
  if n == 0 then 0
  else if weights[n - 1] <= cap then
    MaxInt(BestKnapsack01(weights, values, n - 1, cap),
           BestKnapsack01(weights, values, n - 1, cap - weights[n - 1]) + values[n - 1])
  else BestKnapsack01(weights, values, n - 1, cap)
}

predicate pre_knapsack_01(weights: seq<int>, values: seq<int>, capacity: int)
{
  |weights| == |values| && |weights| <= 1000 && 0 <= capacity <= 100000 &&
  (forall i :: 0 <= i < |weights| ==> 0 <= weights[i] <= 100000) &&
  (forall i :: 0 <= i < |values| ==> 0 <= values[i] <= 1000000)
}

predicate post_knapsack_01(weights: seq<int>, values: seq<int>, capacity: int, best: int)
{
  |weights| == |values| && best == BestKnapsack01(weights, values, |weights|, capacity)
}

// <vc:helpers>
// </vc:helpers>

method Knapsack01(weights: seq<int>, values: seq<int>, capacity: int) returns (best: int)
  requires pre_knapsack_01(weights, values, capacity)
  ensures post_knapsack_01(weights, values, capacity, best)
{
  // <vc:code>
  var dp := new int[capacity + 1];
  var c := 0;
  while c <= capacity
    invariant 0 <= c <= capacity + 1
    invariant forall x :: 0 <= x < c ==> dp[x] == 0
  {
    dp[c] := 0;
    c := c + 1;
  }
  var i := 0;
  while i < |weights|
    invariant 0 <= i <= |weights|
    invariant forall x :: 0 <= x <= capacity ==> dp[x] == BestKnapsack01(weights, values, i, x)
  {
    var w := weights[i];
    c := capacity;
    while c >= 0 && c >= w
      invariant -1 <= c <= capacity
      invariant forall x :: 0 <= x <= capacity ==>
        dp[x] == (if x > c then BestKnapsack01(weights, values, i + 1, x) else BestKnapsack01(weights, values, i, x))
    {
      var take := dp[c - w] + values[i];
      if take > dp[c] {
        dp[c] := take;
      }
      c := c - 1;
    }
    i := i + 1;
  }
  best := dp[capacity];
  // </vc:code>
}
