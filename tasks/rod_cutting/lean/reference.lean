/-- Best revenue for a rod of length len whose first piece has length at most k (a piece of
length t sells for prices[t - 1]): the first piece has some length t in 1..min(k, len) and the
rest of the rod, of length len - t, is cut optimally. The first argument is fuel; `rodBest`
supplies (len + 1) * (len + 1) + k + 1, which is always enough because every call lowers the
measure (len + 1) * (len + 1) + k. -/
def rodBestF (prices : List Int) : Nat → Nat → Nat → Int
  | 0, _, _ => 0
  | f + 1, len, k =>
    if len = 0 ∨ k = 0 then 0
    else max (rodBestF prices f len (k - 1))
      (if k ≤ len then prices.getD (k - 1) 0 + rodBestF prices f (len - k) (len - k) else 0)

def rodBest (prices : List Int) (len k : Nat) : Int :=
  rodBestF prices ((len + 1) * (len + 1) + k + 1) len k

def pre_rod_cutting (prices : List Int) : Prop :=
  prices.length ≤ 1000 ∧ (∀ i, i < prices.length → 0 ≤ prices.getD i 0 ∧ prices.getD i 0 ≤ 1000000)

def post_rod_cutting (prices : List Int) (revenue : Int) : Prop :=
  revenue = rodBest prices prices.length prices.length

-- <vc:helpers>
-- Implementation. r[j] is the best revenue for a rod of length j. The shorter rods' values are
-- kept newest first: rs = [r[j-1], r[j-2], ..., r[0]].
-- `rodBestCut ps rs best` runs over the first-piece lengths t = 1, 2, ..., j together:
-- ps = [prices[t-1], ...] and rs = [r[j-t], ...]; best is the maximum of the candidates so far.
def rodBestCut : List Int → List Int → Int → Int
  | p :: ps, x :: rs, best => rodBestCut ps rs (max best (p + x))
  | _, _, best => best

-- Compute r[j], r[j+1], ... (fuel of them), each from all the shorter ones.
def rodLoop (prices : List Int) : Nat → Nat → List Int → List Int
  | 0, _, rs => rs
  | fuel + 1, j, rs => rodLoop prices fuel (j + 1) (rodBestCut prices rs 0 :: rs)

-- Proof.
theorem rodBestCut_cons (p x best : Int) (ps rs : List Int) :
    rodBestCut (p :: ps) (x :: rs) best = rodBestCut ps rs (max best (p + x)) := rfl

theorem rodBestCut_nil (ps : List Int) (best : Int) : rodBestCut ps [] best = best := by
  cases ps <;> rfl

theorem drop_getD : ∀ (l : List Int) (k : Nat), k < l.length → l.drop k = l.getD k 0 :: l.drop (k + 1)
  | [], _, h => absurd h (Nat.not_lt_zero _)
  | _ :: _, 0, _ => rfl
  | _ :: l, k + 1, h => drop_getD l k (Nat.lt_of_succ_lt_succ h)

theorem drop_length_nil : ∀ (l : List Int), l.drop l.length = []
  | [] => rfl
  | _ :: l => drop_length_nil l

theorem rF_succ (prices : List Int) (f len k : Nat) :
    rodBestF prices (f + 1) len k =
      if len = 0 ∨ k = 0 then 0
      else max (rodBestF prices f len (k - 1))
        (if k ≤ len then prices.getD (k - 1) 0 + rodBestF prices f (len - k) (len - k) else 0) := rfl

-- The measure (len + 1)² + k drops when the rest of the rod is cut.
theorem rod_sq (u len : Nat) (h : u + 1 ≤ len) : (u + 1) * (u + 1) + u < (len + 1) * (len + 1) := by
  have h1 : (u + 1 + 1) * (u + 1 + 1) ≤ (len + 1) * (len + 1) := Nat.mul_le_mul (by omega) (by omega)
  simp only [Nat.add_mul, Nat.mul_add, Nat.mul_one, Nat.one_mul] at h1 ⊢
  omega

-- Enough fuel gives the same value.
theorem rF_fuel (prices : List Int) : ∀ (f g len k : Nat),
    (len + 1) * (len + 1) + k < f → (len + 1) * (len + 1) + k < g →
    rodBestF prices f len k = rodBestF prices g len k
  | 0, _, _, _, hf, _ => absurd hf (Nat.not_lt_zero _)
  | _ + 1, 0, _, _, _, hg => absurd hg (Nat.not_lt_zero _)
  | f + 1, g + 1, len, k, hf, hg => by
    rw [rF_succ prices f len k, rF_succ prices g len k]
    by_cases h0 : len = 0 ∨ k = 0
    · simp only [if_pos h0]
    · simp only [if_neg h0]
      have hk : 1 ≤ k := by omega
      rw [rF_fuel prices f g len (k - 1) (by omega) (by omega)]
      by_cases hkl : k ≤ len
      · simp only [if_pos hkl]
        have hsq := rod_sq (len - k) len (by omega)
        rw [rF_fuel prices f g (len - k) (len - k) (by omega) (by omega)]
      · simp only [if_neg hkl]

-- The spec's recursion with its own fuel.
theorem rR_eq (prices : List Int) (j k : Nat) :
    rodBest prices j k =
      if j = 0 ∨ k = 0 then 0
      else max (rodBest prices j (k - 1))
        (if k ≤ j then prices.getD (k - 1) 0 + rodBest prices (j - k) (j - k) else 0) := by
  unfold rodBest
  rw [rF_succ prices ((j + 1) * (j + 1) + k) j k]
  by_cases h0 : j = 0 ∨ k = 0
  · simp only [if_pos h0]
  · simp only [if_neg h0]
    rw [rF_fuel prices ((j + 1) * (j + 1) + k) ((j + 1) * (j + 1) + (k - 1) + 1) j (k - 1)
      (by omega) (by omega)]
    by_cases hkj : k ≤ j
    · simp only [if_pos hkj]
      have hsq := rod_sq (j - k) j (by omega)
      rw [rF_fuel prices ((j + 1) * (j + 1) + k) ((j - k + 1) * (j - k + 1) + (j - k) + 1)
        (j - k) (j - k) (by omega) (by omega)]
    · simp only [if_neg hkj]

-- The inner loop: after the first-piece lengths 1..k, best is rodBest j k.
theorem rodCut_walk (prices rs : List Int) (j : Nat) (hj : j ≤ prices.length) (hlen : rs.length = j)
    (hrs : ∀ t, t < j → rs.getD t 0 = rodBest prices (j - 1 - t) (j - 1 - t)) :
    ∀ (m k : Nat) (best : Int), k + m = j → best = rodBest prices j k →
      rodBestCut (prices.drop k) (rs.drop k) best = rodBest prices j j
  | 0, k, best, hk, hb => by
    have e : rs.drop k = [] := by
      rw [(show k = rs.length by omega)]
      exact drop_length_nil rs
    rw [e, rodBestCut_nil, hb, (show k = j by omega)]
  | m + 1, k, best, hk, hb => by
    rw [drop_getD prices k (by omega), drop_getD rs k (by omega), rodBestCut_cons]
    refine rodCut_walk prices rs j hj hlen hrs m (k + 1) _ (by omega) ?_
    have h0 : ¬ (j = 0 ∨ k + 1 = 0) := by omega
    have hkj : k + 1 ≤ j := by omega
    rw [hb, rR_eq prices j (k + 1), if_neg h0, if_pos hkj, hrs k (by omega)]
    have e1 : k + 1 - 1 = k := by omega
    have e2 : j - (k + 1) = j - 1 - k := by omega
    rw [e1, e2]

-- The outer loop keeps rs = [r[j-1], ..., r[0]].
theorem rodLoop_inv (prices : List Int) : ∀ (fuel j : Nat) (rs : List Int),
    j + fuel ≤ prices.length + 1 → rs.length = j →
    (∀ t, t < j → rs.getD t 0 = rodBest prices (j - 1 - t) (j - 1 - t)) →
    ∀ t, t < j + fuel →
      (rodLoop prices fuel j rs).getD t 0 = rodBest prices (j + fuel - 1 - t) (j + fuel - 1 - t)
  | 0, _, _, _, _, hrs => hrs
  | fuel + 1, j, rs, hb, hl, hrs => by
    have h0 : (0 : Int) = rodBest prices j 0 := by
      have hc : j = 0 ∨ 0 = 0 := Or.inr rfl
      rw [rR_eq prices j 0, if_pos hc]
    have hx : rodBestCut prices rs 0 = rodBest prices j j :=
      rodCut_walk prices rs j (by omega) hl hrs j 0 0 (by omega) h0
    have hl' : (rodBestCut prices rs 0 :: rs).length = j + 1 := by
      show rs.length + 1 = j + 1
      omega
    have hrs' : ∀ t, t < j + 1 → (rodBestCut prices rs 0 :: rs).getD t 0 =
        rodBest prices (j + 1 - 1 - t) (j + 1 - 1 - t) := by
      intro t ht
      cases t with
      | zero =>
        show rodBestCut prices rs 0 = rodBest prices (j + 1 - 1 - 0) (j + 1 - 1 - 0)
        rw [hx, (show j + 1 - 1 - 0 = j by omega)]
      | succ t =>
        show rs.getD t 0 = rodBest prices (j + 1 - 1 - (t + 1)) (j + 1 - 1 - (t + 1))
        rw [(show j + 1 - 1 - (t + 1) = j - 1 - t by omega)]
        exact hrs t (by omega)
    have e : j + (fuel + 1) = j + 1 + fuel := by omega
    rw [e]
    exact rodLoop_inv prices fuel (j + 1) (rodBestCut prices rs 0 :: rs) (by omega) hl' hrs'
-- </vc:helpers>

def rodCutting (prices : List Int) : Int :=
  -- <vc:code>
  (rodLoop prices (prices.length + 1) 0 []).getD 0 0
  -- </vc:code>

theorem rodCutting_spec (prices : List Int) (h : pre_rod_cutting prices) :
    post_rod_cutting prices (rodCutting prices) := by
  -- <vc:proof>
  have hres := rodLoop_inv prices (prices.length + 1) 0 [] (by omega) rfl
    (fun t ht => absurd ht (Nat.not_lt_zero t)) 0 (by omega)
  unfold post_rod_cutting
  show (rodLoop prices (prices.length + 1) 0 []).getD 0 0 = rodBest prices prices.length prices.length
  rw [hres, (show 0 + (prices.length + 1) - 1 - 0 = prices.length by omega)]
  -- </vc:proof>
