/-- A selection picks position i when its i-th entry is true; count t is the number of picked
positions and picked a t the picked elements, in order. -/
def count : List Bool → Nat
  | b :: t => (if b then 1 else 0) + count t
  | [] => 0

def picked : List Int → List Bool → List Int
  | x :: xs, b :: t => if b then x :: picked xs t else picked xs t
  | _, _ => []

/-- Every selection of n positions: the 2^n lists of n booleans. -/
def allMasks : Nat → List (List Bool)
  | 0 => [[]]
  | n + 1 => (allMasks n).map (fun t => false :: t) ++ (allMasks n).map (fun t => true :: t)

/-- t has one entry per position and the picked elements, in order, are strictly increasing.
(An abbrev, so that `decide` sees its Decidable instance.) -/
abbrev increasingSel (a : List Int) (t : List Bool) : Prop :=
  t.length = a.length ∧ (picked a t).Pairwise (· < ·)

def pre_longest_increasing_subsequence (a : List Int) : Prop :=
  a.length ≤ 1000

/-- take picks a strictly increasing subsequence of len elements, and none is longer. -/
def post_longest_increasing_subsequence (a : List Int) (len : Int) (take : List Bool) : Prop :=
  increasingSel a take ∧ (count take : Int) = len ∧
  ∀ t ∈ allMasks a.length, increasingSel a t → (count t : Int) ≤ len

-- <vc:helpers>
-- </vc:helpers>

def longestIncreasingSubsequence (a : List Int) : Int × List Bool :=
  -- <vc:code>
  -- </vc:code>

theorem longestIncreasingSubsequence_spec (a : List Int)
    (h : pre_longest_increasing_subsequence a) :
    post_longest_increasing_subsequence a (longestIncreasingSubsequence a).1
      (longestIncreasingSubsequence a).2 := by
  -- <vc:proof>
  -- </vc:proof>
