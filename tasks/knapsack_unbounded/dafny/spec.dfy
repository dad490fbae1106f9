// A choice takes counts[i] >= 0 copies of item kind i. CountSum(xs, counts, k) is the total
// sum of counts[i] * xs[i] over the first k kinds.
function CountSum(xs: seq<int>, counts: seq<int>, k: int): int
  decreases k
{
  if k <= 0 || k > |xs| || k > |counts| then 0
  else CountSum(xs, counts, k - 1) + counts[k - 1] * xs[k - 1]
}

// A choice of copies whose total weight is at most the capacity.
predicate fits_unbounded(weights: seq<int>, counts: seq<int>, capacity: int)
{
  |counts| == |weights| && (forall i :: 0 <= i < |counts| ==> counts[i] >= 0) &&
  CountSum(weights, counts, |weights|) <= capacity
}

predicate pre_knapsack_unbounded(weights: seq<int>, values: seq<int>, capacity: int)
{
  |weights| == |values| && |weights| <= 1000 && 0 <= capacity <= 100000 &&
  (forall i :: 0 <= i < |weights| ==> 1 <= weights[i] <= 100000) &&
  (forall i :: 0 <= i < |values| ==> 0 <= values[i] <= 1000000)
}

// counts is a choice that fits and is worth best, and no choice that fits is worth more.
predicate post_knapsack_unbounded(weights: seq<int>, values: seq<int>, capacity: int, best: int, counts: seq<int>)
{
  |weights| == |values| && fits_unbounded(weights, counts, capacity) &&
  CountSum(values, counts, |values|) == best &&
  forall c: seq<int> :: fits_unbounded(weights, c, capacity) ==> CountSum(values, c, |values|) <= best
}

// <vc:helpers>
// </vc:helpers>

method KnapsackUnbounded(weights: seq<int>, values: seq<int>, capacity: int) returns (best: int, counts: seq<int>)
  requires pre_knapsack_unbounded(weights, values, capacity)
  ensures post_knapsack_unbounded(weights, values, capacity, best, counts)
{
  // <vc:code>
  // </vc:code>
}
