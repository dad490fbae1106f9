def sorted_list (l : List Int) : Prop :=
  ∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!

instance (l : List Int) : Decidable (sorted_list l) :=
  inferInstanceAs (Decidable (∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!))

def pre_insertion_sort (l : List Int) : Prop :=
  l.length ≤ 100000 ∧ ∀ x, x ∈ l → -1000000000 ≤ x ∧ x ≤ 1000000000

instance (l : List Int) : Decidable (pre_insertion_sort l) :=
  inferInstanceAs (Decidable (l.length ≤ 100000 ∧ ∀ x, x ∈ l → -1000000000 ≤ x ∧ x ≤ 1000000000))

/-- `new_l` is sorted and is a permutation of `old_l` (every value occurs equally often in both). -/
def post_insertion_sort (old_l new_l : List Int) : Prop :=
  sorted_list new_l ∧ ∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x

instance (old_l new_l : List Int) : Decidable (post_insertion_sort old_l new_l) :=
  inferInstanceAs (Decidable (sorted_list new_l ∧ ∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x))

-- <vc:helpers>
-- </vc:helpers>

def insertionSort (a : List Int) : List Int :=
  -- <vc:code>
  -- </vc:code>

theorem insertionSort_spec (a : List Int) (h : pre_insertion_sort a) :
    post_insertion_sort a (insertionSort a) := by
  -- <vc:proof>
  -- </vc:proof>
