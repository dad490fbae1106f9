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
    // </vc:code>
}

fn main() {}

} // verus!
