/-- Number of occurrences of x in l. -/
def countOcc (l : List Int) (x : Int) : Nat :=
  match l with
  | [] => 0
  | y :: ys => (if y = x then 1 else 0) + countOcc ys x

-- "Some position holds a value occurring more than |a|/2 times", written as the negation of
-- a bounded universal so that it is decidable in core Lean.
@[reducible] def pre_majority_element (a : List Int) : Prop :=
  ¬ ∀ i (hi : i < a.length), 2 * countOcc a a[i] ≤ a.length

@[reducible] def post_majority_element (a : List Int) (m : Int) : Prop :=
  2 * countOcc a m > a.length

-- <vc:helpers>
-- </vc:helpers>

def majorityElement (a : List Int) : Int :=
  -- <vc:code>
  -- </vc:code>

theorem majorityElement_spec (a : List Int) (h : pre_majority_element a) :
    post_majority_element a (majorityElement a) := by
  -- <vc:proof>
  -- </vc:proof>
