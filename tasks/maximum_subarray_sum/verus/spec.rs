use vstd::prelude::*;

verus! {

// Sum of the segment a[i..j) (0 outside the valid range).
pub open spec fn seg_sum(a: Seq<int>, i: int, j: int) -> int
    decreases j - i,
{
    if i < 0 || j > a.len() || i >= j {
        0
    } else {
        seg_sum(a, i, j - 1) + a[j - 1]
    }
}

// Some segment a[i'..j) with i <= i' < j has sum s.
pub open spec fn some_seg_ending(a: Seq<int>, s: int, i: int, j: int) -> bool
    decreases j - i,
{
    if i < j {
        seg_sum(a, i, j) == s || some_seg_ending(a, s, i + 1, j)
    } else {
        false
    }
}

// Some non-empty segment a[i'..j') with j <= j' <= |a| has sum s.
pub open spec fn some_seg(a: Seq<int>, s: int, j: int) -> bool
    decreases a.len() + 1 - j,
{
    if j <= a.len() {
        (j >= 1 && some_seg_ending(a, s, 0, j)) || some_seg(a, s, j + 1)
    } else {
        false
    }
}

// Every segment a[i'..j) with i <= i' < j has sum at most r.
pub open spec fn all_seg_ending_le(a: Seq<int>, r: int, i: int, j: int) -> bool
    decreases j - i,
{
    if i < j {
        seg_sum(a, i, j) <= r && all_seg_ending_le(a, r, i + 1, j)
    } else {
        true
    }
}

// Every non-empty segment a[i'..j') with j <= j' <= |a| has sum at most r.
pub open spec fn all_seg_le(a: Seq<int>, r: int, j: int) -> bool
    decreases a.len() + 1 - j,
{
    if j <= a.len() {
        all_seg_ending_le(a, r, 0, j) && all_seg_le(a, r, j + 1)
    } else {
        true
    }
}

pub open spec fn pre_maximum_subarray_sum(a: Seq<int>) -> bool {
    1 <= a.len() <= 100000 && forall|i: int| 0 <= i < a.len() ==> -1000000 <= #[trigger] a[i] <= 1000000
}

pub open spec fn post_maximum_subarray_sum(a: Seq<int>, r: int) -> bool {
    some_seg(a, r, 1) && all_seg_le(a, r, 1)
}

pub open spec fn int_seq(a: Seq<i64>) -> Seq<int> {
    a.map_values(|x: i64| x as int)
}

// <vc:helpers>
// </vc:helpers>

fn max_subarray_sum(a: &Vec<i64>) -> (r: i64)
    requires
        pre_maximum_subarray_sum(int_seq(a@)),
    ensures
        post_maximum_subarray_sum(int_seq(a@), r as int),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
