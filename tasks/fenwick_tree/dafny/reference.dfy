// lowbit(i): the largest power of two dividing i (for i >= 1).
function lowbit(i: int): int
  requires i >= 1
  decreases i
{
  if i % 2 == 1 then 1 else 2 * lowbit(i / 2)
}

// The sum of a[lo..hi).
function sum(a: seq<int>, lo: int, hi: int): int
  requires 0 <= lo <= hi <= |a|
  decreases hi - lo
{
  if lo == hi then 0 else sum(a, lo, hi - 1) + a[hi - 1]
}

// A Fenwick (binary indexed) tree of a, 1-based: t[i] (1 <= i <= |a|) holds the sum of the
// lowbit(i) elements of a ending at position i (1-based), i.e. a[i - lowbit(i) .. i) 0-based.
// t[0] is unused. (The conjunct 1 <= lowbit(i) <= i always holds; it keeps sum's range valid.)
predicate is_fenwick(a: seq<int>, t: seq<int>)
{
  |t| == |a| + 1 &&
  forall i :: 1 <= i <= |a| ==> 1 <= lowbit(i) <= i && t[i] == sum(a, i - lowbit(i), i)
}

predicate pre_fenwick_tree(a: seq<int>, t: seq<int>, k: int)
{
  |a| <= 100000 && (forall i :: 0 <= i < |a| ==> -1000000000 <= a[i] <= 1000000000) &&
  is_fenwick(a, t) && 0 <= k <= |a|
}

// The prefix-sum query returns the sum of the first k elements of a.
predicate post_fenwick_tree(a: seq<int>, t: seq<int>, k: int, s: int)
{
  0 <= k <= |a| && s == sum(a, 0, k)
}

// <vc:helpers>
function pow2(e: nat): int
  decreases e
{
  if e == 0 then 1 else 2 * pow2(e - 1)
}

lemma Pow2Pos(e: nat)
  ensures pow2(e) >= 1
  decreases e
{
  if e > 0 { Pow2Pos(e - 1); }
}

// The node pos + p, for pos a multiple of 2p and p a power of two, covers exactly p elements.
lemma LowbitStep(e: nat, c: nat)
  ensures c * 2 * pow2(e) + pow2(e) >= 1
  ensures lowbit(c * 2 * pow2(e) + pow2(e)) == pow2(e)
  decreases e
{
  Pow2Pos(e);
  assert c * 2 * pow2(e) >= 0;
  if e > 0 {
    var q := pow2(e - 1);
    Pow2Pos(e - 1);
    var x := c * 2 * q;
    assert c * 2 * pow2(e) == 2 * x;
    var y := 2 * x + 2 * q;
    assert y % 2 == 0;
    assert y / 2 == x + q;
    LowbitStep(e - 1, c);
  }
}

lemma Regroup(c: int, q: int)
  ensures c * 2 * (2 * q) + 2 * q == (2 * c + 1) * 2 * q
  ensures c * 2 * (2 * q) == (2 * c) * 2 * q
{
}

lemma Halve(p: int, e: nat)
  requires p == pow2(e)
  ensures e > 0 ==> p == 2 * pow2(e - 1) && p / 2 == pow2(e - 1) && pow2(e - 1) >= 1
  ensures e == 0 ==> p == 1 && p / 2 == 0
{
  if e > 0 { Pow2Pos(e - 1); }
}

// Taking node pos + p: it holds a[pos .. pos + p), and the new position is aligned to p.
lemma TakeStep(a: seq<int>, t: seq<int>, pos: int, p: int, e: nat, c: nat)
  requires is_fenwick(a, t) && p == pow2(e) && pos == c * 2 * p && 0 <= pos && pos + p <= |a|
  ensures 1 <= pos + p <= |a| && t[pos + p] == sum(a, pos, pos + p)
  ensures sum(a, 0, pos + p) == sum(a, 0, pos) + t[pos + p]
  ensures e > 0 ==> pos + p == (2 * c + 1) * 2 * pow2(e - 1)
{
  LowbitStep(e, c);
  Pow2Pos(e);
  SumSplit(a, 0, pos, pos + p);
  if e > 0 { Regroup(c, pow2(e - 1)); }
}

lemma SkipStep(pos: int, p: int, e: nat, c: nat)
  requires p == pow2(e) && pos == c * 2 * p
  ensures e > 0 ==> pos == (2 * c) * 2 * pow2(e - 1)
{
  if e > 0 { Regroup(c, pow2(e - 1)); }
}

lemma SumSplit(a: seq<int>, lo: int, mid: int, hi: int)
  requires 0 <= lo <= mid <= hi <= |a|
  ensures sum(a, lo, hi) == sum(a, lo, mid) + sum(a, mid, hi)
  decreases hi - mid
{
  if hi > mid { SumSplit(a, lo, mid, hi - 1); }
}
// </vc:helpers>

// Prefix-sum query on the Fenwick tree t of a: the sum of a[0..k), read from O(log n) nodes of t.
method FenwickPrefixSum(a: seq<int>, t: array<int>, k: int) returns (s: int)
  requires pre_fenwick_tree(a, t[..], k)
  ensures post_fenwick_tree(a, t[..], k, s)
{
  // <vc:code>
  var p := 1;
  ghost var e: nat := 0;
  while p * 2 <= k
    invariant p == pow2(e) && 1 <= p
    decreases k - p
  {
    p, e := p * 2, e + 1;
  }
  var pos := 0;
  ghost var c: nat := 0;
  s := 0;
  while p >= 1
    invariant 0 <= pos <= k && 0 <= p
    invariant s == sum(a, 0, pos)
    invariant p >= 1 ==> p == pow2(e) && pos == c * 2 * p && k - pos < 2 * p
    invariant p == 0 ==> pos == k
    decreases p
  {
    Halve(p, e);
    if pos + p <= k {
      TakeStep(a, t[..], pos, p, e, c);
      s := s + t[pos + p];
      pos := pos + p;
      c := 2 * c + 1;
    } else {
      SkipStep(pos, p, e, c);
      c := 2 * c;
    }
    if e > 0 {
      e := e - 1;
    }
    p := p / 2;
  }
  // </vc:code>
}
