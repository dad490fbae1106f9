def pre_modular_inverse (a m : Nat) : Prop :=
  a ≤ 1000000000 ∧ 2 ≤ m ∧ m ≤ 1000000000

-- found: x is the inverse of a modulo m, the x in [0, m) with a*x = 1 (mod m) (there is at most
-- one); not found: d >= 2 divides both a and m, so every a*x - 1 is 1 less than a multiple of d
-- and never a multiple of m, i.e. a has no inverse (gcd(a, m) != 1).
def post_modular_inverse (a m : Nat) (found : Bool) (x d : Nat) : Prop :=
  (found = true → x < m ∧ (a * x) % m = 1) ∧
  (found = false → 2 ≤ d ∧ a % d = 0 ∧ m % d = 0)

-- <vc:helpers>
-- </vc:helpers>

def modInverse (a m : Nat) : Bool × Nat × Nat :=
  -- <vc:code>
  -- </vc:code>

theorem modInverse_spec (a m : Nat) (h : pre_modular_inverse a m) :
    post_modular_inverse a m (modInverse a m).1 (modInverse a m).2.1 (modInverse a m).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
