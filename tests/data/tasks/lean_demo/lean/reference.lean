/-- The maximum as a specification would compute it (0 for the empty list). The post-condition
does not use it; it is here so that the tests can check that the code region may not call a
function of the locked template. -/
def specMax : List Int → Int
  | [] => 0
  | x :: xs => xs.foldl max x

def pre_lean_demo (l : List Int) : Prop :=
  l ≠ []

def post_lean_demo (l : List Int) (m : Int) : Prop :=
  m ∈ l ∧ ∀ x, x ∈ l → x ≤ m

-- <vc:helpers>
def maxFrom (acc : Int) : List Int → Int
  | [] => acc
  | x :: xs => maxFrom (max acc x) xs

theorem maxFrom_ge (acc : Int) (l : List Int) :
    acc ≤ maxFrom acc l ∧ ∀ x, x ∈ l → x ≤ maxFrom acc l := by
  induction l generalizing acc with
  | nil => exact ⟨Int.le_refl acc, fun x hx => nomatch hx⟩
  | cons y ys ih =>
    show acc ≤ maxFrom (max acc y) ys ∧ ∀ x, x ∈ y :: ys → x ≤ maxFrom (max acc y) ys
    have h := ih (max acc y)
    refine ⟨Int.le_trans (Int.le_max_left acc y) h.1, ?_⟩
    intro x hx
    rcases List.mem_cons.mp hx with hxy | hx'
    · rw [hxy]; exact Int.le_trans (Int.le_max_right acc y) h.1
    · exact h.2 x hx'

theorem maxFrom_mem (acc : Int) (l : List Int) : maxFrom acc l = acc ∨ maxFrom acc l ∈ l := by
  induction l generalizing acc with
  | nil => exact Or.inl rfl
  | cons y ys ih =>
    show maxFrom (max acc y) ys = acc ∨ maxFrom (max acc y) ys ∈ y :: ys
    rcases ih (max acc y) with h | h
    · rw [h]
      rcases Int.le_total acc y with hle | hle
      · rw [Int.max_eq_right hle]; exact Or.inr (by simp)
      · rw [Int.max_eq_left hle]; exact Or.inl rfl
    · exact Or.inr (by simp [h])
-- </vc:helpers>

def listMax (l : List Int) : Int :=
  -- <vc:code>
  match l with
  | [] => 0
  | x :: xs => maxFrom x xs
  -- </vc:code>

theorem listMax_spec (l : List Int) : pre_lean_demo l → post_lean_demo l (listMax l) := by
  -- <vc:proof>
  intro hne
  match l, hne with
  | [], h => exact absurd rfl h
  | x :: xs, _ =>
    show maxFrom x xs ∈ x :: xs ∧ ∀ y, y ∈ x :: xs → y ≤ maxFrom x xs
    refine ⟨?_, ?_⟩
    · rcases maxFrom_mem x xs with h | h
      · rw [h]; simp
      · simp [h]
    · intro y hy
      rcases List.mem_cons.mp hy with hyx | hy'
      · rw [hyx]; exact (maxFrom_ge x xs).1
      · exact (maxFrom_ge x xs).2 y hy'
  -- </vc:proof>
