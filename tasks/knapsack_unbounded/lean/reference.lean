/-- A choice takes counts[i] copies of item kind i; countSum xs counts is the total sum of
counts[i] * xs[i]. -/
def countSum : List Int → List Nat → Int
  | x :: xs, c :: cs => (c : Int) * x + countSum xs cs
  | _, _ => 0

/-- Every list of n counts, each at most b. -/
def allCounts : Nat → Nat → List (List Nat)
  | 0, _ => [[]]
  | n + 1, b => (List.range (b + 1)).flatMap (fun c => (allCounts n b).map (fun t => c :: t))

/-- A choice of copies whose total weight is at most the capacity. (An abbrev, so that `decide`
sees its Decidable instance.) -/
abbrev fitsUnbounded (weights : List Int) (counts : List Nat) (capacity : Int) : Prop :=
  counts.length = weights.length ∧ countSum weights counts ≤ capacity

def pre_knapsack_unbounded (weights values : List Int) (capacity : Int) : Prop :=
  weights.length = values.length ∧ weights.length ≤ 1000 ∧ 0 ≤ capacity ∧ capacity ≤ 100000 ∧
  (∀ i, i < weights.length → 1 ≤ weights.getD i 0 ∧ weights.getD i 0 ≤ 100000) ∧
  (∀ i, i < values.length → 0 ≤ values.getD i 0 ∧ values.getD i 0 ≤ 1000000)

/-- counts is a choice that fits and is worth best, and no choice that fits is worth more (a
weight is at least 1, so no count of a fitting choice exceeds the capacity: allCounts with
bound capacity holds every fitting choice). -/
def post_knapsack_unbounded (weights values : List Int) (capacity best : Int) (counts : List Nat) : Prop :=
  weights.length = values.length ∧ fitsUnbounded weights counts capacity ∧
  countSum values counts = best ∧
  ∀ c ∈ allCounts weights.length capacity.toNat, fitsUnbounded weights c capacity → countSum values c ≤ best

-- <vc:helpers>
/-- Best value with unlimited copies of the kinds ws/vs and limit c: either no further copy of
the first kind, or (when it fits) one more copy of it. -/
def bestU : List Int → List Int → Int → Int
  | w :: ws, v :: vs, c =>
    if 1 ≤ w ∧ w ≤ c then max (bestU ws vs c) (bestU (w :: ws) (v :: vs) (c - w) + v)
    else bestU ws vs c
  | _, _, _ => 0
termination_by ws _ c => (ws.length, c.toNat)
decreasing_by
  all_goals simp_wf
  all_goals omega

-- The values g s, g (s+1), ..., g (s+n-1) as a list.
def tbl (g : Nat → Int) : Nat → Nat → List Int
  | _, 0 => []
  | s, n + 1 => g s :: tbl g (s + 1) n

theorem tbl_getD (g : Nat → Int) : ∀ (n s t : Nat), t < n → (tbl g s n).getD t 0 = g (s + t)
  | 0, _, _, h => absurd h (Nat.not_lt_zero _)
  | _ + 1, _, 0, _ => rfl
  | n + 1, s, t + 1, h => by
    show (tbl g (s + 1) n).getD t 0 = g (s + (t + 1))
    rw [tbl_getD g n (s + 1) t (by omega)]
    have e : s + 1 + t = s + (t + 1) := by omega
    rw [e]

/-- One row of the table: `below` holds the next kinds' row from limit c on, `acc` the new
entries for the limits c-1, ..., 0 (newest first), so the entry for c - w sits at acc[w - 1]. -/
def sweep (w v : Int) : Nat → List Int → List Int → List Int
  | _, [], _ => []
  | c, x :: rest, acc =>
    let y : Int := if 1 ≤ w ∧ w ≤ (c : Int) then max x (acc.getD (w.toNat - 1) 0 + v) else x
    y :: sweep w v (c + 1) rest (y :: acc)

/-- The table: one row per suffix of the kinds (the longest first), entries for limits 0..cap. -/
def tableU (cap : Nat) : List Int → List Int → List (List Int)
  | w :: ws, v :: vs =>
    let rest := tableU cap ws vs
    sweep w v 0 (rest.headD []) [] :: rest
  | _, _ => [List.replicate (cap + 1) 0]

def bump : List Nat → List Nat
  | m :: rest => (m + 1) :: rest
  | [] => [1]

/-- Walk the table from the first kind: take one more copy of it while the table says so, then
go on with the next kind. -/
def pickU : Nat → List Int → List Int → List (List Int) → Int → List Nat
  | fuel + 1, w :: ws, v :: vs, row :: rows, c =>
    if 1 ≤ w ∧ w ≤ c ∧ (rows.headD []).getD c.toNat 0 < row.getD (c - w).toNat 0 + v then
      bump (pickU fuel (w :: ws) (v :: vs) (row :: rows) (c - w))
    else
      0 :: pickU fuel ws vs rows c
  | _, ws, _, _, _ => List.replicate ws.length 0

theorem bestU_cons (w v : Int) (ws vs : List Int) (c : Int) :
    bestU (w :: ws) (v :: vs) c =
      if 1 ≤ w ∧ w ≤ c then max (bestU ws vs c) (bestU (w :: ws) (v :: vs) (c - w) + v)
      else bestU ws vs c := by
  rw [bestU]

theorem bestU_nil (vs : List Int) (c : Int) : bestU [] vs c = 0 := by
  rw [bestU]

theorem sweep_tbl (w v : Int) (below new : Nat → Int)
    (hrec : ∀ c : Nat, new c =
      if 1 ≤ w ∧ w ≤ (c : Int) then max (below c) (new (c - w.toNat) + v) else below c) :
    ∀ (len c : Nat) (acc : List Int), (∀ t, t < c → acc.getD t 0 = new (c - 1 - t)) →
      sweep w v c (tbl below c len) acc = tbl new c len
  | 0, _, _, _ => rfl
  | len + 1, c, acc, hacc => by
    have hy : (if 1 ≤ w ∧ w ≤ (c : Int) then max (below c) (acc.getD (w.toNat - 1) 0 + v)
        else below c) = new c := by
      rw [hrec c]
      by_cases hw : 1 ≤ w ∧ w ≤ (c : Int)
      · simp only [if_pos hw]
        have h1 := hw.1
        have h2 := hw.2
        have e : c - 1 - (w.toNat - 1) = c - w.toNat := by omega
        rw [hacc (w.toNat - 1) (by omega), e]
      · simp only [if_neg hw]
    show sweep w v c (below c :: tbl below (c + 1) len) acc = new c :: tbl new (c + 1) len
    simp only [sweep]
    rw [hy]
    congr 1
    apply sweep_tbl w v below new hrec len (c + 1) (new c :: acc)
    intro t ht
    cases t with
    | zero => show new c = new (c + 1 - 1 - 0); congr 1
    | succ t =>
      show acc.getD t 0 = new (c + 1 - 1 - (t + 1))
      have e : c + 1 - 1 - (t + 1) = c - 1 - t := by omega
      rw [e]
      exact hacc t (by omega)

/-- Every row of the table lists bestU of its suffix for the limits 0..cap. -/
theorem tableU_head (cap : Nat) : ∀ (ws vs : List Int), ws.length = vs.length →
    (tableU cap ws vs).headD [] = tbl (fun x => bestU ws vs (x : Int)) 0 (cap + 1)
  | [], [], _ => by
    show List.replicate (cap + 1) 0 = _
    have : ∀ n s, List.replicate n (0 : Int) = tbl (fun x => bestU [] [] (x : Int)) s n := by
      intro n
      induction n with
      | zero => intro s; rfl
      | succ n ih => intro s; show 0 :: List.replicate n 0 = _ :: _; rw [bestU_nil, ih (s + 1)]
    exact this (cap + 1) 0
  | w :: ws, v :: vs, hl => by
    have ih := tableU_head cap ws vs (by simpa using hl)
    show sweep w v 0 ((tableU cap ws vs).headD []) [] = _
    rw [ih]
    apply sweep_tbl w v _ _ _ (cap + 1) 0 [] (fun t ht => absurd ht (Nat.not_lt_zero t))
    intro c
    rw [bestU_cons]
    by_cases hw : 1 ≤ w ∧ w ≤ (c : Int)
    · simp only [if_pos hw]
      have h1 := hw.1
      have h2 := hw.2
      have e : (((c - w.toNat : Nat) : Int)) = (c : Int) - w := by omega
      rw [e]
    · simp only [if_neg hw]
  | [], _ :: _, hl => by simp at hl
  | _ :: _, [], hl => by simp at hl

theorem tableU_entry (cap : Nat) (ws vs : List Int) (hl : ws.length = vs.length) (c : Int)
    (h0 : 0 ≤ c) (hc : c ≤ cap) : ((tableU cap ws vs).headD []).getD c.toNat 0 = bestU ws vs c := by
  rw [tableU_head cap ws vs hl, tbl_getD _ _ _ _ (by omega)]
  simp only [Nat.zero_add]
  rw [Int.toNat_of_nonneg h0]

theorem countSum_nonneg : ∀ (xs : List Int) (cs : List Nat), (∀ x ∈ xs, 0 ≤ x) → 0 ≤ countSum xs cs
  | x :: xs, c :: cs, h => by
    have h1 := countSum_nonneg xs cs (fun y hy => h y (List.mem_cons_of_mem _ hy))
    have hx := h x (List.mem_cons_self _ _)
    have h2 : 0 ≤ (c : Int) * x := Int.mul_nonneg (Int.natCast_nonneg c) hx
    simp only [countSum]
    omega
  | [], _, _ => by simp [countSum]
  | _ :: _, [], _ => by simp [countSum]

theorem succ_mul (m : Nat) (x : Int) : ((m + 1 : Nat) : Int) * x = (m : Int) * x + x := by
  rw [Int.natCast_add, Int.add_mul, Int.natCast_one, Int.one_mul]

theorem countSum_bump (x : Int) (xs : List Int) (p : List Nat) (hp : p ≠ []) :
    countSum (x :: xs) (bump p) = countSum (x :: xs) p + x := by
  match p, hp with
  | m :: rest, _ =>
    simp only [bump, countSum]
    rw [succ_mul]
    omega

theorem mem_allCounts_length : ∀ (n b : Nat) (t : List Nat), t ∈ allCounts n b → t.length = n
  | 0, _, t, h => by simp [allCounts] at h; simp [h]
  | n + 1, b, t, h => by
    simp only [allCounts, List.mem_flatMap, List.mem_map] at h
    obtain ⟨c, _, s, hs, rfl⟩ := h
    simp [mem_allCounts_length n b s hs]

/-- No choice of counts that fits limit c is worth more than bestU. -/
theorem upperU : ∀ (ws vs : List Int) (cs : List Nat) (c : Int), ws.length = vs.length →
    cs.length = ws.length → (∀ w ∈ ws, 1 ≤ w) → (∀ v ∈ vs, 0 ≤ v) → countSum ws cs ≤ c →
    countSum vs cs ≤ bestU ws vs c
  | w :: ws, v :: vs, m :: cs, c, hl, ht, hw, hv, hle => by
    have hl' : ws.length = vs.length := by simpa using hl
    have ht' : cs.length = ws.length := by simpa using ht
    have hw' : ∀ x ∈ ws, 1 ≤ x := fun x hx => hw x (List.mem_cons_of_mem _ hx)
    have hv' : ∀ x ∈ vs, 0 ≤ x := fun x hx => hv x (List.mem_cons_of_mem _ hx)
    have hw0 : 1 ≤ w := hw w (List.mem_cons_self _ _)
    have hnn := countSum_nonneg ws cs (fun x hx => by have := hw' x hx; omega)
    induction m generalizing c with
    | zero =>
      simp only [countSum, Int.natCast_zero, Int.zero_mul, Int.zero_add] at hle ⊢
      have := upperU ws vs cs c hl' ht' hw' hv' hle
      rw [bestU_cons]
      split <;> omega
    | succ m ih =>
      simp only [countSum] at hle ⊢
      rw [succ_mul] at hle ⊢
      have hmw : 0 ≤ (m : Int) * w := Int.mul_nonneg (Int.natCast_nonneg m) (by omega)
      have hwc : w ≤ c := by omega
      have := ih (c - w) (by simp only [countSum]; omega)
      simp only [countSum] at this
      rw [bestU_cons, if_pos ⟨hw0, hwc⟩]
      omega
  | [], [], [], c, _, _, _, _, hle => by
    simp only [countSum] at hle ⊢
    rw [bestU_nil]
    omega
  | [], _ :: _, _, _, hl, _, _, _, _ => by simp at hl
  | _ :: _, [], _, _, hl, _, _, _, _ => by simp at hl
  | [], [], _ :: _, _, _, ht, _, _, _ => by simp at ht
  | _ :: _, _ :: _, [], _, _, ht, _, _, _ => by simp at ht

/-- With enough fuel the walk yields a choice of the right length that fits c and is worth
bestU. -/
theorem pickU_spec (cap : Nat) : ∀ (fuel : Nat) (ws vs : List Int) (c : Int),
    ws.length = vs.length → (∀ w ∈ ws, 1 ≤ w) → 0 ≤ c → c ≤ cap → ws.length + c.toNat < fuel →
    let p := pickU fuel ws vs (tableU cap ws vs) c
    p.length = ws.length ∧ countSum ws p ≤ c ∧ countSum vs p = bestU ws vs c
  | 0, _, _, _, _, _, _, _, hf => absurd hf (Nat.not_lt_zero _)
  | fuel + 1, [], [], c, _, _, hc0, _, _ => by
    intro p
    have hp : p = [] := by cases fuel <;> rfl
    rw [hp]
    simp only [List.length_nil, countSum, bestU_nil]
    omega
  | fuel + 1, w :: ws, v :: vs, c, hl, hw, hc0, hc, hf => by
    have hl' : ws.length = vs.length := by simpa using hl
    have hw' : ∀ x ∈ ws, 1 ≤ x := fun x hx => hw x (List.mem_cons_of_mem _ hx)
    have hw0 : 1 ≤ w := hw w (List.mem_cons_self _ _)
    intro p
    have hp : p = pickU (fuel + 1) (w :: ws) (v :: vs)
        (sweep w v 0 ((tableU cap ws vs).headD []) [] :: tableU cap ws vs) c := rfl
    have hrow : ∀ d : Int, 0 ≤ d → d ≤ cap →
        (sweep w v 0 ((tableU cap ws vs).headD []) [] :: tableU cap ws vs).headD [] |>.getD d.toNat 0
          = bestU (w :: ws) (v :: vs) d := fun d h0 h1 => tableU_entry cap (w :: ws) (v :: vs) hl d h0 h1
    simp only [pickU] at hp
    rw [tableU_entry cap ws vs hl' c hc0 hc] at hp
    by_cases htake : 1 ≤ w ∧ w ≤ c ∧ bestU ws vs c <
        (sweep w v 0 ((tableU cap ws vs).headD []) []).getD (c - w).toNat 0 + v
    · rw [if_pos htake] at hp
      obtain ⟨_, hwc, hlt⟩ := htake
      have he := hrow (c - w) (by omega) (by omega)
      simp only [List.headD_cons] at he
      rw [he] at hlt
      obtain ⟨h1, h2, h3⟩ := pickU_spec cap fuel (w :: ws) (v :: vs) (c - w) hl hw (by omega) (by omega)
        (by simp only [List.length_cons] at hf ⊢; omega)
      have hne : pickU fuel (w :: ws) (v :: vs) (tableU cap (w :: ws) (v :: vs)) (c - w) ≠ [] := by
        intro h0; rw [h0] at h1; simp at h1
      have hb := countSum_bump w ws _ hne
      have hbv := countSum_bump v vs _ hne
      rw [hp]
      refine ⟨?_, ?_, ?_⟩
      · match hq : pickU fuel (w :: ws) (v :: vs) (tableU cap (w :: ws) (v :: vs)) (c - w) with
        | m :: rest => simp only [bump]; rw [hq] at h1; simpa using h1
        | [] => exact absurd hq hne
      · show countSum (w :: ws) (bump (pickU fuel (w :: ws) (v :: vs) (tableU cap (w :: ws) (v :: vs)) (c - w))) ≤ c
        rw [hb]; omega
      · show countSum (v :: vs) (bump (pickU fuel (w :: ws) (v :: vs) (tableU cap (w :: ws) (v :: vs)) (c - w))) = _
        rw [hbv, h3, bestU_cons, if_pos ⟨hw0, hwc⟩]
        omega
    · rw [if_neg htake] at hp
      obtain ⟨h1, h2, h3⟩ := pickU_spec cap fuel ws vs c hl' hw' hc0 hc
        (by simp only [List.length_cons] at hf; omega)
      rw [hp]
      refine ⟨by simpa using h1, ?_, ?_⟩
      · simp only [countSum, Int.natCast_zero, Int.zero_mul, Int.zero_add]; exact h2
      · simp only [countSum, Int.natCast_zero, Int.zero_mul, Int.zero_add]
        rw [h3, bestU_cons]
        by_cases hwc : 1 ≤ w ∧ w ≤ c
        · rw [if_pos hwc]
          have he := hrow (c - w) (by omega) (by omega)
          simp only [List.headD_cons] at he
          rw [he] at htake
          have : ¬ bestU ws vs c < bestU (w :: ws) (v :: vs) (c - w) + v :=
            fun hh => htake ⟨hwc.1, hwc.2, hh⟩
          omega
        · rw [if_neg hwc]
  | fuel + 1, [], _ :: _, _, hl, _, _, _, _ => by simp at hl
  | fuel + 1, _ :: _, [], _, hl, _, _, _, _ => by simp at hl
-- </vc:helpers>

def knapsackUnbounded (weights values : List Int) (capacity : Int) : Int × List Nat :=
  -- <vc:code>
  let cap := capacity.toNat
  let table := tableU cap weights values
  ((table.headD []).getD cap 0, pickU (weights.length + cap + 1) weights values table capacity)
  -- </vc:code>

theorem knapsackUnbounded_spec (weights values : List Int) (capacity : Int)
    (h : pre_knapsack_unbounded weights values capacity) :
    post_knapsack_unbounded weights values capacity (knapsackUnbounded weights values capacity).1
      (knapsackUnbounded weights values capacity).2 := by
  -- <vc:proof>
  obtain ⟨hlen, _, hc0, _, hw, hv⟩ := h
  have hw' : ∀ w ∈ weights, 1 ≤ w := by
    intro w hw1
    obtain ⟨i, hi, rfl⟩ := List.getElem_of_mem hw1
    have := (hw i hi).1
    rwa [List.getD_eq_getElem?_getD, List.getElem?_eq_getElem hi] at this
  have hv' : ∀ v ∈ values, 0 ≤ v := by
    intro v hv1
    obtain ⟨i, hi, rfl⟩ := List.getElem_of_mem hv1
    have := (hv i hi).1
    rwa [List.getD_eq_getElem?_getD, List.getElem?_eq_getElem hi] at this
  have hbest : (knapsackUnbounded weights values capacity).1 = bestU weights values capacity := by
    show ((tableU capacity.toNat weights values).headD []).getD capacity.toNat 0 = _
    exact tableU_entry capacity.toNat weights values hlen capacity hc0 (by omega)
  obtain ⟨h1, h2, h3⟩ := pickU_spec capacity.toNat (weights.length + capacity.toNat + 1) weights values
    capacity hlen hw' hc0 (by omega) (by omega)
  have hpick : (knapsackUnbounded weights values capacity).2 =
      pickU (weights.length + capacity.toNat + 1) weights values (tableU capacity.toNat weights values)
        capacity := rfl
  rw [hbest, hpick]
  refine ⟨hlen, ⟨h1, h2⟩, h3, ?_⟩
  intro t ht hfit
  exact upperU weights values t capacity hlen (mem_allCounts_length _ _ t ht) hw' hv' hfit.2
  -- </vc:proof>
