// From index i one may jump to any index j with i < j <= i + a[i].
// reach_aux(a, j, i): j == 0, or some index w with i <= w < j is reachable from 0 and can jump to j.
// reach(a, j) = reach_aux(a, j, 0): index j is reachable from index 0.
predicate reach_aux(a: seq<int>, j: int, i: int)
  decreases j, j - i
{
  j == 0 || (0 <= i < j && i < |a| && ((reach_aux(a, i, 0) && i + a[i] >= j) || reach_aux(a, j, i + 1)))
}

// Some index w with i <= w < |a| - 1 is reachable from 0 and can jump to the last index.
predicate jumper_to_end(a: seq<int>, i: int)
  decreases |a| - i
{
  0 <= i < |a| - 1 && ((reach_aux(a, i, 0) && i + a[i] >= |a| - 1) || jumper_to_end(a, i + 1))
}

predicate pre_jump_game(a: seq<int>)
{
  1 <= |a| <= 100000 && forall i :: 0 <= i < |a| ==> 0 <= a[i] <= 100000
}

// r tells whether the last index is reachable from index 0.
predicate post_jump_game(a: seq<int>, r: bool)
{
  r == (|a| == 1 || jumper_to_end(a, 0))
}

// <vc:helpers>
// </vc:helpers>

method JumpGame(a: array<int>) returns (r: bool)
  requires pre_jump_game(a[..])
  ensures post_jump_game(a[..], r)
{
  // <vc:code>
  // </vc:code>
}
