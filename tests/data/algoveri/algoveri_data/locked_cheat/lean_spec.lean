-- !benchmark @start precond
def isqrt_precond (n : Nat) : Prop := sorry
-- !benchmark @end precond

def isqrt (n : Nat) (h_precond : isqrt_precond n) : Nat :=
  -- !benchmark @start code
  sorry
  -- !benchmark @end code

-- !benchmark @start postcond
def isqrt_postcond (n r : Nat) (h_precond : isqrt_precond n) : Prop := r * r ≤ n ∧ n < (r + 1) * (r + 1)
-- !benchmark @end postcond

theorem isqrt_spec_satisfied (n : Nat) (h_precond : isqrt_precond n) :
    isqrt_postcond n (isqrt n h_precond) h_precond := by
  -- !benchmark @start proof
  sorry
  -- !benchmark @end proof
