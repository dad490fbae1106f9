/-- Some `d` with `2 ≤ d < k` divides `n`. -/
def hasDivisorBelow (n : Nat) : Nat → Bool
  | 0 => false
  | k + 1 => (decide (2 ≤ k) && n % k == 0) || hasDivisorBelow n k

def isPrime (n : Nat) : Bool :=
  decide (2 ≤ n) && !hasDivisorBelow n n

def pre_trial_division_optimized (n : Nat) : Prop :=
  n ≤ 1000000000

def post_trial_division_optimized (n : Nat) (r : Bool) : Prop :=
  r = isPrime n

-- <vc:helpers>
-- </vc:helpers>

def isPrimeTrial (n : Nat) : Bool :=
  -- <vc:code>
  -- </vc:code>

theorem isPrimeTrial_spec (n : Nat) (h : pre_trial_division_optimized n) :
    post_trial_division_optimized n (isPrimeTrial n) := by
  -- <vc:proof>
  -- </vc:proof>
