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
// </vc:helpers>

method CoinChangeMin(coins: seq<int>, amount: int) returns (count: int, counts: seq<int>)
  requires pre_coin_change_min(coins, amount)
  ensures post_coin_change_min(coins, amount, count, counts)
{
  // <vc:code>
  // </vc:code>
}
