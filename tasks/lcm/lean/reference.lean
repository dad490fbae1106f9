def pre_lcm (a b : Nat) : Prop :=
  1 ≤ a ∧ a ≤ 1000000000 ∧ 1 ≤ b ∧ b ≤ 1000000000

-- l is a positive common multiple of a and b, and no smaller positive number is one.
def post_lcm (a b l : Nat) : Prop :=
  1 ≤ a ∧ 1 ≤ b ∧ 1 ≤ l ∧ l % a = 0 ∧ l % b = 0 ∧
    ∀ m, m < l → 1 ≤ m → ¬ (m % a = 0 ∧ m % b = 0)

-- <vc:helpers>
/-- Euclid's algorithm; `fuel` only bounds the recursion (the second argument decreases). -/
def lcmGcdLoop : Nat → Nat → Nat → Nat
  | 0, a, _ => a
  | fuel + 1, a, b => if b = 0 then a else lcmGcdLoop fuel b (a % b)

theorem lcmGcdLoop_eq (fuel : Nat) : ∀ a b, b < fuel → lcmGcdLoop fuel a b = Nat.gcd a b := by
  induction fuel with
  | zero =>
    intro a b hb
    exact absurd hb (Nat.not_lt_zero b)
  | succ k ih =>
    intro a b hb
    simp only [lcmGcdLoop]
    by_cases h0 : b = 0
    · rw [if_pos h0, h0, Nat.gcd_zero_right]
    · rw [if_neg h0]
      have hlt : a % b < b := Nat.mod_lt a (Nat.pos_of_ne_zero h0)
      rw [ih b (a % b) (Nat.lt_of_lt_of_le hlt (Nat.le_of_lt_succ hb)), Nat.gcd_comm b (a % b),
        ← Nat.gcd_rec b a, Nat.gcd_comm b a]

theorem lcm_div_mul (a b : Nat) : a / Nat.gcd a b * b = Nat.lcm a b := by
  show a / Nat.gcd a b * b = a * b / Nat.gcd a b
  rw [Nat.mul_comm a b, Nat.mul_div_assoc b (Nat.gcd_dvd_left a b),
    Nat.mul_comm b (a / Nat.gcd a b)]

theorem lcm_post (a b : Nat) (ha : 0 < a) (hb : 0 < b) : post_lcm a b (Nat.lcm a b) := by
  have hnz : Nat.lcm a b ≠ 0 := Nat.lcm_ne_zero (by omega) (by omega)
  refine ⟨ha, hb, Nat.pos_of_ne_zero hnz, Nat.mod_eq_zero_of_dvd (Nat.dvd_lcm_left a b),
    Nat.mod_eq_zero_of_dvd (Nat.dvd_lcm_right a b), ?_⟩
  intro m hm h1 hdiv
  have hd : Nat.lcm a b ∣ m :=
    Nat.lcm_dvd (Nat.dvd_of_mod_eq_zero hdiv.1) (Nat.dvd_of_mod_eq_zero hdiv.2)
  have hle : Nat.lcm a b ≤ m := Nat.le_of_dvd h1 hd
  omega
-- </vc:helpers>

def lcmCompute (a b : Nat) : Nat :=
  -- <vc:code>
  a / lcmGcdLoop (b + 1) a b * b
  -- </vc:code>

theorem lcmCompute_spec (a b : Nat) (h : pre_lcm a b) :
    post_lcm a b (lcmCompute a b) := by
  -- <vc:proof>
  have ha : 0 < a := h.1
  have hb : 0 < b := h.2.2.1
  have hl : lcmCompute a b = Nat.lcm a b := by
    unfold lcmCompute
    rw [lcmGcdLoop_eq (b + 1) a b (Nat.lt_succ_self b)]
    exact lcm_div_mul a b
  rw [hl]
  exact lcm_post a b ha hb
  -- </vc:proof>
