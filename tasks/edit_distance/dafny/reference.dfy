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
function Min3(x: int, y: int, z: int): int
{
  if x <= y && x <= z then x else if y <= z then y else z
}

// Edit distance of a[..i] and b[..j].
function Ed(a: seq<int>, b: seq<int>, i: int, j: int): int
  requires 0 <= i <= |a| && 0 <= j <= |b|
  decreases i + j
{
  if i == 0 then j
  else if j == 0 then i
  else Min3(Ed(a, b, i - 1, j) + 1, Ed(a, b, i, j - 1) + 1,
            Ed(a, b, i - 1, j - 1) + (if a[i - 1] != b[j - 1] then 1 else 0))
}

lemma SumsSame(a: seq<int>, b: seq<int>, m1: seq<int>, m2: seq<int>, k: int)
  requires 0 <= k <= |m1| && k <= |m2| && forall t :: 0 <= t < k ==> m1[t] == m2[t]
  ensures Matched(m1, k) == Matched(m2, k) && Mismatched(a, b, m1, k) == Mismatched(a, b, m2, k)
  decreases k
{
  if k > 0 { SumsSame(a, b, m1, m2, k - 1); }
}

// Aligning a[p] (deleted before) with b[v] adds one aligned pair, and a substitution when the
// elements differ.
lemma SumsSet(a: seq<int>, b: seq<int>, m: seq<int>, p: int, v: int, k: int)
  requires 0 <= p < k <= |m| && k <= |a| && m[p] < 0 && 0 <= v < |b|
  ensures Matched(m[p := v], k) == Matched(m, k) + 1
  ensures Mismatched(a, b, m[p := v], k) == Mismatched(a, b, m, k) + (if a[p] != b[v] then 1 else 0)
  decreases k
{
  if k - 1 > p { SumsSet(a, b, m, p, v, k - 1); } else { SumsSame(a, b, m, m[p := v], p); }
}

lemma SumsNone(a: seq<int>, b: seq<int>, m: seq<int>, k: int)
  requires 0 <= k <= |m| && forall t :: 0 <= t < k ==> m[t] < 0
  ensures Matched(m, k) == 0 && Mismatched(a, b, m, k) == 0
  decreases k
{
  if k > 0 { SumsNone(a, b, m, k - 1); }
}

// An alignment whose positions below i are aligned below j costs, on the prefixes a[..i] and
// b[..j], at least Ed(i, j) edits.
lemma LowerEd(a: seq<int>, b: seq<int>, x: seq<int>, i: int, j: int)
  requires alignment(a, b, x) && 0 <= i <= |a| && 0 <= j <= |b|
  requires forall t :: 0 <= t < i ==> x[t] < j
  ensures i + j - 2 * Matched(x, i) + Mismatched(a, b, x, i) >= Ed(a, b, i, j)
  decreases i + j
{
  if i == 0 {
  } else if j == 0 {
    SumsNone(a, b, x, i);
  } else if x[i - 1] < 0 {
    LowerEd(a, b, x, i - 1, j);
  } else if x[i - 1] == j - 1 {
    LowerEd(a, b, x, i - 1, j - 1);
  } else {
    LowerEd(a, b, x, i, j - 1);
  }
}

method FillEd(a: seq<int>, b: seq<int>) returns (dp: array2<int>)
  requires pre_edit_distance(a, b)
  ensures dp.Length0 == |a| + 1 && dp.Length1 == |b| + 1
  ensures forall i, j :: 0 <= i <= |a| && 0 <= j <= |b| ==> dp[i, j] == Ed(a, b, i, j)
{
  dp := new int[|a| + 1, |b| + 1];
  var i := 0;
  while i <= |a|
    invariant 0 <= i <= |a| + 1
    invariant forall r, c {:trigger dp[r, c]} :: 0 <= r < i && 0 <= c <= |b| ==> dp[r, c] == Ed(a, b, r, c)
  {
    var j := 0;
    while j <= |b|
      invariant 0 <= j <= |b| + 1
      invariant forall r, c {:trigger dp[r, c]} :: 0 <= r < i && 0 <= c <= |b| ==> dp[r, c] == Ed(a, b, r, c)
      invariant forall c {:trigger dp[i, c]} :: 0 <= c < j ==> dp[i, c] == Ed(a, b, i, c)
    {
      var v := 0;
      if i == 0 {
        v := j;
      } else if j == 0 {
        v := i;
      } else {
        var del := dp[i - 1, j] + 1;
        var ins := dp[i, j - 1] + 1;
        var sub := dp[i - 1, j - 1] + (if a[i - 1] != b[j - 1] then 1 else 0);
        assert del == Ed(a, b, i - 1, j) + 1 && ins == Ed(a, b, i, j - 1) + 1;
        assert sub == Ed(a, b, i - 1, j - 1) + (if a[i - 1] != b[j - 1] then 1 else 0);
        v := del;
        if ins < v { v := ins; }
        if sub < v { v := sub; }
      }
      assert v == Ed(a, b, i, j);
      dp[i, j] := v;
      j := j + 1;
    }
    i := i + 1;
  }
}

// Walk back from (|a|, |b|): follow a step that reaches the table entry (align, delete from a,
// or insert from b).
method WalkBackEd(a: seq<int>, b: seq<int>, dp: array2<int>) returns (m: seq<int>)
  requires pre_edit_distance(a, b)
  requires dp.Length0 == |a| + 1 && dp.Length1 == |b| + 1
  requires forall i, j :: 0 <= i <= |a| && 0 <= j <= |b| ==> dp[i, j] == Ed(a, b, i, j)
  ensures alignment(a, b, m) && Cost(a, b, m) == Ed(a, b, |a|, |b|)
{
  var n := |a|;
  var w := |b|;
  var mm := new int[n](_ => -1);
  SumsNone(a, b, mm[..], n);
  var i := n;
  var j := w;
  while i > 0 || j > 0
    invariant 0 <= i <= n && 0 <= j <= w
    invariant forall t :: 0 <= t < i ==> mm[t] == -1
    invariant forall t :: i <= t < n ==> -1 <= mm[t] < w && (mm[t] >= 0 ==> j <= mm[t])
    invariant forall s, t :: 0 <= s < t < n && mm[s] >= 0 && mm[t] >= 0 ==> mm[s] < mm[t]
    invariant (n - i) + (w - j) - 2 * Matched(mm[..], n) + Mismatched(a, b, mm[..], n) + Ed(a, b, i, j) == Ed(a, b, n, w)
    decreases i + j
  {
    if i > 0 && j > 0 && dp[i, j] == dp[i - 1, j - 1] + (if a[i - 1] != b[j - 1] then 1 else 0) {
      SumsSet(a, b, mm[..], i - 1, j - 1, n);
      mm[i - 1] := j - 1;
      i := i - 1;
      j := j - 1;
    } else if i > 0 && dp[i, j] == dp[i - 1, j] + 1 {
      i := i - 1;
    } else {
      j := j - 1;
    }
  }
  m := mm[..];
}
// </vc:helpers>

method EditDistance(a: seq<int>, b: seq<int>) returns (dist: int, m: seq<int>)
  requires pre_edit_distance(a, b)
  ensures post_edit_distance(a, b, dist, m)
{
  // <vc:code>
  var dp := FillEd(a, b);
  dist := dp[|a|, |b|];
  m := WalkBackEd(a, b, dp);
  forall x: seq<int> | alignment(a, b, x)
    ensures dist <= Cost(a, b, x)
  {
    LowerEd(a, b, x, |a|, |b|);
  }
  // </vc:code>
}
