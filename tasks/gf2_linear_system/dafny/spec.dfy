// Parity (sum over GF(2)) of row[i] * x[i] for i < k.
function dot(row: seq<bool>, x: seq<bool>, k: int): bool
  decreases k
{
  if k <= 0 then false
  else dot(row, x, k - 1) != (k - 1 < |row| && k - 1 < |x| && row[k - 1] && x[k - 1])
}

// Parity of A[i][j] over the selected rows i < k (c[i] true).
function colsum(A: seq<seq<bool>>, c: seq<bool>, j: int, k: int): bool
  decreases k
{
  if k <= 0 || k > |A| || k > |c| then false
  else colsum(A, c, j, k - 1) != (c[k - 1] && 0 <= j < |A[k - 1]| && A[k - 1][j])
}

// Parity of b[i] over the selected rows i < k.
function bsum(b: seq<bool>, c: seq<bool>, k: int): bool
  decreases k
{
  if k <= 0 || k > |b| || k > |c| then false else bsum(b, c, k - 1) != (c[k - 1] && b[k - 1])
}

// n = |A| equations over m unknowns: every row has length m; 1 <= n, m <= 100.
predicate pre_gf2_linear_system(A: seq<seq<bool>>, b: seq<bool>, m: int)
{
  1 <= |A| <= 100 && |b| == |A| && 1 <= m <= 100 &&
  forall i :: 0 <= i < |A| ==> |A[i]| == m
}

// solvable: x satisfies every equation A[i] . x = b[i] over GF(2);
// not solvable: the equations selected by c add up to 0 = 1 (every column sums to 0 and the
// right-hand sides to 1), so no x satisfies them all.
predicate post_gf2_linear_system(A: seq<seq<bool>>, b: seq<bool>, m: int, solvable: bool, x: seq<bool>, c: seq<bool>)
{
  |b| == |A| &&
  (solvable ==> |x| == m && forall i :: 0 <= i < |A| ==> dot(A[i], x, m) == b[i]) &&
  (!solvable ==> |c| == |A| && bsum(b, c, |A|) &&
                 forall j :: 0 <= j < m ==> !colsum(A, c, j, |A|))
}

// ---- What "not solvable" means (a locked lemma and the sums it uses) ----

// Parity over j < jm of colsum(R, d, j, k) * x[j] (the dot product of the summed row with x).
function SumDot(R: seq<seq<bool>>, d: seq<bool>, x: seq<bool>, jm: int, k: int): bool
  decreases jm
{
  if jm <= 0 then false else SumDot(R, d, x, jm - 1, k) != (jm - 1 < |x| && colsum(R, d, jm - 1, k) && x[jm - 1])
}

// Parity over r < k of d[r] * (R[r] . x).
function RowDots(R: seq<seq<bool>>, d: seq<bool>, x: seq<bool>, m: int, k: int): bool
  decreases k
{
  if k <= 0 || k > |R| || k > |d| then false else RowDots(R, d, x, m, k - 1) != (d[k - 1] && dot(R[k - 1], x, m))
}

// A row whose entries are the column sums of R over d has dot product SumDot with x.
lemma {:induction false} DotIsSumDot(a: seq<bool>, R: seq<seq<bool>>, d: seq<bool>, x: seq<bool>, jm: int, k: int)
  requires 0 <= jm <= |a|
  requires forall j :: 0 <= j < jm ==> a[j] == colsum(R, d, j, k)
  ensures dot(a, x, jm) == SumDot(R, d, x, jm, k)
  decreases jm
{
  if jm > 0 { DotIsSumDot(a, R, d, x, jm - 1, k); }
}

// With no row summed, SumDot is 0.
lemma {:induction false} SumDotZero(R: seq<seq<bool>>, d: seq<bool>, x: seq<bool>, jm: int)
  ensures !SumDot(R, d, x, jm, 0)
  decreases jm
{
  if jm > 0 { SumDotZero(R, d, x, jm - 1); }
}

// Summing one more row R[k - 1] adds d[k - 1] * (R[k - 1] . x).
lemma {:induction false} SumDotPeel(R: seq<seq<bool>>, d: seq<bool>, x: seq<bool>, jm: int, k: int)
  requires 1 <= k <= |R| && k <= |d| && 0 <= jm <= |R[k - 1]|
  ensures SumDot(R, d, x, jm, k) == (SumDot(R, d, x, jm, k - 1) != (d[k - 1] && dot(R[k - 1], x, jm)))
  decreases jm
{
  if jm > 0 { SumDotPeel(R, d, x, jm - 1, k); }
}

// Exchange of the two sums: over columns then rows, or rows then columns.
lemma {:induction false} SumDotRows(R: seq<seq<bool>>, d: seq<bool>, x: seq<bool>, m: int, k: int)
  requires 0 <= k <= |R| && k <= |d| && 0 <= m
  requires forall r :: 0 <= r < |R| ==> |R[r]| == m
  ensures SumDot(R, d, x, m, k) == RowDots(R, d, x, m, k)
  decreases k
{
  if k == 0 {
    SumDotZero(R, d, x, m);
  } else {
    SumDotRows(R, d, x, m, k - 1);
    SumDotPeel(R, d, x, m, k);
  }
}

// When x solves every row of R (right-hand sides h), the selected rows give bsum(h, d, k).
lemma {:induction false} RowDotsRhs(R: seq<seq<bool>>, h: seq<bool>, d: seq<bool>, x: seq<bool>, m: int, k: int)
  requires 0 <= k <= |R| && k <= |d| && |h| == |R|
  requires forall r :: 0 <= r < |R| ==> dot(R[r], x, m) == h[r]
  ensures RowDots(R, d, x, m, k) == bsum(h, d, k)
  decreases k
{
  if k > 0 { RowDotsRhs(R, h, d, x, m, k - 1); }
}

// Columns of even parity contribute nothing.
lemma {:induction false} SumDotEven(R: seq<seq<bool>>, d: seq<bool>, x: seq<bool>, jm: int, k: int)
  requires forall j :: 0 <= j < jm ==> !colsum(R, d, j, k)
  ensures !SumDot(R, d, x, jm, k)
  decreases jm
{
  if jm > 0 { SumDotEven(R, d, x, jm - 1, k); }
}

// A certificate c of "not solvable" refutes every x: the selected equations would add up to
// 0 = 1, so one of them fails.
lemma post_gf2_linear_system_means_no_solution(A: seq<seq<bool>>, b: seq<bool>, m: int, y: seq<bool>, c: seq<bool>, x: seq<bool>)
  requires pre_gf2_linear_system(A, b, m) && post_gf2_linear_system(A, b, m, false, y, c)
  requires |x| == m
  ensures exists i :: 0 <= i < |A| && dot(A[i], x, m) != b[i]
{
  if forall i :: 0 <= i < |A| ==> dot(A[i], x, m) == b[i] {
    RowDotsRhs(A, b, c, x, m, |A|);
    SumDotRows(A, c, x, m, |A|);
    SumDotEven(A, c, x, m, |A|);
  }
}

// <vc:helpers>
// </vc:helpers>

method Gf2Solve(A: seq<seq<bool>>, b: seq<bool>, m: int) returns (solvable: bool, x: seq<bool>, c: seq<bool>)
  requires pre_gf2_linear_system(A, b, m)
  ensures post_gf2_linear_system(A, b, m, solvable, x, c)
{
  // <vc:code>
  // </vc:code>
}
