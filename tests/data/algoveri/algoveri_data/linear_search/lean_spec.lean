-- !benchmark @start precond
def linearSearch_precond (a : List Int) (key : Int) : Prop := True
-- !benchmark @end precond

-- !benchmark @start auxcode
-- !benchmark @end auxcode

def linearSearch (a : List Int) (key : Int) (h_precond : linearSearch_precond a key) : Int :=
  -- !benchmark @start code
  sorry
  -- !benchmark @end code

-- !benchmark @start postcond
def linearSearch_postcond (a : List Int) (key : Int) (i : Int) (h_precond : linearSearch_precond a key) : Prop :=
  (i = -1 ∧ key ∉ a) ∨ (0 ≤ i ∧ i < a.length ∧ a[i.toNat]! = key ∧ ∀ k, k < i.toNat → a[k]! ≠ key)
-- !benchmark @end postcond

-- !benchmark @start lemma
-- !benchmark @end lemma

theorem linearSearch_spec_satisfied (a : List Int) (key : Int) (h_precond : linearSearch_precond a key) :
    linearSearch_postcond a key (linearSearch a key h_precond) h_precond := by
  -- !benchmark @start proof
  sorry
  -- !benchmark @end proof
