// Sum of the segment a[i..j) (0 outside the valid range).
function seg_sum(a: seq<int>, i: int, j: int): int
  decreases j - i
{
  if i < 0 || j > |a| || i >= j then 0 else seg_sum(a, i, j - 1) + a[j - 1]
}

// The predicates below recurse upwards from 0 so that they can be evaluated on concrete inputs.

// Some segment a[i'..j) with i <= i' < j has sum s.
predicate some_seg_ending(a: seq<int>, s: int, i: int, j: int)
  decreases j - i
{
  i < j && (seg_sum(a, i, j) == s || some_seg_ending(a, s, i + 1, j))
}

// Some non-empty segment a[i'..j') with j <= j' <= |a| has sum s.
predicate some_seg(a: seq<int>, s: int, j: int)
  decreases |a| + 1 - j
{
  j <= |a| && ((j >= 1 && some_seg_ending(a, s, 0, j)) || some_seg(a, s, j + 1))
}

// Every segment a[i'..j) with i <= i' < j has sum at most r.
predicate all_seg_ending_le(a: seq<int>, r: int, i: int, j: int)
  decreases j - i
{
  i >= j || (seg_sum(a, i, j) <= r && all_seg_ending_le(a, r, i + 1, j))
}

// Every non-empty segment a[i'..j') with j <= j' <= |a| has sum at most r.
predicate all_seg_le(a: seq<int>, r: int, j: int)
  decreases |a| + 1 - j
{
  j > |a| || (all_seg_ending_le(a, r, 0, j) && all_seg_le(a, r, j + 1))
}

predicate pre_maximum_subarray_sum(a: seq<int>)
{
  1 <= |a| <= 100000 &&
  forall i :: 0 <= i < |a| ==> -1000000 <= a[i] <= 1000000
}

predicate post_maximum_subarray_sum(a: seq<int>, r: int)
{
  some_seg(a, r, 1) && all_seg_le(a, r, 1)
}

// <vc:helpers>
// </vc:helpers>

method MaxSubarraySum(a: array<int>) returns (r: int)
  requires pre_maximum_subarray_sum(a[..])
  ensures post_maximum_subarray_sum(a[..], r)
{
  // <vc:code>
  // </vc:code>
}
