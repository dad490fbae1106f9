def pre_integer_power (b e : Nat) : Prop :=
  b ≤ 1000000000 ∧ e ≤ 1000000000 ∧ b ^ e ≤ 1000000000000000000

def post_integer_power (b e r : Nat) : Prop :=
  r = b ^ e

-- <vc:helpers>
-- </vc:helpers>

def power (b e : Nat) : Nat :=
  -- <vc:code>
  -- </vc:code>

theorem power_spec (b e : Nat) (h : pre_integer_power b e) :
    post_integer_power b e (power b e) := by
  -- <vc:proof>
  -- </vc:proof>
