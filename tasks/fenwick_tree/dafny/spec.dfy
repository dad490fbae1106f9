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
// </vc:helpers>

// Prefix-sum query on the Fenwick tree t of a: the sum of a[0..k), read from O(log n) nodes of t.
method FenwickPrefixSum(a: seq<int>, t: array<int>, k: int) returns (s: int)
  requires pre_fenwick_tree(a, t[..], k)
  ensures post_fenwick_tree(a, t[..], k, s)
{
  // <vc:code>
  // </vc:code>
}
