def pre_integer_sqrt (n : Nat) : Prop :=
  n ≤ 1000000000000000000

def post_integer_sqrt (n r : Nat) : Prop :=
  r * r ≤ n ∧ n < (r + 1) * (r + 1)

-- <vc:helpers>
/-- Binary search on [lo, hi); `fuel` bounds the number of halvings. -/
def isqrtSearch (n lo hi : Nat) : Nat → Nat
  | 0 => lo
  | fuel + 1 =>
    if hi ≤ lo + 1 then lo
    else if (lo + hi) / 2 * ((lo + hi) / 2) ≤ n then isqrtSearch n ((lo + hi) / 2) hi fuel
    else isqrtSearch n lo ((lo + hi) / 2) fuel

theorem isqrtSearch_spec (n : Nat) : ∀ (fuel lo hi : Nat),
    lo < hi → hi ≤ lo + fuel + 1 → lo * lo ≤ n → n < hi * hi →
    post_integer_sqrt n (isqrtSearch n lo hi fuel) := by
  intro fuel
  induction fuel with
  | zero =>
    intro lo hi h1 h2 h3 h4
    simp only [isqrtSearch]
    have hhi : hi = lo + 1 := by omega
    subst hhi
    exact And.intro h3 h4
  | succ k ih =>
    intro lo hi h1 h2 h3 h4
    simp only [isqrtSearch]
    by_cases hle : hi ≤ lo + 1
    · rw [if_pos hle]
      have hhi : hi = lo + 1 := by omega
      subst hhi
      exact And.intro h3 h4
    · rw [if_neg hle]
      by_cases hm : (lo + hi) / 2 * ((lo + hi) / 2) ≤ n
      · rw [if_pos hm]
        exact ih ((lo + hi) / 2) hi (by omega) (by omega) hm h4
      · rw [if_neg hm]
        exact ih lo ((lo + hi) / 2) (by omega) (by omega) h3 (Nat.lt_of_not_le hm)
-- </vc:helpers>

def integerSqrt (n : Nat) : Nat :=
  -- <vc:code>
  isqrtSearch n 0 (n + 1) (n + 1)
  -- </vc:code>

theorem integerSqrt_spec (n : Nat) (h : pre_integer_sqrt n) :
    post_integer_sqrt n (integerSqrt n) := by
  -- <vc:proof>
  unfold integerSqrt
  have hsq : n + 1 ≤ (n + 1) * (n + 1) := by
    have h1 := Nat.mul_le_mul (Nat.le_refl (n + 1)) (show 1 ≤ n + 1 by omega)
    rw [Nat.mul_one] at h1
    exact h1
  exact isqrtSearch_spec n (n + 1) 0 (n + 1) (by omega) (by omega) (Nat.zero_le _)
    (Nat.lt_of_lt_of_le (Nat.lt_succ_self n) hsq)
  -- </vc:proof>
