/-- A choice packs item i when its i-th entry is true; maskSum xs t totals xs over the packed
items. -/
def maskSum : List Int → List Bool → Int
  | x :: xs, b :: t => (if b then x else 0) + maskSum xs t
  | _, _ => 0

/-- Every choice for n items (each item packed or not): the 2^n lists of n booleans. -/
def allMasks : Nat → List (List Bool)
  | 0 => [[]]
  | n + 1 => (allMasks n).map (fun t => false :: t) ++ (allMasks n).map (fun t => true :: t)

/-- A choice of items whose total weight is at most the capacity. (An abbrev, so that `decide`
sees its Decidable instance.) -/
abbrev fits01 (weights : List Int) (take : List Bool) (capacity : Int) : Prop :=
  take.length = weights.length ∧ maskSum weights take ≤ capacity

def pre_knapsack_01 (weights values : List Int) (capacity : Int) : Prop :=
  weights.length = values.length ∧ weights.length ≤ 1000 ∧ 0 ≤ capacity ∧ capacity ≤ 100000 ∧
  (∀ i, i < weights.length → 0 ≤ weights.getD i 0 ∧ weights.getD i 0 ≤ 100000) ∧
  (∀ i, i < values.length → 0 ≤ values.getD i 0 ∧ values.getD i 0 ≤ 1000000)

/-- take is a choice that fits and is worth best, and no choice that fits is worth more. -/
def post_knapsack_01 (weights values : List Int) (capacity best : Int) (take : List Bool) : Prop :=
  weights.length = values.length ∧ fits01 weights take capacity ∧ maskSum values take = best ∧
  ∀ t ∈ allMasks weights.length, fits01 weights t capacity → maskSum values t ≤ best

-- <vc:helpers>
/-- Best value of a choice among the items of ws/vs with total weight at most c. -/
def bestFrom : List Int → List Int → Int → Int
  | w :: ws, v :: vs, c =>
    if w ≤ c then max (bestFrom ws vs c) (bestFrom ws vs (c - w) + v) else bestFrom ws vs c
  | _, _, _ => 0

/-- The DP table, one row per suffix of the items (the longest first); entry c of a row is
the best value of that suffix with limit c. Each row is computed from the next one. -/
def tableFrom (cap : Nat) : List Int → List Int → List (List Int)
  | w :: ws, v :: vs =>
    let rest := tableFrom cap ws vs
    let prev := rest.headD []
    ((List.range (cap + 1)).map (fun c =>
      if w ≤ (c : Int) then max (prev.getD c 0) (prev.getD ((c : Int) - w).toNat 0 + v)
      else prev.getD c 0)) :: rest
  | _, _ => [List.replicate (cap + 1) 0]

/-- Walk the table from the first item: an item is packed exactly when packing it is better. -/
def pickFrom (cap : Nat) : List Int → List Int → List (List Int) → Int → List Bool
  | w :: ws, v :: vs, _ :: rows, c =>
    let prev := rows.headD []
    if w ≤ c ∧ prev.getD c.toNat 0 < prev.getD (c - w).toNat 0 + v then
      true :: pickFrom cap ws vs rows (c - w)
    else
      false :: pickFrom cap ws vs rows c
  | _, _, _, _ => []

theorem getD_map_range (f : Nat → Int) (n c : Nat) (h : c < n) :
    ((List.range n).map f).getD c 0 = f c := by
  simp [List.getD_eq_getElem?_getD, List.getElem?_map, List.getElem?_range h]

theorem tableFrom_head (cap : Nat) :
    ∀ (ws vs : List Int), ws.length = vs.length → (∀ w ∈ ws, 0 ≤ w) →
      ∀ c : Nat, c ≤ cap → ((tableFrom cap ws vs).headD []).getD c 0 = bestFrom ws vs c
  | [], [], _, _, c, hc => by
    simp [tableFrom, bestFrom, List.getD_eq_getElem?_getD, List.getElem?_replicate, show c < cap + 1 by omega]
  | w :: ws, v :: vs, hl, hw, c, hc => by
    have ih := tableFrom_head cap ws vs (by simpa using hl) (fun x hx => hw x (List.mem_cons_of_mem _ hx))
    have hw0 : 0 ≤ w := hw w (List.mem_cons_self _ _)
    simp only [tableFrom, List.headD_cons]
    rw [getD_map_range _ _ _ (by omega)]
    simp only [bestFrom]
    by_cases h : w ≤ (c : Int)
    · have hnn : 0 ≤ (c : Int) - w := by omega
      rw [if_pos h, if_pos h, ih c hc, ih _ (by omega), Int.toNat_of_nonneg hnn]
    · rw [if_neg h, if_neg h, ih c hc]
  | [], _ :: _, hl, _, _, _ => by simp at hl
  | _ :: _, [], hl, _, _, _ => by simp at hl

theorem tableFrom_tail (cap : Nat) (w v : Int) (ws vs : List Int) :
    (tableFrom cap (w :: ws) (v :: vs)).tail = tableFrom cap ws vs := by
  simp [tableFrom]

theorem maskSum_nonneg : ∀ (xs : List Int) (t : List Bool), (∀ x ∈ xs, 0 ≤ x) → 0 ≤ maskSum xs t
  | x :: xs, b :: t, h => by
    have := maskSum_nonneg xs t (fun y hy => h y (List.mem_cons_of_mem _ hy))
    have hx := h x (List.mem_cons_self _ _)
    cases b <;> simp [maskSum] <;> omega
  | [], _, _ => by simp [maskSum]
  | _ :: _, [], _ => by simp [maskSum]

theorem mem_allMasks_length : ∀ (n : Nat) (t : List Bool), t ∈ allMasks n → t.length = n
  | 0, t, h => by simp [allMasks] at h; simp [h]
  | n + 1, t, h => by
    simp only [allMasks, List.mem_append, List.mem_map] at h
    rcases h with ⟨s, hs, rfl⟩ | ⟨s, hs, rfl⟩ <;> simp [mem_allMasks_length n s hs]

/-- No choice of the right length that fits limit c is worth more than bestFrom. -/
theorem upper : ∀ (ws vs : List Int) (t : List Bool) (c : Int), ws.length = vs.length →
    t.length = ws.length → (∀ w ∈ ws, 0 ≤ w) → maskSum ws t ≤ c → maskSum vs t ≤ bestFrom ws vs c
  | w :: ws, v :: vs, b :: t, c, hl, ht, hw, hle => by
    have hl' : ws.length = vs.length := by simpa using hl
    have ht' : t.length = ws.length := by simpa using ht
    have hw' : ∀ x ∈ ws, 0 ≤ x := fun x hx => hw x (List.mem_cons_of_mem _ hx)
    have hw0 : 0 ≤ w := hw w (List.mem_cons_self _ _)
    have hnn := maskSum_nonneg ws t hw'
    cases b with
    | false =>
      simp only [maskSum, if_false] at hle ⊢
      have := upper ws vs t c hl' ht' hw' (by omega)
      simp only [bestFrom]
      split <;> omega
    | true =>
      simp only [maskSum, if_true] at hle ⊢
      have := upper ws vs t (c - w) hl' ht' hw' (by omega)
      simp only [bestFrom]
      rw [if_pos (by omega)]
      omega
  | [], [], [], c, _, _, _, hle => by simp [maskSum, bestFrom] at hle ⊢; omega
  | [], _ :: _, _, _, hl, _, _, _ => by simp at hl
  | _ :: _, [], _, _, hl, _, _, _ => by simp at hl
  | [], [], _ :: _, _, _, ht, _, _ => by simp at ht
  | _ :: _, _ :: _, [], _, _, ht, _, _ => by simp at ht

/-- The walk yields a choice of the right length that fits c and is worth bestFrom. -/
theorem pick_spec (cap : Nat) : ∀ (ws vs : List Int) (c : Int), ws.length = vs.length →
    (∀ w ∈ ws, 0 ≤ w) → 0 ≤ c → c ≤ cap →
    let t := pickFrom cap ws vs (tableFrom cap ws vs) c
    t.length = ws.length ∧ maskSum ws t ≤ c ∧ maskSum vs t = bestFrom ws vs c
  | w :: ws, v :: vs, c, hl, hw, hc0, hc => by
    have hl' : ws.length = vs.length := by simpa using hl
    have hw' : ∀ x ∈ ws, 0 ≤ x := fun x hx => hw x (List.mem_cons_of_mem _ hx)
    have hw0 : 0 ≤ w := hw w (List.mem_cons_self _ _)
    have hhead := tableFrom_head cap ws vs hl' hw'
    intro t
    have ht : t = pickFrom cap (w :: ws) (v :: vs) (tableFrom cap (w :: ws) (v :: vs)) c := rfl
    simp only [tableFrom] at ht
    simp only [pickFrom] at ht
    rw [hhead c.toNat (by omega), Int.toNat_of_nonneg hc0] at ht
    by_cases h : w ≤ c ∧ bestFrom ws vs c < ((tableFrom cap ws vs).headD []).getD (c - w).toNat 0 + v
    · obtain ⟨hwc, hlt⟩ := h
      rw [hhead (c - w).toNat (by omega), Int.toNat_of_nonneg (by omega)] at hlt
      rw [if_pos ⟨hwc, by rw [hhead (c - w).toNat (by omega), Int.toNat_of_nonneg (by omega)]; exact hlt⟩] at ht
      obtain ⟨h1, h2, h3⟩ := pick_spec cap ws vs (c - w) hl' hw' (by omega) (by omega)
      rw [ht]
      refine ⟨by simpa using h1, ?_, ?_⟩
      · simp only [maskSum, if_true]; omega
      · simp only [maskSum, if_true, bestFrom, if_pos hwc]; omega
    · rw [if_neg h] at ht
      obtain ⟨h1, h2, h3⟩ := pick_spec cap ws vs c hl' hw' hc0 hc
      rw [ht]
      refine ⟨by simpa using h1, ?_, ?_⟩
      · simp only [maskSum, if_false]; omega
      · simp only [maskSum, if_false, bestFrom]
        by_cases hwc : w ≤ c
        · rw [if_pos hwc]
          rw [hhead (c - w).toNat (by omega), Int.toNat_of_nonneg (by omega)] at h
          have : ¬ bestFrom ws vs c < bestFrom ws vs (c - w) + v := fun hh => h ⟨hwc, hh⟩
          omega
        · rw [if_neg hwc]; omega
  | [], [], c, _, _, hc0, _ => by simp [pickFrom, maskSum, bestFrom]; omega
  | [], _ :: _, _, hl, _, _, _ => by simp at hl
  | _ :: _, [], _, hl, _, _, _ => by simp at hl
-- </vc:helpers>

def knapsack01 (weights values : List Int) (capacity : Int) : Int × List Bool :=
  -- <vc:code>
  let cap := capacity.toNat
  let table := tableFrom cap weights values
  let best := (table.headD []).getD cap 0
  (best, pickFrom cap weights values table capacity)
  -- </vc:code>

theorem knapsack01_spec (weights values : List Int) (capacity : Int)
    (h : pre_knapsack_01 weights values capacity) :
    post_knapsack_01 weights values capacity (knapsack01 weights values capacity).1
      (knapsack01 weights values capacity).2 := by
  -- <vc:proof>
  obtain ⟨hlen, _, hc0, _, hw, _⟩ := h
  have hw' : ∀ w ∈ weights, 0 ≤ w := by
    intro w hw1
    obtain ⟨i, hi, rfl⟩ := List.getElem_of_mem hw1
    have := (hw i hi).1
    rwa [List.getD_eq_getElem?_getD, List.getElem?_eq_getElem hi] at this
  have hbest : (knapsack01 weights values capacity).1 = bestFrom weights values capacity := by
    show ((tableFrom capacity.toNat weights values).headD []).getD capacity.toNat 0 = _
    rw [tableFrom_head capacity.toNat weights values hlen hw' capacity.toNat (Nat.le_refl _),
      Int.toNat_of_nonneg hc0]
  obtain ⟨h1, h2, h3⟩ := pick_spec capacity.toNat weights values capacity hlen hw' hc0
    (by rw [Int.toNat_of_nonneg hc0])
  have htake : (knapsack01 weights values capacity).2 =
      pickFrom capacity.toNat weights values (tableFrom capacity.toNat weights values) capacity := rfl
  rw [hbest, htake]
  refine ⟨hlen, ⟨h1, h2⟩, h3, ?_⟩
  intro t ht hfit
  exact upper weights values t capacity hlen (mem_allMasks_length _ t ht) hw' hfit.2
  -- </vc:proof>
