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
function MaxInt(a: int, b: int): int
{
  if a >= b then a else b
}

// Best value with the first n items and limit cap (the classic recurrence).
function Best01(weights: seq<int>, values: seq<int>, n: int, cap: int): int
  requires 0 <= n <= |weights| && |weights| == |values|
  decreases n
{
  if n == 0 then 0
  else if weights[n - 1] <= cap then
    MaxInt(Best01(weights, values, n - 1, cap), Best01(weights, values, n - 1, cap - weights[n - 1]) + values[n - 1])
  else Best01(weights, values, n - 1, cap)
}

lemma MaskSumNonneg(xs: seq<int>, t: seq<bool>, k: int)
  requires forall i :: 0 <= i < |xs| ==> xs[i] >= 0
  ensures MaskSum(xs, t, k) >= 0
  decreases k
{
  if k > 0 && k <= |xs| && k <= |t| { MaskSumNonneg(xs, t, k - 1); }
}

lemma MaskSumZero(xs: seq<int>, t: seq<bool>, k: int)
  requires forall j :: 0 <= j < k && j < |t| ==> !t[j]
  ensures MaskSum(xs, t, k) == 0
  decreases k
{
  if k > 0 && k <= |xs| && k <= |t| { MaskSumZero(xs, t, k - 1); }
}

// Packing item p (not packed before) adds xs[p] to every total that covers p.
lemma MaskSumSet(xs: seq<int>, t: seq<bool>, p: int, k: int)
  requires 0 <= p < |t| && p < |xs| && !t[p] && p < k <= |xs| && k <= |t|
  ensures MaskSum(xs, t[p := true], k) == MaskSum(xs, t, k) + xs[p]
  decreases k
{
  if k - 1 > p {
    MaskSumSet(xs, t, p, k - 1);
  } else {
    MaskSumSame(xs, t, t[p := true], p);
  }
}

lemma MaskSumSame(xs: seq<int>, t1: seq<bool>, t2: seq<bool>, k: int)
  requires 0 <= k <= |t1| && k <= |t2| && t1[..k] == t2[..k]
  ensures MaskSum(xs, t1, k) == MaskSum(xs, t2, k)
  decreases k
{
  if k > 0 && k <= |xs| {
    assert t1[k - 1] == t1[..k][k - 1] == t2[..k][k - 1] == t2[k - 1];
    assert t1[..k - 1] == t1[..k][..k - 1];
    assert t2[..k - 1] == t2[..k][..k - 1];
    MaskSumSame(xs, t1, t2, k - 1);
  }
}

// No choice among the first k items with weight at most c is worth more than Best01(k, c).
lemma Upper01(weights: seq<int>, values: seq<int>, t: seq<bool>, k: int, c: int)
  requires |weights| == |values| == |t| && 0 <= k <= |weights|
  requires forall i :: 0 <= i < |weights| ==> weights[i] >= 0
  requires MaskSum(weights, t, k) <= c
  ensures MaskSum(values, t, k) <= Best01(weights, values, k, c)
  decreases k
{
  if k > 0 {
    MaskSumNonneg(weights, t, k - 1);
    if t[k - 1] {
      Upper01(weights, values, t, k - 1, c - weights[k - 1]);
    } else {
      Upper01(weights, values, t, k - 1, c);
    }
  }
}
// </vc:helpers>

method Knapsack01(weights: seq<int>, values: seq<int>, capacity: int) returns (best: int, take: seq<bool>)
  requires pre_knapsack_01(weights, values, capacity)
  ensures post_knapsack_01(weights, values, capacity, best, take)
{
  // <vc:code>
  var n := |weights|;
  var dp := new int[n + 1, capacity + 1];
  var c := 0;
  while c <= capacity
    invariant 0 <= c <= capacity + 1
    invariant forall x :: 0 <= x < c ==> dp[0, x] == 0
  {
    dp[0, c] := 0;
    c := c + 1;
  }
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant forall r, x :: 0 <= r <= i && 0 <= x <= capacity ==> dp[r, x] == Best01(weights, values, r, x)
  {
    c := 0;
    while c <= capacity
      invariant 0 <= c <= capacity + 1
      invariant forall r, x :: 0 <= r <= i && 0 <= x <= capacity ==> dp[r, x] == Best01(weights, values, r, x)
      invariant forall x :: 0 <= x < c ==> dp[i + 1, x] == Best01(weights, values, i + 1, x)
    {
      var v := dp[i, c];
      if weights[i] <= c && dp[i, c - weights[i]] + values[i] > v {
        v := dp[i, c - weights[i]] + values[i];
      }
      dp[i + 1, c] := v;
      c := c + 1;
    }
    i := i + 1;
  }
  best := dp[n, capacity];
  // Walk back from the last item: an item is packed exactly when it changes the table entry.
  var chosen := new bool[n](_ => false);
  MaskSumZero(weights, chosen[..], n);
  MaskSumZero(values, chosen[..], n);
  c := capacity;
  i := n;
  while i > 0
    invariant 0 <= i <= n && 0 <= c <= capacity
    invariant forall j :: 0 <= j < i ==> !chosen[j]
    invariant MaskSum(values, chosen[..], n) + Best01(weights, values, i, c) == best
    invariant MaskSum(weights, chosen[..], n) + c == capacity
    invariant forall r, x :: 0 <= r <= n && 0 <= x <= capacity ==> dp[r, x] == Best01(weights, values, r, x)
  {
    if dp[i, c] != dp[i - 1, c] {
      MaskSumSet(values, chosen[..], i - 1, n);
      MaskSumSet(weights, chosen[..], i - 1, n);
      chosen[i - 1] := true;
      c := c - weights[i - 1];
    }
    i := i - 1;
  }
  take := chosen[..];
  forall t: seq<bool> | fits_01(weights, t, capacity)
    ensures MaskSum(values, t, |values|) <= best
  {
    Upper01(weights, values, t, n, capacity);
  }
  // </vc:code>
}
