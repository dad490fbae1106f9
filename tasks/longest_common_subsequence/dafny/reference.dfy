// A common subsequence is given by a matching: m[i] is the position of b matched with a[i], or
// -1 when a[i] is not used. Matched(m, k) counts the used positions among the first k.
function Matched(m: seq<int>, k: int): int
  decreases k
{
  if k <= 0 || k > |m| then 0 else Matched(m, k - 1) + (if m[k - 1] >= 0 then 1 else 0)
}

// m matches equal elements, and the matched positions increase together in a and b.
predicate common_match(a: seq<int>, b: seq<int>, m: seq<int>)
{
  |m| == |a| &&
  (forall i :: 0 <= i < |a| ==> -1 <= m[i] < |b| && (m[i] >= 0 ==> a[i] == b[m[i]])) &&
  (forall i, j :: 0 <= i < j < |a| && m[i] >= 0 && m[j] >= 0 ==> m[i] < m[j])
}

predicate pre_longest_common_subsequence(a: seq<int>, b: seq<int>)
{
  |a| <= 1000 && |b| <= 1000
}

// m matches a common subsequence of len elements, and no common subsequence is longer.
predicate post_longest_common_subsequence(a: seq<int>, b: seq<int>, len: int, m: seq<int>)
{
  common_match(a, b, m) && Matched(m, |a|) == len &&
  forall x: seq<int> :: common_match(a, b, x) ==> Matched(x, |a|) <= len
}

// <vc:helpers>
function Max3(x: int, y: int, z: int): int
{
  if x >= y && x >= z then x else if y >= z then y else z
}

// Length of a longest common subsequence of a[..i] and b[..j].
function Lcs(a: seq<int>, b: seq<int>, i: int, j: int): int
  requires 0 <= i <= |a| && 0 <= j <= |b|
  decreases i + j
{
  if i == 0 || j == 0 then 0
  else Max3(Lcs(a, b, i - 1, j), Lcs(a, b, i, j - 1),
            if a[i - 1] == b[j - 1] then Lcs(a, b, i - 1, j - 1) + 1 else 0)
}

lemma MatchedSame(m1: seq<int>, m2: seq<int>, k: int)
  requires 0 <= k <= |m1| && k <= |m2| && forall t :: 0 <= t < k ==> m1[t] == m2[t]
  ensures Matched(m1, k) == Matched(m2, k)
  decreases k
{
  if k > 0 { MatchedSame(m1, m2, k - 1); }
}

lemma MatchedSet(m: seq<int>, p: int, v: int, k: int)
  requires 0 <= p < k <= |m| && m[p] < 0 && v >= 0
  ensures Matched(m[p := v], k) == Matched(m, k) + 1
  decreases k
{
  if k - 1 > p { MatchedSet(m, p, v, k - 1); } else { MatchedSame(m, m[p := v], p); }
}

lemma MatchedNone(m: seq<int>, k: int)
  requires forall t :: 0 <= t < |m| ==> m[t] < 0
  ensures Matched(m, k) == 0
  decreases k
{
  if k > 0 && k <= |m| { MatchedNone(m, k - 1); }
}

// A common matching whose positions below i are matched below j has at most Lcs(i, j) pairs.
lemma UpperLcs(a: seq<int>, b: seq<int>, x: seq<int>, i: int, j: int)
  requires common_match(a, b, x) && 0 <= i <= |a| && 0 <= j <= |b|
  requires forall t :: 0 <= t < i ==> x[t] < j
  ensures Matched(x, i) <= Lcs(a, b, i, j)
  decreases i + j
{
  if i == 0 {
  } else if j == 0 {
    MatchedNone(x[..i], i);
    MatchedSame(x, x[..i], i);
  } else if x[i - 1] < 0 {
    UpperLcs(a, b, x, i - 1, j);
  } else if x[i - 1] == j - 1 {
    UpperLcs(a, b, x, i - 1, j - 1);
  } else {
    UpperLcs(a, b, x, i, j - 1);
  }
}

method FillLcs(a: seq<int>, b: seq<int>) returns (dp: array2<int>)
  requires pre_longest_common_subsequence(a, b)
  ensures dp.Length0 == |a| + 1 && dp.Length1 == |b| + 1
  ensures forall i, j :: 0 <= i <= |a| && 0 <= j <= |b| ==> dp[i, j] == Lcs(a, b, i, j)
{
  dp := new int[|a| + 1, |b| + 1];
  var i := 0;
  while i <= |a|
    invariant 0 <= i <= |a| + 1
    invariant forall r, c {:trigger dp[r, c]} :: 0 <= r < i && 0 <= c <= |b| ==> dp[r, c] == Lcs(a, b, r, c)
  {
    var j := 0;
    while j <= |b|
      invariant 0 <= j <= |b| + 1
      invariant forall r, c {:trigger dp[r, c]} :: 0 <= r < i && 0 <= c <= |b| ==> dp[r, c] == Lcs(a, b, r, c)
      invariant forall c {:trigger dp[i, c]} :: 0 <= c < j ==> dp[i, c] == Lcs(a, b, i, c)
    {
      var v := 0;
      if i > 0 && j > 0 {
        var up := dp[i - 1, j];
        var left := dp[i, j - 1];
        var diag := if a[i - 1] == b[j - 1] then dp[i - 1, j - 1] + 1 else 0;
        assert up == Lcs(a, b, i - 1, j) && left == Lcs(a, b, i, j - 1);
        assert diag == (if a[i - 1] == b[j - 1] then Lcs(a, b, i - 1, j - 1) + 1 else 0);
        v := up;
        if left > v { v := left; }
        if diag > v { v := diag; }
      }
      assert v == Lcs(a, b, i, j);
      dp[i, j] := v;
      j := j + 1;
    }
    i := i + 1;
  }
}

// Walk back from (|a|, |b|): follow a step that reaches the table entry, matching a[i-1] with
// b[j-1] when the diagonal step is taken.
method WalkBackLcs(a: seq<int>, b: seq<int>, dp: array2<int>) returns (m: seq<int>)
  requires pre_longest_common_subsequence(a, b)
  requires dp.Length0 == |a| + 1 && dp.Length1 == |b| + 1
  requires forall i, j :: 0 <= i <= |a| && 0 <= j <= |b| ==> dp[i, j] == Lcs(a, b, i, j)
  ensures common_match(a, b, m) && Matched(m, |a|) == Lcs(a, b, |a|, |b|)
{
  var n := |a|;
  var mm := new int[n](_ => -1);
  MatchedNone(mm[..], n);
  var i := n;
  var j := |b|;
  while i > 0 && j > 0
    invariant 0 <= i <= n && 0 <= j <= |b|
    invariant forall t :: 0 <= t < i ==> mm[t] == -1
    invariant forall t :: i <= t < n ==> -1 <= mm[t] < |b| && (mm[t] >= 0 ==> j <= mm[t] && a[t] == b[mm[t]])
    invariant forall s, t :: 0 <= s < t < n && mm[s] >= 0 && mm[t] >= 0 ==> mm[s] < mm[t]
    invariant Matched(mm[..], n) + Lcs(a, b, i, j) == Lcs(a, b, n, |b|)
    decreases i + j
  {
    if a[i - 1] == b[j - 1] && dp[i, j] == dp[i - 1, j - 1] + 1 {
      MatchedSet(mm[..], i - 1, j - 1, n);
      mm[i - 1] := j - 1;
      i := i - 1;
      j := j - 1;
    } else if dp[i, j] == dp[i - 1, j] {
      i := i - 1;
    } else {
      j := j - 1;
    }
  }
  m := mm[..];
}
// </vc:helpers>

method LongestCommonSubsequence(a: seq<int>, b: seq<int>) returns (len: int, m: seq<int>)
  requires pre_longest_common_subsequence(a, b)
  ensures post_longest_common_subsequence(a, b, len, m)
{
  // <vc:code>
  var dp := FillLcs(a, b);
  len := dp[|a|, |b|];
  m := WalkBackLcs(a, b, dp);
  forall x: seq<int> | common_match(a, b, x)
    ensures Matched(x, |a|) <= len
  {
    UpperLcs(a, b, x, |a|, |b|);
  }
  // </vc:code>
}
