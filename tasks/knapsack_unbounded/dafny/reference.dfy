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
    invariant forall x :: 0 <= x <= capacity ==> dp[x] == BestUnbounded(weights, values, i, x)
  {
    var w := weights[i];
    c := 0;
    while c <= capacity
      invariant 0 <= c <= capacity + 1
      invariant forall x :: 0 <= x <= capacity ==>
        dp[x] == (if x < c then BestUnbounded(weights, values, i + 1, x) else BestUnbounded(weights, values, i, x))
    {
      if w <= c {
        var take := dp[c - w] + values[i];
        if take > dp[c] {
          dp[c] := take;
        }
      }
      c := c + 1;
    }
    i := i + 1;
  }
  best := dp[capacity];
  // </vc:code>
}
