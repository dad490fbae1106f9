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
proof fn lemma_some_ending(a: Seq<int>, s: int, i: int, j: int, w: int)
    requires
        i <= w < j,
        seg_sum(a, w, j) == s,
    ensures
        some_seg_ending(a, s, i, j),
    decreases j - i,
{
    if i < w {
        lemma_some_ending(a, s, i + 1, j, w);
    }
}

proof fn lemma_some_seg(a: Seq<int>, s: int, j: int, w: int, v: int)
    requires
        1 <= j <= v <= a.len(),
        0 <= w < v,
        seg_sum(a, w, v) == s,
    ensures
        some_seg(a, s, j),
    decreases a.len() + 1 - j,
{
    if j < v {
        lemma_some_seg(a, s, j + 1, w, v);
    } else {
        lemma_some_ending(a, s, 0, j, w);
    }
}

proof fn lemma_all_ending(a: Seq<int>, r: int, i: int, j: int)
    requires
        forall|w: int| i <= w < j ==> #[trigger] seg_sum(a, w, j) <= r,
    ensures
        all_seg_ending_le(a, r, i, j),
    decreases j - i,
{
    if i < j {
        lemma_all_ending(a, r, i + 1, j);
    }
}

proof fn lemma_all_seg(a: Seq<int>, r: int, j: int)
    requires
        1 <= j,
        forall|w: int, v: int| 0 <= w < v <= a.len() ==> #[trigger] seg_sum(a, w, v) <= r,
    ensures
        all_seg_le(a, r, j),
    decreases a.len() + 1 - j,
{
    if j <= a.len() {
        lemma_all_ending(a, r, 0, j);
        lemma_all_seg(a, r, j + 1);
    }
}

// |seg_sum(a, i, j)| <= 1000000 * (j - i) under the element bounds.
proof fn lemma_seg_bound(a: Seq<int>, i: int, j: int)
    requires
        0 <= i <= j <= a.len(),
        forall|t: int| 0 <= t < a.len() ==> -1000000 <= #[trigger] a[t] <= 1000000,
    ensures
        -1000000 * (j - i) <= seg_sum(a, i, j) <= 1000000 * (j - i),
    decreases j - i,
{
    if i < j {
        lemma_seg_bound(a, i, j - 1);
    }
}
// </vc:helpers>

fn max_subarray_sum(a: &Vec<i64>) -> (r: i64)
    requires
        pre_maximum_subarray_sum(int_seq(a@)),
    ensures
        post_maximum_subarray_sum(int_seq(a@), r as int),
{
    // <vc:code>
    // Kadane: cur = best sum of a segment ending at k, best = best sum of a segment inside a[..k].
    let ghost s = int_seq(a@);
    let mut cur: i64 = a[0];
    let mut best: i64 = a[0];
    let ghost mut ci: int = 0;
    let ghost mut bi: int = 0;
    let ghost mut bj: int = 1;
    proof {
        assert(seg_sum(s, 0, 1) == seg_sum(s, 0, 0) + s[0]);
    }
    let mut k: usize = 1;
    while k < a.len()
        invariant
            s == int_seq(a@),
            pre_maximum_subarray_sum(s),
            1 <= k <= a.len(),
            0 <= ci < k,
            cur as int == seg_sum(s, ci, k as int),
            forall|w: int| 0 <= w < k ==> #[trigger] seg_sum(s, w, k as int) <= cur,
            0 <= bi < bj <= k,
            best as int == seg_sum(s, bi, bj),
            forall|w: int, v: int| 0 <= w < v <= k ==> #[trigger] seg_sum(s, w, v) <= best,
        decreases a.len() - k,
    {
        let x = a[k];
        proof {
            lemma_seg_bound(s, ci, k as int);
            assert(s[k as int] == x as int);
        }
        if cur > 0 {
            cur = cur + x;
        } else {
            cur = x;
            proof {
                ci = k as int;
            }
        }
        proof {
            assert(seg_sum(s, ci, k as int + 1) == seg_sum(s, ci, k as int) + s[k as int]);
            assert forall|w: int| 0 <= w < k + 1 implies #[trigger] seg_sum(s, w, k as int + 1) <= cur by {
                assert(seg_sum(s, w, k as int + 1) == seg_sum(s, w, k as int) + s[k as int]);
            }
        }
        if cur > best {
            best = cur;
            proof {
                bi = ci;
                bj = k as int + 1;
            }
        }
        proof {
            assert forall|w: int, v: int| 0 <= w < v <= k + 1 implies #[trigger] seg_sum(s, w, v) <= best by {
                if v == k + 1 {
                    assert(seg_sum(s, w, k as int + 1) <= cur);
                }
            }
        }
        k = k + 1;
    }
    proof {
        lemma_some_seg(s, best as int, 1, bi, bj);
        lemma_all_seg(s, best as int, 1);
    }
    best
    // </vc:code>
}

fn main() {}

} // verus!
