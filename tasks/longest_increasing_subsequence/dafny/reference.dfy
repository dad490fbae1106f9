// A choice picks position i when take[i] is true; Count(take, k) is the number of picked
// positions among the first k.
function Count(take: seq<bool>, k: int): int
  decreases k
{
  if k <= 0 || k > |take| then 0 else Count(take, k - 1) + (if take[k - 1] then 1 else 0)
}

// take has one entry per position and the picked elements, in order, are strictly increasing.
predicate increasing_sel(a: seq<int>, take: seq<bool>)
{
  |take| == |a| && forall i, j :: 0 <= i < j < |a| && take[i] && take[j] ==> a[i] < a[j]
}

predicate pre_longest_increasing_subsequence(a: seq<int>)
{
  |a| <= 1000
}

// take picks a strictly increasing subsequence of len elements, and none is longer.
predicate post_longest_increasing_subsequence(a: seq<int>, len: int, take: seq<bool>)
{
  increasing_sel(a, take) && Count(take, |a|) == len &&
  forall t: seq<bool> :: increasing_sel(a, t) ==> Count(t, |a|) <= len
}

// <vc:helpers>
function MaxInt(x: int, y: int): int
{
  if x >= y then x else y
}

// BestBefore(a, i, j): the greatest Lend(a, k) over k < j with a[k] < a[i] (0 when none).
function BestBefore(a: seq<int>, i: int, j: int): int
  requires 0 <= j <= i < |a|
  decreases i, j
{
  if j == 0 then 0
  else MaxInt(BestBefore(a, i, j - 1), if a[j - 1] < a[i] then Lend(a, j - 1) else 0)
}

// Length of a longest strictly increasing subsequence ending exactly at index i.
function Lend(a: seq<int>, i: int): int
  requires 0 <= i < |a|
  decreases i, i + 1
{
  1 + BestBefore(a, i, i)
}

lemma BestBeforeGe(a: seq<int>, i: int, j: int, k: int)
  requires 0 <= k < j <= i < |a| && a[k] < a[i]
  ensures BestBefore(a, i, j) >= Lend(a, k)
  decreases j
{
  if k < j - 1 { BestBeforeGe(a, i, j - 1, k); }
}

lemma BestBeforeNonneg(a: seq<int>, i: int, j: int)
  requires 0 <= j <= i < |a|
  ensures BestBefore(a, i, j) >= 0
  decreases j
{
  if j > 0 { BestBeforeNonneg(a, i, j - 1); }
}

lemma CountSame(t1: seq<bool>, t2: seq<bool>, k: int)
  requires 0 <= k <= |t1| && k <= |t2| && forall j :: 0 <= j < k ==> t1[j] == t2[j]
  ensures Count(t1, k) == Count(t2, k)
  decreases k
{
  if k > 0 { CountSame(t1, t2, k - 1); }
}

lemma CountSet(t: seq<bool>, p: int, k: int)
  requires 0 <= p < k <= |t| && !t[p]
  ensures Count(t[p := true], k) == Count(t, k) + 1
  decreases k
{
  if k - 1 > p { CountSet(t, p, k - 1); } else { CountSame(t, t[p := true], p); }
}

lemma CountZero(t: seq<bool>, k: int)
  requires forall j :: 0 <= j < |t| ==> !t[j]
  ensures Count(t, k) == 0
  decreases k
{
  if k > 0 && k <= |t| { CountZero(t, k - 1); }
}

// With no pick in [j, i), the count up to i equals the count up to j.
lemma CountGap(t: seq<bool>, j: int, i: int)
  requires 0 <= j <= i <= |t| && forall k :: j <= k < i ==> !t[k]
  ensures Count(t, i) == Count(t, j)
  decreases i
{
  if i > j { CountGap(t, j, i - 1); }
}

// A positive count up to i has a last pick below i.
lemma LastPick(t: seq<bool>, i: int) returns (j: int)
  requires 0 <= i <= |t| && Count(t, i) > 0
  ensures 0 <= j < i && t[j] && forall k :: j < k < i ==> !t[k]
  decreases i
{
  if t[i - 1] {
    j := i - 1;
  } else {
    j := LastPick(t, i - 1);
  }
}

// A strictly increasing selection whose last pick is i has at most Lend(a, i) elements.
lemma UpperEnd(a: seq<int>, t: seq<bool>, i: int)
  requires increasing_sel(a, t) && 0 <= i < |a| && t[i]
  ensures Count(t, i + 1) <= Lend(a, i)
  decreases i
{
  BestBeforeNonneg(a, i, i);
  if Count(t, i) > 0 {
    var j := LastPick(t, i);
    CountGap(t, j + 1, i);
    UpperEnd(a, t, j);
    BestBeforeGe(a, i, i, j);
  }
}
// </vc:helpers>

method LongestIncreasingSubsequence(a: seq<int>) returns (len: int, take: seq<bool>)
  requires pre_longest_increasing_subsequence(a)
  ensures post_longest_increasing_subsequence(a, len, take)
{
  // <vc:code>
  var n := |a|;
  if n == 0 {
    len := 0;
    take := [];
    forall t: seq<bool> | increasing_sel(a, t)
      ensures Count(t, |a|) <= len
    {
    }
    return;
  }
  // L[i] = Lend(a, i); prev[i] = the index before i in a longest one ending at i, or -1.
  var L := new int[n];
  var prev := new int[n];
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant forall x :: 0 <= x < i ==> L[x] == Lend(a, x) && L[x] >= 1
    invariant forall x :: 0 <= x < i ==> (prev[x] == -1 && L[x] == 1) ||
      (0 <= prev[x] < x && a[prev[x]] < a[x] && L[prev[x]] == L[x] - 1)
  {
    var b := 0;
    var p := -1;
    var j := 0;
    while j < i
      invariant 0 <= j <= i
      invariant b == BestBefore(a, i, j)
      invariant (p == -1 && b == 0) || (0 <= p < j && a[p] < a[i] && L[p] == b)
      invariant forall x :: 0 <= x < i ==> L[x] == Lend(a, x) && L[x] >= 1
      invariant forall x :: 0 <= x < i ==> (prev[x] == -1 && L[x] == 1) ||
        (0 <= prev[x] < x && a[prev[x]] < a[x] && L[prev[x]] == L[x] - 1)
    {
      if a[j] < a[i] && L[j] > b {
        b := L[j];
        p := j;
      }
      j := j + 1;
    }
    L[i] := b + 1;
    prev[i] := p;
    i := i + 1;
  }
  // The longest one ends at e.
  var e := 0;
  i := 1;
  while i < n
    invariant 1 <= i <= n && 0 <= e < i
    invariant forall x :: 0 <= x < i ==> L[x] <= L[e]
  {
    if L[i] > L[e] {
      e := i;
    }
    i := i + 1;
  }
  len := L[e];
  // Follow the prev links from e, picking every index on the way.
  var chosen := new bool[n](_ => false);
  CountZero(chosen[..], n);
  CountSet(chosen[..], e, n);
  chosen[e] := true;
  var cur := e;
  while prev[cur] != -1
    invariant 0 <= cur <= e < n
    invariant chosen[cur]
    invariant forall m :: 0 <= m < n && chosen[m] ==> cur <= m && a[cur] <= a[m]
    invariant forall x, y :: 0 <= x < y < n && chosen[x] && chosen[y] ==> a[x] < a[y]
    invariant Count(chosen[..], n) == L[e] - L[cur] + 1
    invariant forall x :: 0 <= x < n ==> L[x] == Lend(a, x) && L[x] >= 1
    invariant forall x :: 0 <= x < n ==> (prev[x] == -1 && L[x] == 1) ||
      (0 <= prev[x] < x && a[prev[x]] < a[x] && L[prev[x]] == L[x] - 1)
    decreases cur
  {
    var q := prev[cur];
    CountSet(chosen[..], q, n);
    chosen[q] := true;
    cur := q;
  }
  take := chosen[..];
  forall t: seq<bool> | increasing_sel(a, t)
    ensures Count(t, |a|) <= len
  {
    if Count(t, n) > 0 {
      var j := LastPick(t, n);
      CountGap(t, j + 1, n);
      UpperEnd(a, t, j);
    }
  }
  // </vc:code>
}
