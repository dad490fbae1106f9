-- Strictly unimodal: neighbours differ, and the middle element of any triple i < j < k is
-- greater than at least one of the two ends (no valley).
@[reducible] def strictlyUnimodal (a : List Int) : Prop :=
  (∀ i (hi : i < a.length) j (hj : j < a.length), j = i + 1 → a[i] ≠ a[j]) ∧
  (∀ i (hi : i < a.length) j (hj : j < a.length) k (hk : k < a.length),
    i < j → j < k → a[i] < a[j] ∨ a[k] < a[j])

@[reducible] def pre_ternary_search_unimodal (a : List Int) : Prop :=
  1 ≤ a.length ∧ strictlyUnimodal a

-- p is a position and the element there (called a[q] with q = p) is >= every element.
@[reducible] def post_ternary_search_unimodal (a : List Int) (p : Nat) : Prop :=
  p < a.length ∧
  (∀ q (hq : q < a.length), q = p → ∀ k (hk : k < a.length), a[k] ≤ a[q])

-- <vc:helpers>
-- </vc:helpers>

def ternarySearchPeak (a : List Int) : Nat :=
  -- <vc:code>
  -- </vc:code>

theorem ternarySearchPeak_spec (a : List Int) (h : pre_ternary_search_unimodal a) :
    post_ternary_search_unimodal a (ternarySearchPeak a) := by
  -- <vc:proof>
  -- </vc:proof>
