/-- A choice packs item i when its i-th entry is true; maskSum xs t totals xs over the packed
items. -/
def maskSum : List Int → List Bool → Int
  | x :: xs, b :: t => (if b then x else 0) + maskSum xs t
  | _, _ => 0

/-- Every choice for n items (each item packed or not): the 2^n lists of n booleans. -/
def allMasks : Nat → List (List Bool)
  | 0 => [[]]
  | n + 1 => (allMasks n).map (fun t => false :: t) ++ (allMasks n).map (fun t => true :: t)

/-- A choice of items whose total weight is at most the capacity. (An abbrev, so that `decide`
sees its Decidable instance.) -/
abbrev fits01 (weights : List Int) (take : List Bool) (capacity : Int) : Prop :=
  take.length = weights.length ∧ maskSum weights take ≤ capacity

def pre_knapsack_01 (weights values : List Int) (capacity : Int) : Prop :=
  weights.length = values.length ∧ weights.length ≤ 1000 ∧ 0 ≤ capacity ∧ capacity ≤ 100000 ∧
  (∀ i, i < weights.length → 0 ≤ weights.getD i 0 ∧ weights.getD i 0 ≤ 100000) ∧
  (∀ i, i < values.length → 0 ≤ values.getD i 0 ∧ values.getD i 0 ≤ 1000000)

/-- take is a choice that fits and is worth best, and no choice that fits is worth more. -/
def post_knapsack_01 (weights values : List Int) (capacity best : Int) (take : List Bool) : Prop :=
  weights.length = values.length ∧ fits01 weights take capacity ∧ maskSum values take = best ∧
  ∀ t ∈ allMasks weights.length, fits01 weights t capacity → maskSum values t ≤ best

-- <vc:helpers>
-- </vc:helpers>

def knapsack01 (weights values : List Int) (capacity : Int) : Int × List Bool :=
  -- <vc:code>
  -- </vc:code>

theorem knapsack01_spec (weights values : List Int) (capacity : Int)
    (h : pre_knapsack_01 weights values capacity) :
    post_knapsack_01 weights values capacity (knapsack01 weights values capacity).1
      (knapsack01 weights values capacity).2 := by
  -- <vc:proof>
  -- </vc:proof>
