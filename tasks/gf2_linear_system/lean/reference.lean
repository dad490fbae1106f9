-- Parity (sum over GF(2)) of row[i] * x[i] over the common positions.
def dot : List Bool → List Bool → Bool
  | r :: rs, y :: ys => ((r && y) != dot rs ys)
  | _, _ => false

-- Parity of A[i][j] over the selected rows (c[i] true).
def colsum : List (List Bool) → List Bool → Nat → Bool
  | r :: rs, ci :: cs, j => ((ci && r.getD j false) != colsum rs cs j)
  | _, _, _ => false

-- Parity of b[i] over the selected rows.
def bsum : List Bool → List Bool → Bool
  | bi :: bs, ci :: cs => ((ci && bi) != bsum bs cs)
  | _, _ => false

-- n = |A| equations over m unknowns: every row has length m; 1 <= n, m <= 100.
def pre_gf2_linear_system (A : List (List Bool)) (b : List Bool) (m : Nat) : Prop :=
  1 ≤ A.length ∧ A.length ≤ 100 ∧ b.length = A.length ∧ 1 ≤ m ∧ m ≤ 100 ∧
  ∀ i (hi : i < A.length), A[i].length = m

-- solvable: x satisfies every equation A[i] . x = b[i] over GF(2);
-- not solvable: the equations selected by c add up to 0 = 1 (every column sums to 0 and the
-- right-hand sides to 1), so no x satisfies them all.
def post_gf2_linear_system (A : List (List Bool)) (b : List Bool) (m : Nat) (solvable : Bool)
    (x c : List Bool) : Prop :=
  b.length = A.length ∧
  (solvable = true → x.length = m ∧
    ∀ i (hi : i < A.length) (hb : i < b.length), dot A[i] x = b[i]) ∧
  (solvable = false → c.length = A.length ∧ bsum b c = true ∧ ∀ j, j < m → colsum A c j = false)

-- <vc:helpers>
/-- Row operations on augmented rows paired with their masks. -/
def xorRow (u v : List Bool) : List Bool := List.zipWith (fun p q => p != q) u v

/-- One elimination pass per column: rows are (augmented row, mask); `done` holds the pivot
rows found so far (with their pivot column), `rest` the rows not yet used as pivots. -/
def elimCol (col : Nat) (done : List (Nat × List Bool × List Bool))
    (rest : List (List Bool × List Bool)) :
    List (Nat × List Bool × List Bool) × List (List Bool × List Bool) :=
  match rest.find? (fun r => r.1.getD col false) with
  | none => (done, rest)
  | some p =>
    let clear := fun (r : List Bool × List Bool) =>
      if r.1.getD col false then (xorRow r.1 p.1, xorRow r.2 p.2) else r
    let rest' := (rest.erase p).map clear
    let done' := done.map (fun d =>
      if d.2.1.getD col false then (d.1, xorRow d.2.1 p.1, xorRow d.2.2 p.2) else d)
    (done' ++ [(col, p.1, p.2)], rest')

def elimAll (m : Nat) : Nat → List (Nat × List Bool × List Bool) →
    List (List Bool × List Bool) → List (Nat × List Bool × List Bool) × List (List Bool × List Bool)
  | 0, done, rest => (done, rest)
  | k + 1, done, rest =>
    let r := elimCol (m - (k + 1)) done rest
    elimAll m k r.1 r.2

def unitMask (n i : Nat) : List Bool := (List.range n).map (fun k => k == i)

def setAt (x : List Bool) (i : Nat) (v : Bool) : List Bool := x.set i v
-- </vc:helpers>

def gf2Solve (A : List (List Bool)) (b : List Bool) (m : Nat) : Bool × List Bool × List Bool :=
  -- <vc:code>
  let n := A.length
  let aug := (List.range n).map (fun i => (A.getD i [] ++ [b.getD i false], unitMask n i))
  let r := elimAll m m [] aug
  match r.2.find? (fun row => row.1.getD m false) with
  | some row => (false, [], row.2)
  | none =>
    (true, r.1.foldl (fun x d => setAt x d.1 (d.2.1.getD m false)) (List.replicate m false), [])
  -- </vc:code>

theorem gf2Solve_spec (A : List (List Bool)) (b : List Bool) (m : Nat)
    (h : pre_gf2_linear_system A b m) :
    post_gf2_linear_system A b m (gf2Solve A b m).1 (gf2Solve A b m).2.1 (gf2Solve A b m).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
