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

pub open spec fn pre_maximum_subarray_sum(a: Seq<int>) -> bool {
    1 <= a.len() <= 100000 && forall|i: int| 0 <= i < a.len() ==> -1000000 <= #[trigger] a[i] <= 1000000
}

// The non-empty segment a[lo..hi) has sum r, and no non-empty segment has a larger sum.
pub open spec fn post_maximum_subarray_sum(a: Seq<int>, r: int, lo: int, hi: int) -> bool {
    &&& 0 <= lo < hi <= a.len()
    &&& seg_sum(a, lo, hi) == r
    &&& forall|i: int, j: int| 0 <= i < j <= a.len() ==> #[trigger] seg_sum(a, i, j) <= r
}

pub open spec fn int_seq(a: Seq<i64>) -> Seq<int> {
    a.map_values(|x: i64| x as int)
}

// <vc:helpers>
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

fn max_subarray_sum(a: &Vec<i64>) -> (r: (i64, usize, usize))
    requires
        pre_maximum_subarray_sum(int_seq(a@)),
    ensures
        post_maximum_subarray_sum(int_seq(a@), r.0 as int, r.1 as int, r.2 as int),
{
    // <vc:code>
    // Kadane: cur = best sum of a segment ending at k, best = best sum of a segment inside a[..k].
    let ghost s = int_seq(a@);
    let mut cur: i64 = a[0];
    let mut best: i64 = a[0];
    let mut ci: usize = 0;
    let mut bi: usize = 0;
    let mut bj: usize = 1;
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
            cur as int == seg_sum(s, ci as int, k as int),
            forall|w: int| 0 <= w < k ==> #[trigger] seg_sum(s, w, k as int) <= cur,
            0 <= bi < bj <= k,
            best as int == seg_sum(s, bi as int, bj as int),
            forall|w: int, v: int| 0 <= w < v <= k ==> #[trigger] seg_sum(s, w, v) <= best,
        decreases a.len() - k,
    {
        let x = a[k];
        proof {
            lemma_seg_bound(s, ci as int, k as int);
            assert(s[k as int] == x as int);
        }
        if cur > 0 {
            cur = cur + x;
        } else {
            cur = x;
            ci = k;
        }
        proof {
            assert(seg_sum(s, ci as int, k as int + 1) == seg_sum(s, ci as int, k as int) + s[k as int]);
            assert forall|w: int| 0 <= w < k + 1 implies #[trigger] seg_sum(s, w, k as int + 1) <= cur by {
                assert(seg_sum(s, w, k as int + 1) == seg_sum(s, w, k as int) + s[k as int]);
            }
        }
        if cur > best {
            best = cur;
            bi = ci;
            bj = k + 1;
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
    (best, bi, bj)
    // </vc:code>
}

fn main() {}

} // verus!
