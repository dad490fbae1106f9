/-- Best value of a subset of items 0..n-1 with total weight at most cap: item n-1 is either
left out or (when it fits) taken, which enumerates every subset. -/
def bestKnapsack01 (weights values : List Int) : Nat → Int → Int
  | 0, _ => 0
  | n + 1, cap =>
    if weights.getD n 0 ≤ cap then
      max (bestKnapsack01 weights values n cap)
        (bestKnapsack01 weights values n (cap - weights.getD n 0) + values.getD n 0)
    else
      bestKnapsack01 weights values n cap

def pre_knapsack_01 (weights values : List Int) (capacity : Int) : Prop :=
  weights.length = values.length ∧ weights.length ≤ 1000 ∧ 0 ≤ capacity ∧ capacity ≤ 100000 ∧
  (∀ i, i < weights.length → 0 ≤ weights.getD i 0 ∧ weights.getD i 0 ≤ 100000) ∧
  (∀ i, i < values.length → 0 ≤ values.getD i 0 ∧ values.getD i 0 ≤ 1000000)

def post_knapsack_01 (weights values : List Int) (capacity best : Int) : Prop :=
  weights.length = values.length ∧ best = bestKnapsack01 weights values weights.length capacity

-- <vc:helpers>
-- </vc:helpers>

def knapsack01 (weights values : List Int) (capacity : Int) : Int :=
  -- <vc:code>
  -- </vc:code>

theorem knapsack01_spec (weights values : List Int) (capacity : Int)
    (h : pre_knapsack_01 weights values capacity) :
    post_knapsack_01 weights values capacity (knapsack01 weights values capacity) := by
  -- <vc:proof>
  -- </vc:proof>
