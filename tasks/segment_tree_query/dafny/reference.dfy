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

predicate pre_segment_tree_query(a: seq<int>, t: seq<int>, l: int, r: int)
{
  |a| <= 100000 && (forall i :: 0 <= i < |a| ==> -1000000000 <= a[i] <= 1000000000) &&
  is_segtree(a, t) && 0 <= l <= r <= |a|
}

// The query returns the sum of a[l..r) (0 for an empty range).
predicate post_segment_tree_query(a: seq<int>, t: seq<int>, l: int, r: int, s: int)
{
  0 <= l <= r <= |a| && s == sum(a, l, r)
}

// <vc:helpers>
// The sum of the part of a[lo..hi) that lies in [l, r).
function overlap(a: seq<int>, lo: int, hi: int, l: int, r: int): int
  requires 0 <= lo <= hi <= |a|
{
  var ql := if l > lo then l else lo;
  var qr := if r < hi then r else hi;
  if ql < qr then sum(a, ql, qr) else 0
}

lemma SumSplit(a: seq<int>, lo: int, mid: int, hi: int)
  requires 0 <= lo <= mid <= hi <= |a|
  ensures sum(a, lo, hi) == sum(a, lo, mid) + sum(a, mid, hi)
  decreases hi - mid
{
  if hi > mid { SumSplit(a, lo, mid, hi - 1); }
}

lemma OverlapSplit(a: seq<int>, lo: int, mid: int, hi: int, l: int, r: int)
  requires 0 <= lo <= mid <= hi <= |a|
  ensures overlap(a, lo, hi, l, r) == overlap(a, lo, mid, l, r) + overlap(a, mid, hi, l, r)
{
  var ql := if l > lo then l else lo;
  var qr := if r < hi then r else hi;
  if ql < mid && mid < qr {
    SumSplit(a, ql, mid, qr);
  }
}

// Query the subtree of node v over a[lo..hi): the sum of its part inside [l, r).
method QueryNode(a: seq<int>, t: array<int>, v: int, lo: int, hi: int, l: int, r: int) returns (s: int)
  requires 0 <= lo < hi <= |a| && seg_ok(a, t[..], v, lo, hi)
  ensures s == overlap(a, lo, hi, l, r)
  decreases hi - lo
{
  if r <= lo || hi <= l || r <= l {
    return 0;
  }
  if l <= lo && hi <= r {
    return t[v];
  }
  var mid := (lo + hi) / 2;
  var x := QueryNode(a, t, 2 * v, lo, mid, l, r);
  var y := QueryNode(a, t, 2 * v + 1, mid, hi, l, r);
  OverlapSplit(a, lo, mid, hi, l, r);
  s := x + y;
}
// </vc:helpers>

// Range-sum query on the segment tree t of a: the sum of a[l..r), in O(log n).
method SegmentTreeQuery(a: seq<int>, t: array<int>, l: int, r: int) returns (s: int)
  requires pre_segment_tree_query(a, t[..], l, r)
  ensures post_segment_tree_query(a, t[..], l, r, s)
{
  // <vc:code>
  s := QueryNode(a, t, 1, 0, |a|, l, r);
  // </vc:code>
}
