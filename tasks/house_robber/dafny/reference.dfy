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
// rob(a, i): the best total of a valid selection among positions i .. |a|-1.
function rob(a: seq<int>, i: int): int
  decreases |a| - i
{
  if i < 0 || i >= |a| then 0
  else if rob(a, i + 1) >= a[i] + rob(a, i + 2) then rob(a, i + 1)
  else a[i] + rob(a, i + 2)
}

lemma RobAchieved(a: seq<int>, i: int)
  requires 0 <= i
  ensures exists_sel(a, rob(a, i), i, false)
  ensures exists_sel(a, rob(a, i + 1), i, true)
  decreases |a| - i
{
  if i < |a| {
    RobAchieved(a, i + 1);
  }
}

lemma RobBound(a: seq<int>, b: int, i: int, p: bool)
  requires 0 <= i
  requires b >= (if p then rob(a, i + 1) else rob(a, i))
  ensures all_sel_le(a, b, i, p)
  decreases |a| - i
{
  if i < |a| {
    RobBound(a, b, i + 1, false);
    if !p {
      RobBound(a, b - a[i], i + 1, true);
    }
  }
}
// </vc:helpers>

method HouseRobber(a: array<int>) returns (r: int)
  requires pre_house_robber(a[..])
  ensures post_house_robber(a[..], r)
{
  // <vc:code>
  // Scan from the right: next1 = rob(a, i), next2 = rob(a, i + 1).
  var next1, next2 := 0, 0;
  var i := a.Length;
  while i > 0
    invariant 0 <= i <= a.Length
    invariant next1 == rob(a[..], i) && next2 == rob(a[..], i + 1)
    decreases i
  {
    i := i - 1;
    var take := a[i] + next2;
    var cur := if next1 >= take then next1 else take;
    next2 := next1;
    next1 := cur;
  }
  r := next1;
  RobAchieved(a[..], 0);
  RobBound(a[..], r, 0, false);
  // </vc:code>
}
