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
// </vc:helpers>

// Point update on the segment tree t of a: set a[i] to x and repair the O(log n) nodes whose
// range contains i.
method SegmentTreeUpdate(a: seq<int>, t: array<int>, i: int, x: int)
  requires pre_segment_tree_update(a, t[..], i, x)
  modifies t
  ensures post_segment_tree_update(a, old(t[..]), i, x, t[..])
{
  // <vc:code>
  // </vc:code>
}
