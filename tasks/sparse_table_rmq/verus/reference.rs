use vstd::prelude::*;

verus! {

pub open spec fn pow2(k: nat) -> int
    decreases k,
{
    if k == 0 {
        1
    } else {
        2 * pow2((k - 1) as nat)
    }
}

// The minimum of the non-empty range a[lo..hi).
pub open spec fn rmin(a: Seq<i64>, lo: int, hi: int) -> int
    decreases hi - lo,
{
    if hi - lo <= 1 {
        a[lo] as int
    } else if rmin(a, lo, hi - 1) <= a[hi - 1] as int {
        rmin(a, lo, hi - 1)
    } else {
        a[hi - 1] as int
    }
}

// The sparse table of a: one row per level k with 2^k <= |a| (so |tb| - 1 = floor(log2 |a|)),
// row k has an entry for every window of length 2^k, and tb[k][i] is the minimum of
// a[i .. i + 2^k). (The conjunct 1 <= pow2(k) always holds; it keeps rmin's range valid.)
pub open spec fn is_sparse_table(a: Seq<i64>, tb: Seq<Seq<i64>>) -> bool {
    &&& 1 <= tb.len()
    &&& pow2((tb.len() - 1) as nat) <= a.len() < pow2(tb.len() as nat)
    &&& forall|k: int| #![trigger tb[k]] 0 <= k < tb.len() ==> {
        &&& 1 <= pow2(k as nat) <= a.len()
        &&& tb[k].len() == a.len() - pow2(k as nat) + 1
        &&& forall|i: int| #![trigger tb[k][i]]
            0 <= i < tb[k].len() ==> tb[k][i] as int == rmin(a, i, i + pow2(k as nat))
    }
}

pub open spec fn pre_sparse_table_rmq(a: Seq<i64>) -> bool {
    1 <= a.len() <= 100000
}

// The result is the sparse table of a.
pub open spec fn post_sparse_table_rmq(a: Seq<i64>, tb: Seq<Seq<i64>>) -> bool {
    is_sparse_table(a, tb)
}

pub open spec fn rows(m: Seq<Vec<i64>>) -> Seq<Seq<i64>> {
    m.map_values(|r: Vec<i64>| r@)
}

// <vc:helpers>
// The minimum of a range is the smaller of the minima of two adjacent parts.
proof fn lemma_rmin_split(a: Seq<i64>, lo: int, mid: int, hi: int)
    requires
        0 <= lo < mid < hi <= a.len(),
    ensures
        rmin(a, lo, hi) == if rmin(a, lo, mid) <= rmin(a, mid, hi) { rmin(a, lo, mid) } else { rmin(a, mid, hi) },
    decreases hi - mid,
{
    if hi - mid > 1 {
        lemma_rmin_split(a, lo, mid, hi - 1);
    }
}

proof fn lemma_pow2_pos(k: nat)
    ensures
        pow2(k) >= 1,
    decreases k,
{
    if k > 0 {
        lemma_pow2_pos((k - 1) as nat);
    }
}

// Every level of tb is right (is_sparse_table without the level count).
pub open spec fn rows_ok(a: Seq<i64>, tb: Seq<Seq<i64>>) -> bool {
    forall|k: int| #![trigger tb[k]] 0 <= k < tb.len() ==> {
        &&& 1 <= pow2(k as nat) <= a.len()
        &&& tb[k].len() == a.len() - pow2(k as nat) + 1
        &&& forall|i: int| #![trigger tb[k][i]]
            0 <= i < tb[k].len() ==> tb[k][i] as int == rmin(a, i, i + pow2(k as nat))
    }
}

// Row k (windows of length 2 * half) from row k - 1 (windows of length half).
fn next_row(a: &Vec<i64>, prev: &Vec<i64>, half: usize) -> (row: Vec<i64>)
    requires
        a.len() <= 100000,
        1 <= half,
        2 * half <= a.len(),
        prev.len() == a.len() - half + 1,
        forall|i: int| 0 <= i < prev.len() ==> #[trigger] prev@[i] as int == rmin(a@, i, i + half),
    ensures
        row.len() == a.len() - 2 * half + 1,
        forall|i: int| 0 <= i < row.len() ==> #[trigger] row@[i] as int == rmin(a@, i, i + 2 * half),
{
    let mut row: Vec<i64> = Vec::new();
    let m = a.len() - 2 * half + 1;
    let mut i: usize = 0;
    while i < m
        invariant
            m == a.len() - 2 * half + 1,
            1 <= half,
            2 * half <= a.len() <= 100000,
            prev.len() == a.len() - half + 1,
            forall|j: int| 0 <= j < prev.len() ==> #[trigger] prev@[j] as int == rmin(a@, j, j + half),
            0 <= i <= m,
            row.len() == i,
            forall|j: int| 0 <= j < i ==> #[trigger] row@[j] as int == rmin(a@, j, j + 2 * half),
        decreases m - i,
    {
        let x = prev[i];
        let y = prev[i + half];
        proof {
            lemma_rmin_split(a@, i as int, i + half, i + 2 * half);
        }
        if x <= y {
            row.push(x);
        } else {
            row.push(y);
        }
        i = i + 1;
    }
    row
}
// </vc:helpers>

// Build the sparse table of a for range-minimum queries: row k from row k - 1, each entry the
// smaller of two overlapping halves, O(n log n) in all.
fn sparse_table_build(a: &Vec<i64>) -> (tb: Vec<Vec<i64>>)
    requires
        pre_sparse_table_rmq(a@),
    ensures
        post_sparse_table_rmq(a@, rows(tb@)),
{
    // <vc:code>
    let n = a.len();
    let mut tb: Vec<Vec<i64>> = Vec::new();
    let first = a.clone();
    tb.push(first);
    proof {
        assert(pow2(0) == 1);
        assert(rows(tb@)[0] == a@);
    }
    let mut half: usize = 1;
    let ghost mut k: nat = 1;
    while 2 * half <= n
        invariant
            n == a.len(),
            1 <= n <= 100000,
            tb.len() == k,
            k >= 1,
            half as int == pow2((k - 1) as nat),
            1 <= half <= n,
            rows_ok(a@, rows(tb@)),
        decreases n - half,
    {
        let last = tb.len() - 1;
        let row = next_row(a, &tb[last], half);
        proof {
            assert(pow2(k) == 2 * half);
        }
        tb.push(row);
        half = 2 * half;
        proof {
            k = k + 1;
            assert(rows(tb@)[k - 1] == row@);
        }
    }
    proof {
        assert(pow2(k) == 2 * half);
    }
    tb
    // </vc:code>
}

fn main() {}

} // verus!
