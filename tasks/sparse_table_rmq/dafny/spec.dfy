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
// </vc:helpers>

// Build the sparse table of a for range-minimum queries: row k from row k - 1, each entry the
// smaller of two overlapping halves, O(n log n) in all.
method SparseTableBuild(a: array<int>) returns (tb: seq<seq<int>>)
  requires pre_sparse_table_rmq(a[..])
  ensures post_sparse_table_rmq(a[..], tb)
{
  // <vc:code>
  // </vc:code>
}
