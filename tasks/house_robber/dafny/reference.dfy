// A selection picks position i when take[i] is true; it is valid when it has one entry per
// position and no two adjacent positions are picked. MaskSum(a, take, k) is the sum of the
// picked elements among the first k.
function MaskSum(a: seq<int>, take: seq<bool>, k: int): int
  decreases k
{
  if k <= 0 || k > |a| || k > |take| then 0
  else MaskSum(a, take, k - 1) + (if take[k - 1] then a[k - 1] else 0)
}

predicate valid_sel(a: seq<int>, take: seq<bool>)
{
  |take| == |a| && forall i :: 0 <= i < |take| - 1 ==> !(take[i] && take[i + 1])
}

predicate pre_house_robber(a: seq<int>)
{
  |a| <= 100000 && forall i :: 0 <= i < |a| ==> 0 <= a[i] <= 1000000
}

// take is a valid selection with sum r, and no valid selection has a larger sum.
predicate post_house_robber(a: seq<int>, r: int, take: seq<bool>)
{
  valid_sel(a, take) && MaskSum(a, take, |a|) == r &&
  forall t: seq<bool> :: valid_sel(a, t) ==> MaskSum(a, t, |a|) <= r
}

// <vc:helpers>
function MaxInt(x: int, y: int): int
{
  if x >= y then x else y
}

// Best sum of a valid selection among the first i positions.
function Rob(a: seq<int>, i: int): int
  requires i <= |a|
  decreases i
{
  if i <= 0 then 0 else if i == 1 then a[0] else MaxInt(Rob(a, i - 1), Rob(a, i - 2) + a[i - 1])
}

lemma RobMono(a: seq<int>, i: int)
  requires pre_house_robber(a) && 1 <= i <= |a|
  ensures Rob(a, i - 1) <= Rob(a, i) && Rob(a, i) >= 0
  decreases i
{
  if i >= 2 { RobMono(a, i - 1); }
}

lemma MaskSumSame(xs: seq<int>, t1: seq<bool>, t2: seq<bool>, k: int)
  requires 0 <= k <= |t1| && k <= |t2| && forall j :: 0 <= j < k ==> t1[j] == t2[j]
  ensures MaskSum(xs, t1, k) == MaskSum(xs, t2, k)
  decreases k
{
  if k > 0 && k <= |xs| { MaskSumSame(xs, t1, t2, k - 1); }
}

lemma MaskSumZero(xs: seq<int>, t: seq<bool>, k: int)
  requires forall j :: 0 <= j < |t| ==> !t[j]
  ensures MaskSum(xs, t, k) == 0
  decreases k
{
  if k > 0 && k <= |xs| && k <= |t| { MaskSumZero(xs, t, k - 1); }
}

// Picking position p (not picked before) adds xs[p] to every sum that covers p.
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

// No valid selection among the first k positions beats Rob(k).
lemma UpperRob(a: seq<int>, t: seq<bool>, k: int)
  requires pre_house_robber(a) && valid_sel(a, t) && 0 <= k <= |a|
  ensures MaskSum(a, t, k) <= Rob(a, k)
  decreases k
{
  if k >= 1 {
    RobMono(a, k);
    UpperRob(a, t, k - 1);
    if k >= 2 {
      UpperRob(a, t, k - 2);
      if t[k - 1] {
        assert !t[k - 2];
      }
    }
  }
}

// Walk back through the table: position i-1 is picked exactly when it changes the entry, and
// then position i-2 is skipped.
method WalkBackRob(a: seq<int>, dp: array<int>) returns (take: seq<bool>)
  requires pre_house_robber(a) && dp.Length == |a| + 1
  requires forall j :: 0 <= j <= |a| ==> dp[j] == Rob(a, j)
  ensures valid_sel(a, take) && MaskSum(a, take, |a|) == Rob(a, |a|)
{
  var n := |a|;
  var chosen := new bool[n](_ => false);
  MaskSumZero(a, chosen[..], n);
  var i := n;
  while i > 0
    invariant 0 <= i <= n
    invariant forall j :: 0 <= j < i ==> !chosen[j]
    invariant 0 < i < n ==> !chosen[i]
    invariant forall j :: 0 <= j < n - 1 ==> !(chosen[j] && chosen[j + 1])
    invariant MaskSum(a, chosen[..], n) + Rob(a, i) == Rob(a, n)
  {
    if dp[i] != dp[i - 1] {
      MaskSumSet(a, chosen[..], i - 1, n);
      chosen[i - 1] := true;
      i := if i >= 2 then i - 2 else 0;
    } else {
      i := i - 1;
    }
  }
  take := chosen[..];
}
// </vc:helpers>

method HouseRobber(a: array<int>) returns (r: int, take: seq<bool>)
  requires pre_house_robber(a[..])
  ensures post_house_robber(a[..], r, take)
{
  // <vc:code>
  var n := a.Length;
  // dp[i] = best sum of a valid selection among the first i positions.
  var dp := new int[n + 1];
  dp[0] := 0;
  if n >= 1 {
    dp[1] := a[0];
  }
  var i := 2;
  while i <= n
    invariant 2 <= i <= n + 1 || (n < 2 && i == 2)
    invariant forall j :: 0 <= j < i && j <= n ==> dp[j] == Rob(a[..], j)
  {
    var skip := dp[i - 1];
    var pick := dp[i - 2] + a[i - 1];
    dp[i] := if skip >= pick then skip else pick;
    i := i + 1;
  }
  r := dp[n];
  take := WalkBackRob(a[..], dp);
  forall t: seq<bool> | valid_sel(a[..], t)
    ensures MaskSum(a[..], t, |a[..]|) <= r
  {
    UpperRob(a[..], t, n);
  }
  // </vc:code>
}
