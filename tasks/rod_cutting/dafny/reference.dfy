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
function MaxInt(a: int, b: int): int
{
  if a >= b then a else b
}

// Best revenue for a rod of length len whose first piece has length at most k.
function RodBest(prices: seq<int>, len: int, k: int): int
  requires 0 <= len <= |prices| && 0 <= k
  decreases len, k
{
  if len == 0 || k == 0 then 0
  else MaxInt(RodBest(prices, len, k - 1),
              if k <= len then prices[k - 1] + RodBest(prices, len - k, len - k) else 0)
}

lemma RodNonneg(prices: seq<int>, len: int, k: int)
  requires 0 <= len <= |prices| && 0 <= k
  ensures RodBest(prices, len, k) >= 0
  decreases len, k
{
  if len != 0 && k != 0 { RodNonneg(prices, len, k - 1); }
}

lemma RodMono(prices: seq<int>, len: int, k1: int, k2: int)
  requires 0 <= len <= |prices| && 0 <= k1 <= k2
  ensures RodBest(prices, len, k1) <= RodBest(prices, len, k2)
  decreases k2
{
  if k1 < k2 { RodMono(prices, len, k1, k2 - 1); }
}

// A first piece of length t followed by the best cut of the rest is no better than the best.
lemma FirstPiece(prices: seq<int>, len: int, t: int)
  requires 1 <= t <= len <= |prices|
  ensures prices[t - 1] + RodBest(prices, len - t, len - t) <= RodBest(prices, len, len)
{
  RodMono(prices, len, t, len);
}

lemma SumsSame(xs: seq<int>, c1: seq<int>, c2: seq<int>, k: int)
  requires 0 <= k <= |c1| && k <= |c2| && forall j :: 0 <= j < k ==> c1[j] == c2[j]
  ensures CountSum(xs, c1, k) == CountSum(xs, c2, k) && LenSum(c1, k) == LenSum(c2, k)
  decreases k
{
  if k > 0 { SumsSame(xs, c1, c2, k - 1); }
}

// One more piece of length p + 1 adds p + 1 to the length and xs[p] to the price.
lemma SumsInc(xs: seq<int>, c: seq<int>, p: int, k: int)
  requires 0 <= p < |c| && p < |xs| && p < k <= |xs| && k <= |c|
  ensures CountSum(xs, c[p := c[p] + 1], k) == CountSum(xs, c, k) + xs[p]
  ensures LenSum(c[p := c[p] + 1], k) == LenSum(c, k) + p + 1
  decreases k
{
  if k - 1 > p {
    SumsInc(xs, c, p, k - 1);
  } else {
    SumsSame(xs, c, c[p := c[p] + 1], p);
    assert (c[p] + 1) * xs[p] == c[p] * xs[p] + xs[p];
    assert (c[p] + 1) * (p + 1) == c[p] * (p + 1) + p + 1;
  }
}

lemma SumsZero(xs: seq<int>, c: seq<int>, k: int)
  requires forall j :: 0 <= j < |c| ==> c[j] == 0
  ensures CountSum(xs, c, k) == 0 && LenSum(c, k) == 0
  decreases k
{
  if k > 0 && k <= |c| { SumsZero(xs, c, k - 1); }
}

// Every piece counted below k contributes its length to LenSum.
lemma LenSumBound(c: seq<int>, t: int, k: int)
  requires 0 <= t < k <= |c| && forall j :: 0 <= j < |c| ==> c[j] >= 0
  ensures c[t] * (t + 1) <= LenSum(c, k) && LenSum(c, k) >= 0
  decreases k
{
  LenSumNonneg(c, k - 1);
  assert c[k - 1] * k >= 0;
  if t < k - 1 { LenSumBound(c, t, k - 1); }
}

lemma LenSumNonneg(c: seq<int>, k: int)
  requires forall j :: 0 <= j < |c| ==> c[j] >= 0
  ensures LenSum(c, k) >= 0
  decreases k
{
  if k > 0 && k <= |c| { LenSumNonneg(c, k - 1); assert c[k - 1] * k >= 0; }
}

// No cut into pieces of total length L sells for more than the best cut of a rod of length L.
lemma UpperRod(prices: seq<int>, c: seq<int>, L: int)
  requires pre_rod_cutting(prices) && |c| == |prices|
  requires forall j :: 0 <= j < |c| ==> c[j] >= 0
  requires 0 <= L <= |prices| && LenSum(c, |c|) == L
  ensures CountSum(prices, c, |c|) <= RodBest(prices, L, L)
  decreases L
{
  var n := |c|;
  RodNonneg(prices, L, L);
  if exists t :: 0 <= t < n && c[t] > 0 {
    var t :| 0 <= t < n && c[t] > 0;
    LenSumBound(c, t, n);
    var c2 := c[t := c[t] - 1];
    assert c == c2[t := c2[t] + 1];
    SumsInc(prices, c2, t, n);
    LenSumNonneg(c2, n);
    UpperRod(prices, c2, L - t - 1);
    FirstPiece(prices, L, t + 1);
  } else {
    SumsZero(prices, c, n);
  }
}

// Walk the first-piece table from the whole rod: take the recorded best first piece, go on
// with the rest.
method WalkBackRod(prices: seq<int>, r: array<int>, first: array<int>) returns (counts: seq<int>)
  requires pre_rod_cutting(prices)
  requires r.Length == |prices| + 1 && first.Length == |prices| + 1
  requires forall j :: 0 <= j <= |prices| ==> r[j] == RodBest(prices, j, j)
  requires forall j :: 1 <= j <= |prices| ==> 1 <= first[j] <= j && r[j] == prices[first[j] - 1] + r[j - first[j]]
  ensures cuts(prices, counts) && CountSum(prices, counts, |prices|) == r[|prices|]
{
  var n := |prices|;
  var cnt := new int[n](_ => 0);
  SumsZero(prices, cnt[..], n);
  var len := n;
  while len > 0
    invariant 0 <= len <= n
    invariant forall j :: 0 <= j < n ==> cnt[j] >= 0
    invariant CountSum(prices, cnt[..], n) + r[len] == r[n]
    invariant LenSum(cnt[..], n) + len == n
    decreases len
  {
    var t := first[len];
    SumsInc(prices, cnt[..], t - 1, n);
    cnt[t - 1] := cnt[t - 1] + 1;
    len := len - t;
  }
  counts := cnt[..];
}
// </vc:helpers>

method RodCutting(prices: seq<int>) returns (revenue: int, counts: seq<int>)
  requires pre_rod_cutting(prices)
  ensures post_rod_cutting(prices, revenue, counts)
{
  // <vc:code>
  var n := |prices|;
  // r[j] = best revenue for length j; first[j] = a best first piece for length j (j >= 1).
  var r := new int[n + 1];
  var first := new int[n + 1];
  r[0] := 0;
  first[0] := 0;
  var j := 1;
  while j <= n
    invariant 1 <= j <= n + 1
    invariant forall x :: 0 <= x < j ==> r[x] == RodBest(prices, x, x)
    invariant forall x :: 1 <= x < j ==> 1 <= first[x] <= x && r[x] == prices[first[x] - 1] + r[x - first[x]]
  {
    var best := 0;
    var f := 0;
    var t := 1;
    while t <= j
      invariant 1 <= t <= j + 1
      invariant best == RodBest(prices, j, t - 1)
      invariant t > 1 ==> 1 <= f < t && best == prices[f - 1] + r[j - f]
      invariant forall x :: 0 <= x < j ==> r[x] == RodBest(prices, x, x)
      invariant forall x :: 1 <= x < j ==> 1 <= first[x] <= x && r[x] == prices[first[x] - 1] + r[x - first[x]]
    {
      var cand := prices[t - 1] + r[j - t];
      RodNonneg(prices, j - t, j - t);
      if t == 1 || cand > best {
        best := cand;
        f := t;
      }
      t := t + 1;
    }
    r[j] := best;
    first[j] := f;
    j := j + 1;
  }
  revenue := r[n];
  counts := WalkBackRod(prices, r, first);
  forall c: seq<int> | cuts(prices, c)
    ensures CountSum(prices, c, |prices|) <= revenue
  {
    UpperRod(prices, c, n);
  }
  // </vc:code>
}
