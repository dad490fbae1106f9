@[reducible] def sortedNondecreasing (a : List Int) : Prop :=
  ∀ i (hi : i < a.length) j (hj : j < a.length), i < j → a[i] ≤ a[j]

-- Shared with Dafny and Verus: every element within ±10^9 and the target within ±2·10^9.
@[reducible] def valuesBounded (a : List Int) (target : Int) : Prop :=
  (∀ i (hi : i < a.length), -1000000000 ≤ a[i] ∧ a[i] ≤ 1000000000) ∧
  -2000000000 ≤ target ∧ target ≤ 2000000000

@[reducible] def pre_two_sum_sorted (a : List Int) (target : Int) : Prop :=
  sortedNondecreasing a ∧ valuesBounded a target

-- found: i < j are positions whose elements add up to target (stated for p = i, q = j);
-- not found: no pair p < q adds up to target (i and j are then unconstrained).
@[reducible] def post_two_sum_sorted (a : List Int) (target : Int) (found : Bool) (i j : Nat) : Prop :=
  (found = true → i < j ∧ j < a.length ∧
    ∀ p (hp : p < a.length) q (hq : q < a.length), p = i → q = j → a[p] + a[q] = target) ∧
  (found = false → ∀ p (hp : p < a.length) q (hq : q < a.length), p < q → a[p] + a[q] ≠ target)

-- <vc:helpers>
-- </vc:helpers>

def twoSumSorted (a : List Int) (target : Int) : Bool × Nat × Nat :=
  -- <vc:code>
  -- </vc:code>

theorem twoSumSorted_spec (a : List Int) (target : Int) (h : pre_two_sum_sorted a target) :
    post_two_sum_sorted a target (twoSumSorted a target).1 (twoSumSorted a target).2.1
      (twoSumSorted a target).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
