-- g^x mod p, by the recursion g^0 = 1, g^(x+1) = g^x * g (reduced modulo p at each step).
def powMod (g p : Nat) : Nat → Nat
  | 0 => 1 % p
  | x + 1 => (powMod g p x * g) % p

@[reducible] def isPrime (p : Nat) : Prop :=
  2 ≤ p ∧ ∀ d, d < p → 2 ≤ d → p % d ≠ 0

-- p prime (at most 10^6, shared with Verus's u64 products), 1 <= g, h < p.
def pre_discrete_logarithm (p g h : Nat) : Prop :=
  p ≤ 1000000 ∧ isPrime p ∧ 1 ≤ g ∧ g < p ∧ 1 ≤ h ∧ h < p

-- found: x is the smallest exponent with g^x = h (mod p), and x < p - 1;
-- not found: no exponent below p - 1 works (by Fermat, g^(p-1) = 1, so none works at all).
def post_discrete_logarithm (p g h : Nat) (found : Bool) (x : Nat) : Prop :=
  2 ≤ p ∧
  (found = true → x < p - 1 ∧ powMod g p x = h ∧ ∀ y, y < x → powMod g p y ≠ h) ∧
  (found = false → ∀ y, y < p - 1 → powMod g p y ≠ h)

-- <vc:helpers>
-- </vc:helpers>

def discreteLog (p g h : Nat) : Bool × Nat :=
  -- <vc:code>
  -- </vc:code>

theorem discreteLog_spec (p g h : Nat) (hp : pre_discrete_logarithm p g h) :
    post_discrete_logarithm p g h (discreteLog p g h).1 (discreteLog p g h).2 := by
  -- <vc:proof>
  -- </vc:proof>
