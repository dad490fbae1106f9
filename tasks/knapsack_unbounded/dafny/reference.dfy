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
function MaxInt(a: int, b: int): int
{
  if a >= b then a else b
}

// Best value with unlimited copies of kinds 0..n-1 and limit cap: either no further copy of
// kind n-1, or (when it fits) one more copy of it.
function BestU(weights: seq<int>, values: seq<int>, n: int, cap: int): int
  requires 0 <= n <= |weights| && |weights| == |values|
  decreases n, cap
{
  if n == 0 then 0
  else if 1 <= weights[n - 1] <= cap then
    MaxInt(BestU(weights, values, n - 1, cap), BestU(weights, values, n, cap - weights[n - 1]) + values[n - 1])
  else BestU(weights, values, n - 1, cap)
}

lemma CountSumNonneg(xs: seq<int>, c: seq<int>, k: int)
  requires forall i :: 0 <= i < |xs| ==> xs[i] >= 0
  requires forall i :: 0 <= i < |c| ==> c[i] >= 0
  ensures CountSum(xs, c, k) >= 0
  decreases k
{
  if k > 0 && k <= |xs| && k <= |c| {
    CountSumNonneg(xs, c, k - 1);
    assert c[k - 1] * xs[k - 1] >= 0;
  }
}

lemma CountSumSame(xs: seq<int>, c1: seq<int>, c2: seq<int>, k: int)
  requires 0 <= k <= |c1| && k <= |c2| && forall j :: 0 <= j < k ==> c1[j] == c2[j]
  ensures CountSum(xs, c1, k) == CountSum(xs, c2, k)
  decreases k
{
  if k > 0 && k <= |xs| { CountSumSame(xs, c1, c2, k - 1); }
}

// One more copy of kind p adds xs[p] to every total that covers p.
lemma CountSumInc(xs: seq<int>, c: seq<int>, p: int, k: int)
  requires 0 <= p < |c| && p < |xs| && p < k <= |xs| && k <= |c|
  ensures CountSum(xs, c[p := c[p] + 1], k) == CountSum(xs, c, k) + xs[p]
  decreases k
{
  if k - 1 > p {
    CountSumInc(xs, c, p, k - 1);
  } else {
    CountSumSame(xs, c, c[p := c[p] + 1], p);
    assert (c[p] + 1) * xs[p] == c[p] * xs[p] + xs[p];
  }
}

lemma BestMonotoneKinds(weights: seq<int>, values: seq<int>, k: int, cap: int)
  requires |weights| == |values| && 0 < k <= |weights|
  ensures BestU(weights, values, k - 1, cap) <= BestU(weights, values, k, cap)
{
}

// No choice over the first k kinds with weight at most cap is worth more than BestU(k, cap).
lemma UpperU(weights: seq<int>, values: seq<int>, c: seq<int>, k: int, cap: int)
  requires |weights| == |values| == |c| && 0 <= k <= |weights|
  requires forall i :: 0 <= i < |weights| ==> weights[i] >= 1
  requires forall i :: 0 <= i < |c| ==> c[i] >= 0
  requires CountSum(weights, c, k) <= cap
  ensures CountSum(values, c, k) <= BestU(weights, values, k, cap)
  decreases k, if k > 0 then c[k - 1] else 0
{
  if k > 0 {
    if c[k - 1] == 0 {
      UpperU(weights, values, c, k - 1, cap);
      BestMonotoneKinds(weights, values, k, cap);
    } else {
      var c2 := c[k - 1 := c[k - 1] - 1];
      assert c == c2[k - 1 := c2[k - 1] + 1];
      CountSumInc(weights, c2, k - 1, k);
      CountSumInc(values, c2, k - 1, k);
      CountSumNonneg(weights, c2, k);
      UpperU(weights, values, c2, k, cap - weights[k - 1]);
    }
  }
}

lemma CountSumZero(xs: seq<int>, c: seq<int>, k: int)
  requires forall j :: 0 <= j < |c| ==> c[j] == 0
  ensures CountSum(xs, c, k) == 0
  decreases k
{
  if k > 0 && k <= |xs| && k <= |c| { CountSumZero(xs, c, k - 1); }
}

// Row i + 1 of the table from row i (and from its own smaller limits).
method FillRowU(weights: seq<int>, values: seq<int>, capacity: int, dp: array2<int>, i: int)
  requires |weights| == |values| && 0 <= i < |weights| && 0 <= capacity && weights[i] >= 1
  requires dp.Length0 == |weights| + 1 && dp.Length1 == capacity + 1
  requires forall y :: 0 <= y <= capacity ==> dp[i, y] == BestU(weights, values, i, y)
  modifies dp
  ensures forall r, y :: 0 <= r < dp.Length0 && r != i + 1 && 0 <= y <= capacity ==> dp[r, y] == old(dp[r, y])
  ensures forall y :: 0 <= y <= capacity ==> dp[i + 1, y] == BestU(weights, values, i + 1, y)
{
  var next := i + 1;
  var x := 0;
  while x <= capacity
    invariant 0 <= x <= capacity + 1
    invariant forall r, y :: 0 <= r < dp.Length0 && r != next && 0 <= y <= capacity ==> dp[r, y] == old(dp[r, y])
    invariant forall y :: 0 <= y < x ==> dp[next, y] == BestU(weights, values, next, y)
  {
    var v := dp[i, x];
    if weights[i] <= x && dp[next, x - weights[i]] + values[i] > v {
      v := dp[next, x - weights[i]] + values[i];
    }
    dp[next, x] := v;
    x := x + 1;
  }
}

// Walk back through the table: at (i, x) either kind i-1 is done (the entry equals the one
// without it) or one more copy of it is taken.
method WalkBackU(weights: seq<int>, values: seq<int>, capacity: int, dp: array2<int>, best: int) returns (counts: seq<int>)
  requires pre_knapsack_unbounded(weights, values, capacity)
  requires dp.Length0 == |weights| + 1 && dp.Length1 == capacity + 1
  requires forall r, y :: 0 <= r <= |weights| && 0 <= y <= capacity ==> dp[r, y] == BestU(weights, values, r, y)
  requires best == BestU(weights, values, |weights|, capacity)
  ensures |counts| == |weights| && forall j :: 0 <= j < |counts| ==> counts[j] >= 0
  ensures CountSum(values, counts, |values|) == best
  ensures CountSum(weights, counts, |weights|) <= capacity
{
  var n := |weights|;
  var cnt := new int[n](_ => 0);
  assert forall j :: 0 <= j < n ==> cnt[..][j] == 0;
  assert CountSum(values, cnt[..], n) == 0 by { CountSumZero(values, cnt[..], n); }
  assert CountSum(weights, cnt[..], n) == 0 by { CountSumZero(weights, cnt[..], n); }
  var x := capacity;
  var i := n;
  while i > 0
    invariant 0 <= i <= n && 0 <= x <= capacity
    invariant forall j :: 0 <= j < n ==> cnt[j] >= 0
    invariant CountSum(values, cnt[..], n) + BestU(weights, values, i, x) == best
    invariant CountSum(weights, cnt[..], n) + x == capacity
    decreases i + x
  {
    if dp[i, x] != dp[i - 1, x] {
      CountSumInc(values, cnt[..], i - 1, n);
      CountSumInc(weights, cnt[..], i - 1, n);
      cnt[i - 1] := cnt[i - 1] + 1;
      x := x - weights[i - 1];
    } else {
      i := i - 1;
    }
  }
  counts := cnt[..];
}
// </vc:helpers>

method KnapsackUnbounded(weights: seq<int>, values: seq<int>, capacity: int) returns (best: int, counts: seq<int>)
  requires pre_knapsack_unbounded(weights, values, capacity)
  ensures post_knapsack_unbounded(weights, values, capacity, best, counts)
{
  // <vc:code>
  var n := |weights|;
  // dp[i, x] = best value with kinds 0..i-1 and limit x.
  var dp := new int[n + 1, capacity + 1];
  var x := 0;
  while x <= capacity
    invariant 0 <= x <= capacity + 1
    invariant forall y :: 0 <= y < x ==> dp[0, y] == 0
  {
    dp[0, x] := 0;
    x := x + 1;
  }
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant forall r, y :: 0 <= r <= i && 0 <= y <= capacity ==> dp[r, y] == BestU(weights, values, r, y)
  {
    FillRowU(weights, values, capacity, dp, i);
    i := i + 1;
  }
  best := dp[n, capacity];
  counts := WalkBackU(weights, values, capacity, dp, best);
  forall c: seq<int> | fits_unbounded(weights, c, capacity)
    ensures CountSum(values, c, |values|) <= best
  {
    UpperU(weights, values, c, n, capacity);
  }
  // </vc:code>
}
