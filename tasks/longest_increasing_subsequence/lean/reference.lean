/-- A selection picks position i when its i-th entry is true; count t is the number of picked
positions and picked a t the picked elements, in order. -/
def count : List Bool → Nat
  | b :: t => (if b then 1 else 0) + count t
  | [] => 0

def picked : List Int → List Bool → List Int
  | x :: xs, b :: t => if b then x :: picked xs t else picked xs t
  | _, _ => []

/-- Every selection of n positions: the 2^n lists of n booleans. -/
def allMasks : Nat → List (List Bool)
  | 0 => [[]]
  | n + 1 => (allMasks n).map (fun t => false :: t) ++ (allMasks n).map (fun t => true :: t)

/-- t has one entry per position and the picked elements, in order, are strictly increasing.
(An abbrev, so that `decide` sees its Decidable instance.) -/
abbrev increasingSel (a : List Int) (t : List Bool) : Prop :=
  t.length = a.length ∧ (picked a t).Pairwise (· < ·)

def pre_longest_increasing_subsequence (a : List Int) : Prop :=
  a.length ≤ 1000

/-- take picks a strictly increasing subsequence of len elements, and none is longer. -/
def post_longest_increasing_subsequence (a : List Int) (len : Int) (take : List Bool) : Prop :=
  increasingSel a take ∧ (count take : Int) = len ∧
  ∀ t ∈ allMasks a.length, increasingSel a t → (count t : Int) ≤ len

-- <vc:helpers>
/-- x may follow the bound (no bound, or a smaller element). -/
def above : Option Int → Int → Bool
  | none, _ => true
  | some v, x => decide (v < x)

/-- Length of a longest strictly increasing subsequence of l whose elements are all above lb. -/
def lisGt : List Int → Option Int → Nat
  | [], _ => 0
  | x :: xs, lb => max (lisGt xs lb) (if above lb x then 1 + lisGt xs (some x) else 0)

/-- Best length among the table entries (y, s) with y above v (s: longest starting at y). -/
def bestAbove : List (Int × Nat) → Int → Nat
  | [], _ => 0
  | (y, s) :: rest, v => max (bestAbove rest v) (if v < y then s else 0)

def bestAll : List (Int × Nat) → Nat
  | [] => 0
  | (_, s) :: rest => max (bestAll rest) s

/-- The DP table, from the back: each element with the length of a longest strictly increasing
subsequence starting at it (one more than the best among the later, larger elements). -/
def sTable : List Int → List (Int × Nat)
  | [] => []
  | x :: xs =>
    let t := sTable xs
    (x, 1 + bestAbove t x) :: t

/-- Walk forward: pick x when it starts an increasing run of the wanted length k above lb. -/
def pickLis : List Int → List (Int × Nat) → Option Int → Nat → List Bool
  | x :: xs, (_, s) :: t, lb, k =>
    if above lb x = true ∧ s = k ∧ 0 < k then true :: pickLis xs t (some x) (k - 1)
    else false :: pickLis xs t lb k
  | xs, _, _, _ => List.replicate xs.length false

theorem sTable_above : ∀ (l : List Int) (v : Int), bestAbove (sTable l) v = lisGt l (some v)
  | [], _ => rfl
  | x :: xs, v => by
    simp only [sTable, bestAbove, lisGt, above]
    rw [sTable_above xs v, sTable_above xs x]
    by_cases h : v < x <;> simp [h]

theorem sTable_all : ∀ l : List Int, bestAll (sTable l) = lisGt l none
  | [] => rfl
  | x :: xs => by
    simp only [sTable, bestAll, lisGt, above, if_true]
    rw [sTable_all xs, sTable_above xs x]

theorem sTable_cons (x : Int) (xs : List Int) :
    sTable (x :: xs) = (x, 1 + lisGt xs (some x)) :: sTable xs := by
  simp only [sTable]
  rw [sTable_above]

theorem mem_allMasks_length : ∀ (n : Nat) (t : List Bool), t ∈ allMasks n → t.length = n
  | 0, t, h => by simp [allMasks] at h; simp [h]
  | n + 1, t, h => by
    simp only [allMasks, List.mem_append, List.mem_map] at h
    rcases h with ⟨s, hs, rfl⟩ | ⟨s, hs, rfl⟩ <;> simp [mem_allMasks_length n s hs]

/-- No increasing selection whose elements are all above lb is longer than lisGt. -/
theorem upperLis : ∀ (l : List Int) (t : List Bool) (lb : Option Int), t.length = l.length →
    (picked l t).Pairwise (· < ·) → (∀ y ∈ picked l t, above lb y = true) → count t ≤ lisGt l lb
  | [], _, _, _, _, _ => by simp [count]
  | x :: xs, b :: t, lb, hl, hp, ha => by
    have hl' : t.length = xs.length := by simpa using hl
    cases b with
    | false =>
      simp only [picked, if_false] at hp ha
      have := upperLis xs t lb hl' hp ha
      simp only [count, if_false, Nat.zero_add, lisGt]
      omega
    | true =>
      simp only [picked, if_true, List.pairwise_cons] at hp ha
      have hx : above lb x = true := ha x (List.mem_cons_self _ _)
      have hrest : ∀ y ∈ picked xs t, above (some x) y = true := by
        intro y hy
        simp only [above, decide_eq_true_eq]
        exact hp.1 y hy
      have := upperLis xs t (some x) hl' hp.2 hrest
      simp only [count, if_true, lisGt, hx]
      omega
  | [], _ :: _, _, hl, _, _ => by simp at hl
  | _ :: _, [], _, hl, _, _ => by simp at hl

/-- Walking for exactly lisGt l lb picks an increasing selection of that length above lb. -/
theorem pickLis_spec : ∀ (l : List Int) (lb : Option Int),
    (pickLis l (sTable l) lb (lisGt l lb)).length = l.length ∧
    count (pickLis l (sTable l) lb (lisGt l lb)) = lisGt l lb ∧
    (picked l (pickLis l (sTable l) lb (lisGt l lb))).Pairwise (· < ·) ∧
    ∀ y ∈ picked l (pickLis l (sTable l) lb (lisGt l lb)), above lb y = true
  | [], lb => by simp [pickLis, sTable, lisGt, count, picked]
  | x :: xs, lb => by
    rw [sTable_cons]
    simp only [pickLis]
    by_cases hpick : above lb x = true ∧ 1 + lisGt xs (some x) = lisGt (x :: xs) lb ∧ 0 < lisGt (x :: xs) lb
    · rw [if_pos hpick]
      obtain ⟨hab, hs, _⟩ := hpick
      have hk : lisGt (x :: xs) lb - 1 = lisGt xs (some x) := by omega
      rw [hk]
      obtain ⟨r1, r2, r3, r4⟩ := pickLis_spec xs (some x)
      refine ⟨by simp [r1], ?_, ?_, ?_⟩
      · simp only [count, if_true]; omega
      · simp only [picked, if_true, List.pairwise_cons]
        refine ⟨fun y hy => ?_, r3⟩
        have := r4 y hy
        simpa [above] using this
      · intro y hy
        simp only [picked, if_true, List.mem_cons] at hy
        rcases hy with rfl | hy
        · exact hab
        · -- later picks are above x, and x is above lb
          have hxy := r4 y hy
          simp only [above, decide_eq_true_eq] at hxy
          cases lb with
          | none => rfl
          | some v =>
            simp only [above, decide_eq_true_eq] at hab ⊢
            omega
    · rw [if_neg hpick]
      have heq : lisGt (x :: xs) lb = lisGt xs lb := by
        simp only [lisGt]
        by_cases hab : above lb x = true
        · rw [if_pos hab]
          have : ¬ (1 + lisGt xs (some x) = max (lisGt xs lb) (1 + lisGt xs (some x))) := by
            intro hh; apply hpick; simp only [lisGt, if_pos hab]; exact ⟨hab, hh, by omega⟩
          omega
        · rw [if_neg hab]; omega
      rw [heq]
      obtain ⟨r1, r2, r3, r4⟩ := pickLis_spec xs lb
      refine ⟨by simp [r1], ?_, ?_, ?_⟩
      · simp only [count, if_false, Nat.zero_add]; exact r2
      · simpa [picked] using r3
      · simpa [picked] using r4
-- </vc:helpers>

def longestIncreasingSubsequence (a : List Int) : Int × List Bool :=
  -- <vc:code>
  let table := sTable a
  let best := bestAll table
  ((best : Int), pickLis a table none best)
  -- </vc:code>

theorem longestIncreasingSubsequence_spec (a : List Int)
    (h : pre_longest_increasing_subsequence a) :
    post_longest_increasing_subsequence a (longestIncreasingSubsequence a).1
      (longestIncreasingSubsequence a).2 := by
  -- <vc:proof>
  have hb : bestAll (sTable a) = lisGt a none := sTable_all a
  have hv : longestIncreasingSubsequence a =
      (((lisGt a none : Nat) : Int), pickLis a (sTable a) none (lisGt a none)) := by
    show (((bestAll (sTable a) : Nat) : Int), pickLis a (sTable a) none (bestAll (sTable a))) = _
    rw [hb]
  rw [hv]
  obtain ⟨r1, r2, r3, _⟩ := pickLis_spec a none
  refine ⟨⟨r1, r3⟩, by rw [r2], ?_⟩
  intro t ht hinc
  have := upperLis a t none hinc.1 hinc.2 (fun y _ => rfl)
  exact_mod_cast this
  -- </vc:proof>
