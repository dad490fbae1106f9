// An alignment of a with b is given by m: m[i] is the position of b aligned with a[i], or -1
// when a[i] is deleted; aligned positions increase together, and every position of b not
// aligned with anything is inserted. Matched(m, k) counts the aligned positions among the first
// k; Mismatched(a, b, m, k) those whose two elements differ (each costs a substitution).
function Matched(m: seq<int>, k: int): int
  decreases k
{
  if k <= 0 || k > |m| then 0 else Matched(m, k - 1) + (if m[k - 1] >= 0 then 1 else 0)
}

function Mismatched(a: seq<int>, b: seq<int>, m: seq<int>, k: int): int
  decreases k
{
  if k <= 0 || k > |m| || k > |a| then 0
  else Mismatched(a, b, m, k - 1) + (if 0 <= m[k - 1] < |b| && a[k - 1] != b[m[k - 1]] then 1 else 0)
}

predicate alignment(a: seq<int>, b: seq<int>, m: seq<int>)
{
  |m| == |a| &&
  (forall i :: 0 <= i < |a| ==> -1 <= m[i] < |b|) &&
  (forall i, j :: 0 <= i < j < |a| && m[i] >= 0 && m[j] >= 0 ==> m[i] < m[j])
}

// Edits of an alignment: deletions (|a| - aligned), insertions (|b| - aligned), substitutions.
function Cost(a: seq<int>, b: seq<int>, m: seq<int>): int
{
  |a| + |b| - 2 * Matched(m, |a|) + Mismatched(a, b, m, |a|)
}

predicate pre_edit_distance(a: seq<int>, b: seq<int>)
{
  |a| <= 1000 && |b| <= 1000
}

// m is an alignment with dist edits, and no alignment needs fewer.
predicate post_edit_distance(a: seq<int>, b: seq<int>, dist: int, m: seq<int>)
{
  alignment(a, b, m) && Cost(a, b, m) == dist &&
  forall x: seq<int> :: alignment(a, b, x) ==> dist <= Cost(a, b, x)
}

// <vc:helpers>
// </vc:helpers>

method EditDistance(a: seq<int>, b: seq<int>) returns (dist: int, m: seq<int>)
  requires pre_edit_distance(a, b)
  ensures post_edit_distance(a, b, dist, m)
{
  // <vc:code>
  // </vc:code>
}
