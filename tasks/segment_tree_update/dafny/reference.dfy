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

predicate pre_segment_tree_update(a: seq<int>, t: seq<int>, i: int, x: int)
{
  |a| <= 100000 && (forall k :: 0 <= k < |a| ==> -1000000000 <= a[k] <= 1000000000) &&
  is_segtree(a, t) && 0 <= i < |a| && -1000000000 <= x <= 1000000000
}

// After setting a[i] to x, t2 is a valid segment tree of the updated array.
predicate post_segment_tree_update(a: seq<int>, t: seq<int>, i: int, x: int, t2: seq<int>)
{
  0 <= i < |a| && is_segtree(a[i := x], t2)
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

// Update the subtree of node v over a[lo..hi) for a[i] := x; only its own cells change.
method UpdateNode(a: seq<int>, t: array<int>, v: int, lo: int, hi: int, i: int, x: int)
  requires 0 <= lo <= i < hi <= |a| && seg_ok(a, t[..], v, lo, hi)
  modifies t
  ensures seg_ok(a[i := x], t[..], v, lo, hi)
  ensures forall j :: 0 <= j < t.Length && !desc(j, v) ==> t[j] == old(t[j])
  decreases hi - lo
{
  assert desc(v, v);
  ghost var a2 := a[i := x];
  if hi - lo == 1 {
    t[v] := x;
    assert sum(a2, lo, hi) == sum(a2, lo, lo) + a2[lo];
  } else {
    var mid := (lo + hi) / 2;
    ghost var t0 := t[..];
    if i < mid {
      UpdateNode(a, t, 2 * v, lo, mid, i, x);
      forall j | 0 <= j < |t0| && desc(j, 2 * v + 1) ensures t[..][j] == t0[j] { DescChildren(j, v); }
      SegFrame(a, t0, a2, t[..], 2 * v + 1, mid, hi);
    } else {
      UpdateNode(a, t, 2 * v + 1, mid, hi, i, x);
      forall j | 0 <= j < |t0| && desc(j, 2 * v) ensures t[..][j] == t0[j] { DescChildren(j, v); }
      SegFrame(a, t0, a2, t[..], 2 * v, lo, mid);
    }
    ghost var t1 := t[..];
    t[v] := t[2 * v] + t[2 * v + 1];
    SegFrame(a2, t1, a2, t[..], 2 * v, lo, mid);
    SegFrame(a2, t1, a2, t[..], 2 * v + 1, mid, hi);
    SumSplit(a2, lo, mid, hi);
    forall j | 0 <= j < t.Length && !desc(j, v) ensures t[j] == old(t[j]) {
      DescChildren(j, v);
    }
  }
}
// </vc:helpers>

// Point update on the segment tree t of a: set a[i] to x and repair the O(log n) nodes whose
// range contains i.
method SegmentTreeUpdate(a: seq<int>, t: array<int>, i: int, x: int)
  requires pre_segment_tree_update(a, t[..], i, x)
  modifies t
  ensures post_segment_tree_update(a, old(t[..]), i, x, t[..])
{
  // <vc:code>
  UpdateNode(a, t, 1, 0, |a|, i, x);
  // </vc:code>
}
