def pre_remove_duplicates_sorted (a : List Int) : Prop :=
  (∀ x, x ∈ a → -1000000000 ≤ x ∧ x ≤ 1000000000) ∧ List.Pairwise (· ≤ ·) a

def post_remove_duplicates_sorted (a r : List Int) : Prop :=
  List.Pairwise (· < ·) r ∧ (∀ x, x ∈ r → x ∈ a) ∧ (∀ x, x ∈ a → x ∈ r)

-- <vc:helpers>
/-- Drop from `l` every element equal to the previously kept value `prev`. -/
def dedupFrom (prev : Int) : List Int → List Int
  | [] => []
  | x :: xs => if x = prev then dedupFrom prev xs else x :: dedupFrom x xs

theorem dedupFrom_sub (l : List Int) : ∀ (prev z : Int), z ∈ dedupFrom prev l → z ∈ l := by
  induction l with
  | nil =>
    intro prev z hz
    simp [dedupFrom] at hz
  | cons x xs ih =>
    intro prev z hz
    simp only [dedupFrom] at hz
    by_cases hx : x = prev
    · rw [if_pos hx] at hz
      have h1 := ih prev z hz
      simp [h1]
    · rw [if_neg hx] at hz
      rcases List.mem_cons.mp hz with h1 | h1
      · rw [h1]
        simp
      · have h2 := ih x z h1
        simp [h2]

theorem dedupFrom_sup (l : List Int) :
    ∀ (prev z : Int), z ∈ l → z ∈ dedupFrom prev l ∨ z = prev := by
  induction l with
  | nil =>
    intro prev z hz
    simp at hz
  | cons x xs ih =>
    intro prev z hz
    simp only [dedupFrom]
    by_cases hx : x = prev
    · rw [if_pos hx]
      rcases List.mem_cons.mp hz with h1 | h1
      · exact Or.inr (h1.trans hx)
      · exact ih prev z h1
    · rw [if_neg hx]
      rcases List.mem_cons.mp hz with h1 | h1
      · left
        rw [h1]
        simp
      · rcases ih x z h1 with h2 | h2
        · left
          simp [h2]
        · left
          rw [h2]
          simp

theorem dedupFrom_sorted (l : List Int) : ∀ (prev : Int), List.Pairwise (· ≤ ·) l →
    (∀ z, z ∈ l → prev ≤ z) → List.Pairwise (· < ·) (prev :: dedupFrom prev l) := by
  induction l with
  | nil =>
    intro prev _ _
    simp [dedupFrom]
  | cons x xs ih =>
    intro prev hs hp
    have hs' := List.pairwise_cons.mp hs
    simp only [dedupFrom]
    by_cases hx : x = prev
    · rw [if_pos hx]
      exact ih prev hs'.2 (fun z hz => hp z (by simp [hz]))
    · rw [if_neg hx]
      have hrest : List.Pairwise (· < ·) (x :: dedupFrom x xs) := ih x hs'.2 hs'.1
      have hle : prev ≤ x := hp x (by simp)
      have hpx : prev < x := by omega
      apply List.Pairwise.cons
      · intro z hz
        show prev < z
        rcases List.mem_cons.mp hz with h1 | h1
        · rw [h1]
          exact hpx
        · have h3 : x < z := (List.pairwise_cons.mp hrest).1 z h1
          omega
      · exact hrest
-- </vc:helpers>

def removeDuplicates (a : List Int) : List Int :=
  -- <vc:code>
  match a with
  | [] => []
  | x :: xs => x :: dedupFrom x xs
  -- </vc:code>

theorem removeDuplicates_spec (a : List Int) (h : pre_remove_duplicates_sorted a) :
    post_remove_duplicates_sorted a (removeDuplicates a) := by
  -- <vc:proof>
  unfold pre_remove_duplicates_sorted at h
  have hs := h.2
  cases a with
  | nil =>
    show post_remove_duplicates_sorted [] []
    unfold post_remove_duplicates_sorted
    simp
  | cons x xs =>
    show post_remove_duplicates_sorted (x :: xs) (x :: dedupFrom x xs)
    unfold post_remove_duplicates_sorted
    have hs' := List.pairwise_cons.mp hs
    refine ⟨dedupFrom_sorted xs x hs'.2 hs'.1, ?_, ?_⟩
    · intro z hz
      rcases List.mem_cons.mp hz with h1 | h1
      · rw [h1]
        simp
      · have h2 := dedupFrom_sub xs x z h1
        simp [h2]
    · intro z hz
      rcases List.mem_cons.mp hz with h1 | h1
      · rw [h1]
        simp
      · rcases dedupFrom_sup xs x z h1 with h2 | h2
        · simp [h2]
        · rw [h2]
          simp
  -- </vc:proof>
