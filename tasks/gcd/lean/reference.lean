def pre_gcd (a b : Nat) : Prop :=
  a ≤ 1000000000 ∧ b ≤ 1000000000 ∧ 0 < a + b

def post_gcd (a b g : Nat) : Prop :=
  1 ≤ g ∧ a % g = 0 ∧ b % g = 0 ∧
    ∀ d, d < a + b + 1 → 1 ≤ d → a % d = 0 → b % d = 0 → d ≤ g

-- <vc:helpers>
/-- Euclid's algorithm; `fuel` only bounds the recursion (b strictly decreases). -/
def gcdFuel : Nat → Nat → Nat → Nat
  | 0, a, _ => a
  | fuel + 1, a, b => if b = 0 then a else gcdFuel fuel b (a % b)

theorem gcdFuel_eq (fuel : Nat) : ∀ a b, b < fuel → gcdFuel fuel a b = Nat.gcd a b := by
  induction fuel with
  | zero =>
    intro a b hb
    exact absurd hb (Nat.not_lt_zero b)
  | succ k ih =>
    intro a b hb
    simp only [gcdFuel]
    by_cases h0 : b = 0
    · rw [if_pos h0, h0, Nat.gcd_zero_right]
    · rw [if_neg h0]
      have hlt : a % b < b := Nat.mod_lt a (Nat.pos_of_ne_zero h0)
      rw [ih b (a % b) (by omega), Nat.gcd_comm a b, Nat.gcd_rec b a]
      exact Nat.gcd_comm _ _

theorem gcd_post (a b : Nat) (hab : 0 < a + b) : post_gcd a b (Nat.gcd a b) := by
  have hg : 0 < Nat.gcd a b := by
    by_cases ha : 0 < a
    · exact Nat.gcd_pos_of_pos_left b ha
    · exact Nat.gcd_pos_of_pos_right a (by omega)
  refine ⟨hg, Nat.mod_eq_zero_of_dvd (Nat.gcd_dvd_left a b),
    Nat.mod_eq_zero_of_dvd (Nat.gcd_dvd_right a b), ?_⟩
  intro d _ _ hda hdb
  exact Nat.le_of_dvd hg (Nat.dvd_gcd (Nat.dvd_of_mod_eq_zero hda) (Nat.dvd_of_mod_eq_zero hdb))
-- </vc:helpers>

def euclidGcd (a b : Nat) : Nat :=
  -- <vc:code>
  gcdFuel (b + 1) a b
  -- </vc:code>

theorem euclidGcd_spec (a b : Nat) (h : pre_gcd a b) :
    post_gcd a b (euclidGcd a b) := by
  -- <vc:proof>
  unfold euclidGcd
  rw [gcdFuel_eq (b + 1) a b (Nat.lt_succ_self b)]
  exact gcd_post a b h.2.2
  -- </vc:proof>
