def pre_lcm (a b : Nat) : Prop :=
  1 ≤ a ∧ a ≤ 1000000000 ∧ 1 ≤ b ∧ b ≤ 1000000000

-- l is a positive common multiple of a and b, and no smaller positive number is one.
def post_lcm (a b l : Nat) : Prop :=
  1 ≤ a ∧ 1 ≤ b ∧ 1 ≤ l ∧ l % a = 0 ∧ l % b = 0 ∧
    ∀ m, m < l → 1 ≤ m → ¬ (m % a = 0 ∧ m % b = 0)

-- <vc:helpers>
-- </vc:helpers>

def lcmCompute (a b : Nat) : Nat :=
  -- <vc:code>
  -- </vc:code>

theorem lcmCompute_spec (a b : Nat) (h : pre_lcm a b) :
    post_lcm a b (lcmCompute a b) := by
  -- <vc:proof>
  -- </vc:proof>
