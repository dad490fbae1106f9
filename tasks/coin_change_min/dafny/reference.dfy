// Minimum of two counts where -1 stands for "impossible".
function CombineMin(a: int, b: int): int
{
  if a < 0 then b else if b < 0 then a else if a <= b then a else b
}

// Fewest coins (unlimited copies of coins[0..n-1]) summing exactly to amount, or -1 when no
// combination does: either no further copy of coins[n-1] is used, or one more copy is used.
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

predicate pre_coin_change_min(coins: seq<int>, amount: int)
{
  |coins| <= 1000 && 0 <= amount <= 100000 &&
  (forall i :: 0 <= i < |coins| ==> 1 <= coins[i] <= 100000)
}

predicate post_coin_change_min(coins: seq<int>, amount: int, count: int)
{
  count == MinCoins(coins, |coins|, amount)
}

// <vc:helpers>
// </vc:helpers>

method CoinChangeMin(coins: seq<int>, amount: int) returns (count: int)
  requires pre_coin_change_min(coins, amount)
  ensures post_coin_change_min(coins, amount, count)
{
  // <vc:code>
  var dp := new int[amount + 1];
  dp[0] := 0;
  var c := 1;
  while c <= amount
    invariant 1 <= c <= amount + 1
    invariant dp[0] == 0
    invariant forall x :: 1 <= x < c ==> dp[x] == -1
  {
    dp[c] := -1;
    c := c + 1;
  }
  var i := 0;
  while i < |coins|
    invariant 0 <= i <= |coins|
    invariant forall x :: 0 <= x <= amount ==> dp[x] == MinCoins(coins, i, x)
  {
    var w := coins[i];
    c := 0;
    while c <= amount
      invariant 0 <= c <= amount + 1
      invariant forall x :: 0 <= x <= amount ==>
        dp[x] == (if x < c then MinCoins(coins, i + 1, x) else MinCoins(coins, i, x))
    {
      if w <= c && dp[c - w] >= 0 {
        var cand := dp[c - w] + 1;
        if dp[c] < 0 || cand < dp[c] {
          dp[c] := cand;
        }
      }
      c := c + 1;
    }
    i := i + 1;
  }
  count := dp[amount];
  // </vc:code>
}
