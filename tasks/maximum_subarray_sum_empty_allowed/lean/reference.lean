/-- Sum of the segment `a[i..j)` (0 outside the valid range). -/
def segSum (a : List Int) (i : Nat) : Nat → Int
  | 0 => 0
  | j + 1 => if i < j + 1 ∧ j + 1 ≤ a.length then segSum a i j + a.getD j 0 else 0

def pre_maximum_subarray_sum_empty_allowed (a : List Int) : Prop :=
  a.length ≤ 100000 ∧ ∀ x ∈ a, -1000000 ≤ x ∧ x ≤ 1000000

/-- The segment `a[lo..hi)` (possibly empty, `lo = hi`) has sum `r`, and no segment, empty or
not, has a larger sum (so `r ≥ 0`). -/
def post_maximum_subarray_sum_empty_allowed (a : List Int) (r : Int) (lo hi : Nat) : Prop :=
  lo ≤ hi ∧ hi ≤ a.length ∧ segSum a lo hi = r ∧
  ∀ i, i < a.length + 1 → ∀ j, j < a.length + 1 → i ≤ j → segSum a i j ≤ r

-- <vc:helpers>
/-- Kadane's scan with resets over positions `k, k + 1, ...` (`fuel` steps): `cur` is the best sum
of a possibly empty segment ending at `k` (it starts at `ci`), `best` the best sum of a segment
inside `a[..k]` (it is `a[lo..hi)`). -/
def kadaneLoop (a : List Int) : Nat → Nat → Int → Nat → Int → Nat → Nat → Int × Nat × Nat
  | 0, _, _, _, best, lo, hi => (best, lo, hi)
  | fuel + 1, k, cur, ci, best, lo, hi =>
    if k < a.length then
      let cur' := if 0 < cur + a.getD k 0 then cur + a.getD k 0 else 0
      let ci' := if 0 < cur + a.getD k 0 then ci else k + 1
      if best < cur' then kadaneLoop a fuel (k + 1) cur' ci' cur' ci' (k + 1)
      else kadaneLoop a fuel (k + 1) cur' ci' best lo hi
    else (best, lo, hi)

theorem segSum_succ (a : List Int) (i j : Nat) (hi : i < j + 1) (hj : j + 1 ≤ a.length) :
    segSum a i (j + 1) = segSum a i j + a.getD j 0 := by
  simp only [segSum]
  rw [if_pos ⟨hi, hj⟩]

theorem segSum_self (a : List Int) (j : Nat) : segSum a j j = 0 := by
  cases j with
  | zero => rfl
  | succ j => simp [segSum]

theorem kadaneLoop_spec (a : List Int) : ∀ fuel k cur ci best lo hi, k ≤ a.length →
    a.length ≤ k + fuel → ci ≤ k → segSum a ci k = cur → (∀ i, i ≤ k → segSum a i k ≤ cur) →
    lo ≤ hi → hi ≤ k → segSum a lo hi = best → (∀ i j, i ≤ j → j ≤ k → segSum a i j ≤ best) →
    (kadaneLoop a fuel k cur ci best lo hi).2.1 ≤ (kadaneLoop a fuel k cur ci best lo hi).2.2 ∧
    (kadaneLoop a fuel k cur ci best lo hi).2.2 ≤ a.length ∧
    segSum a (kadaneLoop a fuel k cur ci best lo hi).2.1 (kadaneLoop a fuel k cur ci best lo hi).2.2 =
      (kadaneLoop a fuel k cur ci best lo hi).1 ∧
    (∀ i j, i ≤ j → j ≤ a.length → segSum a i j ≤ (kadaneLoop a fuel k cur ci best lo hi).1) := by
  intro fuel
  induction fuel with
  | zero =>
    intro k cur ci best lo hi hkl hfuel _ _ _ hlh hhk hbs hba
    simp only [kadaneLoop]
    exact ⟨hlh, by omega, hbs, fun i j hij hj => hba i j hij (by omega)⟩
  | succ fuel ih =>
    intro k cur ci best lo hi hkl hfuel hci hcs hca hlh hhk hbs hba
    by_cases hk : k < a.length
    · have hx : ∀ i, i < k + 1 → segSum a i (k + 1) = segSum a i k + a.getD k 0 :=
        fun i hi => segSum_succ a i k hi (by omega)
      have hkk : segSum a (k + 1) (k + 1) = 0 := segSum_self a (k + 1)
      -- the best possibly empty segment ending at k + 1
      have hci' : (if 0 < cur + a.getD k 0 then ci else k + 1) ≤ k + 1 := by split <;> omega
      have hcs' : segSum a (if 0 < cur + a.getD k 0 then ci else k + 1) (k + 1) =
          (if 0 < cur + a.getD k 0 then cur + a.getD k 0 else 0) := by
        by_cases hc : 0 < cur + a.getD k 0
        · rw [if_pos hc, if_pos hc, hx ci (by omega), hcs]
        · rw [if_neg hc, if_neg hc, hkk]
      have hca' : ∀ i, i ≤ k + 1 →
          segSum a i (k + 1) ≤ (if 0 < cur + a.getD k 0 then cur + a.getD k 0 else 0) := by
        intro i hi
        by_cases hik : i ≤ k
        · rw [hx i (by omega)]
          have := hca i hik
          split <;> omega
        · have hik' : i = k + 1 := by omega
          rw [hik', hkk]
          split <;> omega
      have hstep : kadaneLoop a (fuel + 1) k cur ci best lo hi =
          if best < (if 0 < cur + a.getD k 0 then cur + a.getD k 0 else 0) then
            kadaneLoop a fuel (k + 1) (if 0 < cur + a.getD k 0 then cur + a.getD k 0 else 0)
              (if 0 < cur + a.getD k 0 then ci else k + 1)
              (if 0 < cur + a.getD k 0 then cur + a.getD k 0 else 0)
              (if 0 < cur + a.getD k 0 then ci else k + 1) (k + 1)
          else kadaneLoop a fuel (k + 1) (if 0 < cur + a.getD k 0 then cur + a.getD k 0 else 0)
              (if 0 < cur + a.getD k 0 then ci else k + 1) best lo hi := by
        simp only [kadaneLoop, if_pos hk]
      rw [hstep]
      by_cases hb : best < (if 0 < cur + a.getD k 0 then cur + a.getD k 0 else 0)
      · rw [if_pos hb]
        apply ih (k + 1) _ _ _ _ _ (by omega) (by omega) hci' hcs' hca' hci' (Nat.le_refl _) hcs'
        intro i j hij hj
        by_cases hjk : j ≤ k
        · have := hba i j hij hjk
          omega
        · have hj' : j = k + 1 := by omega
          rw [hj']
          exact hca' i (by omega)
      · rw [if_neg hb]
        apply ih (k + 1) _ _ _ _ _ (by omega) (by omega) hci' hcs' hca' hlh (by omega) hbs
        intro i j hij hj
        by_cases hjk : j ≤ k
        · exact hba i j hij hjk
        · have hj' : j = k + 1 := by omega
          rw [hj']
          have := hca' i (by omega)
          omega
    · simp only [kadaneLoop, if_neg hk]
      exact ⟨hlh, by omega, hbs, fun i j hij hj => hba i j hij (by omega)⟩
-- </vc:helpers>

-- Kadane's algorithm, where the empty segment (sum 0) counts.
def maxSubarraySum (a : List Int) : Int × Nat × Nat :=
  -- <vc:code>
  kadaneLoop a a.length 0 0 0 0 0 0
  -- </vc:code>

theorem maxSubarraySum_spec (a : List Int) (h : pre_maximum_subarray_sum_empty_allowed a) :
    post_maximum_subarray_sum_empty_allowed a (maxSubarraySum a).1 (maxSubarraySum a).2.1 (maxSubarraySum a).2.2 := by
  -- <vc:proof>
  have h00 : segSum a 0 0 = 0 := segSum_self a 0
  have hca : ∀ i, i ≤ 0 → segSum a i 0 ≤ 0 := by
    intro i hi
    have : i = 0 := by omega
    rw [this, h00]
    exact Int.le_refl 0
  have hba : ∀ i j, i ≤ j → j ≤ 0 → segSum a i j ≤ 0 := by
    intro i j hij hj
    have hi0 : i = 0 := by omega
    have hj0 : j = 0 := by omega
    rw [hi0, hj0, h00]
    exact Int.le_refl 0
  obtain ⟨r1, r2, r3, r4⟩ := kadaneLoop_spec a a.length 0 0 0 0 0 0
    (Nat.zero_le _) (by omega) (Nat.le_refl 0) h00 hca (Nat.le_refl 0) (Nat.le_refl 0) h00 hba
  refine ⟨r1, r2, r3, ?_⟩
  intro i hi j hj hij
  exact r4 i j hij (by omega)
  -- </vc:proof>
