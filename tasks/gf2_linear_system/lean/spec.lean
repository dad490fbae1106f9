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
-- </vc:helpers>

def gf2Solve (A : List (List Bool)) (b : List Bool) (m : Nat) : Bool × List Bool × List Bool :=
  -- <vc:code>
  -- </vc:code>

theorem gf2Solve_spec (A : List (List Bool)) (b : List Bool) (m : Nat)
    (h : pre_gf2_linear_system A b m) :
    post_gf2_linear_system A b m (gf2Solve A b m).1 (gf2Solve A b m).2.1 (gf2Solve A b m).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
