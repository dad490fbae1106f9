def pre_fast_modular_exponentiation (b e m : Nat) : Prop :=
  b ≤ 1000000000 ∧ e ≤ 1000000000 ∧ 1 ≤ m ∧ m ≤ 1000000000

def post_fast_modular_exponentiation (b e m r : Nat) : Prop :=
  1 ≤ m ∧ r = b ^ e % m

-- <vc:helpers>
-- </vc:helpers>

def modPow (b e m : Nat) : Nat :=
  -- <vc:code>
  -- </vc:code>

theorem modPow_spec (b e m : Nat) (h : pre_fast_modular_exponentiation b e m) :
    post_fast_modular_exponentiation b e m (modPow b e m) := by
  -- <vc:proof>
  -- </vc:proof>
