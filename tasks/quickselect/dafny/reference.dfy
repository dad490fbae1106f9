// Number of positions j with i <= j < |s| and s[j] < v (a recursion over the index, so that
// Dafny evaluates the vectors); count_lt(s, v, 0) counts the elements of s smaller than v.
function count_lt(s: seq<int>, v: int, i: int): int
  decreases |s| - i
{
  if i < 0 || i >= |s| then 0 else (if s[i] < v then 1 else 0) + count_lt(s, v, i + 1)
}

// Number of positions j with i <= j < |s| and s[j] <= v.
function count_le(s: seq<int>, v: int, i: int): int
  decreases |s| - i
{
  if i < 0 || i >= |s| then 0 else (if s[i] <= v then 1 else 0) + count_le(s, v, i + 1)
}

predicate pre_quickselect(s: seq<int>, k: int)
{
  |s| <= 100000 && 0 <= k < |s| &&
  forall i :: 0 <= i < |s| ==> -1000000000 <= s[i] <= 1000000000
}

// v is the k-th smallest element of old_s (0-based): at most k elements are smaller than v and
// more than k are not greater; new_s (the array after the call) is a permutation of old_s.
predicate post_quickselect(old_s: seq<int>, k: int, new_s: seq<int>, v: int)
{
  multiset(new_s) == multiset(old_s) && count_lt(old_s, v, 0) <= k < count_le(old_s, v, 0)
}

// <vc:helpers>
lemma CountSplitFrom(a: seq<int>, b: seq<int>, v: int, i: int)
  requires 0 <= i <= |a|
  ensures count_lt(a + b, v, i) == count_lt(a, v, i) + count_lt(b, v, 0)
  ensures count_le(a + b, v, i) == count_le(a, v, i) + count_le(b, v, 0)
  decreases |a| - i
{
  if i == |a| {
    CountShift(a, b, v, 0);
  } else {
    CountSplitFrom(a, b, v, i + 1);
  }
}

lemma CountShift(a: seq<int>, b: seq<int>, v: int, j: int)
  requires 0 <= j <= |b|
  ensures count_lt(a + b, v, |a| + j) == count_lt(b, v, j)
  ensures count_le(a + b, v, |a| + j) == count_le(b, v, j)
  decreases |b| - j
{
  if j < |b| {
    CountShift(a, b, v, j + 1);
  }
}

lemma CountSplit(a: seq<int>, b: seq<int>, v: int)
  ensures count_lt(a + b, v, 0) == count_lt(a, v, 0) + count_lt(b, v, 0)
  ensures count_le(a + b, v, 0) == count_le(a, v, 0) + count_le(b, v, 0)
{
  CountSplitFrom(a, b, v, 0);
}

lemma CountRange(s: seq<int>, v: int, i: int)
  requires 0 <= i <= |s|
  ensures 0 <= count_lt(s, v, i) <= |s| - i
  ensures 0 <= count_le(s, v, i) <= |s| - i
  decreases |s| - i
{
  if i < |s| {
    CountRange(s, v, i + 1);
  }
}

lemma CountAllLe(s: seq<int>, v: int, i: int)
  requires 0 <= i <= |s|
  requires forall j :: 0 <= j < |s| ==> s[j] <= v
  ensures count_le(s, v, i) == |s| - i
  decreases |s| - i
{
  if i < |s| {
    CountAllLe(s, v, i + 1);
  }
}

lemma CountNoneLt(s: seq<int>, v: int, i: int)
  requires 0 <= i <= |s|
  requires forall j :: 0 <= j < |s| ==> s[j] >= v
  ensures count_lt(s, v, i) == 0
  decreases |s| - i
{
  if i < |s| {
    CountNoneLt(s, v, i + 1);
  }
}

// Counts depend only on the multiset.
lemma CountPerm(s: seq<int>, t: seq<int>, v: int)
  requires multiset(s) == multiset(t)
  ensures count_lt(s, v, 0) == count_lt(t, v, 0)
  ensures count_le(s, v, 0) == count_le(t, v, 0)
  decreases |s|
{
  if |s| == 0 {
    assert |multiset(t)| == 0;
    assert |t| == 0;
  } else {
    var x := s[|s| - 1];
    var s' := s[..|s| - 1];
    assert s == s' + [x];
    assert x in multiset(s);
    assert x in multiset(t);
    var j :| 0 <= j < |t| && t[j] == x;
    var t' := t[..j] + t[j + 1..];
    assert t == t[..j] + [x] + t[j + 1..];
    assert multiset(t) == multiset(t[..j]) + multiset{x} + multiset(t[j + 1..]);
    assert multiset(s) == multiset(s') + multiset{x};
    assert multiset(t') == multiset(t[..j]) + multiset(t[j + 1..]);
    var S, T, X := multiset(s'), multiset(t'), multiset{x};
    forall o
      ensures S[o] == T[o]
    {
      assert (S + X)[o] == S[o] + X[o];
      assert (T + X)[o] == T[o] + X[o];
    }
    assert S == T;
    CountPerm(s', t', v);
    CountSplit(s', [x], v);
    CountSplit(t[..j], [x], v);
    CountSplit(t[..j] + [x], t[j + 1..], v);
    CountSplit(t[..j], t[j + 1..], v);
  }
}

// Lomuto partition of a[lo..hi) around the pivot a[hi-1]; the values outside the range are kept, so
// the bounds relating the range to the outside are kept too.
method Partition(a: array<int>, lo: int, hi: int) returns (p: int)
  modifies a
  requires 0 <= lo < hi <= a.Length
  requires forall i, j :: 0 <= i < lo <= j < a.Length ==> a[i] <= a[j]
  requires forall i, j :: 0 <= i < hi <= j < a.Length ==> a[i] <= a[j]
  ensures lo <= p < hi
  ensures forall m :: lo <= m < p ==> a[m] <= a[p]
  ensures forall m :: p < m < hi ==> a[p] < a[m]
  ensures forall i, j :: 0 <= i < lo <= j < a.Length ==> a[i] <= a[j]
  ensures forall i, j :: 0 <= i < hi <= j < a.Length ==> a[i] <= a[j]
  ensures multiset(a[..]) == multiset(old(a[..]))
{
  var pivot := a[hi - 1];
  var i := lo;
  var j := lo;
  while j < hi - 1
    invariant lo <= i <= j <= hi - 1
    invariant forall m :: lo <= m < i ==> a[m] <= pivot
    invariant forall m :: i <= m < j ==> a[m] > pivot
    invariant a[hi - 1] == pivot
    invariant forall i, j :: 0 <= i < lo <= j < a.Length ==> a[i] <= a[j]
    invariant forall i, j :: 0 <= i < hi <= j < a.Length ==> a[i] <= a[j]
    invariant multiset(a[..]) == multiset(old(a[..]))
    decreases hi - 1 - j
  {
    if a[j] <= pivot {
      a[i], a[j] := a[j], a[i];
      i := i + 1;
    }
    j := j + 1;
  }
  a[i], a[hi - 1] := a[hi - 1], a[i];
  p := i;
}

// With everything before k not greater than s[k] and everything after not smaller, s[k] has rank k.
lemma RankOfSplit(s: seq<int>, k: int)
  requires 0 <= k < |s|
  requires forall i :: 0 <= i < k ==> s[i] <= s[k]
  requires forall j :: k < j < |s| ==> s[k] <= s[j]
  ensures count_lt(s, s[k], 0) <= k < count_le(s, s[k], 0)
{
  var v := s[k];
  assert s == s[..k] + s[k..];
  CountSplit(s[..k], s[k..], v);
  CountRange(s[..k], v, 0);
  CountNoneLt(s[k..], v, 0);
  assert s == s[..k + 1] + s[k + 1..];
  CountSplit(s[..k + 1], s[k + 1..], v);
  CountAllLe(s[..k + 1], v, 0);
  CountRange(s[k + 1..], v, 0);
}
// </vc:helpers>

method Quickselect(a: array<int>, k: int) returns (v: int)
  modifies a
  requires pre_quickselect(a[..], k)
  ensures post_quickselect(old(a[..]), k, a[..], v)
{
  // <vc:code>
  var lo, hi := 0, a.Length;
  while hi - lo > 1
    invariant 0 <= lo <= k < hi <= a.Length
    invariant forall i, j :: 0 <= i < lo <= j < a.Length ==> a[i] <= a[j]
    invariant forall i, j :: 0 <= i < hi <= j < a.Length ==> a[i] <= a[j]
    invariant multiset(a[..]) == multiset(old(a[..]))
    decreases hi - lo
  {
    var p := Partition(a, lo, hi);
    if k < p {
      hi := p;
    } else if p < k {
      lo := p + 1;
    } else {
      lo, hi := p, p + 1;
    }
  }
  v := a[k];
  RankOfSplit(a[..], k);
  CountPerm(a[..], old(a[..]), v);
  // </vc:code>
}
