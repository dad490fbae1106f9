/-- Minimum of two counts where -1 stands for "impossible". -/
def combineMin (a b : Int) : Int :=
  if a < 0 then b else if b < 0 then a else if a ≤ b then a else b

/-- Fewest coins (unlimited copies of coins[0..n-1]) summing exactly to amount, or -1 when no
combination does: either no further copy of coins[n-1] is used, or one more copy is used. The
first argument is fuel; `minCoins` supplies n + amount + 1, which is always enough because every
call lowers n or amount. -/
def minCoinsF (coins : List Int) : Nat → Nat → Int → Int
  | 0, _, _ => 0
  | f + 1, n, amount =>
    if amount = 0 then 0
    else match n with
      | 0 => -1
      | m + 1 =>
        let rest := minCoinsF coins f (m + 1) (amount - coins.getD m 0)
        combineMin (minCoinsF coins f m amount)
          (if 1 ≤ coins.getD m 0 ∧ coins.getD m 0 ≤ amount ∧ 0 ≤ rest then rest + 1 else -1)

def minCoins (coins : List Int) (n : Nat) (amount : Int) : Int :=
  minCoinsF coins (n + amount.toNat + 1) n amount

def pre_coin_change_min (coins : List Int) (amount : Int) : Prop :=
  coins.length ≤ 1000 ∧ 0 ≤ amount ∧ amount ≤ 100000 ∧
  (∀ i, i < coins.length → 1 ≤ coins.getD i 0 ∧ coins.getD i 0 ≤ 100000)

def post_coin_change_min (coins : List Int) (amount count : Int) : Prop :=
  count = minCoins coins coins.length amount

-- <vc:helpers>
-- Implementation. dp[x] is the fewest coins forming x (-1: impossible); the table row for the
-- coins 0..k-1 lists dp[0], dp[1], ..., dp[amount].
def cmin (a b : Int) : Int :=
  if a < 0 then b else if b < 0 then a else if a ≤ b then a else b

-- One sweep for coin value c turns the row for coins 0..k-1 into the row for coins 0..k.
-- `ccSweep c x prev acc`: `prev` holds the old row from amount x on, `acc` the new values for the
-- amounts x-1, x-2, ..., 0 (newest first), so the new dp[x - c] sits at acc[c - 1].
def ccSweep (c : Int) : Nat → List Int → List Int → List Int
  | _, [], _ => []
  | x, d :: rest, acc =>
    let y : Int := if x = 0 then 0 else
      cmin d (if 1 ≤ c ∧ c ≤ (x : Int) ∧ 0 ≤ acc.getD (c.toNat - 1) 0
        then acc.getD (c.toNat - 1) 0 + 1 else -1)
    y :: ccSweep c (x + 1) rest (y :: acc)

-- Sweep the coins k, k+1, ... (fuel of them) over the row.
def ccLoop (coins : List Int) : Nat → Nat → List Int → List Int
  | 0, _, row => row
  | fuel + 1, k, row => ccLoop coins fuel (k + 1) (ccSweep (coins.getD k 0) 0 row [])

-- The row for no coins at all, from amount x on (n entries): 0 for amount 0, else -1.
def ccInit : Nat → Nat → List Int
  | _, 0 => []
  | x, n + 1 => (if x = 0 then 0 else -1) :: ccInit (x + 1) n

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

theorem cmin_eq (a b : Int) : cmin a b = combineMin a b := rfl

theorem cF_zero (coins : List Int) (f : Nat) (amt : Int) :
    minCoinsF coins (f + 1) 0 amt = if amt = 0 then 0 else -1 := rfl

theorem cF_succ (coins : List Int) (f m : Nat) (amt : Int) :
    minCoinsF coins (f + 1) (m + 1) amt =
      if amt = 0 then 0
      else combineMin (minCoinsF coins f m amt)
        (if 1 ≤ coins.getD m 0 ∧ coins.getD m 0 ≤ amt ∧
            0 ≤ minCoinsF coins f (m + 1) (amt - coins.getD m 0)
          then minCoinsF coins f (m + 1) (amt - coins.getD m 0) + 1 else -1) := rfl

-- Without a usable coin the candidate is -1 whatever the rest is.
theorem cc_guard_false (c amt r : Int) (h : ¬ (1 ≤ c ∧ c ≤ amt)) :
    (if 1 ≤ c ∧ c ≤ amt ∧ 0 ≤ r then r + 1 else -1) = -1 := by
  have hn : ¬ (1 ≤ c ∧ c ≤ amt ∧ 0 ≤ r) := fun h3 => h ⟨h3.1, h3.2.1⟩
  exact if_neg hn

-- Enough fuel gives the same value.
theorem cF_fuel (coins : List Int) : ∀ (f g n : Nat) (amt : Int),
    n + amt.toNat < f → n + amt.toNat < g → minCoinsF coins f n amt = minCoinsF coins g n amt
  | 0, _, _, _, hf, _ => absurd hf (Nat.not_lt_zero _)
  | _ + 1, 0, _, _, _, hg => absurd hg (Nat.not_lt_zero _)
  | _ + 1, _ + 1, 0, _, _, _ => rfl
  | f + 1, g + 1, m + 1, amt, hf, hg => by
    rw [cF_succ coins f m amt, cF_succ coins g m amt,
      cF_fuel coins f g m amt (by omega) (by omega)]
    by_cases hc : 1 ≤ coins.getD m 0 ∧ coins.getD m 0 ≤ amt
    · have h1 := hc.1
      have h2 := hc.2
      rw [cF_fuel coins f g (m + 1) (amt - coins.getD m 0) (by omega) (by omega)]
    · rw [cc_guard_false (coins.getD m 0) amt (minCoinsF coins f (m + 1) (amt - coins.getD m 0)) hc,
        cc_guard_false (coins.getD m 0) amt (minCoinsF coins g (m + 1) (amt - coins.getD m 0)) hc]

-- The spec's value for coins 0..k-1 and amount x.
def cM (coins : List Int) (k x : Nat) : Int := minCoins coins k (x : Int)

theorem cM_zero (coins : List Int) (x : Nat) : cM coins 0 x = if (x : Int) = 0 then 0 else -1 := by
  unfold cM minCoins
  exact cF_zero coins (0 + (x : Int).toNat) (x : Int)

theorem cM_succ (coins : List Int) (k x : Nat) :
    cM coins (k + 1) x =
      if (x : Int) = 0 then 0
      else combineMin (cM coins k x)
        (if 1 ≤ coins.getD k 0 ∧ coins.getD k 0 ≤ (x : Int) ∧
            0 ≤ minCoins coins (k + 1) ((x : Int) - coins.getD k 0)
          then minCoins coins (k + 1) ((x : Int) - coins.getD k 0) + 1 else -1) := by
  unfold cM minCoins
  rw [cF_succ coins (k + 1 + (x : Int).toNat) k (x : Int),
    cF_fuel coins (k + 1 + (x : Int).toNat) (k + (x : Int).toNat + 1) k (x : Int)
      (by omega) (by omega)]
  by_cases hc : 1 ≤ coins.getD k 0 ∧ coins.getD k 0 ≤ (x : Int)
  · have h1 := hc.1
    have h2 := hc.2
    rw [cF_fuel coins (k + 1 + (x : Int).toNat) (k + 1 + ((x : Int) - coins.getD k 0).toNat + 1)
      (k + 1) ((x : Int) - coins.getD k 0) (by omega) (by omega)]
  · rw [cc_guard_false (coins.getD k 0) (x : Int)
        (minCoinsF coins (k + 1 + (x : Int).toNat) (k + 1) ((x : Int) - coins.getD k 0)) hc,
      cc_guard_false (coins.getD k 0) (x : Int)
        (minCoinsF coins (k + 1 + ((x : Int) - coins.getD k 0).toNat + 1) (k + 1)
          ((x : Int) - coins.getD k 0)) hc]

theorem ccSweep_cons (c : Int) (x : Nat) (d y : Int) (rest acc : List Int)
    (hy : (if x = 0 then 0 else
      cmin d (if 1 ≤ c ∧ c ≤ (x : Int) ∧ 0 ≤ acc.getD (c.toNat - 1) 0
        then acc.getD (c.toNat - 1) 0 + 1 else -1)) = y) :
    ccSweep c x (d :: rest) acc = y :: ccSweep c (x + 1) rest (y :: acc) := by
  subst hy
  rfl

-- One sweep turns the row of coins 0..k-1 into the row of coins 0..k.
theorem ccSweep_tbl (coins : List Int) (k : Nat) : ∀ (len x : Nat) (acc : List Int),
    (∀ t, t < x → acc.getD t 0 = cM coins (k + 1) (x - 1 - t)) →
    ccSweep (coins.getD k 0) x (tbl (cM coins k) x len) acc = tbl (cM coins (k + 1)) x len
  | 0, _, _, _ => rfl
  | len + 1, x, acc, hacc => by
    have hy : (if x = 0 then 0 else
        cmin (cM coins k x) (if 1 ≤ coins.getD k 0 ∧ coins.getD k 0 ≤ (x : Int) ∧
            0 ≤ acc.getD ((coins.getD k 0).toNat - 1) 0
          then acc.getD ((coins.getD k 0).toNat - 1) 0 + 1 else -1)) = cM coins (k + 1) x := by
      rw [cM_succ coins k x]
      by_cases hx : x = 0
      · have hx' : (x : Int) = 0 := by omega
        rw [if_pos hx, if_pos hx']
      · have hx' : ¬ ((x : Int) = 0) := by omega
        rw [if_neg hx, if_neg hx', cmin_eq]
        by_cases hc : 1 ≤ coins.getD k 0 ∧ coins.getD k 0 ≤ (x : Int)
        · have h1 := hc.1
          have h2 := hc.2
          have ht : (coins.getD k 0).toNat - 1 < x := by omega
          have hv : ((x - 1 - ((coins.getD k 0).toNat - 1) : Nat) : Int) =
              (x : Int) - coins.getD k 0 := by omega
          rw [hacc ((coins.getD k 0).toNat - 1) ht]
          unfold cM
          rw [hv]
        · rw [cc_guard_false (coins.getD k 0) (x : Int)
              (acc.getD ((coins.getD k 0).toNat - 1) 0) hc,
            cc_guard_false (coins.getD k 0) (x : Int)
              (minCoins coins (k + 1) ((x : Int) - coins.getD k 0)) hc]
    have hacc' : ∀ t, t < x + 1 →
        (cM coins (k + 1) x :: acc).getD t 0 = cM coins (k + 1) (x + 1 - 1 - t) := by
      intro t ht
      cases t with
      | zero =>
        show cM coins (k + 1) x = cM coins (k + 1) (x + 1 - 1 - 0)
        have e : x + 1 - 1 - 0 = x := by omega
        rw [e]
      | succ t =>
        show acc.getD t 0 = cM coins (k + 1) (x + 1 - 1 - (t + 1))
        have e : x + 1 - 1 - (t + 1) = x - 1 - t := by omega
        rw [e]
        exact hacc t (by omega)
    show ccSweep (coins.getD k 0) x (cM coins k x :: tbl (cM coins k) (x + 1) len) acc =
      cM coins (k + 1) x :: tbl (cM coins (k + 1)) (x + 1) len
    rw [ccSweep_cons (coins.getD k 0) x (cM coins k x) (cM coins (k + 1) x)
      (tbl (cM coins k) (x + 1) len) acc hy,
      ccSweep_tbl coins k len (x + 1) (cM coins (k + 1) x :: acc) hacc']

theorem ccLoop_tbl (coins : List Int) (A : Nat) : ∀ (fuel k : Nat) (row : List Int),
    row = tbl (cM coins k) 0 (A + 1) → ccLoop coins fuel k row = tbl (cM coins (k + fuel)) 0 (A + 1)
  | 0, _, _, h => h
  | fuel + 1, k, row, h => by
    show ccLoop coins fuel (k + 1) (ccSweep (coins.getD k 0) 0 row []) =
      tbl (cM coins (k + (fuel + 1))) 0 (A + 1)
    have e : k + (fuel + 1) = k + 1 + fuel := by omega
    rw [e]
    apply ccLoop_tbl coins A fuel (k + 1)
    rw [h]
    exact ccSweep_tbl coins k (A + 1) 0 [] (fun t ht => absurd ht (Nat.not_lt_zero t))

theorem ccInit_tbl (coins : List Int) : ∀ (n x : Nat), ccInit x n = tbl (cM coins 0) x n
  | 0, _ => rfl
  | n + 1, x => by
    show (if x = 0 then 0 else -1) :: ccInit (x + 1) n = cM coins 0 x :: tbl (cM coins 0) (x + 1) n
    rw [cM_zero coins x, ccInit_tbl coins n (x + 1)]
    by_cases hx : x = 0
    · have hx' : (x : Int) = 0 := by omega
      rw [if_pos hx, if_pos hx']
    · have hx' : ¬ ((x : Int) = 0) := by omega
      rw [if_neg hx, if_neg hx']
-- </vc:helpers>

def coinChangeMin (coins : List Int) (amount : Int) : Int :=
  -- <vc:code>
  (ccLoop coins coins.length 0 (ccInit 0 (amount.toNat + 1))).getD amount.toNat 0
  -- </vc:code>

theorem coinChangeMin_spec (coins : List Int) (amount : Int)
    (h : pre_coin_change_min coins amount) :
    post_coin_change_min coins amount (coinChangeMin coins amount) := by
  -- <vc:proof>
  unfold pre_coin_change_min at h
  obtain ⟨_, ha, _, _⟩ := h
  unfold post_coin_change_min
  show (ccLoop coins coins.length 0 (ccInit 0 (amount.toNat + 1))).getD amount.toNat 0 =
    minCoins coins coins.length amount
  rw [ccLoop_tbl coins amount.toNat coins.length 0 (ccInit 0 (amount.toNat + 1))
      (ccInit_tbl coins (amount.toNat + 1) 0),
    tbl_getD (cM coins (0 + coins.length)) (amount.toNat + 1) 0 amount.toNat (by omega)]
  unfold cM
  have e1 : 0 + coins.length = coins.length := by omega
  have e2 : ((0 + amount.toNat : Nat) : Int) = amount := by omega
  rw [e1, e2]
  -- </vc:proof>
