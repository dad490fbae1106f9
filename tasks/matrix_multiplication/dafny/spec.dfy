// Matrices are sequences of rows. dot(A, B, i, j, t) = sum over t <= t' < |B| of A[i][t'] * B[t'][j]
// (terms with an index outside the matrices count 0).
function dot(A: seq<seq<int>>, B: seq<seq<int>>, i: int, j: int, t: int): int
  decreases |B| - t
{
  if t < 0 || t >= |B| then 0
  else (if 0 <= i < |A| && t < |A[i]| && 0 <= j < |B[t]| then A[i][t] * B[t][j] else 0)
    + dot(A, B, i, j, t + 1)
}

// C[i][j'] == dot(A, B, i, j', 0) for every j <= j' < |C[i]|.
predicate row_match(A: seq<seq<int>>, B: seq<seq<int>>, C: seq<seq<int>>, i: int, j: int)
  requires 0 <= i < |C|
  decreases |C[i]| - j
{
  j < 0 || j >= |C[i]| || (C[i][j] == dot(A, B, i, j, 0) && row_match(A, B, C, i, j + 1))
}

// Every row i' >= i of C has |B[0]| entries and matches the product.
predicate rows_match(A: seq<seq<int>>, B: seq<seq<int>>, C: seq<seq<int>>, i: int)
  requires |B| >= 1
  decreases |C| - i
{
  i < 0 || i >= |C| || (|C[i]| == |B[0]| && row_match(A, B, C, i, 0) && rows_match(A, B, C, i + 1))
}

// A is m x n and B is n x p, with 1 <= m, n, p <= 100 and entries within +-1000.
predicate pre_matrix_multiplication(A: seq<seq<int>>, B: seq<seq<int>>)
{
  1 <= |A| <= 100 && 1 <= |B| <= 100 && 1 <= |B[0]| <= 100 &&
  (forall i :: 0 <= i < |A| ==> |A[i]| == |B|) &&
  (forall t :: 0 <= t < |B| ==> |B[t]| == |B[0]|) &&
  (forall i, t :: 0 <= i < |A| && 0 <= t < |A[i]| ==> -1000 <= A[i][t] <= 1000) &&
  (forall t, j :: 0 <= t < |B| && 0 <= j < |B[t]| ==> -1000 <= B[t][j] <= 1000)
}

predicate post_matrix_multiplication(A: seq<seq<int>>, B: seq<seq<int>>, C: seq<seq<int>>)
{
  |B| >= 1 && |C| == |A| && rows_match(A, B, C, 0)
}

// <vc:helpers>
// </vc:helpers>

method MatMul(A: seq<seq<int>>, B: seq<seq<int>>) returns (C: seq<seq<int>>)
  requires pre_matrix_multiplication(A, B)
  ensures post_matrix_multiplication(A, B, C)
{
  // <vc:code>
  // </vc:code>
}
