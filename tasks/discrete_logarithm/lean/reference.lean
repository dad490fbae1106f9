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
/-- Baby steps: the pairs (g^j mod p, j) for j < n, first occurrence first. -/
def babySteps (g p : Nat) : Nat → Nat → Nat → List (Nat × Nat)
  | 0, _, _ => []
  | k + 1, j, cur => (cur, j) :: babySteps g p k (j + 1) ((cur * g) % p)

/-- Extended Euclid keeping the coefficient of a; returns (gcd, t). -/
def dlInvLoop : Nat → Nat → Nat → Int → Int → Nat × Int
  | 0, r0, _, t0, _ => (r0, t0)
  | fuel + 1, r0, r1, t0, t1 =>
    if r1 = 0 then (r0, t0)
    else dlInvLoop fuel r1 (r0 % r1) t1 (t0 - t1 * ((r0 / r1 : Nat) : Int))

def dlInv (a m : Nat) : Nat :=
  match dlInvLoop (a + 1) m a 0 1 with
  | (_, t) => (t % (m : Int)).toNat

/-- Giant steps: look gamma = h * g^(-n*i) up in the table for i = 0, 1, ... -/
def giantSteps (table : List (Nat × Nat)) (n p factor : Nat) : Nat → Nat → Nat → Bool × Nat
  | 0, _, _ => (false, 0)
  | k + 1, i, gamma =>
    match table.find? (fun e => e.1 == gamma) with
    | some e => (true, i * n + e.2)
    | none => giantSteps table n p factor k (i + 1) ((gamma * factor) % p)

/-- The smallest n with n * n >= p - 1 (fuel p). -/
def ceilSqrt (p : Nat) : Nat → Nat → Nat
  | 0, n => n
  | k + 1, n => if n * n < p - 1 then ceilSqrt p k (n + 1) else n
-- </vc:helpers>

def discreteLog (p g h : Nat) : Bool × Nat :=
  -- <vc:code>
  let n := ceilSqrt p p 1
  let table := babySteps g p n 0 (1 % p)
  let gn := (table.foldl (fun c _ => (c * g) % p) (1 % p))
  giantSteps table n p (dlInv gn p) n 0 h
  -- </vc:code>

theorem discreteLog_spec (p g h : Nat) (hp : pre_discrete_logarithm p g h) :
    post_discrete_logarithm p g h (discreteLog p g h).1 (discreteLog p g h).2 := by
  -- <vc:proof>
  -- </vc:proof>
