/-- A choice uses counts[i] coins of value coins[i]; countSum xs counts is the sum of
counts[i] * xs[i], and total counts the number of coins. -/
def countSum : List Int → List Nat → Int
  | x :: xs, c :: cs => (c : Int) * x + countSum xs cs
  | _, _ => 0

def total : List Nat → Nat
  | c :: cs => c + total cs
  | [] => 0

/-- Every list of n counts, each at most b. -/
def allCounts : Nat → Nat → List (List Nat)
  | 0, _ => [[]]
  | n + 1, b => (List.range (b + 1)).flatMap (fun c => (allCounts n b).map (fun t => c :: t))

/-- counts (one count per coin value) makes exactly amount. (An abbrev, so that `decide` sees
its Decidable instance.) -/
abbrev makes (coins : List Int) (counts : List Nat) (amount : Int) : Prop :=
  counts.length = coins.length ∧ countSum coins counts = amount

def pre_coin_change_min (coins : List Int) (amount : Int) : Prop :=
  coins.length ≤ 1000 ∧ 0 ≤ amount ∧ amount ≤ 100000 ∧
  (∀ i, i < coins.length → 1 ≤ coins.getD i 0 ∧ coins.getD i 0 ≤ 100000)

/-- Either no choice makes amount (count is -1, counts is empty), or counts makes amount with
count coins and no choice that makes amount uses fewer. A coin value is at least 1, so no count
of a choice that makes amount exceeds amount: allCounts with bound amount holds every such
choice. -/
def post_coin_change_min (coins : List Int) (amount count : Int) (counts : List Nat) : Prop :=
  (count = -1 ∧ counts = [] ∧ ∀ c ∈ allCounts coins.length amount.toNat, ¬ makes coins c amount) ∨
  (makes coins counts amount ∧ (total counts : Int) = count ∧
    ∀ c ∈ allCounts coins.length amount.toNat, makes coins c amount → count ≤ (total c : Int))

-- <vc:helpers>
/-- Minimum of two counts where -1 stands for "impossible". -/
def combineMin (a b : Int) : Int :=
  if a < 0 then b else if b < 0 then a else if a ≤ b then a else b

/-- Fewest coins (unlimited copies of the values ws) making exactly c, or -1: either no further
copy of the first value, or one more copy of it. -/
def minC : List Int → Int → Int
  | w :: ws, c =>
    if c = 0 then 0
    else combineMin (minC ws c)
      (if 1 ≤ w ∧ w ≤ c then (if 0 ≤ minC (w :: ws) (c - w) then minC (w :: ws) (c - w) + 1 else -1) else -1)
  | [], c => if c = 0 then 0 else -1
termination_by ws c => (ws.length, c.toNat)
decreasing_by
  all_goals simp_wf
  all_goals omega

theorem minC_cons (w : Int) (ws : List Int) (c : Int) :
    minC (w :: ws) c =
      if c = 0 then 0
      else combineMin (minC ws c)
        (if 1 ≤ w ∧ w ≤ c then (if 0 ≤ minC (w :: ws) (c - w) then minC (w :: ws) (c - w) + 1 else -1) else -1) := by
  rw [minC]

theorem minC_nil (c : Int) : minC [] c = if c = 0 then 0 else -1 := by
  rw [minC]

theorem minC_ge (ws : List Int) (c : Int) : -1 ≤ minC ws c := by
  match ws with
  | [] => rw [minC_nil]; split <;> omega
  | w :: ws =>
    rw [minC_cons]
    split
    · omega
    · have h1 := minC_ge ws c
      unfold combineMin
      split <;> (try split) <;> (try split) <;> (try split) <;> (try split) <;> omega
termination_by (ws.length, c.toNat)

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

/-- The new entry for limit c from the next values' entry x and the new entry for c - w. -/
def entry (w x prev : Int) (c : Nat) : Int :=
  if (c : Int) = 0 then 0
  else combineMin x (if 1 ≤ w ∧ w ≤ (c : Int) then (if 0 ≤ prev then prev + 1 else -1) else -1)

/-- One row of the table: `below` holds the next values' row from limit c on, `acc` the new
entries for the limits c-1, ..., 0 (newest first), so the entry for c - w sits at acc[w - 1]. -/
def sweepC (w : Int) : Nat → List Int → List Int → List Int
  | _, [], _ => []
  | c, x :: rest, acc =>
    let y := entry w x (acc.getD (w.toNat - 1) 0) c
    y :: sweepC w (c + 1) rest (y :: acc)

/-- The table: one row per suffix of the values (the longest first), entries for 0..amount. -/
def tableC (amt : Nat) : List Int → List (List Int)
  | w :: ws =>
    let rest := tableC amt ws
    sweepC w 0 (rest.headD []) [] :: rest
  | [] => [(List.range (amt + 1)).map (fun c => if c = 0 then 0 else -1)]

def bump : List Nat → List Nat
  | m :: rest => (m + 1) :: rest
  | [] => [1]

/-- Walk the table from the first value: use one more coin of it while the table entry differs
from the next values' entry, then go on with the next value. -/
def pickC : Nat → List Int → List (List Int) → Int → List Nat
  | fuel + 1, w :: ws, row :: rows, c =>
    if c ≠ 0 ∧ (rows.headD []).getD c.toNat 0 ≠ row.getD c.toNat 0 then
      bump (pickC fuel (w :: ws) (row :: rows) (c - w))
    else
      0 :: pickC fuel ws rows c
  | _, ws, _, _ => List.replicate ws.length 0

theorem sweepC_tbl (w : Int) (below new : Nat → Int)
    (hrec : ∀ c : Nat, new c = entry w (below c) (new (c - w.toNat)) c) (hw : 1 ≤ w) :
    ∀ (len c : Nat) (acc : List Int), (∀ t, t < c → acc.getD t 0 = new (c - 1 - t)) →
      sweepC w c (tbl below c len) acc = tbl new c len
  | 0, _, _, _ => rfl
  | len + 1, c, acc, hacc => by
    have hy : entry w (below c) (acc.getD (w.toNat - 1) 0) c = new c := by
      rw [hrec c]
      by_cases hwc : w ≤ (c : Int)
      · have e : c - 1 - (w.toNat - 1) = c - w.toNat := by omega
        rw [hacc (w.toNat - 1) (by omega), e]
      · simp only [entry]
        have : ¬ (1 ≤ w ∧ w ≤ (c : Int)) := fun h => hwc h.2
        simp only [if_neg this]
    show sweepC w c (below c :: tbl below (c + 1) len) acc = new c :: tbl new (c + 1) len
    simp only [sweepC]
    rw [hy]
    congr 1
    apply sweepC_tbl w below new hrec hw len (c + 1) (new c :: acc)
    intro t ht
    cases t with
    | zero => show new c = new (c + 1 - 1 - 0); congr 1
    | succ t =>
      show acc.getD t 0 = new (c + 1 - 1 - (t + 1))
      have e : c + 1 - 1 - (t + 1) = c - 1 - t := by omega
      rw [e]
      exact hacc t (by omega)

theorem tbl_length (g : Nat → Int) : ∀ (s n : Nat), (tbl g s n).length = n
  | _, 0 => rfl
  | s, n + 1 => by simp [tbl, tbl_length g (s + 1) n]

theorem tableC_head (amt : Nat) : ∀ (ws : List Int), (∀ w ∈ ws, 1 ≤ w) →
    (tableC amt ws).headD [] = tbl (fun x => minC ws (x : Int)) 0 (amt + 1)
  | [], _ => by
    show (List.range (amt + 1)).map (fun c => if c = 0 then (0 : Int) else -1) = _
    apply List.ext_getElem
    · simp [tbl_length]
    · intro i h1 h2
      simp only [List.getElem_map, List.getElem_range]
      have := tbl_getD (fun x => minC [] (x : Int)) (amt + 1) 0 i (by simpa using h1)
      rw [List.getD_eq_getElem?_getD, List.getElem?_eq_getElem h2] at this
      simp only [Option.getD_some] at this
      rw [this, minC_nil]
      simp
  | w :: ws, hw => by
    have ih := tableC_head amt ws (fun x hx => hw x (List.mem_cons_of_mem _ hx))
    have hw0 : 1 ≤ w := hw w (List.mem_cons_self _ _)
    show sweepC w 0 ((tableC amt ws).headD []) [] = _
    rw [ih]
    apply sweepC_tbl w _ _ _ hw0 (amt + 1) 0 [] (fun t ht => absurd ht (Nat.not_lt_zero t))
    intro c
    rw [minC_cons]
    simp only [entry]
    by_cases hwc : w ≤ (c : Int)
    · have e : (((c - w.toNat : Nat) : Int)) = (c : Int) - w := by omega
      rw [e]
    · have : ¬ (1 ≤ w ∧ w ≤ (c : Int)) := fun h => hwc h.2
      simp only [if_neg this]

theorem tableC_entry (amt : Nat) (ws : List Int) (hw : ∀ w ∈ ws, 1 ≤ w) (c : Int)
    (h0 : 0 ≤ c) (hc : c ≤ amt) : ((tableC amt ws).headD []).getD c.toNat 0 = minC ws c := by
  rw [tableC_head amt ws hw, tbl_getD _ _ _ _ (by omega)]
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

theorem mem_allCounts_length : ∀ (n b : Nat) (t : List Nat), t ∈ allCounts n b → t.length = n
  | 0, _, t, h => by simp [allCounts] at h; simp [h]
  | n + 1, b, t, h => by
    simp only [allCounts, List.mem_flatMap, List.mem_map] at h
    obtain ⟨c, _, s, hs, rfl⟩ := h
    simp [mem_allCounts_length n b s hs]

/-- Every choice that makes c uses at least minC ws c >= 0 coins. -/
theorem lowerC : ∀ (ws : List Int) (cs : List Nat) (c : Int), cs.length = ws.length →
    (∀ w ∈ ws, 1 ≤ w) → countSum ws cs = c → 0 ≤ minC ws c ∧ minC ws c ≤ (total cs : Int)
  | w :: ws, m :: cs, c, ht, hw, hsum => by
    have ht' : cs.length = ws.length := by simpa using ht
    have hw' : ∀ x ∈ ws, 1 ≤ x := fun x hx => hw x (List.mem_cons_of_mem _ hx)
    have hw0 : 1 ≤ w := hw w (List.mem_cons_self _ _)
    have hnn := countSum_nonneg ws cs (fun x hx => by have := hw' x hx; omega)
    induction m generalizing c with
    | zero =>
      simp only [countSum, Int.natCast_zero, Int.zero_mul, Int.zero_add] at hsum
      obtain ⟨h1, h2⟩ := lowerC ws cs c ht' hw' hsum
      have hge := minC_ge (w :: ws) (c - w)
      simp only [total, Nat.zero_add]
      rw [minC_cons]
      by_cases hc : c = 0
      · rw [if_pos hc]; omega
      · rw [if_neg hc]
        unfold combineMin
        split <;> (try split) <;> (try split) <;> (try split) <;> (try split) <;> omega
    | succ m ih =>
      simp only [countSum] at hsum
      rw [succ_mul] at hsum
      have hmw : 0 ≤ (m : Int) * w := Int.mul_nonneg (Int.natCast_nonneg m) (by omega)
      obtain ⟨h1, h2⟩ := ih (c - w) (by simp only [countSum]; omega)
      simp only [total] at h2 ⊢
      have hc : c ≠ 0 := by omega
      have hwc : 1 ≤ w ∧ w ≤ c := ⟨hw0, by omega⟩
      have hge := minC_ge ws c
      rw [minC_cons, if_neg hc, if_pos hwc, if_pos h1]
      push_cast at h2 ⊢
      unfold combineMin
      split <;> (try split) <;> (try split) <;> omega
  | [], [], c, _, _, hsum => by
    simp only [countSum] at hsum
    rw [minC_nil, if_pos hsum.symm]
    simp [total]
  | [], _ :: _, _, ht, _, _ => by simp at ht
  | _ :: _, [], _, ht, _, _ => by simp at ht

theorem countSum_bump (x : Int) (xs : List Int) (p : List Nat) (hp : p ≠ []) :
    countSum (x :: xs) (bump p) = countSum (x :: xs) p + x ∧ total (bump p) = total p + 1 := by
  match p, hp with
  | m :: rest, _ =>
    simp only [bump, countSum, total]
    rw [succ_mul]
    constructor <;> omega

/-- With enough fuel, when minC ws c >= 0 the walk yields a choice that makes c with minC ws c
coins. -/
theorem pickC_spec (amt : Nat) : ∀ (fuel : Nat) (ws : List Int) (c : Int),
    (∀ w ∈ ws, 1 ≤ w) → 0 ≤ c → c ≤ amt → ws.length + c.toNat < fuel → 0 ≤ minC ws c →
    let p := pickC fuel ws (tableC amt ws) c
    p.length = ws.length ∧ countSum ws p = c ∧ (total p : Int) = minC ws c
  | 0, _, _, _, _, _, hf, _ => absurd hf (Nat.not_lt_zero _)
  | fuel + 1, [], c, _, hc0, _, _, hm => by
    intro p
    have hp : p = [] := by cases fuel <;> rfl
    rw [minC_nil] at hm ⊢
    have hc : c = 0 := by by_contra hne; rw [if_neg hne] at hm; omega
    rw [hp, if_pos hc]
    simp [countSum, total, hc]
  | fuel + 1, w :: ws, c, hw, hc0, hc, hf, hm => by
    have hw' : ∀ x ∈ ws, 1 ≤ x := fun x hx => hw x (List.mem_cons_of_mem _ hx)
    have hw0 : 1 ≤ w := hw w (List.mem_cons_self _ _)
    intro p
    have hp : p = pickC (fuel + 1) (w :: ws)
        (sweepC w 0 ((tableC amt ws).headD []) [] :: tableC amt ws) c := rfl
    have hrow : (sweepC w 0 ((tableC amt ws).headD []) [] :: tableC amt ws).headD [] |>.getD c.toNat 0
        = minC (w :: ws) c := tableC_entry amt (w :: ws) hw c hc0 hc
    simp only [List.headD_cons] at hrow
    simp only [pickC] at hp
    rw [tableC_entry amt ws hw' c hc0 hc, hrow] at hp
    have hge := minC_ge ws c
    have hge2 := minC_ge (w :: ws) (c - w)
    by_cases htake : c ≠ 0 ∧ minC ws c ≠ minC (w :: ws) c
    · rw [if_pos htake] at hp
      obtain ⟨hc1, hne⟩ := htake
      -- the entry came from one more coin of value w
      have hdef := minC_cons w ws c
      rw [if_neg hc1] at hdef
      have hwc : 1 ≤ w ∧ w ≤ c := by
        by_contra hno
        rw [if_neg hno] at hdef
        unfold combineMin at hdef
        apply hne
        rw [hdef]
        split <;> (try split) <;> omega
      rw [if_pos hwc] at hdef
      have hsub : 0 ≤ minC (w :: ws) (c - w) ∧ minC (w :: ws) c = minC (w :: ws) (c - w) + 1 := by
        by_cases hs : 0 ≤ minC (w :: ws) (c - w)
        · rw [if_pos hs] at hdef
          refine ⟨hs, ?_⟩
          unfold combineMin at hdef
          rw [hdef]
          rw [hdef] at hne hm
          split at hne <;> (try split at hne) <;> (try split at hne) <;> (try split) <;> (try split) <;> (try split) <;> omega
        · rw [if_neg hs] at hdef
          unfold combineMin at hdef
          exfalso; apply hne; rw [hdef]; split <;> (try split) <;> omega
      obtain ⟨h1, h2, h3⟩ := pickC_spec amt fuel (w :: ws) (c - w) hw (by omega) (by omega)
        (by simp only [List.length_cons] at hf ⊢; omega) hsub.1
      have hne' : pickC fuel (w :: ws) (tableC amt (w :: ws)) (c - w) ≠ [] := by
        intro h0; rw [h0] at h1; simp at h1
      obtain ⟨hb1, hb2⟩ := countSum_bump w ws _ hne'
      rw [hp]
      refine ⟨?_, ?_, ?_⟩
      · match hq : pickC fuel (w :: ws) (tableC amt (w :: ws)) (c - w) with
        | m :: rest => simp only [bump]; rw [hq] at h1; simpa using h1
        | [] => exact absurd hq hne'
      · show countSum (w :: ws) (bump (pickC fuel (w :: ws) (tableC amt (w :: ws)) (c - w))) = c
        rw [hb1]; omega
      · show ((total (bump (pickC fuel (w :: ws) (tableC amt (w :: ws)) (c - w))) : Nat) : Int) = _
        rw [hb2, hsub.2]; push_cast; omega
    · rw [if_neg htake] at hp
      have heq : minC ws c = minC (w :: ws) c := by
        by_cases hc1 : c = 0
        · rw [minC_cons, if_pos hc1]
          match ws with
          | [] => rw [minC_nil, if_pos hc1]
          | v :: vs => rw [minC_cons, if_pos hc1]
        · by_contra hne; exact htake ⟨hc1, hne⟩
      obtain ⟨h1, h2, h3⟩ := pickC_spec amt fuel ws c hw' hc0 hc
        (by simp only [List.length_cons] at hf; omega) (by omega)
      rw [hp]
      refine ⟨by simpa using h1, ?_, ?_⟩
      · simp only [countSum, Int.natCast_zero, Int.zero_mul, Int.zero_add]; exact h2
      · simp only [total, Nat.zero_add]; rw [h3, heq]
-- </vc:helpers>

def coinChangeMin (coins : List Int) (amount : Int) : Int × List Nat :=
  -- <vc:code>
  let amt := amount.toNat
  let table := tableC amt coins
  let best := (table.headD []).getD amt 0
  if best < 0 then (-1, []) else (best, pickC (coins.length + amt + 1) coins table amount)
  -- </vc:code>

theorem coinChangeMin_spec (coins : List Int) (amount : Int) (h : pre_coin_change_min coins amount) :
    post_coin_change_min coins amount (coinChangeMin coins amount).1 (coinChangeMin coins amount).2 := by
  -- <vc:proof>
  obtain ⟨_, hc0, _, hw⟩ := h
  have hw' : ∀ w ∈ coins, 1 ≤ w := by
    intro w hw1
    obtain ⟨i, hi, rfl⟩ := List.getElem_of_mem hw1
    have := (hw i hi).1
    rwa [List.getD_eq_getElem?_getD, List.getElem?_eq_getElem hi] at this
  have hbest : ((tableC amount.toNat coins).headD []).getD amount.toNat 0 = minC coins amount :=
    tableC_entry amount.toNat coins hw' amount hc0 (by omega)
  have hval : coinChangeMin coins amount =
      if minC coins amount < 0 then (-1, [])
      else (minC coins amount, pickC (coins.length + amount.toNat + 1) coins (tableC amount.toNat coins) amount) := by
    show (if ((tableC amount.toNat coins).headD []).getD amount.toNat 0 < 0 then _ else _) = _
    rw [hbest]
  rw [hval]
  by_cases hneg : minC coins amount < 0
  · rw [if_pos hneg]
    left
    refine ⟨rfl, rfl, ?_⟩
    intro c hc hmk
    have := (lowerC coins c amount (mem_allCounts_length _ _ c hc) hw' hmk.2).1
    omega
  · rw [if_neg hneg]
    right
    obtain ⟨h1, h2, h3⟩ := pickC_spec amount.toNat (coins.length + amount.toNat + 1) coins amount hw' hc0
      (by omega) (by omega) (by omega)
    refine ⟨⟨h1, h2⟩, h3, ?_⟩
    intro c hc hmk
    exact (lowerC coins c amount (mem_allCounts_length _ _ c hc) hw' hmk.2).2
  -- </vc:proof>
