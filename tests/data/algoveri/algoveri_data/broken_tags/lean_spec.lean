-- !benchmark @start precond
def push_precond (s : List Int) (x : Int) : Prop := True
-- !benchmark @end precond

def push (s : List Int) (x : Int) (h : push_precond s x) : List Int :=
  -- !benchmark @start code
  sorry
  -- !benchmark @end proof
