def sorted_list (l : List Int) : Prop :=
  ∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!

instance (l : List Int) : Decidable (sorted_list l) :=
  inferInstanceAs (Decidable (∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!))

def pre_counting_sort (s : List Int) (k : Int) : Prop :=
  0 ≤ k ∧ k ≤ 100000 ∧ s.length ≤ 100000 ∧ ∀ x, x ∈ s → 0 ≤ x ∧ x ≤ k

instance (s : List Int) (k : Int) : Decidable (pre_counting_sort s k) :=
  inferInstanceAs (Decidable (0 ≤ k ∧ k ≤ 100000 ∧ s.length ≤ 100000 ∧ ∀ x, x ∈ s → 0 ≤ x ∧ x ≤ k))

/-- `r` is sorted and is a permutation of `s` (every value occurs equally often in both). -/
def post_counting_sort (s : List Int) (k : Int) (r : List Int) : Prop :=
  sorted_list r ∧ ∀ x, x ∈ s ++ r → s.count x = r.count x

instance (s : List Int) (k : Int) (r : List Int) : Decidable (post_counting_sort s k r) :=
  inferInstanceAs (Decidable (sorted_list r ∧ ∀ x, x ∈ s ++ r → s.count x = r.count x))

-- <vc:helpers>
-- </vc:helpers>

def countingSort (s : List Int) (k : Int) : List Int :=
  -- <vc:code>
  -- </vc:code>

theorem countingSort_spec (s : List Int) (k : Int) (h : pre_counting_sort s k) :
    post_counting_sort s k (countingSort s k) := by
  -- <vc:proof>
  -- </vc:proof>
