/-- Sum of the segment `a[i..j)` (0 outside the valid range). -/
def segSum (a : List Int) (i : Nat) : Nat → Int
  | 0 => 0
  | j + 1 => if i < j + 1 ∧ j + 1 ≤ a.length then segSum a i j + a.getD j 0 else 0

def pre_maximum_subarray_sum_empty_allowed (a : List Int) : Prop :=
  a.length ≤ 100000 ∧ ∀ x ∈ a, -1000000 ≤ x ∧ x ≤ 1000000

/-- The segment `a[lo..hi)` (possibly empty, `lo = hi`) has sum `r`, and no segment, empty or
not, has a larger sum (so `r ≥ 0`). -/
def post_maximum_subarray_sum_empty_allowed (a : List Int) (r : Int) (lo hi : Nat) : Prop :=
  lo ≤ hi ∧ hi ≤ a.length ∧ segSum a lo hi = r ∧
  ∀ i, i < a.length + 1 → ∀ j, j < a.length + 1 → i ≤ j → segSum a i j ≤ r

-- <vc:helpers>
-- </vc:helpers>

-- Kadane's algorithm, where the empty segment (sum 0) counts.
def maxSubarraySum (a : List Int) : Int × Nat × Nat :=
  -- <vc:code>
  -- </vc:code>

theorem maxSubarraySum_spec (a : List Int) (h : pre_maximum_subarray_sum_empty_allowed a) :
    post_maximum_subarray_sum_empty_allowed a (maxSubarraySum a).1 (maxSubarraySum a).2.1 (maxSubarraySum a).2.2 := by
  -- <vc:proof>
  -- </vc:proof>
