// The sum of a[lo..hi).
function sum(a: seq<int>, lo: int, hi: int): int
  requires 0 <= lo <= hi <= |a|
  decreases hi - lo
{
  if lo == hi then 0 else sum(a, lo, hi - 1) + a[hi - 1]
}

// The segment tree layout: node v covers a[lo..hi); a node with hi - lo >= 2 has the children
// 2v, covering [lo, mid), and 2v + 1, covering [mid, hi), where mid = (lo + hi) / 2; a node with
// hi - lo == 1 is a leaf. seg_ok(a, t, v, lo, hi): node v and every node below it lie in t and
// hold the sum of their range.
predicate seg_ok(a: seq<int>, t: seq<int>, v: int, lo: int, hi: int)
  requires 0 <= lo < hi <= |a|
  decreases hi - lo
{
  1 <= v < |t| && t[v] == sum(a, lo, hi) &&
  (hi - lo >= 2 ==>
    seg_ok(a, t, 2 * v, lo, (lo + hi) / 2) && seg_ok(a, t, 2 * v + 1, (lo + hi) / 2, hi))
}

// A range-sum segment tree of a in an array of 4 |a| cells: the root is node 1, covering
// [0, |a|). Cells that are no node of the layout (index 0, unused indices) may hold anything.
predicate is_segtree(a: seq<int>, t: seq<int>)
{
  1 <= |a| && |t| == 4 * |a| && seg_ok(a, t, 1, 0, |a|)
}

predicate pre_segment_tree_build(a: seq<int>)
{
  1 <= |a| <= 100000 && forall i :: 0 <= i < |a| ==> -1000000000 <= a[i] <= 1000000000
}

// The result is a valid segment tree of a.
predicate post_segment_tree_build(a: seq<int>, t: seq<int>)
{
  is_segtree(a, t)
}

// <vc:helpers>
// desc(j, u): node j lies in the subtree of node u (halving j reaches u).
predicate desc(j: int, u: int)
  decreases j
{
  u >= 1 && j >= u && (j == u || desc(j / 2, u))
}

// The ancestors of a node form a chain.
lemma DescChain(j: int, x: int, y: int)
  requires desc(j, x) && desc(j, y) && x <= y
  ensures desc(y, x)
  decreases j
{
  if j != y {
    DescChain(j / 2, x, y);
  }
}

// A node below a child of u is below u; the two subtrees of u are disjoint.
lemma DescChildren(j: int, u: int)
  requires u >= 1
  ensures desc(j, 2 * u) ==> desc(j, u)
  ensures desc(j, 2 * u + 1) ==> desc(j, u)
  ensures !(desc(j, 2 * u) && desc(j, 2 * u + 1))
  decreases j
{
  if desc(j, 2 * u) && j != 2 * u { DescChildren(j / 2, u); }
  if desc(j, 2 * u + 1) && j != 2 * u + 1 { DescChildren(j / 2, u); }
  assert desc(2 * u, u);
  assert desc(2 * u + 1, u);
  if desc(j, 2 * u) && desc(j, 2 * u + 1) {
    DescChain(j, 2 * u, 2 * u + 1);
    assert !desc(u, 2 * u);
  }
}

lemma SumFrame(a: seq<int>, a2: seq<int>, lo: int, hi: int)
  requires 0 <= lo <= hi <= |a| && |a2| == |a|
  requires forall k :: lo <= k < hi ==> a2[k] == a[k]
  ensures sum(a2, lo, hi) == sum(a, lo, hi)
  decreases hi - lo
{
  if lo < hi { SumFrame(a, a2, lo, hi - 1); }
}

// seg_ok of a subtree depends only on the cells of its nodes and on a[lo..hi).
lemma SegFrame(a: seq<int>, t: seq<int>, a2: seq<int>, t2: seq<int>, v: int, lo: int, hi: int)
  requires 0 <= lo < hi <= |a| && |a2| == |a| && |t2| == |t|
  requires seg_ok(a, t, v, lo, hi)
  requires forall j :: 0 <= j < |t| && desc(j, v) ==> t2[j] == t[j]
  requires forall k :: lo <= k < hi ==> a2[k] == a[k]
  ensures seg_ok(a2, t2, v, lo, hi)
  decreases hi - lo
{
  SumFrame(a, a2, lo, hi);
  assert desc(v, v);
  if hi - lo >= 2 {
    var mid := (lo + hi) / 2;
    forall j | 0 <= j < |t| && desc(j, 2 * v) ensures t2[j] == t[j] { DescChildren(j, v); }
    forall j | 0 <= j < |t| && desc(j, 2 * v + 1) ensures t2[j] == t[j] { DescChildren(j, v); }
    SegFrame(a, t, a2, t2, 2 * v, lo, mid);
    SegFrame(a, t, a2, t2, 2 * v + 1, mid, hi);
  }
}

lemma SumSplit(a: seq<int>, lo: int, mid: int, hi: int)
  requires 0 <= lo <= mid <= hi <= |a|
  ensures sum(a, lo, hi) == sum(a, lo, mid) + sum(a, mid, hi)
  decreases hi - mid
{
  if hi > mid { SumSplit(a, lo, mid, hi - 1); }
}

lemma MulLe(x: int, y: int, p: int)
  requires x <= y && p >= 0
  ensures x * p <= y * p
{
}

// Depth bookkeeping: a node v at depth d (p = 2^d <= v < 2p) covering s >= 2 elements has
// (s - 1) p < n, so p < n and both children 2v, 2v + 1 < 4n; the children keep the bound.
lemma ChildBounds(n: int, v: int, p: int, lo: int, hi: int)
  requires 0 <= lo && hi - lo >= 2 && 1 <= p <= v < 2 * p && (hi - lo - 1) * p < n
  ensures 2 * v + 1 < 4 * n
  ensures ((lo + hi) / 2 - lo - 1) * (2 * p) < n
  ensures (hi - (lo + hi) / 2 - 1) * (2 * p) < n
{
  MulLe(1, hi - lo - 1, p);
  var mid := (lo + hi) / 2;
  HalfBound(mid - lo - 1, hi - lo - 1, p);
  HalfBound(hi - mid - 1, hi - lo - 1, p);
}

lemma HalfBound(d: int, s: int, p: int)
  requires 2 * d <= s && p >= 0
  ensures d * (2 * p) <= s * p
{
  MulLe(2 * d, s, p);
  assert d * (2 * p) == (2 * d) * p;
}

// Build the subtree of node v over a[lo..hi) in t; the ghost p is the power of two of v's depth.
method BuildNode(a: array<int>, t: array<int>, v: int, lo: int, hi: int, ghost p: int)
  requires t != a && 0 <= lo < hi <= a.Length && t.Length == 4 * a.Length
  requires 1 <= p <= v < 2 * p && (hi - lo - 1) * p < a.Length && v < t.Length
  modifies t
  ensures seg_ok(a[..], t[..], v, lo, hi)
  ensures forall j :: 0 <= j < t.Length && !desc(j, v) ==> t[j] == old(t[j])
  decreases hi - lo
{
  assert desc(v, v);
  if hi - lo == 1 {
    t[v] := a[lo];
    assert sum(a[..], lo, hi) == sum(a[..], lo, lo) + a[lo];
  } else {
    var mid := (lo + hi) / 2;
    ChildBounds(a.Length, v, p, lo, hi);
    BuildNode(a, t, 2 * v, lo, mid, 2 * p);
    ghost var t1 := t[..];
    BuildNode(a, t, 2 * v + 1, mid, hi, 2 * p);
    ghost var t2 := t[..];
    forall j | 0 <= j < |t1| && desc(j, 2 * v) ensures t2[j] == t1[j] { DescChildren(j, v); }
    SegFrame(a[..], t1, a[..], t2, 2 * v, lo, mid);
    t[v] := t[2 * v] + t[2 * v + 1];
    forall j | 0 <= j < |t2| && desc(j, 2 * v) ensures t[..][j] == t2[j] { }
    forall j | 0 <= j < |t2| && desc(j, 2 * v + 1) ensures t[..][j] == t2[j] { }
    SegFrame(a[..], t2, a[..], t[..], 2 * v, lo, mid);
    SegFrame(a[..], t2, a[..], t[..], 2 * v + 1, mid, hi);
    SumSplit(a[..], lo, mid, hi);
    forall j | 0 <= j < t.Length && !desc(j, v) ensures t[j] == old(t[j]) {
      DescChildren(j, v);
    }
  }
}
// </vc:helpers>

// Build the range-sum segment tree of a: every node holds the sum of its range, in O(n).
method SegmentTreeBuild(a: array<int>) returns (t: array<int>)
  requires pre_segment_tree_build(a[..])
  ensures post_segment_tree_build(a[..], t[..])
{
  // <vc:code>
  t := new int[4 * a.Length];
  BuildNode(a, t, 1, 0, a.Length, 1);
  // </vc:code>
}
