/-- Matrices are lists of rows. `dotP A B i j t` = sum over `t' < t` of `A[i][t'] * B[t'][j]`
(entries outside the matrices count 0); the product entry is `dotP A B i j B.length`. -/
def dotP (A B : List (List Int)) (i j : Nat) : Nat → Int
  | 0 => 0
  | t + 1 => dotP A B i j t + (A.getD i []).getD t 0 * (B.getD t []).getD j 0

/-- Every entry of `row` (the first one in column `j`) is the product entry of row `i`. -/
def rowMatchFrom (A B : List (List Int)) (i : Nat) : List Int → Nat → Bool
  | [], _ => true
  | x :: rest, j => (x == dotP A B i j B.length) && rowMatchFrom A B i rest (j + 1)

/-- Every row of `C` (the first one is row `i`) has `|B[0]|` entries and matches the product. -/
def rowsMatchFrom (A B : List (List Int)) : List (List Int) → Nat → Bool
  | [], _ => true
  | row :: rest, i =>
    (row.length == (B.getD 0 []).length) && rowMatchFrom A B i row 0 && rowsMatchFrom A B rest (i + 1)

/-- `A` is m x n and `B` is n x p, with 1 ≤ m, n, p ≤ 100 and entries within ±1000. -/
def pre_matrix_multiplication (A B : List (List Int)) : Prop :=
  1 ≤ A.length ∧ A.length ≤ 100 ∧ 1 ≤ B.length ∧ B.length ≤ 100 ∧
  1 ≤ (B.getD 0 []).length ∧ (B.getD 0 []).length ≤ 100 ∧
  (∀ r ∈ A, r.length = B.length) ∧ (∀ r ∈ B, r.length = (B.getD 0 []).length) ∧
  (∀ r ∈ A, ∀ x ∈ r, -1000 ≤ x ∧ x ≤ 1000) ∧ (∀ r ∈ B, ∀ x ∈ r, -1000 ≤ x ∧ x ≤ 1000)

def post_matrix_multiplication (A B C : List (List Int)) : Prop :=
  1 ≤ B.length ∧ C.length = A.length ∧ rowsMatchFrom A B C 0 = true

-- <vc:helpers>
-- </vc:helpers>

def matMul (A B : List (List Int)) : List (List Int) :=
  -- <vc:code>
  -- </vc:code>

theorem matMul_spec (A B : List (List Int)) (h : pre_matrix_multiplication A B) :
    post_matrix_multiplication A B (matMul A B) := by
  -- <vc:proof>
  -- </vc:proof>
