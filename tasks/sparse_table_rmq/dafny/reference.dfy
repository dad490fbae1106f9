function pow2(k: nat): nat
  decreases k
{
  if k == 0 then 1 else 2 * pow2(k - 1)
}

// The minimum of the non-empty range a[lo..hi).
function rmin(a: seq<int>, lo: int, hi: int): int
  requires 0 <= lo < hi <= |a|
  decreases hi - lo
{
  if hi - lo == 1 then a[lo]
  else if rmin(a, lo, hi - 1) <= a[hi - 1] then rmin(a, lo, hi - 1) else a[hi - 1]
}

// The sparse table of a: one row per level k with 2^k <= |a| (so |tb| - 1 = floor(log2 |a|)),
// row k has an entry for every window of length 2^k, and tb[k][i] is the minimum of
// a[i .. i + 2^k). (The conjunct 1 <= pow2(k) always holds; it keeps rmin's range valid.)
predicate is_sparse_table(a: seq<int>, tb: seq<seq<int>>)
{
  1 <= |tb| && pow2(|tb| - 1) <= |a| < pow2(|tb|) &&
  forall k :: 0 <= k < |tb| ==>
    1 <= pow2(k) <= |a| && |tb[k]| == |a| - pow2(k) + 1 &&
    forall i :: 0 <= i < |tb[k]| ==> tb[k][i] == rmin(a, i, i + pow2(k))
}

predicate pre_sparse_table_rmq(a: seq<int>)
{
  1 <= |a| <= 100000
}

// The result is the sparse table of a.
predicate post_sparse_table_rmq(a: seq<int>, tb: seq<seq<int>>)
{
  is_sparse_table(a, tb)
}

// <vc:helpers>
// The minimum of a range is the smaller of the minima of two adjacent parts.
lemma RminSplit(a: seq<int>, lo: int, mid: int, hi: int)
  requires 0 <= lo < mid < hi <= |a|
  ensures rmin(a, lo, hi) == if rmin(a, lo, mid) <= rmin(a, mid, hi) then rmin(a, lo, mid) else rmin(a, mid, hi)
  decreases hi - mid
{
  if hi - mid > 1 { RminSplit(a, lo, mid, hi - 1); }
}

// Every level of tb below |tb| is right.
predicate rows_ok(a: seq<int>, tb: seq<seq<int>>)
{
  forall k :: 0 <= k < |tb| ==>
    1 <= pow2(k) <= |a| && |tb[k]| == |a| - pow2(k) + 1 &&
    forall i :: 0 <= i < |tb[k]| ==> tb[k][i] == rmin(a, i, i + pow2(k))
}

lemma RowZero(a: seq<int>)
  requires 1 <= |a|
  ensures rows_ok(a, [a])
{
  assert pow2(0) == 1;
  forall i | 0 <= i < |a| ensures a[i] == rmin(a, i, i + pow2(0)) { }
}

// Row k (windows of length 2 * half) from row k - 1 (windows of length half).
method NextRow(a: seq<int>, prev: seq<int>, half: int) returns (row: seq<int>)
  requires 1 <= half && 2 * half <= |a| && |prev| == |a| - half + 1
  requires forall i :: 0 <= i < |prev| ==> prev[i] == rmin(a, i, i + half)
  ensures |row| == |a| - 2 * half + 1
  ensures forall i :: 0 <= i < |row| ==> row[i] == rmin(a, i, i + 2 * half)
{
  row := [];
  var i := 0;
  var m := |a| - 2 * half + 1;
  while i < m
    invariant 0 <= i <= m && |row| == i
    invariant forall j :: 0 <= j < i ==> row[j] == rmin(a, j, j + 2 * half)
    decreases m - i
  {
    var x := prev[i];
    var y := prev[i + half];
    RminSplit(a, i, i + half, i + 2 * half);
    row := row + [if x <= y then x else y];
    i := i + 1;
  }
}
// </vc:helpers>

// Build the sparse table of a for range-minimum queries: row k from row k - 1, each entry the
// smaller of two overlapping halves, O(n log n) in all.
method SparseTableBuild(a: array<int>) returns (tb: seq<seq<int>>)
  requires pre_sparse_table_rmq(a[..])
  ensures post_sparse_table_rmq(a[..], tb)
{
  // <vc:code>
  RowZero(a[..]);
  tb := [a[..]];
  var half := 1;
  ghost var k: nat := 1;
  while 2 * half <= a.Length
    invariant |tb| == k >= 1 && half == pow2(k - 1) && half <= a.Length
    invariant rows_ok(a[..], tb)
    decreases a.Length - half
  {
    var row := NextRow(a[..], tb[|tb| - 1], half);
    assert pow2(k) == 2 * half;
    tb := tb + [row];
    half := 2 * half;
    k := k + 1;
  }
  // </vc:code>
}
