@[reducible] def sortedNondecreasing (a : List Int) : Prop :=
  ∀ i (hi : i < a.length) j (hj : j < a.length), i < j → a[i] ≤ a[j]

-- Shared with Dafny and Verus: every element within ±10^9 and the target within ±2·10^9.
@[reducible] def valuesBounded (a : List Int) (target : Int) : Prop :=
  (∀ i (hi : i < a.length), -1000000000 ≤ a[i] ∧ a[i] ≤ 1000000000) ∧
  -2000000000 ≤ target ∧ target ≤ 2000000000

@[reducible] def pre_two_sum_sorted (a : List Int) (target : Int) : Prop :=
  sortedNondecreasing a ∧ valuesBounded a target

-- found: i < j are positions whose elements add up to target (stated for p = i, q = j);
-- not found: no pair p < q adds up to target (i and j are then unconstrained).
@[reducible] def post_two_sum_sorted (a : List Int) (target : Int) (found : Bool) (i j : Nat) : Prop :=
  (found = true → i < j ∧ j < a.length ∧
    ∀ p (hp : p < a.length) q (hq : q < a.length), p = i → q = j → a[p] + a[q] = target) ∧
  (found = false → ∀ p (hp : p < a.length) q (hq : q < a.length), p < q → a[p] + a[q] ≠ target)

-- <vc:helpers>
theorem gidx (a : List Int) {i j : Nat} (hij : i = j) (hi : i < a.length) (hj : j < a.length) :
    a[i] = a[j] := by
  subst hij
  rfl

/-- Two pointers on [lo, hi]: no pair with p < lo or q > hi adds up to target. -/
def twoLoop (a : List Int) (target : Int) (lo hi : Nat) : Bool × Nat × Nat :=
  if h : lo < hi then
    if hh : hi < a.length then
      if a[lo]'(Nat.lt_trans h hh) + a[hi] = target then (true, lo, hi)
      else if a[lo]'(Nat.lt_trans h hh) + a[hi] < target then twoLoop a target (lo + 1) hi
      else twoLoop a target lo (hi - 1)
    else (false, 0, 0)
  else (false, 0, 0)
termination_by hi - lo

theorem twoLoop_spec (a : List Int) (target : Int) (hs : sortedNondecreasing a) :
    ∀ n lo hi, hi - lo ≤ n → (lo < hi → hi < a.length) →
    (∀ p (hp : p < a.length) q (hq : q < a.length), p < q → (p < lo ∨ hi < q) →
      a[p] + a[q] ≠ target) →
    post_two_sum_sorted a target (twoLoop a target lo hi).1 (twoLoop a target lo hi).2.1
      (twoLoop a target lo hi).2.2 := by
  intro n
  induction n with
  | zero =>
    intro lo hi hn hb hinv
    have h : ¬ lo < hi := by omega
    rw [twoLoop, dif_neg h]
    exact ⟨fun hf => by simp at hf, fun _ p hp q hq hpq => hinv p hp q hq hpq (by omega)⟩
  | succ n ih =>
    intro lo hi hn hb hinv
    rw [twoLoop]
    by_cases h : lo < hi
    · have hh : hi < a.length := hb h
      have hl : lo < a.length := Nat.lt_trans h hh
      rw [dif_pos h, dif_pos hh]
      by_cases he : a[lo] + a[hi] = target
      · rw [if_pos he]
        refine ⟨fun _ => ⟨h, hh, ?_⟩, fun hf => by simp at hf⟩
        intro p hp q hq hp' hq'
        subst hp' hq'
        exact he
      · rw [if_neg he]
        by_cases hlt : a[lo] + a[hi] < target
        · rw [if_pos hlt]
          refine ih _ _ (by omega) (fun _ => hh) ?_
          intro p hp q hq hpq hor
          by_cases hpl : p < lo
          · exact hinv p hp q hq hpq (Or.inl hpl)
          · by_cases hqh : hi < q
            · exact hinv p hp q hq hpq (Or.inr hqh)
            · -- p = lo and q ≤ hi: a[p] + a[q] ≤ a[lo] + a[hi] < target
              have e1 : a[p] = a[lo] := gidx a (by omega) hp hl
              have hq_le : a[q] ≤ a[hi] := by
                by_cases hqe : q = hi
                · exact Int.le_of_eq (gidx a hqe hq hh)
                · exact hs q hq hi hh (by omega)
              omega
        · rw [if_neg hlt]
          refine ih _ _ (by omega) (fun _ => by omega) ?_
          intro p hp q hq hpq hor
          by_cases hqh : hi - 1 < q
          · by_cases hqh' : hi < q
            · exact hinv p hp q hq hpq (Or.inr hqh')
            · by_cases hpl : p < lo
              · exact hinv p hp q hq hpq (Or.inl hpl)
              · -- q = hi and p ≥ lo: a[p] + a[q] ≥ a[lo] + a[hi] > target
                have e1 : a[q] = a[hi] := gidx a (by omega) hq hh
                have hp_ge : a[lo] ≤ a[p] := by
                  by_cases hpe : p = lo
                  · exact Int.le_of_eq (gidx a hpe.symm hl hp)
                  · exact hs lo hl p hp (by omega)
                omega
          · exact hinv p hp q hq hpq (by omega)
    · rw [dif_neg h]
      exact ⟨fun hf => by simp at hf, fun _ p hp q hq hpq => hinv p hp q hq hpq (by omega)⟩
-- </vc:helpers>

def twoSumSorted (a : List Int) (target : Int) : Bool × Nat × Nat :=
  -- <vc:code>
  twoLoop a target 0 (a.length - 1)
  -- </vc:code>

theorem twoSumSorted_spec (a : List Int) (target : Int) (h : pre_two_sum_sorted a target) :
    post_two_sum_sorted a target (twoSumSorted a target).1 (twoSumSorted a target).2.1
      (twoSumSorted a target).2.2 := by
  -- <vc:proof>
  unfold twoSumSorted
  obtain ⟨hs, _⟩ := h
  exact twoLoop_spec a target hs (a.length - 1) 0 (a.length - 1) (by omega)
    (fun hlt => by omega) (fun p _ q hq _ hor => absurd hor (by omega))
  -- </vc:proof>
