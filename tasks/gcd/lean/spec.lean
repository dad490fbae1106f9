def pre_gcd (a b : Nat) : Prop :=
  a ≤ 1000000000 ∧ b ≤ 1000000000 ∧ 0 < a + b

def post_gcd (a b g : Nat) : Prop :=
  1 ≤ g ∧ a % g = 0 ∧ b % g = 0 ∧
    ∀ d, d < a + b + 1 → 1 ≤ d → a % d = 0 → b % d = 0 → d ≤ g

-- <vc:helpers>
-- </vc:helpers>

def euclidGcd (a b : Nat) : Nat :=
  -- <vc:code>
  -- </vc:code>

theorem euclidGcd_spec (a b : Nat) (h : pre_gcd a b) :
    post_gcd a b (euclidGcd a b) := by
  -- <vc:proof>
  -- </vc:proof>
