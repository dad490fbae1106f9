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

pub open spec fn pre_maximum_subarray_sum_empty_allowed(a: Seq<int>) -> bool {
    a.len() <= 100000 && forall|i: int| 0 <= i < a.len() ==> -1000000 <= #[trigger] a[i] <= 1000000
}

// The segment a[lo..hi) (possibly empty, lo == hi) has sum r, and no segment, empty or not, has
// a larger sum (so r >= 0).
pub open spec fn post_maximum_subarray_sum_empty_allowed(a: Seq<int>, r: int, lo: int, hi: int) -> bool {
    &&& 0 <= lo <= hi <= a.len()
    &&& seg_sum(a, lo, hi) == r
    &&& forall|i: int, j: int| 0 <= i <= j <= a.len() ==> #[trigger] seg_sum(a, i, j) <= r
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

// Kadane's algorithm, where the empty segment (sum 0) counts.
fn max_subarray_sum(a: &Vec<i64>) -> (r: (i64, usize, usize))
    requires
        pre_maximum_subarray_sum_empty_allowed(int_seq(a@)),
    ensures
        post_maximum_subarray_sum_empty_allowed(int_seq(a@), r.0 as int, r.1 as int, r.2 as int),
{
    // <vc:code>
    // Kadane with resets: cur is the best sum of a segment ending at k, possibly empty (it starts
    // at ci), best the best sum of a segment within a[..k] (it is a[bi..bj)).
    let ghost s = int_seq(a@);
    let mut cur: i64 = 0;
    let mut best: i64 = 0;
    let mut ci: usize = 0;
    let mut bi: usize = 0;
    let mut bj: usize = 0;
    let mut k: usize = 0;
    while k < a.len()
        invariant
            s == int_seq(a@),
            pre_maximum_subarray_sum_empty_allowed(s),
            0 <= k <= a.len(),
            0 <= ci <= k,
            cur as int == seg_sum(s, ci as int, k as int),
            forall|w: int| 0 <= w <= k ==> #[trigger] seg_sum(s, w, k as int) <= cur,
            0 <= bi <= bj <= k,
            best as int == seg_sum(s, bi as int, bj as int),
            forall|w: int, v: int| 0 <= w <= v <= k ==> #[trigger] seg_sum(s, w, v) <= best,
        decreases a.len() - k,
    {
        let x = a[k];
        proof {
            lemma_seg_bound(s, ci as int, k as int);
            assert(s[k as int] == x as int);
            assert forall|w: int| 0 <= w <= k implies #[trigger] seg_sum(s, w, k as int + 1) == seg_sum(s, w, k as int) + s[k as int] by {}
        }
        if cur + x > 0 {
            cur = cur + x;
        } else {
            // Every segment ending at k + 1 has sum <= 0: the empty one at k + 1 is best.
            cur = 0;
            ci = k + 1;
        }
        proof {
            assert forall|w: int| 0 <= w <= k + 1 implies #[trigger] seg_sum(s, w, k as int + 1) <= cur by {
                if w <= k {
                    assert(seg_sum(s, w, k as int + 1) == seg_sum(s, w, k as int) + s[k as int]);
                }
            }
        }
        if cur > best {
            best = cur;
            bi = ci;
            bj = k + 1;
        }
        proof {
            assert forall|w: int, v: int| 0 <= w <= v <= k + 1 implies #[trigger] seg_sum(s, w, v) <= best by {
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
