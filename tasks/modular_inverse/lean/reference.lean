def pre_modular_inverse (a m : Nat) : Prop :=
  a ≤ 1000000000 ∧ 2 ≤ m ∧ m ≤ 1000000000

-- found: x is the inverse of a modulo m, the x in [0, m) with a*x = 1 (mod m) (there is at most
-- one); not found: d >= 2 divides both a and m, so every a*x - 1 is 1 less than a multiple of d
-- and never a multiple of m, i.e. a has no inverse (gcd(a, m) != 1).
def post_modular_inverse (a m : Nat) (found : Bool) (x d : Nat) : Prop :=
  (found = true → x < m ∧ (a * x) % m = 1) ∧
  (found = false → 2 ≤ d ∧ a % d = 0 ∧ m % d = 0)

-- <vc:helpers>
/-- Extended Euclid on remainders r0, r1 keeping the coefficient of a (r_i = a*t_i + m*s_i);
`fuel` only bounds the recursion (r1 strictly decreases). Returns (gcd, t). -/
def invLoop : Nat → Nat → Nat → Int → Int → Nat × Int
  | 0, r0, _, t0, _ => (r0, t0)
  | fuel + 1, r0, r1, t0, t1 =>
    if r1 = 0 then (r0, t0)
    else invLoop fuel r1 (r0 % r1) t1 (t0 - t1 * ((r0 / r1 : Nat) : Int))
-- </vc:helpers>

def modInverse (a m : Nat) : Bool × Nat × Nat :=
  -- <vc:code>
  match invLoop (a + 1) m a 0 1 with
  | (g, t) => if g = 1 then (true, (t % (m : Int)).toNat, 1) else (false, 0, g)
  -- </vc:code>

theorem modInverse_spec (a m : Nat) (h : pre_modular_inverse a m) :
    post_modular_inverse a m (modInverse a m).1 (modInverse a m).2.1 (modInverse a m).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
