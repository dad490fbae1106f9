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
/-- Accumulate `A[i][t] * B[t][j]` for `fuel` consecutive values of `t` into `s`. -/
def dotAcc (A B : List (List Int)) (i j : Nat) : Nat → Nat → Int → Int
  | 0, _, s => s
  | fuel + 1, t, s =>
    dotAcc A B i j fuel (t + 1) (s + (A.getD i []).getD t 0 * (B.getD t []).getD j 0)

/-- The list `[F k, F (k + 1), ..., F (k + n - 1)]`. -/
def tab {α : Type} (F : Nat → α) : Nat → Nat → List α
  | 0, _ => []
  | n + 1, k => F k :: tab F n (k + 1)

theorem dotAcc_spec (A B : List (List Int)) (i j : Nat) :
    ∀ fuel t, dotAcc A B i j fuel t (dotP A B i j t) = dotP A B i j (t + fuel) := by
  intro fuel
  induction fuel with
  | zero =>
    intro t
    rfl
  | succ fuel ih =>
    intro t
    have h1 := ih (t + 1)
    rw [show t + (fuel + 1) = t + 1 + fuel by omega]
    exact h1

theorem tab_length {α : Type} (F : Nat → α) : ∀ n k, (tab F n k).length = n := by
  intro n
  induction n with
  | zero => intro k; simp [tab]
  | succ n ih => intro k; simp [tab, ih]

theorem row_ok (A B : List (List Int)) (i : Nat) (F : Nat → Int) : ∀ n j,
    (∀ x, j ≤ x → x < j + n → F x = dotP A B i x B.length) →
    rowMatchFrom A B i (tab F n j) j = true := by
  intro n
  induction n with
  | zero => intro j _; simp [tab, rowMatchFrom]
  | succ n ih =>
    intro j hF
    simp only [tab, rowMatchFrom, Bool.and_eq_true, beq_iff_eq]
    exact ⟨hF j (Nat.le_refl j) (by omega), ih (j + 1) (fun x h1 h2 => hF x (by omega) (by omega))⟩

theorem rows_ok (A B : List (List Int)) (G : Nat → List Int) : ∀ n i,
    (∀ x, i ≤ x → x < i + n →
      (G x).length = (B.getD 0 []).length ∧ rowMatchFrom A B x (G x) 0 = true) →
    rowsMatchFrom A B (tab G n i) i = true := by
  intro n
  induction n with
  | zero => intro i _; simp [tab, rowsMatchFrom]
  | succ n ih =>
    intro i hG
    simp only [tab, rowsMatchFrom, Bool.and_eq_true, beq_iff_eq]
    have hi := hG i (Nat.le_refl i) (by omega)
    exact ⟨⟨hi.1, hi.2⟩, ih (i + 1) (fun x h1 h2 => hG x (by omega) (by omega))⟩
-- </vc:helpers>

def matMul (A B : List (List Int)) : List (List Int) :=
  -- <vc:code>
  tab (fun i => tab (fun j => dotAcc A B i j B.length 0 0) (B.getD 0 []).length 0) A.length 0
  -- </vc:code>

theorem matMul_spec (A B : List (List Int)) (h : pre_matrix_multiplication A B) :
    post_matrix_multiplication A B (matMul A B) := by
  -- <vc:proof>
  obtain ⟨_, _, hB, _⟩ := h
  unfold post_matrix_multiplication matMul
  refine ⟨hB, tab_length _ _ 0, rows_ok A B _ _ 0 ?_⟩
  intro x _ _
  refine ⟨tab_length _ _ 0, row_ok A B x _ _ 0 ?_⟩
  intro y _ _
  show dotAcc A B x y B.length 0 0 = dotP A B x y B.length
  have hd := dotAcc_spec A B x y B.length 0
  rw [Nat.zero_add] at hd
  exact hd
  -- </vc:proof>
