@[reducible] def pre_linear_search (a : List Int) (key : Int) : Prop :=
  True

-- The last conjunct says: if i is a position of a, then a[i] = key.
@[reducible] def post_linear_search (a : List Int) (key : Int) (i : Nat) : Prop :=
  i ≤ a.length ∧
  (∀ k (hk : k < a.length), k < i → a[k] ≠ key) ∧
  (∀ k (hk : k < a.length), k = i → a[k] = key)

-- <vc:helpers>
-- </vc:helpers>

def linearSearch (a : List Int) (key : Int) : Nat :=
  -- <vc:code>
  -- </vc:code>

theorem linearSearch_spec (a : List Int) (key : Int) (h : pre_linear_search a key) :
    post_linear_search a key (linearSearch a key) := by
  -- <vc:proof>
  -- </vc:proof>
