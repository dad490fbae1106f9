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
// The mask of length n with only position i set (none when i is out of range).
method UnitMask(n: int, i: int) returns (u: seq<bool>)
  requires n >= 0
  ensures |u| == n
{
  u := [];
  while |u| < n
    invariant |u| <= n
    decreases n - |u|
  {
    u := u + [|u| == i];
  }
}

// Elementwise xor of two rows (the shorter length).
method XorRows(a: seq<bool>, b: seq<bool>) returns (r: seq<bool>)
{
  r := [];
  var t := 0;
  while t < |a| && t < |b|
    decreases |a| - t
  {
    r := r + [a[t] != b[t]];
    t := t + 1;
  }
}
// </vc:helpers>

method Gf2Solve(A: seq<seq<bool>>, b: seq<bool>, m: int) returns (solvable: bool, x: seq<bool>, c: seq<bool>)
  requires pre_gf2_linear_system(A, b, m)
  ensures post_gf2_linear_system(A, b, m, solvable, x, c)
{
  // <vc:code>
  // Gaussian elimination over GF(2) on the augmented rows [A[i] | b[i]], each row carrying the
  // set (mask) of original equations it is the sum of.
  var n := |A|;
  var rows: seq<seq<bool>> := [];
  var combo: seq<seq<bool>> := [];
  var i := 0;
  while i < n
    decreases n - i
  {
    rows := rows + [A[i] + [b[i]]];
    var u := UnitMask(n, i);
    combo := combo + [u];
    i := i + 1;
  }
  var pivotCol: seq<int> := [];
  var rank := 0;
  var col := 0;
  while col < m && rank < n
    decreases m - col
  {
    var r := rank;
    while r < n && !rows[r][col]
      decreases n - r
    {
      r := r + 1;
    }
    if r < n {
      var tmp, tmpc := rows[r], combo[r];
      rows := rows[r := rows[rank]][rank := tmp];
      combo := combo[r := combo[rank]][rank := tmpc];
      var k := 0;
      while k < n
        decreases n - k
      {
        if k != rank && rows[k][col] {
          var nr := XorRows(rows[k], rows[rank]);
          var nc := XorRows(combo[k], combo[rank]);
          rows := rows[k := nr];
          combo := combo[k := nc];
        }
        k := k + 1;
      }
      pivotCol := pivotCol + [col];
      rank := rank + 1;
    }
    col := col + 1;
  }
  // A zero row with right-hand side 1 is a contradiction; its mask is the certificate.
  var z := rank;
  while z < n
    decreases n - z
  {
    if rows[z][m] {
      solvable, x, c := false, [], combo[z];
      return;
    }
    z := z + 1;
  }
  // Free unknowns 0, each pivot unknown the right-hand side of its row.
  x := UnitMask(m, -1);
  var q := 0;
  while q < rank
    decreases rank - q
  {
    x := x[pivotCol[q] := rows[q][m]];
    q := q + 1;
  }
  solvable, c := true, [];
  // </vc:code>
}
