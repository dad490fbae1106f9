@[reducible] def pre_linear_search (a : List Int) (key : Int) : Prop :=
  True

-- The last conjunct says: if i is a position of a, then a[i] = key.
@[reducible] def post_linear_search (a : List Int) (key : Int) (i : Nat) : Prop :=
  i ≤ a.length ∧
  (∀ k (hk : k < a.length), k < i → a[k] ≠ key) ∧
  (∀ k (hk : k < a.length), k = i → a[k] = key)

-- <vc:helpers>
-- </vc:helpers>

def linearSearch (a : List Int) (key : Int) : Nat :=
  -- <vc:code>
  match a with
  | [] => 0
  | x :: xs => if x = key then 0 else linearSearch xs key + 1
  -- </vc:code>

theorem linearSearch_spec (a : List Int) (key : Int) (h : pre_linear_search a key) :
    post_linear_search a key (linearSearch a key) := by
  -- <vc:proof>
  induction a with
  | nil =>
    have e : linearSearch [] key = 0 := by simp [linearSearch]
    rw [e]
    exact ⟨Nat.le_refl _, fun k hk _ => absurd hk (Nat.not_lt_zero k),
      fun k hk _ => absurd hk (Nat.not_lt_zero k)⟩
  | cons x xs ih =>
    obtain ⟨ih1, ih2, ih3⟩ := ih trivial
    by_cases hx : x = key
    · have e : linearSearch (x :: xs) key = 0 := by simp [linearSearch, hx]
      rw [e]
      refine ⟨Nat.zero_le _, fun k _ hk => absurd hk (Nat.not_lt_zero k), ?_⟩
      intro k hk hk0
      subst hk0
      exact hx
    · have e : linearSearch (x :: xs) key = linearSearch xs key + 1 := by
        simp [linearSearch, hx]
      rw [e]
      refine ⟨by simp only [List.length_cons]; omega, ?_, ?_⟩
      · intro k hk hki
        cases k with
        | zero => exact hx
        | succ k' => exact ih2 k' (by simp only [List.length_cons] at hk; omega) (by omega)
      · intro k hk hki
        cases k with
        | zero => omega
        | succ k' => exact ih3 k' (by simp only [List.length_cons] at hk; omega) (by omega)
  -- </vc:proof>
