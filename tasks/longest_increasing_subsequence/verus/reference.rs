use vstd::prelude::*;

verus! {

pub open spec fn max_int(x: int, y: int) -> int {
    if x >= y { x } else { y }
}

// best_before(a, i, j): the greatest length of a strictly increasing subsequence that ends at
// some index k < j with a[k] < a[i] (0 when there is none). A longest strictly increasing
// subsequence ending at index i has length 1 + best_before(a, i, i): a[i] extends the best one
// that ends at an earlier, smaller element.
pub open spec fn best_before(a: Seq<i64>, i: int, j: int) -> int
    decreases j,
{
    if j <= 0 {
        0
    } else {
        max_int(
            best_before(a, i, j - 1),
            if a[j - 1] < a[i] { 1 + best_before(a, j - 1, j - 1) } else { 0 },
        )
    }
}

// Length of a longest strictly increasing subsequence ending exactly at index i.
pub open spec fn lis_ending_at(a: Seq<i64>, i: int) -> int {
    1 + best_before(a, i, i)
}

// Length of a longest strictly increasing subsequence of the prefix a[..n]: the greatest
// lis_ending_at(a, i) over i < n (0 for the empty prefix).
pub open spec fn lis_prefix(a: Seq<i64>, n: int) -> int
    decreases n,
{
    if n <= 0 {
        0
    } else {
        max_int(lis_prefix(a, n - 1), lis_ending_at(a, n - 1))
    }
}

pub open spec fn pre_longest_increasing_subsequence(a: Seq<i64>) -> bool {
    a.len() <= 1000
}

pub open spec fn post_longest_increasing_subsequence(a: Seq<i64>, len: i64) -> bool {
    len as int == lis_prefix(a, a.len() as int)
}

// <vc:helpers>
// </vc:helpers>

fn longest_increasing_subsequence(a: &Vec<i64>) -> (len: i64)
    requires
        pre_longest_increasing_subsequence(a@),
    ensures
        post_longest_increasing_subsequence(a@, len),
{
    // <vc:code>
    let n = a.len();
    // d[k] = length of a longest strictly increasing subsequence ending at index k
    let mut d: Vec<i64> = Vec::new();
    let mut len: i64 = 0;
    let mut i: usize = 0;
    while i < n
        invariant
            n == a.len(),
            n <= 1000,
            0 <= i <= n,
            d.len() == i,
            forall|k: int| 0 <= k < i ==> d@[k] as int == lis_ending_at(a@, k),
            forall|k: int| 0 <= k < i ==> 1 <= #[trigger] d@[k] <= k + 1,
            len as int == lis_prefix(a@, i as int),
            0 <= len <= i,
        decreases n - i,
    {
        let mut best: i64 = 0;
        let mut j: usize = 0;
        while j < i
            invariant
                n == a.len(),
                n <= 1000,
                0 <= i < n,
                0 <= j <= i,
                d.len() == i,
                forall|k: int| 0 <= k < i ==> d@[k] as int == lis_ending_at(a@, k),
                forall|k: int| 0 <= k < i ==> 1 <= #[trigger] d@[k] <= k + 1,
                best as int == best_before(a@, i as int, j as int),
                0 <= best <= j,
            decreases i - j,
        {
            proof {
                assert(d@[j as int] as int == 1 + best_before(a@, j as int, j as int));
            }
            if a[j] < a[i] && d[j] > best {
                best = d[j];
            }
            j = j + 1;
        }
        let v: i64 = 1 + best;
        d.push(v);
        assert(d@[i as int] == v);
        if v > len {
            len = v;
        }
        i = i + 1;
    }
    len
    // </vc:code>
}

fn main() {}

} // verus!
