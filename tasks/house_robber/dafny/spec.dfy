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
// </vc:helpers>

method HouseRobber(a: array<int>) returns (r: int, take: seq<bool>)
  requires pre_house_robber(a[..])
  ensures post_house_robber(a[..], r, take)
{
  // <vc:code>
  // </vc:code>
}
