/-- A cut gives counts[i] pieces of length i + 1; countSum xs counts is the sum of
counts[i] * xs[i] (with xs the piece lengths: the total length; with xs the prices: the
revenue, a piece of length i + 1 selling for prices[i]). -/
def countSum : List Int → List Nat → Int
  | x :: xs, c :: cs => (c : Int) * x + countSum xs cs
  | _, _ => 0

/-- The piece lengths 1, 2, ..., n. -/
def lengths (n : Nat) : List Int := (List.range n).map (fun i => ((i + 1 : Nat) : Int))

/-- Every list of n counts, each at most b. -/
def allCounts : Nat → Nat → List (List Nat)
  | 0, _ => [[]]
  | n + 1, b => (List.range (b + 1)).flatMap (fun c => (allCounts n b).map (fun t => c :: t))

/-- counts cuts the whole rod: one count per length, total length exactly n. (An abbrev, so that
`decide` sees its Decidable instance.) -/
abbrev cuts (prices : List Int) (counts : List Nat) : Prop :=
  counts.length = prices.length ∧ countSum (lengths prices.length) counts = prices.length

def pre_rod_cutting (prices : List Int) : Prop :=
  prices.length ≤ 1000 ∧ ∀ x ∈ prices, 0 ≤ x ∧ x ≤ 1000000

/-- counts cuts the rod and sells for revenue, and no cut sells for more (no count of a cut
exceeds n, so allCounts n n holds every cut). -/
def post_rod_cutting (prices : List Int) (revenue : Int) (counts : List Nat) : Prop :=
  cuts prices counts ∧ countSum prices counts = revenue ∧
  ∀ c ∈ allCounts prices.length prices.length, cuts prices c → countSum prices c ≤ revenue

-- <vc:helpers>
/-- Rod cutting as a knapsack over the piece lengths: best revenue of pieces of the lengths ws
(prices vs, any number of each) with total length at most c: either no further piece of the
first length, or (when it fits) one more. -/
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

/-- The table: one row per suffix of the lengths (the longest first), entries for limits 0..cap. -/
def tableU (cap : Nat) : List Int → List Int → List (List Int)
  | w :: ws, v :: vs =>
    let rest := tableU cap ws vs
    sweep w v 0 (rest.headD []) [] :: rest
  | _, _ => [List.replicate (cap + 1) 0]

def bump : List Nat → List Nat
  | m :: rest => (m + 1) :: rest
  | [] => [1]

/-- Walk the table from the first length: take one more piece of it while the table says so,
then go on with the next length. -/
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

theorem lengths_length (n : Nat) : (lengths n).length = n := by simp [lengths]

theorem lengths_pos (n : Nat) : ∀ w ∈ lengths n, 1 ≤ w := by
  intro w hw
  simp only [lengths, List.mem_map, List.mem_range] at hw
  obtain ⟨i, _, rfl⟩ := hw
  omega

theorem lengths_head (n : Nat) (hn : 0 < n) : ∃ rest, lengths n = 1 :: rest := by
  cases n with
  | zero => omega
  | succ n => exact ⟨_, by simp [lengths, List.range_succ_eq_map]⟩

/-- Padding with pieces of length 1: k more of the first count adds k * x0 to any sum. -/
def padHead (k : Nat) : List Nat → List Nat
  | c :: cs => (c + k) :: cs
  | [] => []

theorem countSum_padHead (k : Nat) (x : Int) (xs : List Int) (c : Nat) (cs : List Nat) :
    countSum (x :: xs) (padHead k (c :: cs)) = countSum (x :: xs) (c :: cs) + (k : Int) * x := by
  simp only [padHead, countSum]
  push_cast
  rw [Int.add_mul]
  omega

/-- The piece lengths 1, ..., n, computed. -/
def pieceLens (n : Nat) : List Int := (List.range' 1 n).map (fun i => (i : Int))

/-- Total length of the pieces counted by cs, the first count being pieces of length t. -/
def usedFrom : Nat → List Nat → Nat
  | t, c :: cs => c * t + usedFrom (t + 1) cs
  | _, [] => 0

theorem pieceLens_eq (n : Nat) : pieceLens n = lengths n := by
  simp [pieceLens, lengths, List.range'_eq_map_range, Nat.add_comm]

theorem usedFrom_eq : ∀ (cs : List Nat) (t : Nat),
    (usedFrom t cs : Int) = countSum ((List.range' t cs.length).map (fun i => (i : Int))) cs
  | [], t => by simp [usedFrom, countSum]
  | c :: cs, t => by
    simp only [usedFrom, List.length_cons, List.range'_succ, List.map_cons, countSum]
    rw [← usedFrom_eq cs (t + 1)]
    push_cast
    omega
-- </vc:helpers>

def rodCutting (prices : List Int) : Int × List Nat :=
  -- <vc:code>
  let n := prices.length
  let ws := pieceLens n
  let table := tableU n ws prices
  let best := (table.headD []).getD n 0
  let p := pickU (n + n + 1) ws prices table n
  -- p may leave part of the rod uncut; the rest goes into pieces of length 1.
  (best, padHead (n - usedFrom 1 p) p)
  -- </vc:code>

theorem rodCutting_spec (prices : List Int) (h : pre_rod_cutting prices) :
    post_rod_cutting prices (rodCutting prices).1 (rodCutting prices).2 := by
  -- <vc:proof>
  obtain ⟨_, hv⟩ := h
  have hv' : ∀ v ∈ prices, 0 ≤ v := fun v hv1 => (hv v hv1).1
  have hlen : (lengths prices.length).length = prices.length := lengths_length _
  have hw := lengths_pos prices.length
  have hbest : (rodCutting prices).1 = bestU (lengths prices.length) prices prices.length := by
    show ((tableU prices.length (pieceLens prices.length) prices).headD []).getD prices.length 0 = _
    rw [pieceLens_eq]
    have := tableU_entry prices.length (lengths prices.length) prices hlen (prices.length : Int)
      (by omega) (Int.le_refl _)
    simpa using this
  obtain ⟨h1, h2, h3⟩ := pickU_spec prices.length (prices.length + prices.length + 1)
    (lengths prices.length) prices (prices.length : Int) hlen hw (by omega) (Int.le_refl _) (by simp [lengths_length])
  have hpick : (rodCutting prices).2 = padHead (prices.length - usedFrom 1
      (pickU (prices.length + prices.length + 1) (lengths prices.length) prices
        (tableU prices.length (lengths prices.length) prices) prices.length))
      (pickU (prices.length + prices.length + 1) (lengths prices.length) prices
        (tableU prices.length (lengths prices.length) prices) prices.length) := by
    show padHead (prices.length - usedFrom 1 (pickU (prices.length + prices.length + 1) (pieceLens prices.length)
      prices (tableU prices.length (pieceLens prices.length) prices) prices.length)) _ = _
    rw [pieceLens_eq]
  have hupper : ∀ c : List Nat, c.length = prices.length →
      countSum (lengths prices.length) c ≤ prices.length → countSum prices c ≤ bestU (lengths prices.length) prices prices.length :=
    fun c hc hle => upperU _ prices c _ hlen (by rw [hc, hlen]) hw hv' hle
  rw [hbest, hpick]
  generalize hq : pickU (prices.length + prices.length + 1) (lengths prices.length) prices
    (tableU prices.length (lengths prices.length) prices) prices.length = q at h1 h2 h3
  have hws0 := countSum_nonneg (lengths prices.length) q (fun x hx => by have := hw x hx; omega)
  by_cases hn : prices.length = 0
  · -- the empty rod: nothing to cut
    have hq0 : q = [] := List.eq_nil_of_length_eq_zero (by rw [h1, hlen, hn])
    have hp0 : prices = [] := List.eq_nil_of_length_eq_zero hn
    subst hq0
    rw [hp0] at h3 ⊢
    simp [padHead, cuts, countSum, lengths, h3] at *
    refine ⟨trivial, ?_⟩
    intro c hc _
    simp [allCounts] at hc
    subst hc
    simp [countSum]
  · obtain ⟨rest, hr⟩ := lengths_head prices.length (by omega)
    obtain ⟨p0, prest, hpr⟩ : ∃ p0 prest, prices = p0 :: prest := by
      cases prices with
      | nil => simp at hn
      | cons p0 prest => exact ⟨p0, prest, rfl⟩
    obtain ⟨c0, cs, hqc⟩ : ∃ c0 cs, q = c0 :: cs := by
      cases q with
      | nil => simp at h1; omega
      | cons c0 cs => exact ⟨c0, cs, rfl⟩
    have hp0 : 0 ≤ p0 := hv' p0 (by rw [hpr]; exact List.mem_cons_self _ _)
    have hused : (usedFrom 1 q : Int) = countSum (lengths prices.length) q := by
      rw [usedFrom_eq, h1, hlen, ← pieceLens_eq]
      rfl
    set k := prices.length - usedFrom 1 q with hk
    have hpadw : countSum (lengths prices.length) (padHead k q) = prices.length := by
      rw [hr, hqc, countSum_padHead, ← hqc, ← hr]
      omega
    have hpadv : countSum prices (padHead k q) = countSum prices q + (k : Int) * p0 := by
      rw [hpr, hqc, countSum_padHead]
    have hplen : (padHead k q).length = prices.length := by rw [hqc]; simp [padHead]; rw [← h1, hqc]; simp
    have hle := hupper (padHead k q) hplen (by rw [hpadw])
    have hkp : 0 ≤ (k : Int) * p0 := Int.mul_nonneg (Int.natCast_nonneg k) hp0
    refine ⟨⟨hplen, hpadw⟩, by omega, ?_⟩
    intro c hc hcut
    exact hupper c hcut.1 (by rw [hcut.2])
  -- </vc:proof>
