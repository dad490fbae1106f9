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
lemma RowMatch(A: seq<seq<int>>, B: seq<seq<int>>, C: seq<seq<int>>, i: int, j: int)
  requires 0 <= i < |C| && 0 <= j
  requires forall j' :: 0 <= j' < |C[i]| ==> C[i][j'] == dot(A, B, i, j', 0)
  ensures row_match(A, B, C, i, j)
  decreases |C[i]| - j
{
  if j < |C[i]| {
    RowMatch(A, B, C, i, j + 1);
  }
}

lemma RowsMatch(A: seq<seq<int>>, B: seq<seq<int>>, C: seq<seq<int>>, i: int)
  requires |B| >= 1 && 0 <= i
  requires forall i' :: 0 <= i' < |C| ==> |C[i']| == |B[0]|
  requires forall i', j' :: 0 <= i' < |C| && 0 <= j' < |C[i']| ==> C[i'][j'] == dot(A, B, i', j', 0)
  ensures rows_match(A, B, C, i)
  decreases |C| - i
{
  if i < |C| {
    RowMatch(A, B, C, i, 0);
    RowsMatch(A, B, C, i + 1);
  }
}

method Dot(A: seq<seq<int>>, B: seq<seq<int>>, i: int, j: int) returns (s: int)
  requires pre_matrix_multiplication(A, B)
  requires 0 <= i < |A| && 0 <= j < |B[0]|
  ensures s == dot(A, B, i, j, 0)
{
  s := 0;
  var t := |B|;
  while t > 0
    invariant 0 <= t <= |B|
    invariant s == dot(A, B, i, j, t)
    decreases t
  {
    t := t - 1;
    s := A[i][t] * B[t][j] + s;
  }
}
// </vc:helpers>

method MatMul(A: seq<seq<int>>, B: seq<seq<int>>) returns (C: seq<seq<int>>)
  requires pre_matrix_multiplication(A, B)
  ensures post_matrix_multiplication(A, B, C)
{
  // <vc:code>
  var p := |B[0]|;
  C := [];
  var i := 0;
  while i < |A|
    invariant 0 <= i <= |A| && |C| == i
    invariant forall i' :: 0 <= i' < i ==> |C[i']| == p
    invariant forall i', j' :: 0 <= i' < i && 0 <= j' < |C[i']| ==> C[i'][j'] == dot(A, B, i', j', 0)
    decreases |A| - i
  {
    var row := [];
    var j := 0;
    while j < p
      invariant 0 <= j <= p && |row| == j
      invariant forall j' :: 0 <= j' < j ==> row[j'] == dot(A, B, i, j', 0)
      decreases p - j
    {
      var s := Dot(A, B, i, j);
      row := row + [s];
      j := j + 1;
    }
    C := C + [row];
    i := i + 1;
  }
  RowsMatch(A, B, C, 0);
  // </vc:code>
}
