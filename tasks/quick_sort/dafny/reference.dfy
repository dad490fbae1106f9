predicate sorted_seq(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
}

predicate pre_quick_sort(s: seq<int>)
{
  |s| <= 100000 && forall i :: 0 <= i < |s| ==> -1000000000 <= s[i] <= 1000000000
}

predicate post_quick_sort(old_s: seq<int>, new_s: seq<int>)
{
  sorted_seq(new_s) && multiset(new_s) == multiset(old_s)
}

// <vc:helpers>
lemma UpperBoundPerm(s: seq<int>, t: seq<int>, v: int)
  requires multiset(s) == multiset(t)
  requires forall k :: 0 <= k < |s| ==> s[k] <= v
  ensures forall k :: 0 <= k < |t| ==> t[k] <= v
{
  forall k | 0 <= k < |t|
    ensures t[k] <= v
  {
    assert t[k] in multiset(t);
    assert t[k] in multiset(s);
    assert t[k] in s;
    var j :| 0 <= j < |s| && s[j] == t[k];
  }
}

lemma LowerBoundPerm(s: seq<int>, t: seq<int>, v: int)
  requires multiset(s) == multiset(t)
  requires forall k :: 0 <= k < |s| ==> s[k] > v
  ensures forall k :: 0 <= k < |t| ==> t[k] > v
{
  forall k | 0 <= k < |t|
    ensures t[k] > v
  {
    assert t[k] in multiset(t);
    assert t[k] in multiset(s);
    assert t[k] in s;
    var j :| 0 <= j < |s| && s[j] == t[k];
  }
}

// The multiset of a range follows from the whole sequence's multiset when the outside is unchanged.
lemma RangeMultiset(s: seq<int>, t: seq<int>, lo: int, hi: int)
  requires 0 <= lo <= hi <= |s| == |t|
  requires multiset(s) == multiset(t)
  requires forall k :: 0 <= k < lo || hi <= k < |s| ==> s[k] == t[k]
  ensures multiset(s[lo..hi]) == multiset(t[lo..hi])
{
  assert s[..lo] == t[..lo];
  assert s[hi..] == t[hi..];
  assert s == s[..lo] + s[lo..hi] + s[hi..];
  assert t == t[..lo] + t[lo..hi] + t[hi..];
  var A, B := multiset(s[..lo]), multiset(s[hi..]);
  var X, Y := multiset(s[lo..hi]), multiset(t[lo..hi]);
  assert multiset(s) == A + X + B;
  assert multiset(t) == A + Y + B;
  forall o
    ensures X[o] == Y[o]
  {
    assert (A + X + B)[o] == A[o] + X[o] + B[o];
    assert (A + Y + B)[o] == A[o] + Y[o] + B[o];
  }
  assert X == Y;
}

lemma Split3(s: seq<int>, lo: int, p: int, hi: int)
  requires 0 <= lo <= p < hi <= |s|
  ensures s[lo..hi] == s[lo..p] + [s[p]] + s[p + 1..hi]
  ensures multiset(s[lo..hi]) == multiset(s[lo..p]) + multiset{s[p]} + multiset(s[p + 1..hi])
{
  assert s[lo..hi] == s[lo..p] + [s[p]] + s[p + 1..hi];
}

method Partition(a: array<int>, lo: int, hi: int) returns (p: int)
  modifies a
  requires 0 <= lo < hi <= a.Length
  ensures lo <= p < hi
  ensures forall k :: lo <= k < p ==> a[k] <= a[p]
  ensures forall k :: p < k < hi ==> a[k] > a[p]
  ensures forall k :: 0 <= k < lo || hi <= k < a.Length ==> a[k] == old(a[k])
  ensures multiset(a[lo..hi]) == multiset(old(a[lo..hi]))
{
  var pivot := a[hi - 1];
  var i := lo;
  var j := lo;
  while j < hi - 1
    invariant lo <= i <= j <= hi - 1
    invariant forall k :: lo <= k < i ==> a[k] <= pivot
    invariant forall k :: i <= k < j ==> a[k] > pivot
    invariant a[hi - 1] == pivot
    invariant forall k :: 0 <= k < lo || hi <= k < a.Length ==> a[k] == old(a[k])
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
  RangeMultiset(a[..], old(a[..]), lo, hi);
}

lemma Combine(o: seq<int>, a1: seq<int>, a2: seq<int>, a3: seq<int>, lo: int, p: int, hi: int)
  requires 0 <= lo <= p < hi <= |o| == |a1| == |a2| == |a3|
  requires forall k :: lo <= k < p ==> a1[k] <= a1[p]
  requires forall k :: p < k < hi ==> a1[k] > a1[p]
  requires forall k :: 0 <= k < lo || hi <= k < |o| ==> a1[k] == o[k]
  requires multiset(a1[lo..hi]) == multiset(o[lo..hi])
  requires forall i, j :: lo <= i < j < p ==> a2[i] <= a2[j]
  requires forall k :: 0 <= k < lo || p <= k < |o| ==> a2[k] == a1[k]
  requires multiset(a2[lo..p]) == multiset(a1[lo..p])
  requires forall i, j :: p + 1 <= i < j < hi ==> a3[i] <= a3[j]
  requires forall k :: 0 <= k < p + 1 || hi <= k < |o| ==> a3[k] == a2[k]
  requires multiset(a3[p + 1..hi]) == multiset(a2[p + 1..hi])
  ensures forall i, j :: lo <= i < j < hi ==> a3[i] <= a3[j]
  ensures forall k :: 0 <= k < lo || hi <= k < |o| ==> a3[k] == o[k]
  ensures multiset(a3[lo..hi]) == multiset(o[lo..hi])
{
  UpperBoundPerm(a1[lo..p], a2[lo..p], a1[p]);
  assert forall k :: lo <= k < p ==> a2[k] <= a1[p] by {
    forall k | lo <= k < p
      ensures a2[k] <= a1[p]
    {
      assert a2[k] == a2[lo..p][k - lo];
    }
  }
  LowerBoundPerm(a2[p + 1..hi], a3[p + 1..hi], a1[p]);
  assert forall k :: p < k < hi ==> a3[k] > a1[p] by {
    forall k | p < k < hi
      ensures a3[k] > a1[p]
    {
      assert a3[k] == a3[p + 1..hi][k - (p + 1)];
    }
  }
  assert a3[lo..p] == a2[lo..p];
  assert a2[p + 1..hi] == a1[p + 1..hi];
  Split3(a3, lo, p, hi);
  Split3(a1, lo, p, hi);
}

method QuickSortRange(a: array<int>, lo: int, hi: int)
  modifies a
  requires 0 <= lo <= hi <= a.Length
  ensures forall i, j :: lo <= i < j < hi ==> a[i] <= a[j]
  ensures forall k :: 0 <= k < lo || hi <= k < a.Length ==> a[k] == old(a[k])
  ensures multiset(a[lo..hi]) == multiset(old(a[lo..hi]))
  decreases hi - lo
{
  if hi - lo <= 1 {
    return;
  }
  ghost var o := a[..];
  var p := Partition(a, lo, hi);
  ghost var a1 := a[..];
  QuickSortRange(a, lo, p);
  ghost var a2 := a[..];
  QuickSortRange(a, p + 1, hi);
  ghost var a3 := a[..];
  Combine(o, a1, a2, a3, lo, p, hi);
}
// </vc:helpers>

method QuickSort(a: array<int>)
  modifies a
  requires pre_quick_sort(a[..])
  ensures post_quick_sort(old(a[..]), a[..])
{
  // <vc:code>
  QuickSortRange(a, 0, a.Length);
  assert a[..] == a[0..a.Length];
  assert old(a[..]) == old(a[..])[0..a.Length];
  // </vc:code>
}
