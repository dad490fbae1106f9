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
/-- Quickselect with the head as pivot: split the rest into the elements not greater than the
pivot and the greater ones, and continue in the part that holds rank k (the pivot itself when
exactly k elements go left). Returns the rearranged list and the selected value. `fuel` bounds
the recursion depth (the list length suffices). -/
def selectAux : Nat → List Int → Nat → List Int × Int
  | 0, l, _ => (l, 0)
  | _ + 1, [], _ => ([], 0)
  | f + 1, x :: xs, k =>
    let lo := xs.filter (fun y => decide (y ≤ x))
    let hi := xs.filter (fun y => !decide (y ≤ x))
    if k < lo.length then
      let r := selectAux f lo k
      (r.1 ++ x :: hi, r.2)
    else if k = lo.length then
      (lo ++ x :: hi, x)
    else
      let r := selectAux f hi (k - lo.length - 1)
      (lo ++ x :: r.1, r.2)
-- </vc:helpers>

def quickselect (a : List Int) (k : Nat) : List Int × Int :=
  -- <vc:code>
  selectAux a.length a k
  -- </vc:code>

theorem quickselect_spec (a : List Int) (k : Nat) (h : pre_quickselect a k) :
    post_quickselect a k (quickselect a k).1 (quickselect a k).2 := by
  -- <vc:proof>
  -- </vc:proof>
