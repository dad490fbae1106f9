/-- Sum of the segment `a[i..j)` (0 outside the valid range). -/
def segSum (a : List Int) (i : Nat) : Nat → Int
  | 0 => 0
  | j + 1 => if i < j + 1 ∧ j + 1 ≤ a.length then segSum a i j + a.getD j 0 else 0

/-- Some segment `a[i'..j)` with `i' < i` has sum `s`. -/
def someSegEnding (a : List Int) (s : Int) (j : Nat) : Nat → Bool
  | 0 => false
  | i + 1 => segSum a i j == s || someSegEnding a s j i

/-- Some non-empty segment `a[i'..j')` with `j' ≤ k` has sum `s`. -/
def someSeg (a : List Int) (s : Int) : Nat → Bool
  | 0 => false
  | k + 1 => someSegEnding a s (k + 1) (k + 1) || someSeg a s k

/-- Every segment `a[i'..j)` with `i' < i` has sum at most `r`. -/
def allSegEndingLe (a : List Int) (r : Int) (j : Nat) : Nat → Bool
  | 0 => true
  | i + 1 => decide (segSum a i j ≤ r) && allSegEndingLe a r j i

/-- Every non-empty segment `a[i'..j')` with `j' ≤ k` has sum at most `r`. -/
def allSegLe (a : List Int) (r : Int) : Nat → Bool
  | 0 => true
  | k + 1 => allSegEndingLe a r (k + 1) (k + 1) && allSegLe a r k

def pre_maximum_subarray_sum (a : List Int) : Prop :=
  1 ≤ a.length ∧ a.length ≤ 100000 ∧ ∀ x ∈ a, -1000000 ≤ x ∧ x ≤ 1000000

def post_maximum_subarray_sum (a : List Int) (r : Int) : Prop :=
  someSeg a r a.length = true ∧ allSegLe a r a.length = true

-- <vc:helpers>
/-- Best sum of a segment ending at the next element `x`, given the best one ending before it. -/
def kStep (cur x : Int) : Int :=
  if cur > 0 then cur + x else x

def kMax (b c : Int) : Int :=
  if b < c then c else b

/-- Kadane's scan over positions `k, k + 1, ...` (`fuel` steps). -/
def kadaneLoop (a : List Int) : Nat → Nat → Int → Int → Int
  | 0, _, _, best => best
  | fuel + 1, k, cur, best =>
    if k < a.length then
      kadaneLoop a fuel (k + 1) (kStep cur (a.getD k 0)) (kMax best (kStep cur (a.getD k 0)))
    else best

theorem segSum_succ (a : List Int) (i j : Nat) (hi : i < j + 1) (hj : j + 1 ≤ a.length) :
    segSum a i (j + 1) = segSum a i j + a.getD j 0 := by
  simp only [segSum]
  rw [if_pos ⟨hi, hj⟩]

theorem segSum_self (a : List Int) (j : Nat) : segSum a j j = 0 := by
  cases j with
  | zero => rfl
  | succ j => simp [segSum]

theorem someSegEnding_of (a : List Int) (s : Int) (j : Nat) :
    ∀ i i', i' < i → segSum a i' j = s → someSegEnding a s j i = true := by
  intro i
  induction i with
  | zero =>
    intro i' h _
    exact absurd h (Nat.not_lt_zero _)
  | succ i ih =>
    intro i' h hs
    simp only [someSegEnding, Bool.or_eq_true, beq_iff_eq]
    by_cases hii : i' = i
    · left
      rw [← hii]
      exact hs
    · right
      exact ih i' (by omega) hs

theorem someSeg_of (a : List Int) (s : Int) :
    ∀ k i' j', i' < j' → 1 ≤ j' → j' ≤ k → segSum a i' j' = s → someSeg a s k = true := by
  intro k
  induction k with
  | zero =>
    intro i' j' _ h1 h2 _
    exact absurd (Nat.le_trans h1 h2) (by decide)
  | succ k ih =>
    intro i' j' hij h1 h2 hs
    simp only [someSeg, Bool.or_eq_true]
    by_cases hj : j' = k + 1
    · left
      rw [hj] at hij hs
      exact someSegEnding_of a s (k + 1) (k + 1) i' hij hs
    · right
      exact ih i' j' hij h1 (by omega) hs

theorem allSegEndingLe_of (a : List Int) (r : Int) (j : Nat) :
    ∀ i, (∀ i', i' < i → segSum a i' j ≤ r) → allSegEndingLe a r j i = true := by
  intro i
  induction i with
  | zero =>
    intro _
    rfl
  | succ i ih =>
    intro h
    simp only [allSegEndingLe, Bool.and_eq_true, decide_eq_true_eq]
    exact ⟨h i (by omega), ih (fun i' hi' => h i' (by omega))⟩

theorem allSegLe_of (a : List Int) (r : Int) :
    ∀ k, (∀ i j, i < j → j ≤ k → segSum a i j ≤ r) → allSegLe a r k = true := by
  intro k
  induction k with
  | zero =>
    intro _
    rfl
  | succ k ih =>
    intro h
    simp only [allSegLe, Bool.and_eq_true]
    exact ⟨allSegEndingLe_of a r (k + 1) (k + 1) (fun i' hi' => h i' (k + 1) hi' (Nat.le_refl _)),
      ih (fun i j hij hj => h i j hij (by omega))⟩

theorem kadaneLoop_spec (a : List Int) : ∀ fuel k cur best, 1 ≤ k → k ≤ a.length →
    a.length ≤ k + fuel →
    (∃ i, i < k ∧ segSum a i k = cur) → (∀ i, i < k → segSum a i k ≤ cur) →
    (∃ i j, i < j ∧ j ≤ k ∧ segSum a i j = best) → (∀ i j, i < j → j ≤ k → segSum a i j ≤ best) →
    (∃ i j, i < j ∧ j ≤ a.length ∧ segSum a i j = kadaneLoop a fuel k cur best) ∧
    (∀ i j, i < j → j ≤ a.length → segSum a i j ≤ kadaneLoop a fuel k cur best) := by
  intro fuel
  induction fuel with
  | zero =>
    intro k cur best _ hkl hfuel _ _ hbe hba
    simp only [kadaneLoop]
    refine ⟨?_, ?_⟩
    · obtain ⟨i, j, hij, hj, hs⟩ := hbe
      exact ⟨i, j, hij, by omega, hs⟩
    · intro i j hij hj
      exact hba i j hij (by omega)
  | succ fuel ih =>
    intro k cur best hk1 hkl hfuel hce hca hbe hba
    simp only [kadaneLoop]
    by_cases hk : k < a.length
    · rw [if_pos hk]
      have hx : ∀ i, i < k + 1 → segSum a i (k + 1) = segSum a i k + a.getD k 0 :=
        fun i hi => segSum_succ a i k hi (by omega)
      have hkk : segSum a k k = 0 := segSum_self a k
      have hce' : ∃ i, i < k + 1 ∧ segSum a i (k + 1) = kStep cur (a.getD k 0) := by
        obtain ⟨i, hi, hs⟩ := hce
        unfold kStep
        by_cases hc : cur > 0
        · refine ⟨i, by omega, ?_⟩
          rw [if_pos hc, hx i (by omega), hs]
        · refine ⟨k, by omega, ?_⟩
          rw [if_neg hc, hx k (by omega), hkk, Int.zero_add]
      have hca' : ∀ i, i < k + 1 → segSum a i (k + 1) ≤ kStep cur (a.getD k 0) := by
        intro i hi
        unfold kStep
        rw [hx i hi]
        by_cases hik : i < k
        · have := hca i hik
          split <;> omega
        · have hik' : i = k := by omega
          rw [hik', hkk]
          split <;> omega
      have hbe' : ∃ i j, i < j ∧ j ≤ k + 1 ∧
          segSum a i j = kMax best (kStep cur (a.getD k 0)) := by
        unfold kMax
        split
        · obtain ⟨i, hi, hs⟩ := hce'
          exact ⟨i, k + 1, hi, Nat.le_refl _, hs⟩
        · obtain ⟨i, j, hij, hj, hs⟩ := hbe
          exact ⟨i, j, hij, by omega, hs⟩
      have hba' : ∀ i j, i < j → j ≤ k + 1 →
          segSum a i j ≤ kMax best (kStep cur (a.getD k 0)) := by
        intro i j hij hj
        unfold kMax
        by_cases hjk : j ≤ k
        · have := hba i j hij hjk
          split <;> omega
        · have hj' : j = k + 1 := by omega
          rw [hj']
          have := hca' i (by omega)
          split <;> omega
      exact ih (k + 1) _ _ (by omega) (by omega) (by omega) hce' hca' hbe' hba'
    · rw [if_neg hk]
      refine ⟨?_, ?_⟩
      · obtain ⟨i, j, hij, hj, hs⟩ := hbe
        exact ⟨i, j, hij, by omega, hs⟩
      · intro i j hij hj
        exact hba i j hij (by omega)
-- </vc:helpers>

def maxSubarraySum (a : List Int) : Int :=
  -- <vc:code>
  kadaneLoop a a.length 1 (a.getD 0 0) (a.getD 0 0)
  -- </vc:code>

theorem maxSubarraySum_spec (a : List Int) (h : pre_maximum_subarray_sum a) :
    post_maximum_subarray_sum a (maxSubarraySum a) := by
  -- <vc:proof>
  obtain ⟨hlen, _, _⟩ := h
  have h01 : segSum a 0 1 = a.getD 0 0 := by
    rw [segSum_succ a 0 0 (by omega) (by omega), segSum_self, Int.zero_add]
  have hl := kadaneLoop_spec a a.length 1 (a.getD 0 0) (a.getD 0 0) (Nat.le_refl 1) hlen
    (by omega) ⟨0, by omega, h01⟩
    (fun i hi => by
      have hi0 : i = 0 := by omega
      rw [hi0, h01]
      exact Int.le_refl _)
    ⟨0, 1, by omega, Nat.le_refl 1, h01⟩
    (fun i j hij hj => by
      have hj1 : j = 1 := by omega
      have hi0 : i = 0 := by omega
      rw [hi0, hj1, h01]
      exact Int.le_refl _)
  obtain ⟨⟨i, j, hij, hj, hs⟩, hall⟩ := hl
  unfold post_maximum_subarray_sum
  exact ⟨someSeg_of a _ a.length i j hij (by omega) hj hs, allSegLe_of a _ a.length hall⟩
  -- </vc:proof>
