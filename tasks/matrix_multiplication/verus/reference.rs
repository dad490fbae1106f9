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
proof fn lemma_row_match(a: Seq<Seq<int>>, b: Seq<Seq<int>>, c: Seq<Seq<int>>, i: int, j: int)
    requires
        0 <= i < c.len(),
        0 <= j,
        forall|j2: int| 0 <= j2 < c[i].len() ==> #[trigger] c[i][j2] == dot(a, b, i, j2, 0),
    ensures
        row_match(a, b, c, i, j),
    decreases c[i].len() - j,
{
    if j < c[i].len() {
        lemma_row_match(a, b, c, i, j + 1);
    }
}

proof fn lemma_rows_match(a: Seq<Seq<int>>, b: Seq<Seq<int>>, c: Seq<Seq<int>>, i: int)
    requires
        b.len() >= 1,
        0 <= i,
        forall|i2: int| 0 <= i2 < c.len() ==> #[trigger] c[i2].len() == b[0].len(),
        forall|i2: int, j2: int|
            0 <= i2 < c.len() && 0 <= j2 < c[i2].len() ==> #[trigger] c[i2][j2] == dot(a, b, i2, j2, 0),
    ensures
        rows_match(a, b, c, i),
    decreases c.len() - i,
{
    if i < c.len() {
        assert forall|j2: int| 0 <= j2 < c[i].len() implies #[trigger] c[i][j2] == dot(a, b, i, j2, 0) by {
        }
        lemma_row_match(a, b, c, i, 0);
        lemma_rows_match(a, b, c, i + 1);
    }
}

// |dot(a, b, i, j, t)| <= 1000000 * (|b| - t) under the entry bounds.
proof fn lemma_dot_bound(a: Seq<Seq<int>>, b: Seq<Seq<int>>, i: int, j: int, t: int)
    requires
        pre_matrix_multiplication(a, b),
        0 <= t <= b.len(),
    ensures
        -1000000 * (b.len() - t) <= dot(a, b, i, j, t) <= 1000000 * (b.len() - t),
    decreases b.len() - t,
{
    if t < b.len() {
        lemma_dot_bound(a, b, i, j, t + 1);
        if 0 <= i < a.len() && t < a[i].len() && 0 <= j < b[t].len() {
            let x = a[i][t];
            let y = b[t][j];
            assert(-1000000 <= x * y <= 1000000) by (nonlinear_arith)
                requires
                    -1000 <= x <= 1000,
                    -1000 <= y <= 1000,
            ;
        }
    }
}

fn dot_exec(a: &Vec<Vec<i64>>, b: &Vec<Vec<i64>>, i: usize, j: usize) -> (s: i64)
    requires
        pre_matrix_multiplication(int_mat(a@), int_mat(b@)),
        i < a.len(),
        j < b@[0]@.len(),
    ensures
        s as int == dot(int_mat(a@), int_mat(b@), i as int, j as int, 0),
{
    let ghost sa = int_mat(a@);
    let ghost sb = int_mat(b@);
    let mut s: i64 = 0;
    let mut t: usize = b.len();
    while t > 0
        invariant
            sa == int_mat(a@),
            sb == int_mat(b@),
            pre_matrix_multiplication(sa, sb),
            i < a.len(),
            j < b@[0]@.len(),
            t <= b.len(),
            s as int == dot(sa, sb, i as int, j as int, t as int),
        decreases t,
    {
        t = t - 1;
        proof {
            lemma_dot_bound(sa, sb, i as int, j as int, t as int + 1);
            assert(sa[i as int].len() == sb.len());
            assert(sb[t as int].len() == sb[0].len());
            assert(sa[i as int][t as int] == a@[i as int]@[t as int] as int);
            assert(sb[t as int][j as int] == b@[t as int]@[j as int] as int);
            let x = sa[i as int][t as int];
            let y = sb[t as int][j as int];
            assert(-1000 <= x <= 1000);
            assert(-1000 <= y <= 1000);
            assert(-1000000 <= x * y <= 1000000) by (nonlinear_arith)
                requires
                    -1000 <= x <= 1000,
                    -1000 <= y <= 1000,
            ;
        }
        let prod = a[i][t] * b[t][j];
        s = prod + s;
    }
    s
}
// </vc:helpers>

fn mat_mul(a: &Vec<Vec<i64>>, b: &Vec<Vec<i64>>) -> (c: Vec<Vec<i64>>)
    requires
        pre_matrix_multiplication(int_mat(a@), int_mat(b@)),
    ensures
        post_matrix_multiplication(int_mat(a@), int_mat(b@), int_mat(c@)),
{
    // <vc:code>
    let ghost sa = int_mat(a@);
    let ghost sb = int_mat(b@);
    let p = b[0].len();
    let mut c: Vec<Vec<i64>> = Vec::new();
    let mut i: usize = 0;
    while i < a.len()
        invariant
            sa == int_mat(a@),
            sb == int_mat(b@),
            pre_matrix_multiplication(sa, sb),
            p == b@[0]@.len(),
            i <= a.len(),
            c.len() == i,
            forall|i2: int| 0 <= i2 < i ==> #[trigger] c@[i2]@.len() == p,
            forall|i2: int, j2: int|
                0 <= i2 < i && 0 <= j2 < p ==> #[trigger] c@[i2]@[j2] as int == dot(sa, sb, i2, j2, 0),
        decreases a.len() - i,
    {
        let mut row: Vec<i64> = Vec::new();
        let mut j: usize = 0;
        while j < p
            invariant
                sa == int_mat(a@),
                sb == int_mat(b@),
                pre_matrix_multiplication(sa, sb),
                p == b@[0]@.len(),
                i < a.len(),
                j <= p,
                row.len() == j,
                forall|j2: int| 0 <= j2 < j ==> #[trigger] row@[j2] as int == dot(sa, sb, i as int, j2, 0),
            decreases p - j,
        {
            let s = dot_exec(a, b, i, j);
            row.push(s);
            j = j + 1;
        }
        c.push(row);
        i = i + 1;
    }
    proof {
        let sc = int_mat(c@);
        assert(sb[0].len() == p);
        assert forall|i2: int| 0 <= i2 < sc.len() implies #[trigger] sc[i2].len() == sb[0].len() by {
            assert(sc[i2].len() == c@[i2]@.len());
        }
        assert forall|i2: int, j2: int|
            0 <= i2 < sc.len() && 0 <= j2 < sc[i2].len() implies #[trigger] sc[i2][j2] == dot(sa, sb, i2, j2, 0) by {
            assert(sc[i2][j2] == c@[i2]@[j2] as int);
        }
        lemma_rows_match(sa, sb, sc, 0);
    }
    c
    // </vc:code>
}

fn main() {}

} // verus!
