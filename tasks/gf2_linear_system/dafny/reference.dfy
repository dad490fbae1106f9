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
// ---- Sums over GF(2): the linearity facts elimination needs ----

lemma {:induction false} ColsumXor(A: seq<seq<bool>>, c1: seq<bool>, c2: seq<bool>, c: seq<bool>, j: int, k: int)
  requires 0 <= k <= |A| && k <= |c1| && k <= |c2| && k <= |c|
  requires forall t :: 0 <= t < k ==> c[t] == (c1[t] != c2[t])
  ensures colsum(A, c, j, k) == (colsum(A, c1, j, k) != colsum(A, c2, j, k))
  decreases k
{
  if k > 0 { ColsumXor(A, c1, c2, c, j, k - 1); }
}

lemma {:induction false} BsumXor(b: seq<bool>, c1: seq<bool>, c2: seq<bool>, c: seq<bool>, k: int)
  requires 0 <= k <= |b| && k <= |c1| && k <= |c2| && k <= |c|
  requires forall t :: 0 <= t < k ==> c[t] == (c1[t] != c2[t])
  ensures bsum(b, c, k) == (bsum(b, c1, k) != bsum(b, c2, k))
  decreases k
{
  if k > 0 { BsumXor(b, c1, c2, c, k - 1); }
}

lemma {:induction false} ColsumUnit(A: seq<seq<bool>>, u: seq<bool>, i: int, j: int, k: int)
  requires 0 <= k <= |A| && k <= |u|
  requires forall t :: 0 <= t < k ==> u[t] == (t == i)
  ensures colsum(A, u, j, k) == (0 <= i < k && 0 <= j < |A[i]| && A[i][j])
  decreases k
{
  if k > 0 { ColsumUnit(A, u, i, j, k - 1); }
}

lemma {:induction false} BsumUnit(b: seq<bool>, u: seq<bool>, i: int, k: int)
  requires 0 <= k <= |b| && k <= |u|
  requires forall t :: 0 <= t < k ==> u[t] == (t == i)
  ensures bsum(b, u, k) == (0 <= i < k && b[i])
  decreases k
{
  if k > 0 { BsumUnit(b, u, i, k - 1); }
}

// Replacing row q by v changes a column sum by the selected difference.
lemma {:induction false} ColsumRowUpd(R: seq<seq<bool>>, q: int, v: seq<bool>, d: seq<bool>, j: int, k: int)
  requires 0 <= q < |R| && 0 <= k <= |R| && k <= |d| && 0 <= j < |v| && j < |R[q]|
  ensures colsum(R[q := v], d, j, k) == (colsum(R, d, j, k) != (q < k && d[q] && (R[q][j] != v[j])))
  decreases k
{
  if k > 0 { ColsumRowUpd(R, q, v, d, j, k - 1); }
}

// Flipping the selection of row p changes a column sum by that row's entry.
lemma {:induction false} ColsumMaskUpd(R: seq<seq<bool>>, d: seq<bool>, p: int, e: bool, j: int, k: int)
  requires 0 <= p < |d| && 0 <= k <= |R| && k <= |d|
  ensures colsum(R, d[p := e], j, k) == (colsum(R, d, j, k) != (p < k && (d[p] != e) && 0 <= j < |R[p]| && R[p][j]))
  decreases k
{
  if k > 0 { ColsumMaskUpd(R, d, p, e, j, k - 1); }
}

lemma {:induction false} BsumRowUpd(h: seq<bool>, q: int, v: bool, d: seq<bool>, k: int)
  requires 0 <= q < |h| && 0 <= k <= |h| && k <= |d|
  ensures bsum(h[q := v], d, k) == (bsum(h, d, k) != (q < k && d[q] && (h[q] != v)))
  decreases k
{
  if k > 0 { BsumRowUpd(h, q, v, d, k - 1); }
}

lemma {:induction false} BsumMaskUpd(h: seq<bool>, d: seq<bool>, p: int, e: bool, k: int)
  requires 0 <= p < |d| && 0 <= k <= |h| && k <= |d|
  ensures bsum(h, d[p := e], k) == (bsum(h, d, k) != (p < k && (d[p] != e) && h[p]))
  decreases k
{
  if k > 0 { BsumMaskUpd(h, d, p, e, k - 1); }
}

// Row k += row p on the current rows; selecting row p once more in d keeps the sum.
lemma ColsumBack(R: seq<seq<bool>>, d: seq<bool>, k: int, p: int, v: seq<bool>, j: int)
  requires 0 <= k < |R| && 0 <= p < |R| && k != p && |d| == |R|
  requires 0 <= j < |v| && j < |R[k]| && j < |R[p]| && v[j] == (R[k][j] != R[p][j])
  ensures colsum(R[k := v], d[p := d[p] != d[k]], j, |R|) == colsum(R, d, j, |R|)
{
  ColsumMaskUpd(R[k := v], d, p, d[p] != d[k], j, |R|);
  ColsumRowUpd(R, k, v, d, j, |R|);
}

lemma BsumBack(h: seq<bool>, d: seq<bool>, k: int, p: int, v: bool)
  requires 0 <= k < |h| && 0 <= p < |h| && k != p && |d| == |h| && v == (h[k] != h[p])
  ensures bsum(h[k := v], d[p := d[p] != d[k]], |h|) == bsum(h, d, |h|)
{
  BsumMaskUpd(h[k := v], d, p, d[p] != d[k], |h|);
  BsumRowUpd(h, k, v, d, |h|);
}

lemma {:induction false} DotZero(row: seq<bool>, x: seq<bool>, k: int)
  requires 0 <= k <= |row|
  requires forall j :: 0 <= j < k ==> !row[j]
  ensures !dot(row, x, k)
  decreases k
{
  if k > 0 { DotZero(row, x, k - 1); }
}

lemma {:induction false} DotSingle(row: seq<bool>, x: seq<bool>, p: int, k: int)
  requires 0 <= k <= |row| && k <= |x| && 0 <= p < |row| && p < |x| && row[p]
  requires forall j :: 0 <= j < k && j != p ==> !(row[j] && x[j])
  ensures dot(row, x, k) == (p < k && x[p])
  decreases k
{
  if k > 0 { DotSingle(row, x, p, k - 1); }
}

// ---- The invariants of elimination ----

// Current row (row, h) is the sum of the original equations selected by c.
predicate FwdRow(A: seq<seq<bool>>, b: seq<bool>, row: seq<bool>, h: bool, c: seq<bool>, m: int)
{
  |row| == m && |c| == |A| && |b| == |A| &&
  (forall j :: 0 <= j < m ==> row[j] == colsum(A, c, j, |A|)) && h == bsum(b, c, |A|)
}

predicate Fwd(A: seq<seq<bool>>, b: seq<bool>, R: seq<seq<bool>>, rhs: seq<bool>, C: seq<seq<bool>>, m: int)
{
  |R| == |A| && |rhs| == |A| && |C| == |A| &&
  forall r :: 0 <= r < |A| ==> FwdRow(A, b, R[r], rhs[r], C[r], m)
}

// Original equation (a, bi) is the sum of the current rows selected by d.
predicate BwdRow(a: seq<bool>, bi: bool, R: seq<seq<bool>>, rhs: seq<bool>, d: seq<bool>, m: int)
{
  |a| == m && |d| == |R| && |rhs| == |R| &&
  (forall j :: 0 <= j < m ==> a[j] == colsum(R, d, j, |R|)) && bi == bsum(rhs, d, |R|)
}

predicate Bwd(A: seq<seq<bool>>, b: seq<bool>, R: seq<seq<bool>>, rhs: seq<bool>, D: seq<seq<bool>>, m: int)
{
  |D| == |A| && |b| == |A| &&
  forall i :: 0 <= i < |A| ==> BwdRow(A[i], b[i], R, rhs, D[i], m)
}

// Reduced form on the columns < col: piv[r] is row r's pivot column (-1: none), owner[j] the
// row whose pivot is column j (-1: none); a pivot column is 0 in every other row, and a row
// without pivot is 0 on every column < col.
predicate Echelon(R: seq<seq<bool>>, piv: seq<int>, owner: seq<int>, col: int, m: int)
{
  |piv| == |R| && |owner| == m && 0 <= col <= m &&
  (forall r :: 0 <= r < |R| ==> |R[r]| == m && -1 <= piv[r] < col) &&
  (forall r :: 0 <= r < |R| && piv[r] >= 0 ==> owner[piv[r]] == r) &&
  (forall j :: 0 <= j < m ==> -1 <= owner[j] < |R|) &&
  (forall j :: 0 <= j < m && owner[j] >= 0 ==> j < col && piv[owner[j]] == j && R[owner[j]][j]) &&
  (forall j, q :: 0 <= j < m && 0 <= q < |R| && owner[j] >= 0 && q != owner[j] ==> !R[q][j]) &&
  (forall r, j :: 0 <= r < |R| && piv[r] < 0 && 0 <= j < col ==> !R[r][j])
}

// ---- Executable pieces ----

// The mask of length n with only position i set (none when i is out of range).
method UnitMask(n: int, i: int) returns (u: seq<bool>)
  requires n >= 0
  ensures |u| == n && forall t :: 0 <= t < n ==> u[t] == (t == i)
{
  u := [];
  while |u| < n
    invariant |u| <= n
    invariant forall t :: 0 <= t < |u| ==> u[t] == (t == i)
    decreases n - |u|
  {
    u := u + [|u| == i];
  }
}

method Fill(n: int, v: int) returns (s: seq<int>)
  requires n >= 0
  ensures |s| == n && forall t :: 0 <= t < n ==> s[t] == v
{
  s := [];
  while |s| < n
    invariant |s| <= n
    invariant forall t :: 0 <= t < |s| ==> s[t] == v
    decreases n - |s|
  {
    s := s + [v];
  }
}

// Elementwise xor of two rows of the same length.
method XorRows(a: seq<bool>, b: seq<bool>) returns (r: seq<bool>)
  requires |a| == |b|
  ensures |r| == |a| && forall t :: 0 <= t < |a| ==> r[t] == (a[t] != b[t])
{
  r := [];
  var t := 0;
  while t < |a|
    invariant 0 <= t <= |a| && |r| == t
    invariant forall s :: 0 <= s < t ==> r[s] == (a[s] != b[s])
    decreases |a| - t
  {
    r := r + [a[t] != b[t]];
    t := t + 1;
  }
}

// d with position p flipped where position k is set.
function Flip(d: seq<bool>, p: int, k: int): seq<bool>
{
  if 0 <= p < |d| && 0 <= k < |d| then d[p := d[p] != d[k]] else d
}

// Every selection vector of D with position p flipped where position k is set.
ghost method ColXor(D: seq<seq<bool>>, p: int, k: int) returns (E: seq<seq<bool>>)
  requires forall i :: 0 <= i < |D| ==> 0 <= p < |D[i]| && 0 <= k < |D[i]|
  ensures |E| == |D| && forall i :: 0 <= i < |D| ==> E[i] == Flip(D[i], p, k)
{
  E := [];
  while |E| < |D|
    invariant |E| <= |D|
    invariant forall i :: 0 <= i < |E| && i < |D| ==> E[i] == Flip(D[i], p, k)
    decreases |D| - |E|
  {
    var d := D[|E|];
    E := E + [Flip(d, p, k)];
  }
}

// Row k += row p (with its mask); D tracks the inverse operation.
method RowOp(ghost A: seq<seq<bool>>, ghost b: seq<bool>, m: int, R: seq<seq<bool>>, rhs: seq<bool>,
             C: seq<seq<bool>>, ghost D: seq<seq<bool>>, k: int, p: int)
  returns (R': seq<seq<bool>>, rhs': seq<bool>, C': seq<seq<bool>>, ghost D': seq<seq<bool>>)
  requires Fwd(A, b, R, rhs, C, m) && Bwd(A, b, R, rhs, D, m)
  requires 0 <= k < |R| && 0 <= p < |R| && k != p
  ensures Fwd(A, b, R', rhs', C', m) && Bwd(A, b, R', rhs', D', m)
  ensures |R'| == |R| && forall q :: 0 <= q < |R| && q != k ==> R'[q] == R[q]
  ensures forall j :: 0 <= j < m ==> R'[k][j] == (R[k][j] != R[p][j])
{
  var nr := XorRows(R[k], R[p]);
  var nc := XorRows(C[k], C[p]);
  var nh := rhs[k] != rhs[p];
  forall j | 0 <= j < m
    ensures nr[j] == colsum(A, nc, j, |A|)
  {
    ColsumXor(A, C[k], C[p], nc, j, |A|);
  }
  BsumXor(b, C[k], C[p], nc, |A|);
  assert FwdRow(A, b, nr, nh, nc, m);
  R', rhs', C' := R[k := nr], rhs[k := nh], C[k := nc];
  D' := ColXor(D, p, k);
  forall i | 0 <= i < |A|
    ensures BwdRow(A[i], b[i], R', rhs', D'[i], m)
  {
    assert BwdRow(A[i], b[i], R, rhs, D[i], m);
    forall j | 0 <= j < m
      ensures A[i][j] == colsum(R', D'[i], j, |R'|)
    {
      ColsumBack(R, D[i], k, p, nr, j);
    }
    BsumBack(rhs, D[i], k, p, nh);
  }
}

// Clear column col in every row but p (which has a 1 there).
method Eliminate(ghost A: seq<seq<bool>>, ghost b: seq<bool>, m: int, R: seq<seq<bool>>, rhs: seq<bool>,
                 C: seq<seq<bool>>, ghost D: seq<seq<bool>>, p: int, col: int)
  returns (R': seq<seq<bool>>, rhs': seq<bool>, C': seq<seq<bool>>, ghost D': seq<seq<bool>>)
  requires Fwd(A, b, R, rhs, C, m) && Bwd(A, b, R, rhs, D, m)
  requires 0 <= p < |R| && 0 <= col < m && R[p][col]
  ensures Fwd(A, b, R', rhs', C', m) && Bwd(A, b, R', rhs', D', m)
  ensures |R'| == |R| && R'[p] == R[p]
  ensures forall q :: 0 <= q < |R| && q != p ==> !R'[q][col]
  ensures forall q, j :: 0 <= q < |R| && 0 <= j < m && !R[p][j] ==> R'[q][j] == R[q][j]
{
  R', rhs', C', D' := R, rhs, C, D;
  var k := 0;
  while k < |R|
    invariant 0 <= k <= |R|
    invariant Fwd(A, b, R', rhs', C', m) && Bwd(A, b, R', rhs', D', m)
    invariant |R'| == |R| && R'[p] == R[p]
    invariant forall q :: 0 <= q < k && q != p ==> !R'[q][col]
    invariant forall q :: k <= q < |R| ==> R'[q] == R[q]
    invariant forall q, j :: 0 <= q < |R| && 0 <= j < m && !R[p][j] ==> R'[q][j] == R[q][j]
    decreases |R| - k
  {
    if k != p && R'[k][col] {
      R', rhs', C', D' := RowOp(A, b, m, R', rhs', C', D', k, p);
    }
    k := k + 1;
  }
}

// ---- The steps of the main method ----

lemma InitInv(A: seq<seq<bool>>, b: seq<bool>, U: seq<seq<bool>>, m: int)
  requires pre_gf2_linear_system(A, b, m)
  requires |U| == |A| && forall r :: 0 <= r < |A| ==> |U[r]| == |A| && forall t :: 0 <= t < |A| ==> U[r][t] == (t == r)
  ensures Fwd(A, b, A, b, U, m) && Bwd(A, b, A, b, U, m)
{
  forall r | 0 <= r < |A|
    ensures FwdRow(A, b, A[r], b[r], U[r], m) && BwdRow(A[r], b[r], A, b, U[r], m)
  {
    forall j | 0 <= j < m
      ensures A[r][j] == colsum(A, U[r], j, |A|)
    {
      ColsumUnit(A, U[r], r, j, |A|);
    }
    BsumUnit(b, U[r], r, |A|);
  }
}

lemma EchelonPivot(R: seq<seq<bool>>, R2: seq<seq<bool>>, piv: seq<int>, owner: seq<int>, col: int, m: int, p: int)
  requires Echelon(R, piv, owner, col, m) && col < m
  requires 0 <= p < |R| && piv[p] < 0 && R[p][col]
  requires |R2| == |R| && R2[p] == R[p] && forall q :: 0 <= q < |R2| ==> |R2[q]| == m
  requires forall q :: 0 <= q < |R| && q != p ==> !R2[q][col]
  requires forall q, j :: 0 <= q < |R| && 0 <= j < m && !R[p][j] ==> R2[q][j] == R[q][j]
  ensures Echelon(R2, piv[p := col], owner[col := p], col + 1, m)
{
  assert forall j :: 0 <= j < col ==> !R[p][j];
  var piv2, owner2 := piv[p := col], owner[col := p];
  assert owner[col] < 0;
  assert forall r :: 0 <= r < |R2| ==> |R2[r]| == m && -1 <= piv2[r] < col + 1;
  assert forall r :: 0 <= r < |R2| && piv2[r] >= 0 ==> owner2[piv2[r]] == r;
  assert forall j :: 0 <= j < m ==> -1 <= owner2[j] < |R2|;
  assert forall j :: 0 <= j < m && owner2[j] >= 0 ==> j < col + 1 && piv2[owner2[j]] == j && R2[owner2[j]][j];
  assert forall j, q :: 0 <= j < m && 0 <= q < |R2| && owner2[j] >= 0 && q != owner2[j] ==> !R2[q][j];
  forall r, j | 0 <= r < |R2| && piv2[r] < 0 && 0 <= j < col + 1
    ensures !R2[r][j]
  {
    if j < col {
      assert !R[p][j] && !R[r][j];
      assert R2[r][j] == R[r][j];
    }
  }
}

lemma EchelonSkip(R: seq<seq<bool>>, piv: seq<int>, owner: seq<int>, col: int, m: int)
  requires Echelon(R, piv, owner, col, m) && col < m
  requires forall q :: 0 <= q < |R| ==> piv[q] >= 0 || !R[q][col]
  ensures Echelon(R, piv, owner, col + 1, m)
{
}

lemma SolutionHolds(A: seq<seq<bool>>, b: seq<bool>, R: seq<seq<bool>>, rhs: seq<bool>, D: seq<seq<bool>>,
                    piv: seq<int>, owner: seq<int>, x: seq<bool>, m: int)
  requires |R| == |A| && |rhs| == |A| && Bwd(A, b, R, rhs, D, m) && Echelon(R, piv, owner, m, m)
  requires forall r :: 0 <= r < |R| && piv[r] < 0 ==> !rhs[r]
  requires |x| == m && forall j :: 0 <= j < m ==> x[j] == (owner[j] >= 0 && rhs[owner[j]])
  ensures forall i :: 0 <= i < |A| ==> dot(A[i], x, m) == b[i]
{
  forall r | 0 <= r < |R|
    ensures dot(R[r], x, m) == rhs[r]
  {
    if piv[r] < 0 {
      DotZero(R[r], x, m);
    } else {
      var p := piv[r];
      forall j | 0 <= j < m && j != p
        ensures !(R[r][j] && x[j])
      {
        if x[j] {
          var q := owner[j];
          assert q >= 0 && piv[q] == j;
        }
      }
      DotSingle(R[r], x, p, m);
    }
  }
  forall i | 0 <= i < |A|
    ensures dot(A[i], x, m) == b[i]
  {
    assert BwdRow(A[i], b[i], R, rhs, D[i], m);
    DotIsSumDot(A[i], R, D[i], x, m, |R|);
    SumDotRows(R, D[i], x, m, |R|);
    RowDotsRhs(R, rhs, D[i], x, m, |R|);
  }
}
// </vc:helpers>

method Gf2Solve(A: seq<seq<bool>>, b: seq<bool>, m: int) returns (solvable: bool, x: seq<bool>, c: seq<bool>)
  requires pre_gf2_linear_system(A, b, m)
  ensures post_gf2_linear_system(A, b, m, solvable, x, c)
{
  // <vc:code>
  // Gaussian elimination over GF(2) on the rows [R[r] | rhs[r]] (initially the equations), each
  // row carrying the mask C[r] of the original equations it is the sum of. The ghost D[i]
  // selects the current rows whose sum is original equation i (the inverse operations).
  var n := |A|;
  var U: seq<seq<bool>> := [];
  while |U| < n
    invariant |U| <= n
    invariant forall r :: 0 <= r < |U| ==> |U[r]| == n && forall t :: 0 <= t < n ==> U[r][t] == (t == r)
    decreases n - |U|
  {
    var u := UnitMask(n, |U|);
    U := U + [u];
  }
  InitInv(A, b, U, m);
  var R, rhs, C := A, b, U;
  ghost var D := U;
  var piv := Fill(n, -1);
  var owner := Fill(m, -1);
  var col := 0;
  while col < m
    invariant 0 <= col <= m
    invariant Fwd(A, b, R, rhs, C, m) && Bwd(A, b, R, rhs, D, m)
    invariant Echelon(R, piv, owner, col, m)
    decreases m - col
  {
    // A row without a pivot yet, with a 1 in this column, becomes the column's pivot row.
    var r := 0;
    while r < n && (piv[r] >= 0 || !R[r][col])
      invariant 0 <= r <= n
      invariant forall q :: 0 <= q < r ==> piv[q] >= 0 || !R[q][col]
      decreases n - r
    {
      r := r + 1;
    }
    if r < n {
      var R2: seq<seq<bool>>, rhs2: seq<bool>, C2: seq<seq<bool>>;
      ghost var D2: seq<seq<bool>>;
      R2, rhs2, C2, D2 := Eliminate(A, b, m, R, rhs, C, D, r, col);
      EchelonPivot(R, R2, piv, owner, col, m, r);
      R, rhs, C, D := R2, rhs2, C2, D2;
      piv, owner := piv[r := col], owner[col := r];
    } else {
      EchelonSkip(R, piv, owner, col, m);
    }
    col := col + 1;
  }
  // A row without pivot is 0 on every column; with right-hand side 1 it reads 0 = 1 and its
  // mask is the certificate.
  var z := 0;
  while z < n
    invariant 0 <= z <= n
    invariant forall q :: 0 <= q < z && piv[q] < 0 ==> !rhs[q]
    decreases n - z
  {
    if piv[z] < 0 && rhs[z] {
      assert FwdRow(A, b, R[z], rhs[z], C[z], m);
      solvable, x, c := false, [], C[z];
      return;
    }
    z := z + 1;
  }
  // Free unknowns 0, each pivot unknown the right-hand side of its row.
  x := [];
  while |x| < m
    invariant |x| <= m
    invariant forall j :: 0 <= j < |x| ==> x[j] == (owner[j] >= 0 && rhs[owner[j]])
    decreases m - |x|
  {
    var j := |x|;
    x := x + [owner[j] >= 0 && rhs[owner[j]]];
  }
  SolutionHolds(A, b, R, rhs, D, piv, owner, x, m);
  solvable, c := true, [];
  // </vc:code>
}
