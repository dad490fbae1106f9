-- Strictly unimodal: neighbours differ, and the middle element of any triple i < j < k is
-- greater than at least one of the two ends (no valley).
@[reducible] def strictlyUnimodal (a : List Int) : Prop :=
  (∀ i (hi : i < a.length) j (hj : j < a.length), j = i + 1 → a[i] ≠ a[j]) ∧
  (∀ i (hi : i < a.length) j (hj : j < a.length) k (hk : k < a.length),
    i < j → j < k → a[i] < a[j] ∨ a[k] < a[j])

@[reducible] def pre_ternary_search_unimodal (a : List Int) : Prop :=
  1 ≤ a.length ∧ strictlyUnimodal a

-- p is a position and the element there (called a[q] with q = p) is >= every element.
@[reducible] def post_ternary_search_unimodal (a : List Int) (p : Nat) : Prop :=
  p < a.length ∧
  (∀ q (hq : q < a.length), q = p → ∀ k (hk : k < a.length), a[k] ≤ a[q])

-- <vc:helpers>
theorem gidx (a : List Int) {i j : Nat} (hij : i = j) (hi : i < a.length) (hj : j < a.length) :
    a[i] = a[j] := by
  subst hij
  rfl

/-- The peak lies in [lo, hi]; probes m1 = lo + (hi-lo)/3 < m2 = hi - (hi-lo)/3. -/
def tsLoop (a : List Int) (lo hi : Nat) : Nat :=
  if h : lo < hi then
    if hh : hi < a.length then
      if a[lo + (hi - lo) / 3]'(by omega) < a[hi - (hi - lo) / 3]'(by omega) then
        tsLoop a (lo + (hi - lo) / 3 + 1) hi
      else
        tsLoop a lo (hi - (hi - lo) / 3 - 1)
    else lo
  else lo
termination_by hi - lo

theorem ts_final (a : List Int) (p : Nat) (hp : p < a.length)
    (hlo : ∀ k (hk : k < a.length), k < p → a[k] < a[p])
    (hhi : ∀ k (hk : k < a.length), p < k → a[k] < a[p]) :
    post_ternary_search_unimodal a p := by
  refine ⟨hp, ?_⟩
  intro q hq hqp k hk
  rw [gidx a hqp hq hp]
  by_cases h1 : k < p
  · exact Int.le_of_lt (hlo k hk h1)
  · by_cases h2 : p < k
    · exact Int.le_of_lt (hhi k hk h2)
    · exact Int.le_of_eq (gidx a (by omega) hk hp)

theorem tsLoop_spec (a : List Int) (hu : strictlyUnimodal a) :
    ∀ n lo hi, hi - lo ≤ n → ∀ (hle : lo ≤ hi) (hhi : hi < a.length),
    (∀ k (hk : k < a.length), k < lo → a[k] < a[lo]'(Nat.lt_of_le_of_lt hle hhi)) →
    (∀ k (hk : k < a.length), hi < k → a[k] < a[hi]) →
    post_ternary_search_unimodal a (tsLoop a lo hi) := by
  obtain ⟨hne, htri⟩ := hu
  intro n
  induction n with
  | zero =>
    intro lo hi hn hle hhi hlo hhi'
    have h : ¬ lo < hi := by omega
    rw [tsLoop, dif_neg h]
    exact ts_final a lo (by omega) hlo (fun k hk hk' =>
      Int.lt_of_lt_of_le (hhi' k hk (by omega)) (Int.le_of_eq (gidx a (by omega) hhi _)))
  | succ n ih =>
    intro lo hi hn hle hhi hlo hhi'
    rw [tsLoop]
    by_cases h : lo < hi
    · rw [dif_pos h, dif_pos hhi]
      have hm1 : lo + (hi - lo) / 3 < a.length := by omega
      have hm2 : hi - (hi - lo) / 3 < a.length := by omega
      have hm12 : lo + (hi - lo) / 3 < hi - (hi - lo) / 3 := by omega
      by_cases hc : a[lo + (hi - lo) / 3] < a[hi - (hi - lo) / 3]
      · rw [if_pos hc]
        have hm1' : lo + (hi - lo) / 3 + 1 < a.length := by omega
        -- a[m1] < a[m1 + 1]
        have hstep : a[lo + (hi - lo) / 3] < a[lo + (hi - lo) / 3 + 1] := by
          by_cases hadj : lo + (hi - lo) / 3 + 1 < hi - (hi - lo) / 3
          · rcases htri _ hm1 _ hm1' _ hm2 (by omega) hadj with h1 | h1
            · exact h1
            · exact Int.lt_trans hc h1
          · exact Int.lt_of_lt_of_le hc (Int.le_of_eq (gidx a (by omega) hm2 hm1'))
        refine ih _ _ (by omega) (by omega) hhi ?_ hhi'
        intro k hk hkl
        by_cases hk1 : k < lo + (hi - lo) / 3
        · rcases htri k hk _ hm1 _ hm2 hk1 hm12 with h1 | h1
          · exact Int.lt_trans h1 hstep
          · exact absurd (Int.lt_trans hc h1) (Int.lt_irrefl _)
        · exact Int.lt_of_le_of_lt (Int.le_of_eq (gidx a (by omega) hk hm1)) hstep
      · rw [if_neg hc]
        have hge : a[hi - (hi - lo) / 3] ≤ a[lo + (hi - lo) / 3] := Int.not_lt.mp hc
        have hm2' : hi - (hi - lo) / 3 - 1 < a.length := by omega
        -- a[m2] < a[m2 - 1]
        have hstep : a[hi - (hi - lo) / 3] < a[hi - (hi - lo) / 3 - 1] := by
          by_cases hadj : lo + (hi - lo) / 3 < hi - (hi - lo) / 3 - 1
          · rcases htri _ hm1 _ hm2' _ hm2 hadj (by omega) with h1 | h1
            · exact Int.lt_of_le_of_lt hge h1
            · exact h1
          · have hneq := hne _ hm1 _ hm2 (by omega)
            have hlt : a[hi - (hi - lo) / 3] < a[lo + (hi - lo) / 3] :=
              Int.lt_of_le_of_ne hge (fun e => hneq e.symm)
            exact Int.lt_of_lt_of_le hlt (Int.le_of_eq (gidx a (by omega) hm1 hm2'))
        refine ih _ _ (by omega) (by omega) hm2' hlo ?_
        intro k hk hkh
        by_cases hk2 : hi - (hi - lo) / 3 < k
        · rcases htri _ hm1 _ hm2 k hk hm12 hk2 with h1 | h1
          · exact absurd h1 hc
          · exact Int.lt_trans h1 hstep
        · exact Int.lt_of_le_of_lt (Int.le_of_eq (gidx a (by omega) hk hm2)) hstep
    · rw [dif_neg h]
      exact ts_final a lo (by omega) hlo (fun k hk hk' =>
        Int.lt_of_lt_of_le (hhi' k hk (by omega)) (Int.le_of_eq (gidx a (by omega) hhi _)))
-- </vc:helpers>

def ternarySearchPeak (a : List Int) : Nat :=
  -- <vc:code>
  tsLoop a 0 (a.length - 1)
  -- </vc:code>

theorem ternarySearchPeak_spec (a : List Int) (h : pre_ternary_search_unimodal a) :
    post_ternary_search_unimodal a (ternarySearchPeak a) := by
  -- <vc:proof>
  unfold ternarySearchPeak
  obtain ⟨hlen, hu⟩ := h
  exact tsLoop_spec a hu (a.length - 1) 0 (a.length - 1) (by omega) (by omega) (by omega)
    (fun k _ hk => absurd hk (Nat.not_lt_zero k))
    (fun k hk hk' => absurd hk (by omega))
  -- </vc:proof>
