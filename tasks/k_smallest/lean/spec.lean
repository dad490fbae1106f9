@[reducible] def sortedNondecreasing (s : List Int) : Prop :=
  ∀ i (hi : i < s.length) j (hj : j < s.length), i < j → s[i] ≤ s[j]

/-- Number of occurrences of x in l. -/
def countOcc (l : List Int) (x : Int) : Nat :=
  match l with
  | [] => 0
  | y :: ys => (if y = x then 1 else 0) + countOcc ys x

@[reducible] def pre_k_smallest (a : List Int) (k : Nat) : Prop :=
  k ≤ a.length

-- b holds k elements of a (as a multiset), in non-decreasing order, and every element of a
-- that is left out is at least as large as every element of b.
@[reducible] def post_k_smallest (a : List Int) (k : Nat) (b : List Int) : Prop :=
  b.length = k ∧
  sortedNondecreasing b ∧
  (∀ j (hj : j < b.length), countOcc b b[j] ≤ countOcc a b[j]) ∧
  (∀ i (hi : i < a.length), countOcc b a[i] < countOcc a a[i] →
    ∀ j (hj : j < b.length), b[j] ≤ a[i])

-- <vc:helpers>
-- </vc:helpers>

def kSmallest (a : List Int) (k : Nat) : List Int :=
  -- <vc:code>
  -- </vc:code>

theorem kSmallest_spec (a : List Int) (k : Nat) (h : pre_k_smallest a k) :
    post_k_smallest a k (kSmallest a k) := by
  -- <vc:proof>
  -- </vc:proof>
