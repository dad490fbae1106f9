def min3 (x y z : Int) : Int :=
  if x ≤ y ∧ x ≤ z then x else if y ≤ z then y else z

/-- Levenshtein distance between the prefixes a[..i] and b[..j]: the last step of an optimal
edit script deletes a[i-1], inserts b[j-1], or matches/substitutes a[i-1] by b[j-1]. The first
argument is fuel; `editDist` supplies i + j + 1, which is always enough because every call
lowers i + j. -/
def editDistF (a b : List Int) : Nat → Nat → Nat → Int
  | 0, _, _ => 0
  | f + 1, i, j =>
    if i = 0 then (j : Int)
    else if j = 0 then (i : Int)
    else min3 (editDistF a b f (i - 1) j + 1) (editDistF a b f i (j - 1) + 1)
      (editDistF a b f (i - 1) (j - 1) + (if a.getD (i - 1) 0 = b.getD (j - 1) 0 then 0 else 1))

def editDist (a b : List Int) (i j : Nat) : Int :=
  editDistF a b (i + j + 1) i j

def pre_edit_distance (a b : List Int) : Prop :=
  a.length ≤ 1000 ∧ b.length ≤ 1000

def post_edit_distance (a b : List Int) (dist : Int) : Prop :=
  dist = editDist a b a.length b.length

-- <vc:helpers>
-- </vc:helpers>

def editDistance (a b : List Int) : Int :=
  -- <vc:code>
  editDist a b a.length b.length
  -- </vc:code>

theorem editDistance_spec (a b : List Int) (h : pre_edit_distance a b) :
    post_edit_distance a b (editDistance a b) := by
  -- <vc:proof>
  rfl
  -- </vc:proof>
