-- !benchmark @start precond
def gcd_precond (a b : Nat) : Prop := 0 < a ∧ 0 < b
-- !benchmark @end precond

-- !benchmark @start auxcode
-- !benchmark @end auxcode

def gcd (a b : Nat) (h_precond : gcd_precond a b) : Nat :=
  -- !benchmark @start code
  sorry
  -- !benchmark @end code

-- !benchmark @start postcond
def gcd_postcond (a b g : Nat) (h_precond : gcd_precond a b) : Prop :=
  0 < g ∧ a % g = 0 ∧ b % g = 0 ∧ ∀ d, 0 < d → a % d = 0 → b % d = 0 → d ≤ g
-- !benchmark @end postcond

-- !benchmark @start lemma
-- !benchmark @end lemma

theorem gcd_spec_satisfied (a b : Nat) (h_precond : gcd_precond a b) :
    gcd_postcond a b (gcd a b h_precond) h_precond := by
  -- !benchmark @start proof
  sorry
  -- !benchmark @end proof
