/-- A selection picks position i when its i-th entry is true; maskSum a t sums the picked
elements. -/
def maskSum : List Int → List Bool → Int
  | x :: xs, b :: t => (if b then x else 0) + maskSum xs t
  | _, _ => 0

/-- No two adjacent positions are picked. -/
def noAdj : List Bool → Bool
  | a :: b :: rest => !(a && b) && noAdj (b :: rest)
  | _ => true

/-- Every selection of n positions: the 2^n lists of n booleans. -/
def allMasks : Nat → List (List Bool)
  | 0 => [[]]
  | n + 1 => (allMasks n).map (fun t => false :: t) ++ (allMasks n).map (fun t => true :: t)

/-- A valid selection: one entry per position, no two adjacent positions picked. (An abbrev, so
that `decide` sees its Decidable instance.) -/
abbrev validSel (a : List Int) (t : List Bool) : Prop :=
  t.length = a.length ∧ noAdj t = true

def pre_house_robber (a : List Int) : Prop :=
  a.length ≤ 100000 ∧ ∀ x ∈ a, 0 ≤ x ∧ x ≤ 1000000

/-- take is a valid selection with sum r, and no valid selection has a larger sum. -/
def post_house_robber (a : List Int) (r : Int) (take : List Bool) : Prop :=
  validSel a take ∧ maskSum a take = r ∧ ∀ t ∈ allMasks a.length, validSel a t → maskSum a t ≤ r

-- <vc:helpers>
-- </vc:helpers>

def houseRobber (a : List Int) : Int × List Bool :=
  -- <vc:code>
  -- </vc:code>

theorem houseRobber_spec (a : List Int) (h : pre_house_robber a) :
    post_house_robber a (houseRobber a).1 (houseRobber a).2 := by
  -- <vc:proof>
  -- </vc:proof>
