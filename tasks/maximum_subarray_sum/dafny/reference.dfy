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
lemma SomeEnding(a: seq<int>, s: int, i: int, j: int, w: int)
  requires i <= w < j && seg_sum(a, w, j) == s
  ensures some_seg_ending(a, s, i, j)
  decreases j - i
{
  if i < w {
    SomeEnding(a, s, i + 1, j, w);
  }
}

lemma SomeSeg(a: seq<int>, s: int, j: int, w: int, v: int)
  requires 1 <= j <= v <= |a| && 0 <= w < v && seg_sum(a, w, v) == s
  ensures some_seg(a, s, j)
  decreases |a| + 1 - j
{
  if j < v {
    SomeSeg(a, s, j + 1, w, v);
  } else {
    SomeEnding(a, s, 0, j, w);
  }
}

lemma AllEnding(a: seq<int>, r: int, i: int, j: int)
  requires forall w :: i <= w < j ==> seg_sum(a, w, j) <= r
  ensures all_seg_ending_le(a, r, i, j)
  decreases j - i
{
  if i < j {
    AllEnding(a, r, i + 1, j);
  }
}

lemma AllSeg(a: seq<int>, r: int, j: int)
  requires 1 <= j
  requires forall w, v :: 0 <= w < v <= |a| ==> seg_sum(a, w, v) <= r
  ensures all_seg_le(a, r, j)
  decreases |a| + 1 - j
{
  if j <= |a| {
    AllEnding(a, r, 0, j);
    AllSeg(a, r, j + 1);
  }
}
// </vc:helpers>

method MaxSubarraySum(a: array<int>) returns (r: int)
  requires pre_maximum_subarray_sum(a[..])
  ensures post_maximum_subarray_sum(a[..], r)
{
  // <vc:code>
  // Kadane: cur = best sum of a segment ending at k, best = best sum of a segment inside a[..k].
  var cur := a[0];
  var best := a[0];
  ghost var ci, bi, bj := 0, 0, 1;
  var k := 1;
  while k < a.Length
    invariant 1 <= k <= a.Length
    invariant 0 <= ci < k && cur == seg_sum(a[..], ci, k)
    invariant forall w :: 0 <= w < k ==> seg_sum(a[..], w, k) <= cur
    invariant 0 <= bi < bj <= k && best == seg_sum(a[..], bi, bj)
    invariant forall w, v :: 0 <= w < v <= k ==> seg_sum(a[..], w, v) <= best
    decreases a.Length - k
  {
    if cur > 0 {
      cur := cur + a[k];
    } else {
      cur := a[k];
      ci := k;
    }
    forall w | 0 <= w < k + 1
      ensures seg_sum(a[..], w, k + 1) <= cur
    {
      assert seg_sum(a[..], w, k + 1) == seg_sum(a[..], w, k) + a[k];
    }
    if cur > best {
      best := cur;
      bi, bj := ci, k + 1;
    }
    k := k + 1;
  }
  r := best;
  SomeSeg(a[..], r, 1, bi, bj);
  AllSeg(a[..], r, 1);
  // </vc:code>
}
