/-- Best value of a subset of items 0..n-1 with total weight at most cap: item n-1 is either
left out or (when it fits) taken, which enumerates every subset. -/
def bestKnapsack01 (weights values : List Int) : Nat → Int → Int
  | 0, _ => 0
  | n + 1, cap =>
    if weights.getD n 0 ≤ cap then
      max (bestKnapsack01 weights values n cap)
        (bestKnapsack01 weights values n (cap - weights.getD n 0) + values.getD n 0)
    else
      bestKnapsack01 weights values n cap

def pre_knapsack_01 (weights values : List Int) (capacity : Int) : Prop :=
  weights.length = values.length ∧ weights.length ≤ 1000 ∧ 0 ≤ capacity ∧ capacity ≤ 100000 ∧
  (∀ i, i < weights.length → 0 ≤ weights.getD i 0 ∧ weights.getD i 0 ≤ 100000) ∧
  (∀ i, i < values.length → 0 ≤ values.getD i 0 ∧ values.getD i 0 ≤ 1000000)

def post_knapsack_01 (weights values : List Int) (capacity best : Int) : Prop :=
  weights.length = values.length ∧ best = bestKnapsack01 weights values weights.length capacity

-- <vc:helpers>
/-- Row n of the table: entry c is the best value with the first n items and limit c. -/
def knapRow (weights values : List Int) (capacity : Nat) : Nat → List Int
  | 0 => List.replicate (capacity + 1) 0
  | n + 1 =>
    let prev := knapRow weights values capacity n
    (List.range (capacity + 1)).map (fun c =>
      if weights.getD n 0 ≤ (c : Int) then
        max (prev.getD c 0) (prev.getD ((c : Int) - weights.getD n 0).toNat 0 + values.getD n 0)
      else
        prev.getD c 0)

theorem getD_map_range (f : Nat → Int) (n c : Nat) (h : c < n) :
    ((List.range n).map f).getD c 0 = f c := by
  simp [List.getD_eq_getElem?_getD, List.getElem?_map, List.getElem?_range h]

theorem knapRow_getD (weights values : List Int) (capacity : Nat)
    (hw : ∀ i, 0 ≤ weights.getD i 0) :
    ∀ n c, c ≤ capacity →
      (knapRow weights values capacity n).getD c 0 = bestKnapsack01 weights values n (c : Int) := by
  intro n
  induction n with
  | zero =>
    intro c hc
    simp [knapRow, bestKnapsack01, List.getD_eq_getElem?_getD, List.getElem?_replicate]
  | succ n ih =>
    intro c hc
    have hlt : c < capacity + 1 := by omega
    simp only [knapRow]
    rw [getD_map_range _ _ _ hlt]
    simp only [bestKnapsack01]
    have hwn := hw n
    by_cases h : weights.getD n 0 ≤ (c : Int)
    · have hnn : 0 ≤ (c : Int) - weights.getD n 0 := by omega
      have hle : ((c : Int) - weights.getD n 0).toNat ≤ capacity := by omega
      rw [if_pos h, if_pos h, ih c hc, ih _ hle, Int.toNat_of_nonneg hnn]
    · rw [if_neg h, if_neg h, ih c hc]
-- </vc:helpers>

def knapsack01 (weights values : List Int) (capacity : Int) : Int :=
  -- <vc:code>
  (knapRow weights values capacity.toNat weights.length).getD capacity.toNat 0
  -- </vc:code>

theorem knapsack01_spec (weights values : List Int) (capacity : Int)
    (h : pre_knapsack_01 weights values capacity) :
    post_knapsack_01 weights values capacity (knapsack01 weights values capacity) := by
  -- <vc:proof>
  obtain ⟨hlen, _, hc0, _, hw, _⟩ := h
  have hw' : ∀ i, 0 ≤ weights.getD i 0 := by
    intro i
    by_cases hi : i < weights.length
    · exact (hw i hi).1
    · rw [List.getD_eq_getElem?_getD, List.getElem?_eq_none_iff.mpr (by omega)]
      simp
  refine ⟨hlen, ?_⟩
  unfold knapsack01
  rw [knapRow_getD weights values capacity.toNat hw' weights.length capacity.toNat (Nat.le_refl _),
    Int.toNat_of_nonneg hc0]
  -- </vc:proof>
