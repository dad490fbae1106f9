/-- Sum of the segment `a[i..j)` (0 outside the valid range). -/
def segSum (a : List Int) (i : Nat) : Nat → Int
  | 0 => 0
  | j + 1 => if i < j + 1 ∧ j + 1 ≤ a.length then segSum a i j + a.getD j 0 else 0

/-- Some segment `a[i'..j)` with `i' < i` has sum `s`. -/
def someSegEnding (a : List Int) (s : Int) (j : Nat) : Nat → Bool
  | 0 => false
  | i + 1 => segSum a i j == s || someSegEnding a s j i

/-- Some non-empty segment `a[i'..j')` with `j' ≤ k` has sum `s`. -/
def someSeg (a : List Int) (s : Int) : Nat → Bool
  | 0 => false
  | k + 1 => someSegEnding a s (k + 1) (k + 1) || someSeg a s k

/-- Every segment `a[i'..j)` with `i' < i` has sum at most `r`. -/
def allSegEndingLe (a : List Int) (r : Int) (j : Nat) : Nat → Bool
  | 0 => true
  | i + 1 => decide (segSum a i j ≤ r) && allSegEndingLe a r j i

/-- Every non-empty segment `a[i'..j')` with `j' ≤ k` has sum at most `r`. -/
def allSegLe (a : List Int) (r : Int) : Nat → Bool
  | 0 => true
  | k + 1 => allSegEndingLe a r (k + 1) (k + 1) && allSegLe a r k

def pre_maximum_subarray_sum (a : List Int) : Prop :=
  1 ≤ a.length ∧ a.length ≤ 100000 ∧ ∀ x ∈ a, -1000000 ≤ x ∧ x ≤ 1000000

def post_maximum_subarray_sum (a : List Int) (r : Int) : Prop :=
  someSeg a r a.length = true ∧ allSegLe a r a.length = true

-- <vc:helpers>
-- </vc:helpers>

def maxSubarraySum (a : List Int) : Int :=
  -- <vc:code>
  -- </vc:code>

theorem maxSubarraySum_spec (a : List Int) (h : pre_maximum_subarray_sum a) :
    post_maximum_subarray_sum a (maxSubarraySum a) := by
  -- <vc:proof>
  -- </vc:proof>
