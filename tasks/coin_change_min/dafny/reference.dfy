// A choice uses counts[i] copies of coin value coins[i]. CountSum(xs, counts, k) is the sum of
// counts[i] * xs[i] over the first k values; Total(counts, k) the number of coins among them.
function CountSum(xs: seq<int>, counts: seq<int>, k: int): int
  decreases k
{
  if k <= 0 || k > |xs| || k > |counts| then 0
  else CountSum(xs, counts, k - 1) + counts[k - 1] * xs[k - 1]
}

function Total(counts: seq<int>, k: int): int
  decreases k
{
  if k <= 0 || k > |counts| then 0 else Total(counts, k - 1) + counts[k - 1]
}

// counts (one non-negative count per coin value) makes exactly amount.
predicate makes(coins: seq<int>, counts: seq<int>, amount: int)
{
  |counts| == |coins| && (forall i :: 0 <= i < |counts| ==> counts[i] >= 0) &&
  CountSum(coins, counts, |coins|) == amount
}

predicate pre_coin_change_min(coins: seq<int>, amount: int)
{
  |coins| <= 1000 && 0 <= amount <= 100000 &&
  (forall i :: 0 <= i < |coins| ==> 1 <= coins[i] <= 100000)
}

// Either no choice makes amount (count is -1, counts is empty), or counts makes amount with
// count coins and no choice that makes amount uses fewer.
predicate post_coin_change_min(coins: seq<int>, amount: int, count: int, counts: seq<int>)
{
  (count == -1 && counts == [] && forall c: seq<int> :: !makes(coins, c, amount)) ||
  (makes(coins, counts, amount) && Total(counts, |counts|) == count &&
   forall c: seq<int> :: makes(coins, c, amount) ==> count <= Total(c, |c|))
}

// <vc:helpers>
// Minimum of two counts where -1 stands for "impossible".
function CombineMin(a: int, b: int): int
{
  if a < 0 then b else if b < 0 then a else if a <= b then a else b
}

// Fewest coins (unlimited copies of coins[0..n-1]) making exactly amount, or -1: either no
// further copy of coins[n-1], or one more copy of it.
function MinCoins(coins: seq<int>, n: int, amount: int): int
  requires 0 <= n <= |coins|
  decreases n, amount
{
  if amount == 0 then 0
  else if n == 0 then -1
  else CombineMin(MinCoins(coins, n - 1, amount),
                  if 1 <= coins[n - 1] <= amount && MinCoins(coins, n, amount - coins[n - 1]) >= 0
                  then MinCoins(coins, n, amount - coins[n - 1]) + 1 else -1)
}

lemma MinCoinsRange(coins: seq<int>, n: int, amount: int)
  requires 0 <= n <= |coins|
  ensures MinCoins(coins, n, amount) >= -1
  decreases n, amount
{
  if amount != 0 && n != 0 {
    MinCoinsRange(coins, n - 1, amount);
    if 1 <= coins[n - 1] <= amount { MinCoinsRange(coins, n, amount - coins[n - 1]); }
  }
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
  ensures CountSum(xs, c1, k) == CountSum(xs, c2, k) && Total(c1, k) == Total(c2, k)
  decreases k
{
  if k > 0 { CountSumSame(xs, c1, c2, k - 1); }
}

// One more copy of value p adds xs[p] to every sum and 1 to every count that covers p.
lemma CountSumInc(xs: seq<int>, c: seq<int>, p: int, k: int)
  requires 0 <= p < |c| && p < |xs| && p < k <= |xs| && k <= |c|
  ensures CountSum(xs, c[p := c[p] + 1], k) == CountSum(xs, c, k) + xs[p]
  ensures Total(c[p := c[p] + 1], k) == Total(c, k) + 1
  decreases k
{
  if k - 1 > p {
    CountSumInc(xs, c, p, k - 1);
  } else {
    CountSumSame(xs, c, c[p := c[p] + 1], p);
    assert (c[p] + 1) * xs[p] == c[p] * xs[p] + xs[p];
  }
}

lemma CountSumZero(xs: seq<int>, c: seq<int>, k: int)
  requires forall j :: 0 <= j < |c| ==> c[j] == 0
  ensures CountSum(xs, c, k) == 0 && Total(c, k) == 0
  decreases k
{
  if k > 0 && k <= |c| { CountSumZero(xs, c, k - 1); }
}

// Every choice over the first k values making a uses at least MinCoins(k, a) >= 0 coins.
lemma Lower(coins: seq<int>, c: seq<int>, k: int, a: int)
  requires |c| == |coins| && 0 <= k <= |coins|
  requires forall i :: 0 <= i < |coins| ==> coins[i] >= 1
  requires forall i :: 0 <= i < |c| ==> c[i] >= 0
  requires CountSum(coins, c, k) == a
  ensures 0 <= MinCoins(coins, k, a) <= Total(c, k)
  decreases k, if k > 0 then c[k - 1] else 0
{
  MinCoinsRange(coins, k, a);
  if k > 0 {
    if c[k - 1] == 0 {
      Lower(coins, c, k - 1, a);
      CountSumNonneg(coins, c, k - 1);
    } else {
      var c2 := c[k - 1 := c[k - 1] - 1];
      assert c == c2[k - 1 := c2[k - 1] + 1];
      CountSumInc(coins, c2, k - 1, k);
      CountSumNonneg(coins, c2, k);
      Lower(coins, c2, k, a - coins[k - 1]);
    }
  } else {
    assert a == 0;
  }
}

method FillRowC(coins: seq<int>, amount: int, dp: array2<int>, i: int)
  requires 0 <= i < |coins| && 0 <= amount && coins[i] >= 1
  requires dp.Length0 == |coins| + 1 && dp.Length1 == amount + 1
  requires forall r, y :: 0 <= r <= i && 0 <= y <= amount ==> dp[r, y] == MinCoins(coins, r, y)
  modifies dp
  ensures forall r, y :: 0 <= r <= i + 1 && 0 <= y <= amount ==> dp[r, y] == MinCoins(coins, r, y)
{
  var next := i + 1;
  var x := 0;
  while x <= amount
    invariant 0 <= x <= amount + 1
    invariant forall r, y :: 0 <= r <= i && 0 <= y <= amount ==> dp[r, y] == MinCoins(coins, r, y)
    invariant forall y :: 0 <= y < x ==> dp[next, y] == MinCoins(coins, next, y)
  {
    var v := dp[i, x];
    if x == 0 {
      v := 0;
    } else if coins[i] <= x && dp[next, x - coins[i]] >= 0 {
      var cand := dp[next, x - coins[i]] + 1;
      if v < 0 || cand < v {
        v := cand;
      }
    }
    dp[next, x] := v;
    x := x + 1;
  }
}

// Walk back through the table: at (i, a) either value i-1 is done (the entry equals the one
// without it) or one more coin of value i-1 is used.
method WalkBackC(coins: seq<int>, amount: int, dp: array2<int>) returns (counts: seq<int>)
  requires pre_coin_change_min(coins, amount)
  requires dp.Length0 == |coins| + 1 && dp.Length1 == amount + 1
  requires forall r, y :: 0 <= r <= |coins| && 0 <= y <= amount ==> dp[r, y] == MinCoins(coins, r, y)
  requires MinCoins(coins, |coins|, amount) >= 0
  ensures makes(coins, counts, amount) && Total(counts, |counts|) == MinCoins(coins, |coins|, amount)
{
  var n := |coins|;
  var cnt := new int[n](_ => 0);
  CountSumZero(coins, cnt[..], n);
  var a := amount;
  var i := n;
  while a > 0
    invariant 0 <= i <= n && 0 <= a <= amount
    invariant forall j :: 0 <= j < n ==> cnt[j] >= 0
    invariant MinCoins(coins, i, a) >= 0
    invariant Total(cnt[..], n) + MinCoins(coins, i, a) == MinCoins(coins, n, amount)
    invariant CountSum(coins, cnt[..], n) + a == amount
    decreases i + a
  {
    if dp[i, a] != dp[i - 1, a] {
      CountSumInc(coins, cnt[..], i - 1, n);
      cnt[i - 1] := cnt[i - 1] + 1;
      a := a - coins[i - 1];
    } else {
      i := i - 1;
    }
  }
  counts := cnt[..];
}
// </vc:helpers>

method CoinChangeMin(coins: seq<int>, amount: int) returns (count: int, counts: seq<int>)
  requires pre_coin_change_min(coins, amount)
  ensures post_coin_change_min(coins, amount, count, counts)
{
  // <vc:code>
  var n := |coins|;
  // dp[i, x] = fewest coins of values 0..i-1 making exactly x, or -1.
  var dp := new int[n + 1, amount + 1];
  var x := 0;
  while x <= amount
    invariant 0 <= x <= amount + 1
    invariant forall y :: 0 <= y < x ==> dp[0, y] == (if y == 0 then 0 else -1)
  {
    dp[0, x] := if x == 0 then 0 else -1;
    x := x + 1;
  }
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant forall r, y :: 0 <= r <= i && 0 <= y <= amount ==> dp[r, y] == MinCoins(coins, r, y)
  {
    FillRowC(coins, amount, dp, i);
    i := i + 1;
  }
  count := dp[n, amount];
  MinCoinsRange(coins, n, amount);
  if count < 0 {
    counts := [];
    forall c: seq<int> | makes(coins, c, amount)
      ensures false
    {
      Lower(coins, c, n, amount);
    }
  } else {
    counts := WalkBackC(coins, amount, dp);
    forall c: seq<int> | makes(coins, c, amount)
      ensures count <= Total(c, |c|)
    {
      Lower(coins, c, n, amount);
    }
  }
  // </vc:code>
}
