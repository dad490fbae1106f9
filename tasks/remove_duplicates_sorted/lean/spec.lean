def pre_remove_duplicates_sorted (a : List Int) : Prop :=
  (∀ x, x ∈ a → -1000000000 ≤ x ∧ x ≤ 1000000000) ∧ List.Pairwise (· ≤ ·) a

def post_remove_duplicates_sorted (a r : List Int) : Prop :=
  List.Pairwise (· < ·) r ∧ (∀ x, x ∈ r → x ∈ a) ∧ (∀ x, x ∈ a → x ∈ r)

-- <vc:helpers>
-- </vc:helpers>

def removeDuplicates (a : List Int) : List Int :=
  -- <vc:code>
  -- </vc:code>

theorem removeDuplicates_spec (a : List Int) (h : pre_remove_duplicates_sorted a) :
    post_remove_duplicates_sorted a (removeDuplicates a) := by
  -- <vc:proof>
  -- </vc:proof>
