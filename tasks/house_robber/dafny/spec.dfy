// A selection picks positions of a; it is valid when no two picked positions are adjacent.
// exists_sel(a, t, i, prev_taken): some valid selection of positions among i .. |a|-1 (position i
// may not be picked when prev_taken, i.e. when position i-1 was picked) has sum exactly t.
predicate exists_sel(a: seq<int>, t: int, i: int, prev_taken: bool)
  decreases |a| - i
{
  if i < 0 || i >= |a| then t == 0
  else exists_sel(a, t, i + 1, false) || (!prev_taken && exists_sel(a, t - a[i], i + 1, true))
}

// all_sel_le(a, b, i, prev_taken): every such selection has sum at most b.
predicate all_sel_le(a: seq<int>, b: int, i: int, prev_taken: bool)
  decreases |a| - i
{
  if i < 0 || i >= |a| then 0 <= b
  else all_sel_le(a, b, i + 1, false) && (prev_taken || all_sel_le(a, b - a[i], i + 1, true))
}

predicate pre_house_robber(a: seq<int>)
{
  |a| <= 100000 && forall i :: 0 <= i < |a| ==> 0 <= a[i] <= 1000000
}

predicate post_house_robber(a: seq<int>, r: int)
{
  exists_sel(a, r, 0, false) && all_sel_le(a, r, 0, false)
}

// <vc:helpers>
// </vc:helpers>

method HouseRobber(a: array<int>) returns (r: int)
  requires pre_house_robber(a[..])
  ensures post_house_robber(a[..], r)
{
  // <vc:code>
  // </vc:code>
}
