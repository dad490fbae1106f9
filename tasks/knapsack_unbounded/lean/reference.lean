/-- Best value with unlimited copies of items 0..n-1 and total weight at most cap: either no
further copy of item n-1 is taken, or (when it fits) one more copy is taken. The first argument
is fuel; `bestUnbounded` supplies n + cap + 1, which is always enough because every call lowers
n or cap. -/
def bestUnboundedF (weights values : List Int) : Nat → Nat → Int → Int
  | 0, _, _ => 0
  | _ + 1, 0, _ => 0
  | f + 1, n + 1, cap =>
    if 1 ≤ weights.getD n 0 ∧ weights.getD n 0 ≤ cap then
      max (bestUnboundedF weights values f n cap)
        (bestUnboundedF weights values f (n + 1) (cap - weights.getD n 0) + values.getD n 0)
    else
      bestUnboundedF weights values f n cap

def bestUnbounded (weights values : List Int) (n : Nat) (cap : Int) : Int :=
  bestUnboundedF weights values (n + cap.toNat + 1) n cap

def pre_knapsack_unbounded (weights values : List Int) (capacity : Int) : Prop :=
  weights.length = values.length ∧ weights.length ≤ 1000 ∧ 0 ≤ capacity ∧ capacity ≤ 100000 ∧
  (∀ i, i < weights.length → 1 ≤ weights.getD i 0 ∧ weights.getD i 0 ≤ 100000) ∧
  (∀ i, i < values.length → 0 ≤ values.getD i 0 ∧ values.getD i 0 ≤ 1000000)

def post_knapsack_unbounded (weights values : List Int) (capacity best : Int) : Prop :=
  weights.length = values.length ∧ best = bestUnbounded weights values weights.length capacity

-- <vc:helpers>
-- Implementation. The table row for kinds 0..k-1 lists the best values for the weight limits
-- 0, 1, ..., capacity. One sweep turns the row for kinds 0..k-1 into the row for kinds 0..k.
-- `kSweep w v c prev acc`: `prev` holds the old row from limit c on, `acc` the new values for the
-- limits c-1, c-2, ..., 0 (newest first), so the new value for limit c - w sits at acc[w - 1].
def kSweep (w v : Int) : Nat → List Int → List Int → List Int
  | _, [], _ => []
  | c, x :: rest, acc =>
    let y : Int := if 1 ≤ w ∧ w ≤ (c : Int) then max x (acc.getD (w.toNat - 1) 0 + v) else x
    y :: kSweep w v (c + 1) rest (y :: acc)

-- Sweep the kinds k, k+1, ... (fuel of them) over the row.
def kLoop (weights values : List Int) : Nat → Nat → List Int → List Int
  | 0, _, row => row
  | fuel + 1, k, row =>
    kLoop weights values fuel (k + 1) (kSweep (weights.getD k 0) (values.getD k 0) 0 row [])

-- The row for no kinds at all: n zeros.
def kZeros : Nat → List Int
  | 0 => []
  | n + 1 => 0 :: kZeros n

-- Proof. The values g s, g (s+1), ..., g (s+n-1) as a list.
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

theorem kF_succ0 (ws vs : List Int) (f : Nat) (cap : Int) :
    bestUnboundedF ws vs (f + 1) 0 cap = 0 := rfl

theorem kF_succ (ws vs : List Int) (f n : Nat) (cap : Int) :
    bestUnboundedF ws vs (f + 1) (n + 1) cap =
      if 1 ≤ ws.getD n 0 ∧ ws.getD n 0 ≤ cap then
        max (bestUnboundedF ws vs f n cap)
          (bestUnboundedF ws vs f (n + 1) (cap - ws.getD n 0) + vs.getD n 0)
      else bestUnboundedF ws vs f n cap := rfl

-- Enough fuel gives the same value.
theorem kF_fuel (ws vs : List Int) : ∀ (f g n : Nat) (cap : Int),
    n + cap.toNat < f → n + cap.toNat < g →
    bestUnboundedF ws vs f n cap = bestUnboundedF ws vs g n cap
  | 0, _, _, _, hf, _ => absurd hf (Nat.not_lt_zero _)
  | _ + 1, 0, _, _, _, hg => absurd hg (Nat.not_lt_zero _)
  | _ + 1, _ + 1, 0, _, _, _ => rfl
  | f + 1, g + 1, n + 1, cap, hf, hg => by
    rw [kF_succ ws vs f n cap, kF_succ ws vs g n cap,
      kF_fuel ws vs f g n cap (by omega) (by omega)]
    by_cases hw : 1 ≤ ws.getD n 0 ∧ ws.getD n 0 ≤ cap
    · simp only [if_pos hw]
      have h1 := hw.1
      have h2 := hw.2
      rw [kF_fuel ws vs f g (n + 1) (cap - ws.getD n 0) (by omega) (by omega)]
    · simp only [if_neg hw]

-- The spec's value for kinds 0..k-1 and limit c.
def kB (ws vs : List Int) (k c : Nat) : Int := bestUnbounded ws vs k (c : Int)

theorem kB_zero (ws vs : List Int) (c : Nat) : kB ws vs 0 c = 0 := by
  unfold kB bestUnbounded
  exact kF_succ0 ws vs (0 + (c : Int).toNat) (c : Int)

theorem kB_succ (ws vs : List Int) (k c : Nat) :
    kB ws vs (k + 1) c =
      if 1 ≤ ws.getD k 0 ∧ ws.getD k 0 ≤ (c : Int) then
        max (kB ws vs k c) (bestUnbounded ws vs (k + 1) ((c : Int) - ws.getD k 0) + vs.getD k 0)
      else kB ws vs k c := by
  unfold kB bestUnbounded
  rw [kF_succ ws vs (k + 1 + (c : Int).toNat) k (c : Int),
    kF_fuel ws vs (k + 1 + (c : Int).toNat) (k + (c : Int).toNat + 1) k (c : Int)
      (by omega) (by omega)]
  by_cases hw : 1 ≤ ws.getD k 0 ∧ ws.getD k 0 ≤ (c : Int)
  · simp only [if_pos hw]
    have h1 := hw.1
    have h2 := hw.2
    rw [kF_fuel ws vs (k + 1 + (c : Int).toNat) (k + 1 + ((c : Int) - ws.getD k 0).toNat + 1)
      (k + 1) ((c : Int) - ws.getD k 0) (by omega) (by omega)]
  · simp only [if_neg hw]

theorem kSweep_cons (w v : Int) (c : Nat) (x y : Int) (rest acc : List Int)
    (hy : (if 1 ≤ w ∧ w ≤ (c : Int) then max x (acc.getD (w.toNat - 1) 0 + v) else x) = y) :
    kSweep w v c (x :: rest) acc = y :: kSweep w v (c + 1) rest (y :: acc) := by
  subst hy
  rfl

-- One sweep turns the row of kinds 0..k-1 into the row of kinds 0..k.
theorem kSweep_tbl (ws vs : List Int) (k : Nat) : ∀ (len c : Nat) (acc : List Int),
    (∀ t, t < c → acc.getD t 0 = kB ws vs (k + 1) (c - 1 - t)) →
    kSweep (ws.getD k 0) (vs.getD k 0) c (tbl (kB ws vs k) c len) acc =
      tbl (kB ws vs (k + 1)) c len
  | 0, _, _, _ => rfl
  | len + 1, c, acc, hacc => by
    have hy : (if 1 ≤ ws.getD k 0 ∧ ws.getD k 0 ≤ (c : Int) then
        max (kB ws vs k c) (acc.getD ((ws.getD k 0).toNat - 1) 0 + vs.getD k 0)
        else kB ws vs k c) = kB ws vs (k + 1) c := by
      rw [kB_succ ws vs k c]
      by_cases hw : 1 ≤ ws.getD k 0 ∧ ws.getD k 0 ≤ (c : Int)
      · simp only [if_pos hw]
        have h1 := hw.1
        have h2 := hw.2
        have ht : (ws.getD k 0).toNat - 1 < c := by omega
        have hc : ((c - 1 - ((ws.getD k 0).toNat - 1) : Nat) : Int) = (c : Int) - ws.getD k 0 := by
          omega
        rw [hacc ((ws.getD k 0).toNat - 1) ht]
        unfold kB
        rw [hc]
      · simp only [if_neg hw]
    have hacc' : ∀ t, t < c + 1 →
        (kB ws vs (k + 1) c :: acc).getD t 0 = kB ws vs (k + 1) (c + 1 - 1 - t) := by
      intro t ht
      cases t with
      | zero =>
        show kB ws vs (k + 1) c = kB ws vs (k + 1) (c + 1 - 1 - 0)
        have e : c + 1 - 1 - 0 = c := by omega
        rw [e]
      | succ t =>
        show acc.getD t 0 = kB ws vs (k + 1) (c + 1 - 1 - (t + 1))
        have e : c + 1 - 1 - (t + 1) = c - 1 - t := by omega
        rw [e]
        exact hacc t (by omega)
    show kSweep (ws.getD k 0) (vs.getD k 0) c (kB ws vs k c :: tbl (kB ws vs k) (c + 1) len) acc =
      kB ws vs (k + 1) c :: tbl (kB ws vs (k + 1)) (c + 1) len
    rw [kSweep_cons (ws.getD k 0) (vs.getD k 0) c (kB ws vs k c) (kB ws vs (k + 1) c)
      (tbl (kB ws vs k) (c + 1) len) acc hy,
      kSweep_tbl ws vs k len (c + 1) (kB ws vs (k + 1) c :: acc) hacc']

theorem kLoop_tbl (ws vs : List Int) (C : Nat) : ∀ (fuel k : Nat) (row : List Int),
    row = tbl (kB ws vs k) 0 (C + 1) → kLoop ws vs fuel k row = tbl (kB ws vs (k + fuel)) 0 (C + 1)
  | 0, _, _, h => h
  | fuel + 1, k, row, h => by
    show kLoop ws vs fuel (k + 1) (kSweep (ws.getD k 0) (vs.getD k 0) 0 row []) =
      tbl (kB ws vs (k + (fuel + 1))) 0 (C + 1)
    have e : k + (fuel + 1) = k + 1 + fuel := by omega
    rw [e]
    apply kLoop_tbl ws vs C fuel (k + 1)
    rw [h]
    exact kSweep_tbl ws vs k (C + 1) 0 [] (fun t ht => absurd ht (Nat.not_lt_zero t))

theorem kZeros_tbl (ws vs : List Int) : ∀ (n s : Nat), kZeros n = tbl (kB ws vs 0) s n
  | 0, _ => rfl
  | n + 1, s => by
    show 0 :: kZeros n = kB ws vs 0 s :: tbl (kB ws vs 0) (s + 1) n
    rw [kB_zero ws vs s, kZeros_tbl ws vs n (s + 1)]
-- </vc:helpers>

def knapsackUnbounded (weights values : List Int) (capacity : Int) : Int :=
  -- <vc:code>
  (kLoop weights values weights.length 0 (kZeros (capacity.toNat + 1))).getD capacity.toNat 0
  -- </vc:code>

theorem knapsackUnbounded_spec (weights values : List Int) (capacity : Int)
    (h : pre_knapsack_unbounded weights values capacity) :
    post_knapsack_unbounded weights values capacity (knapsackUnbounded weights values capacity) := by
  -- <vc:proof>
  unfold pre_knapsack_unbounded at h
  obtain ⟨hl, _, hc, _⟩ := h
  unfold post_knapsack_unbounded
  refine ⟨hl, ?_⟩
  show (kLoop weights values weights.length 0 (kZeros (capacity.toNat + 1))).getD capacity.toNat 0 =
    bestUnbounded weights values weights.length capacity
  rw [kLoop_tbl weights values capacity.toNat weights.length 0 (kZeros (capacity.toNat + 1))
      (kZeros_tbl weights values (capacity.toNat + 1) 0),
    tbl_getD (kB weights values (0 + weights.length)) (capacity.toNat + 1) 0 capacity.toNat (by omega)]
  unfold kB
  have e1 : 0 + weights.length = weights.length := by omega
  have e2 : ((0 + capacity.toNat : Nat) : Int) = capacity := by omega
  rw [e1, e2]
  -- </vc:proof>
