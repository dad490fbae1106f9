use vstd::prelude::*;

verus! {

// Parity (sum over GF(2)) of row[i] * x[i] for i < k.
pub open spec fn dot(row: Seq<bool>, x: Seq<bool>, k: int) -> bool
    decreases k,
{
    if k <= 0 {
        false
    } else {
        dot(row, x, k - 1) != (k - 1 < row.len() && k - 1 < x.len() && row[k - 1] && x[k - 1])
    }
}

// Parity of A[i][j] over the selected rows i < k (c[i] true).
pub open spec fn colsum(a: Seq<Seq<bool>>, c: Seq<bool>, j: int, k: int) -> bool
    decreases k,
{
    if k <= 0 || k > a.len() || k > c.len() {
        false
    } else {
        colsum(a, c, j, k - 1) != (c[k - 1] && 0 <= j < a[k - 1].len() && a[k - 1][j])
    }
}

// Parity of b[i] over the selected rows i < k.
pub open spec fn bsum(b: Seq<bool>, c: Seq<bool>, k: int) -> bool
    decreases k,
{
    if k <= 0 || k > b.len() || k > c.len() {
        false
    } else {
        bsum(b, c, k - 1) != (c[k - 1] && b[k - 1])
    }
}

// n = |A| equations over m unknowns: every row has length m; 1 <= n, m <= 100.
pub open spec fn pre_gf2_linear_system(a: Seq<Seq<bool>>, b: Seq<bool>, m: int) -> bool {
    &&& 1 <= a.len() <= 100
    &&& b.len() == a.len()
    &&& 1 <= m <= 100
    &&& forall|i: int| 0 <= i < a.len() ==> a[i].len() == m
}

// solvable: x satisfies every equation A[i] . x = b[i] over GF(2);
// not solvable: the equations selected by c add up to 0 = 1 (every column sums to 0 and the
// right-hand sides to 1), so no x satisfies them all.
pub open spec fn post_gf2_linear_system(
    a: Seq<Seq<bool>>,
    b: Seq<bool>,
    m: int,
    solvable: bool,
    x: Seq<bool>,
    c: Seq<bool>,
) -> bool {
    &&& b.len() == a.len()
    &&& solvable ==> x.len() == m && forall|i: int| 0 <= i < a.len() ==> dot(a[i], x, m) == b[i]
    &&& !solvable ==> c.len() == a.len() && bsum(b, c, a.len() as int) && forall|j: int|
        0 <= j < m ==> !colsum(a, c, j, a.len() as int)
}

pub open spec fn bool_mat(a: Seq<Vec<bool>>) -> Seq<Seq<bool>> {
    a.map_values(|r: Vec<bool>| r@)
}

// <vc:helpers>
// </vc:helpers>

fn gf2_solve(a: &Vec<Vec<bool>>, b: &Vec<bool>, m: usize) -> (res: (bool, Vec<bool>, Vec<bool>))
    requires
        pre_gf2_linear_system(bool_mat(a@), b@, m as int),
    ensures
        post_gf2_linear_system(bool_mat(a@), b@, m as int, res.0, res.1@, res.2@),
{
    // <vc:code>
    // Gaussian elimination over GF(2) on the augmented rows [A[i] | b[i]], each row carrying the
    // set (mask) of original equations it is the sum of.
    let n = a.len();
    let mut rows: Vec<Vec<bool>> = Vec::new();
    let mut combo: Vec<Vec<bool>> = Vec::new();
    let mut i: usize = 0;
    while i < n
        decreases n - i,
    {
        let mut row: Vec<bool> = Vec::new();
        let mut t: usize = 0;
        while t < m
            decreases m - t,
        {
            row.push(a[i][t]);
            t = t + 1;
        }
        row.push(b[i]);
        rows.push(row);
        let mut u: Vec<bool> = Vec::new();
        let mut k: usize = 0;
        while k < n
            decreases n - k,
        {
            u.push(k == i);
            k = k + 1;
        }
        combo.push(u);
        i = i + 1;
    }
    let mut pivot_col: Vec<usize> = Vec::new();
    let mut rank: usize = 0;
    let mut col: usize = 0;
    while col < m && rank < n
        decreases m - col,
    {
        let mut r: usize = rank;
        while r < n && !rows[r][col]
            decreases n - r,
        {
            r = r + 1;
        }
        if r < n {
            rows.swap(r, rank);
            combo.swap(r, rank);
            let mut k: usize = 0;
            while k < n
                decreases n - k,
            {
                if k != rank && rows[k][col] {
                    let mut t: usize = 0;
                    while t <= m
                        decreases m + 1 - t,
                    {
                        let v = rows[k][t] != rows[rank][t];
                        rows[k].set(t, v);
                        t = t + 1;
                    }
                    let mut t2: usize = 0;
                    while t2 < n
                        decreases n - t2,
                    {
                        let v = combo[k][t2] != combo[rank][t2];
                        combo[k].set(t2, v);
                        t2 = t2 + 1;
                    }
                }
                k = k + 1;
            }
            pivot_col.push(col);
            rank = rank + 1;
        }
        col = col + 1;
    }
    // A zero row with right-hand side 1 is a contradiction; its mask is the certificate.
    let mut z: usize = rank;
    while z < n
        decreases n - z,
    {
        if rows[z][m] {
            return (false, Vec::new(), combo[z].clone());
        }
        z = z + 1;
    }
    // Free unknowns 0, each pivot unknown the right-hand side of its row.
    let mut x: Vec<bool> = Vec::new();
    let mut t: usize = 0;
    while t < m
        decreases m - t,
    {
        x.push(false);
        t = t + 1;
    }
    let mut q: usize = 0;
    while q < rank
        decreases rank - q,
    {
        let v = rows[q][m];
        x.set(pivot_col[q], v);
        q = q + 1;
    }
    (true, x, Vec::new())
    // </vc:code>
}

fn main() {}

} // verus!
