def pre_integer_power (b e : Nat) : Prop :=
  b ≤ 1000000000 ∧ e ≤ 1000000000 ∧ b ^ e ≤ 1000000000000000000

def post_integer_power (b e r : Nat) : Prop :=
  r = b ^ e

-- <vc:helpers>
/-- Square-and-multiply loop: returns acc * base ^ k; `fuel` only bounds the recursion. -/
def powLoop : Nat → Nat → Nat → Nat → Nat
  | 0, _, _, acc => acc
  | fuel + 1, base, k, acc =>
    if k = 0 then acc
    else powLoop fuel (base * base) (k / 2) (if k % 2 = 1 then acc * base else acc)

theorem powLoop_eq (fuel : Nat) :
    ∀ base k acc, k < fuel → powLoop fuel base k acc = acc * base ^ k := by
  induction fuel with
  | zero =>
    intro base k acc hk
    exact absurd hk (Nat.not_lt_zero k)
  | succ n ih =>
    intro base k acc hk
    simp only [powLoop]
    by_cases h0 : k = 0
    · rw [if_pos h0, h0, Nat.pow_zero, Nat.mul_one]
    · rw [if_neg h0, ih (base * base) (k / 2) _ (by omega)]
      have hk2 : k = 2 * (k / 2) + k % 2 := (Nat.div_add_mod k 2).symm
      have hsq : (base * base) ^ (k / 2) = base ^ (2 * (k / 2)) := by
        rw [Nat.pow_mul, Nat.pow_two]
      rw [hsq]
      by_cases h1 : k % 2 = 1
      · rw [if_pos h1]
        conv => rhs; rw [hk2, h1, Nat.pow_succ]
        rw [Nat.mul_assoc, Nat.mul_comm base]
      · rw [if_neg h1]
        have h2 : k % 2 = 0 := by omega
        conv => rhs; rw [hk2, h2, Nat.add_zero]
-- </vc:helpers>

def power (b e : Nat) : Nat :=
  -- <vc:code>
  powLoop (e + 1) b e 1
  -- </vc:code>

theorem power_spec (b e : Nat) (h : pre_integer_power b e) :
    post_integer_power b e (power b e) := by
  -- <vc:proof>
  unfold post_integer_power power
  rw [powLoop_eq (e + 1) b e 1 (Nat.lt_succ_self e), Nat.one_mul]
  -- </vc:proof>
