// A choice packs item i when take[i] is true. MaskSum(xs, take, k) is the total of xs over the
// packed items among the first k.
function MaskSum(xs: seq<int>, take: seq<bool>, k: int): int
  decreases k
{
  if k <= 0 || k > |xs| || k > |take| then 0
  else MaskSum(xs, take, k - 1) + (if take[k - 1] then xs[k - 1] else 0)
}

// A choice of items whose total weight is at most the capacity.
predicate fits_01(weights: seq<int>, take: seq<bool>, capacity: int)
{
  |take| == |weights| && MaskSum(weights, take, |weights|) <= capacity
}

predicate pre_knapsack_01(weights: seq<int>, values: seq<int>, capacity: int)
{
  |weights| == |values| && |weights| <= 1000 && 0 <= capacity <= 100000 &&
  (forall i :: 0 <= i < |weights| ==> 0 <= weights[i] <= 100000) &&
  (forall i :: 0 <= i < |values| ==> 0 <= values[i] <= 1000000)
}

// take is a choice that fits and is worth best, and no choice that fits is worth more.
predicate post_knapsack_01(weights: seq<int>, values: seq<int>, capacity: int, best: int, take: seq<bool>)
{
  |weights| == |values| && fits_01(weights, take, capacity) && MaskSum(values, take, |values|) == best &&
  forall t: seq<bool> :: fits_01(weights, t, capacity) ==> MaskSum(values, t, |values|) <= best
}

// <vc:helpers>
// </vc:helpers>

method Knapsack01(weights: seq<int>, values: seq<int>, capacity: int) returns (best: int, take: seq<bool>)
  requires pre_knapsack_01(weights, values, capacity)
  ensures post_knapsack_01(weights, values, capacity, best, take)
{
  // <vc:code>
  // </vc:code>
}
