/-- A choice takes counts[i] copies of item kind i; countSum xs counts is the total sum of
counts[i] * xs[i]. -/
def countSum : List Int → List Nat → Int
  | x :: xs, c :: cs => (c : Int) * x + countSum xs cs
  | _, _ => 0

/-- Every list of n counts, each at most b. -/
def allCounts : Nat → Nat → List (List Nat)
  | 0, _ => [[]]
  | n + 1, b => (List.range (b + 1)).flatMap (fun c => (allCounts n b).map (fun t => c :: t))

/-- A choice of copies whose total weight is at most the capacity. (An abbrev, so that `decide`
sees its Decidable instance.) -/
abbrev fitsUnbounded (weights : List Int) (counts : List Nat) (capacity : Int) : Prop :=
  counts.length = weights.length ∧ countSum weights counts ≤ capacity

def pre_knapsack_unbounded (weights values : List Int) (capacity : Int) : Prop :=
  weights.length = values.length ∧ weights.length ≤ 1000 ∧ 0 ≤ capacity ∧ capacity ≤ 100000 ∧
  (∀ i, i < weights.length → 1 ≤ weights.getD i 0 ∧ weights.getD i 0 ≤ 100000) ∧
  (∀ i, i < values.length → 0 ≤ values.getD i 0 ∧ values.getD i 0 ≤ 1000000)

/-- counts is a choice that fits and is worth best, and no choice that fits is worth more (a
weight is at least 1, so no count of a fitting choice exceeds the capacity: allCounts with
bound capacity holds every fitting choice). -/
def post_knapsack_unbounded (weights values : List Int) (capacity best : Int) (counts : List Nat) : Prop :=
  weights.length = values.length ∧ fitsUnbounded weights counts capacity ∧
  countSum values counts = best ∧
  ∀ c ∈ allCounts weights.length capacity.toNat, fitsUnbounded weights c capacity → countSum values c ≤ best

-- <vc:helpers>
-- </vc:helpers>

def knapsackUnbounded (weights values : List Int) (capacity : Int) : Int × List Nat :=
  -- <vc:code>
  -- </vc:code>

theorem knapsackUnbounded_spec (weights values : List Int) (capacity : Int)
    (h : pre_knapsack_unbounded weights values capacity) :
    post_knapsack_unbounded weights values capacity (knapsackUnbounded weights values capacity).1
      (knapsackUnbounded weights values capacity).2 := by
  -- <vc:proof>
  -- </vc:proof>
