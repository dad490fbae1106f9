-- Shared with Dafny and Verus (usize indices): length at most 10^6 and k at most 10^9.
@[reducible] def pre_rotate_array (a : List Int) (k : Nat) : Prop :=
  a.length ≤ 1000000 ∧ k ≤ 1000000000

-- Left rotation by k: b[i] = a[(i + k) mod n] (stated for the position j = (i + k) % n).
@[reducible] def post_rotate_array (a : List Int) (k : Nat) (b : List Int) : Prop :=
  b.length = a.length ∧
  (∀ i (hi : i < b.length) j (hj : j < a.length), j = (i + k) % a.length → b[i] = a[j])

-- <vc:helpers>
theorem gidx (a : List Int) {i j : Nat} (hij : i = j) (hi : i < a.length) (hj : j < a.length) :
    a[i] = a[j] := by
  subst hij
  rfl

/-- Element i of l, or 0 past the end. -/
def atOr (l : List Int) (i : Nat) : Int :=
  match l, i with
  | [], _ => 0
  | x :: _, 0 => x
  | _ :: xs, n + 1 => atOr xs n

theorem atOr_eq (l : List Int) (i : Nat) (h : i < l.length) : atOr l i = l[i] := by
  induction l generalizing i with
  | nil => simp at h
  | cons x xs ih =>
    cases i with
    | zero => rfl
    | succ n => exact ih n (by simp only [List.length_cons] at h; omega)
-- </vc:helpers>

def rotateLeft (a : List Int) (k : Nat) : List Int :=
  -- <vc:code>
  (List.range a.length).map (fun i => atOr a ((i + k) % a.length))
  -- </vc:code>

theorem rotateLeft_spec (a : List Int) (k : Nat) (h : pre_rotate_array a k) :
    post_rotate_array a k (rotateLeft a k) := by
  -- <vc:proof>
  unfold rotateLeft
  refine ⟨by simp, ?_⟩
  intro i hi j hj hij
  simp only [List.getElem_map, List.getElem_range]
  rw [atOr_eq a ((i + k) % a.length) (hij ▸ hj)]
  exact gidx a hij.symm _ hj
  -- </vc:proof>
