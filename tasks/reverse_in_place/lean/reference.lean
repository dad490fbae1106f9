@[reducible] def pre_reverse_in_place (a : List Int) : Prop :=
  True

-- new[i] = old[j] whenever i + j + 1 = n, i.e. new[i] = old[n - 1 - i].
@[reducible] def post_reverse_in_place (old_a new_a : List Int) : Prop :=
  new_a.length = old_a.length ∧
  (∀ i (hi : i < new_a.length) j (hj : j < old_a.length), i + j + 1 = old_a.length →
    new_a[i] = old_a[j])

-- <vc:helpers>
theorem gidx (a : List Int) {i j : Nat} (hij : i = j) (hi : i < a.length) (hj : j < a.length) :
    a[i] = a[j] := by
  subst hij
  rfl

/-- Reverse by moving elements one at a time onto an accumulator. -/
def revAcc : List Int → List Int → List Int
  | [], acc => acc
  | x :: xs, acc => revAcc xs (x :: acc)

theorem revAcc_length (l acc : List Int) : (revAcc l acc).length = l.length + acc.length := by
  induction l generalizing acc with
  | nil => simp [revAcc]
  | cons x xs ih =>
    simp only [revAcc, ih, List.length_cons]
    omega

-- Positions from l.length on hold the accumulator.
theorem revAcc_acc (l acc : List Int) (j : Nat) (h : l.length + j < (revAcc l acc).length)
    (hj : j < acc.length) : (revAcc l acc)[l.length + j] = acc[j] := by
  induction l generalizing acc j with
  | nil => exact gidx acc (by simp) h hj
  | cons x xs ih =>
    have h' : xs.length + (j + 1) < (revAcc xs (x :: acc)).length := by
      rw [revAcc_length] at h ⊢
      simp only [List.length_cons] at h ⊢
      omega
    exact (gidx (revAcc xs (x :: acc)) (by simp only [List.length_cons]; omega) h h').trans
      (ih (x :: acc) (j + 1) h' (by simp only [List.length_cons]; omega))

-- Positions before l.length hold l reversed.
theorem revAcc_front (l acc : List Int) (i : Nat) (h : i < (revAcc l acc).length)
    (hi : i < l.length) (j : Nat) (hj : j < l.length) (hij : i + j + 1 = l.length) :
    (revAcc l acc)[i] = l[j] := by
  induction l generalizing acc i j with
  | nil => simp at hi
  | cons x xs ih =>
    by_cases hix : i < xs.length
    · have hj' : j - 1 < xs.length := by simp only [List.length_cons] at hij; omega
      have := ih (x :: acc) i h hix (j - 1) hj' (by simp only [List.length_cons] at hij; omega)
      exact this.trans (gidx (x :: xs) (i := j - 1 + 1)
        (by simp only [List.length_cons] at hij; omega) (by simp only [List.length_cons]; omega) hj)
    · have hi' : i = xs.length := by simp only [List.length_cons] at hi; omega
      have hj0 : j = 0 := by simp only [List.length_cons] at hij; omega
      subst hj0
      have h2 : xs.length + 0 < (revAcc xs (x :: acc)).length := by
        rw [revAcc_length]
        simp only [List.length_cons]
        omega
      exact (gidx (revAcc xs (x :: acc)) (by omega) h h2).trans
        (revAcc_acc xs (x :: acc) 0 h2 (by simp))
-- </vc:helpers>

def reverseInPlace (a : List Int) : List Int :=
  -- <vc:code>
  revAcc a []
  -- </vc:code>

theorem reverseInPlace_spec (a : List Int) (h : pre_reverse_in_place a) :
    post_reverse_in_place a (reverseInPlace a) := by
  -- <vc:proof>
  unfold reverseInPlace
  refine ⟨by simp [revAcc_length], ?_⟩
  intro i hi j hj hij
  exact revAcc_front a [] i hi (by omega) j hj hij
  -- </vc:proof>
