@[reducible] def sortedNondecreasing (a : List Int) : Prop :=
  ∀ i (hi : i < a.length) j (hj : j < a.length), i < j → a[i] ≤ a[j]

@[reducible] def pre_binary_search_lower_bound (a : List Int) (key : Int) : Prop :=
  sortedNondecreasing a

@[reducible] def post_binary_search_lower_bound (a : List Int) (key : Int) (i : Nat) : Prop :=
  i ≤ a.length ∧
  (∀ k (hk : k < a.length), k < i → a[k] < key) ∧
  (∀ k (hk : k < a.length), i ≤ k → key ≤ a[k])

-- <vc:helpers>
/-- Search the half-open interval [lo, hi): everything before lo is < key, from hi on is >= key. -/
def lbLoop (a : List Int) (key : Int) (lo hi : Nat) : Nat :=
  if h : lo < hi then
    if hm : lo + (hi - lo) / 2 < a.length then
      if a[lo + (hi - lo) / 2] < key then lbLoop a key (lo + (hi - lo) / 2 + 1) hi
      else lbLoop a key lo (lo + (hi - lo) / 2)
    else lo
  else lo
termination_by hi - lo

theorem lbLoop_spec (a : List Int) (key : Int) (hs : sortedNondecreasing a) :
    ∀ n lo hi, hi - lo ≤ n → lo ≤ hi → hi ≤ a.length →
    (∀ k (hk : k < a.length), k < lo → a[k] < key) →
    (∀ k (hk : k < a.length), hi ≤ k → key ≤ a[k]) →
    post_binary_search_lower_bound a key (lbLoop a key lo hi) := by
  intro n
  induction n with
  | zero =>
    intro lo hi hn hle hhi hlo hhi'
    have h : ¬ lo < hi := by omega
    rw [lbLoop, dif_neg h]
    exact ⟨by omega, hlo, fun k hk hk' => hhi' k hk (by omega)⟩
  | succ n ih =>
    intro lo hi hn hle hhi hlo hhi'
    rw [lbLoop]
    by_cases h : lo < hi
    · have hm : lo + (hi - lo) / 2 < a.length := by omega
      rw [dif_pos h, dif_pos hm]
      by_cases hc : a[lo + (hi - lo) / 2] < key
      · rw [if_pos hc]
        refine ih _ _ (by omega) (by omega) hhi ?_ hhi'
        intro k hk hkm
        by_cases hkl : k < lo
        · exact hlo k hk hkl
        · by_cases hke : k = lo + (hi - lo) / 2
          · subst hke
            exact hc
          · exact Int.lt_of_le_of_lt (hs k hk _ hm (by omega)) hc
      · rw [if_neg hc]
        refine ih _ _ (by omega) (by omega) (by omega) hlo ?_
        intro k hk hkm
        by_cases hke : k = lo + (hi - lo) / 2
        · subst hke
          exact Int.not_lt.mp hc
        · by_cases hkh : hi ≤ k
          · exact hhi' k hk hkh
          · exact Int.le_trans (Int.not_lt.mp hc) (hs _ hm k hk (by omega))
    · rw [dif_neg h]
      exact ⟨by omega, hlo, fun k hk hk' => hhi' k hk (by omega)⟩
-- </vc:helpers>

def lowerBound (a : List Int) (key : Int) : Nat :=
  -- <vc:code>
  lbLoop a key 0 a.length
  -- </vc:code>

theorem lowerBound_spec (a : List Int) (key : Int) (h : pre_binary_search_lower_bound a key) :
    post_binary_search_lower_bound a key (lowerBound a key) := by
  -- <vc:proof>
  unfold lowerBound
  exact lbLoop_spec a key h a.length 0 a.length (by omega) (by omega) (Nat.le_refl _)
    (fun k _ hk => absurd hk (Nat.not_lt_zero k))
    (fun k hk hk' => absurd hk (by omega))
  -- </vc:proof>
