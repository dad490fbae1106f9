/-- Number of elements of `l` smaller than `v`. -/
def countLt (l : List Int) (v : Int) : Nat :=
  l.countP (fun x => decide (x < v))

/-- Number of elements of `l` not greater than `v`. -/
def countLe (l : List Int) (v : Int) : Nat :=
  l.countP (fun x => decide (x ≤ v))

def pre_quickselect (l : List Int) (k : Nat) : Prop :=
  l.length ≤ 100000 ∧ k < l.length ∧ ∀ x, x ∈ l → -1000000000 ≤ x ∧ x ≤ 1000000000

instance (l : List Int) (k : Nat) : Decidable (pre_quickselect l k) :=
  inferInstanceAs (Decidable (l.length ≤ 100000 ∧ k < l.length ∧
    ∀ x, x ∈ l → -1000000000 ≤ x ∧ x ≤ 1000000000))

/-- `v` is the k-th smallest element of `old_l` (0-based): at most k elements are smaller than v
and more than k are not greater; `new_l` (the rearranged list) is a permutation of `old_l`. -/
def post_quickselect (old_l : List Int) (k : Nat) (new_l : List Int) (v : Int) : Prop :=
  (∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x) ∧
  countLt old_l v ≤ k ∧ k < countLe old_l v

instance (old_l : List Int) (k : Nat) (new_l : List Int) (v : Int) :
    Decidable (post_quickselect old_l k new_l v) :=
  inferInstanceAs (Decidable ((∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x) ∧
    countLt old_l v ≤ k ∧ k < countLe old_l v))

-- <vc:helpers>
-- </vc:helpers>

def quickselect (a : List Int) (k : Nat) : List Int × Int :=
  -- <vc:code>
  -- </vc:code>

theorem quickselect_spec (a : List Int) (k : Nat) (h : pre_quickselect a k) :
    post_quickselect a k (quickselect a k).1 (quickselect a k).2 := by
  -- <vc:proof>
  -- </vc:proof>
