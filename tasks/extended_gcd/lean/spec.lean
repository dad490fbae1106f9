def pre_extended_gcd (a b : Nat) : Prop :=
  a ≤ 1000000000 ∧ b ≤ 1000000000 ∧ 0 < a + b

-- g is a positive common divisor of a and b that is an integer combination a*x + b*y of them;
-- every common divisor of a and b then divides g, so g is the greatest common divisor.
def post_extended_gcd (a b g : Nat) (x y : Int) : Prop :=
  1 ≤ g ∧ a % g = 0 ∧ b % g = 0 ∧ (a : Int) * x + (b : Int) * y = (g : Int)

-- <vc:helpers>
-- </vc:helpers>

def extGcd (a b : Nat) : Nat × Int × Int :=
  -- <vc:code>
  -- </vc:code>

theorem extGcd_spec (a b : Nat) (h : pre_extended_gcd a b) :
    post_extended_gcd a b (extGcd a b).1 (extGcd a b).2.1 (extGcd a b).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
