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

// <vc:helpers>
// </vc:helpers>

method Gf2Solve(A: seq<seq<bool>>, b: seq<bool>, m: int) returns (solvable: bool, x: seq<bool>, c: seq<bool>)
  requires pre_gf2_linear_system(A, b, m)
  ensures post_gf2_linear_system(A, b, m, solvable, x, c)
{
  // <vc:code>
  // </vc:code>
}
