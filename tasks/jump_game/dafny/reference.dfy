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
// jumper_to_end(a, i) is reach_aux(a, |a| - 1, i) for the last index.
lemma EndIsReach(a: seq<int>, i: int)
  requires |a| >= 2 && 0 <= i
  ensures jumper_to_end(a, i) == reach_aux(a, |a| - 1, i)
  decreases |a| - i
{
  if i < |a| - 1 {
    EndIsReach(a, i + 1);
  }
}

lemma JumperWitness(a: seq<int>, j: int, i: int, w: int)
  requires 0 <= i <= w < j && w < |a| && reach_aux(a, w, 0) && w + a[w] >= j
  ensures reach_aux(a, j, i)
  decreases w - i
{
  if i < w {
    JumperWitness(a, j, i + 1, w);
  }
}

lemma NoJumper(a: seq<int>, far: int, j: int, i: int)
  requires 0 <= far < j && 0 <= i
  requires forall w :: 0 <= w <= far && w < |a| ==> w + a[w] <= far
  requires forall w :: far < w < j ==> !reach_aux(a, w, 0)
  ensures !reach_aux(a, j, i)
  decreases j - i
{
  if i < j {
    NoJumper(a, far, j, i + 1);
  }
}

// Nothing beyond far is reachable when no index up to far jumps beyond far.
lemma Unreachable(a: seq<int>, far: int, j: int)
  requires 0 <= far < j
  requires forall w :: 0 <= w <= far && w < |a| ==> w + a[w] <= far
  ensures !reach_aux(a, j, 0)
  decreases j
{
  forall w | far < w < j
    ensures !reach_aux(a, w, 0)
  {
    Unreachable(a, far, w);
  }
  NoJumper(a, far, j, 0);
}
// </vc:helpers>

method JumpGame(a: array<int>) returns (r: bool)
  requires pre_jump_game(a[..])
  ensures post_jump_game(a[..], r)
{
  // <vc:code>
  // Greedy: far = the farthest index known to be reachable.
  var n := a.Length;
  var far := 0;
  var i := 0;
  while i < n && i <= far
    invariant 0 <= i <= n && 0 <= far && i <= far + 1
    invariant forall j :: 0 <= j <= far && j < n ==> reach_aux(a[..], j, 0)
    invariant forall w :: 0 <= w < i ==> w + a[w] <= far
    decreases n - i
  {
    if i + a[i] > far {
      forall j | far < j <= i + a[i] && j < n
        ensures reach_aux(a[..], j, 0)
      {
        JumperWitness(a[..], j, 0, i);
      }
      far := i + a[i];
    }
    i := i + 1;
  }
  r := far >= n - 1;
  if n >= 2 {
    EndIsReach(a[..], 0);
    if !r {
      Unreachable(a[..], far, n - 1);
    }
  }
  // </vc:code>
}
