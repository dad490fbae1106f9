def pre_lean_demo (l : List Int) : Prop :=
  l ≠ []

def post_lean_demo (l : List Int) (m : Int) : Prop :=
  m ∈ l ∧ ∀ x, x ∈ l → x ≤ m

-- <vc:helpers>
-- </vc:helpers>

def listMax (l : List Int) : Int :=
  -- <vc:code>
  -- </vc:code>

theorem listMax_spec (l : List Int) : pre_lean_demo l → post_lean_demo l (listMax l) := by
  -- <vc:proof>
  -- </vc:proof>
