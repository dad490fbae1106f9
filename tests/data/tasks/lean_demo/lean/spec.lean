/-- The maximum as a specification would compute it (0 for the empty list). The post-condition
does not use it; it is here so that the tests can check that the code region may not call a
function of the locked template. -/
def specMax : List Int → Int
  | [] => 0
  | x :: xs => xs.foldl max x

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
