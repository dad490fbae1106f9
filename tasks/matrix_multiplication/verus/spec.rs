use vstd::prelude::*;

verus! {

// Matrices are sequences of rows. dot(a, b, i, j, t) = sum over t <= t' < |b| of a[i][t'] * b[t'][j]
// (terms with an index outside the matrices count 0).
pub open spec fn dot(a: Seq<Seq<int>>, b: Seq<Seq<int>>, i: int, j: int, t: int) -> int
    decreases b.len() - t,
{
    if t < 0 || t >= b.len() {
        0
    } else {
        (if 0 <= i < a.len() && t < a[i].len() && 0 <= j < b[t].len() {
            a[i][t] * b[t][j]
        } else {
            0
        }) + dot(a, b, i, j, t + 1)
    }
}

// c[i][j'] == dot(a, b, i, j', 0) for every j <= j' < |c[i]|.
pub open spec fn row_match(a: Seq<Seq<int>>, b: Seq<Seq<int>>, c: Seq<Seq<int>>, i: int, j: int) -> bool
    decreases c[i].len() - j,
{
    if 0 <= i < c.len() && 0 <= j < c[i].len() {
        c[i][j] == dot(a, b, i, j, 0) && row_match(a, b, c, i, j + 1)
    } else {
        true
    }
}

// Every row i' >= i of c has |b[0]| entries and matches the product.
pub open spec fn rows_match(a: Seq<Seq<int>>, b: Seq<Seq<int>>, c: Seq<Seq<int>>, i: int) -> bool
    decreases c.len() - i,
{
    if 0 <= i < c.len() {
        c[i].len() == b[0].len() && row_match(a, b, c, i, 0) && rows_match(a, b, c, i + 1)
    } else {
        true
    }
}

// a is m x n and b is n x p, with 1 <= m, n, p <= 100 and entries within +-1000.
pub open spec fn pre_matrix_multiplication(a: Seq<Seq<int>>, b: Seq<Seq<int>>) -> bool {
    1 <= a.len() <= 100 && 1 <= b.len() <= 100 && 1 <= b[0].len() <= 100
        && (forall|i: int| 0 <= i < a.len() ==> #[trigger] a[i].len() == b.len())
        && (forall|t: int| 0 <= t < b.len() ==> #[trigger] b[t].len() == b[0].len())
        && (forall|i: int, t: int|
            0 <= i < a.len() && 0 <= t < a[i].len() ==> -1000 <= #[trigger] a[i][t] <= 1000)
        && (forall|t: int, j: int|
            0 <= t < b.len() && 0 <= j < b[t].len() ==> -1000 <= #[trigger] b[t][j] <= 1000)
}

pub open spec fn post_matrix_multiplication(a: Seq<Seq<int>>, b: Seq<Seq<int>>, c: Seq<Seq<int>>) -> bool {
    b.len() >= 1 && c.len() == a.len() && rows_match(a, b, c, 0)
}

pub open spec fn int_mat(m: Seq<Vec<i64>>) -> Seq<Seq<int>> {
    m.map_values(|r: Vec<i64>| r@.map_values(|x: i64| x as int))
}

// <vc:helpers>
// </vc:helpers>

fn mat_mul(a: &Vec<Vec<i64>>, b: &Vec<Vec<i64>>) -> (c: Vec<Vec<i64>>)
    requires
        pre_matrix_multiplication(int_mat(a@), int_mat(b@)),
    ensures
        post_matrix_multiplication(int_mat(a@), int_mat(b@), int_mat(c@)),
{
    // <vc:code>
    // </vc:code>
}

fn main() {}

} // verus!
