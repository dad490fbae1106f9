def pre_integer_sqrt (n : Nat) : Prop :=
  n ≤ 1000000000000000000

def post_integer_sqrt (n r : Nat) : Prop :=
  r * r ≤ n ∧ n < (r + 1) * (r + 1)

-- <vc:helpers>
-- </vc:helpers>

def integerSqrt (n : Nat) : Nat :=
  -- <vc:code>
  -- </vc:code>

theorem integerSqrt_spec (n : Nat) (h : pre_integer_sqrt n) :
    post_integer_sqrt n (integerSqrt n) := by
  -- <vc:proof>
  -- </vc:proof>
