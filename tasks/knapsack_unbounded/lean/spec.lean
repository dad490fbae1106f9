/-- Best value with unlimited copies of items 0..n-1 and total weight at most cap: either no
further copy of item n-1 is taken, or (when it fits) one more copy is taken. The first argument
is fuel; `bestUnbounded` supplies n + cap + 1, which is always enough because every call lowers
n or cap. -/
def bestUnboundedF (weights values : List Int) : Nat → Nat → Int → Int
  | 0, _, _ => 0
  | _ + 1, 0, _ => 0
  | f + 1, n + 1, cap =>
    if 1 ≤ weights.getD n 0 ∧ weights.getD n 0 ≤ cap then
      max (bestUnboundedF weights values f n cap)
        (bestUnboundedF weights values f (n + 1) (cap - weights.getD n 0) + values.getD n 0)
    else
      bestUnboundedF weights values f n cap

def bestUnbounded (weights values : List Int) (n : Nat) (cap : Int) : Int :=
  bestUnboundedF weights values (n + cap.toNat + 1) n cap

def pre_knapsack_unbounded (weights values : List Int) (capacity : Int) : Prop :=
  weights.length = values.length ∧ weights.length ≤ 1000 ∧ 0 ≤ capacity ∧ capacity ≤ 100000 ∧
  (∀ i, i < weights.length → 1 ≤ weights.getD i 0 ∧ weights.getD i 0 ≤ 100000) ∧
  (∀ i, i < values.length → 0 ≤ values.getD i 0 ∧ values.getD i 0 ≤ 1000000)

def post_knapsack_unbounded (weights values : List Int) (capacity best : Int) : Prop :=
  weights.length = values.length ∧ best = bestUnbounded weights values weights.length capacity

-- <vc:helpers>
-- </vc:helpers>

def knapsackUnbounded (weights values : List Int) (capacity : Int) : Int :=
  -- <vc:code>
  -- </vc:code>

theorem knapsackUnbounded_spec (weights values : List Int) (capacity : Int)
    (h : pre_knapsack_unbounded weights values capacity) :
    post_knapsack_unbounded weights values capacity (knapsackUnbounded weights values capacity) := by
  -- <vc:proof>
  -- </vc:proof>
