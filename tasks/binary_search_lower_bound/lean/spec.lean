@[reducible] def sortedNondecreasing (a : List Int) : Prop :=
  ∀ i (hi : i < a.length) j (hj : j < a.length), i < j → a[i] ≤ a[j]

@[reducible] def pre_binary_search_lower_bound (a : List Int) (key : Int) : Prop :=
  sortedNondecreasing a

@[reducible] def post_binary_search_lower_bound (a : List Int) (key : Int) (i : Nat) : Prop :=
  i ≤ a.length ∧
  (∀ k (hk : k < a.length), k < i → a[k] < key) ∧
  (∀ k (hk : k < a.length), i ≤ k → key ≤ a[k])

-- <vc:helpers>
-- </vc:helpers>

def lowerBound (a : List Int) (key : Int) : Nat :=
  -- <vc:code>
  -- </vc:code>

theorem lowerBound_spec (a : List Int) (key : Int) (h : pre_binary_search_lower_bound a key) :
    post_binary_search_lower_bound a key (lowerBound a key) := by
  -- <vc:proof>
  -- </vc:proof>
