def sorted_list (l : List Int) : Prop :=
  ∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!

instance (l : List Int) : Decidable (sorted_list l) :=
  inferInstanceAs (Decidable (∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!))

def pre_quick_sort (l : List Int) : Prop :=
  l.length ≤ 100000 ∧ ∀ x, x ∈ l → -1000000000 ≤ x ∧ x ≤ 1000000000

instance (l : List Int) : Decidable (pre_quick_sort l) :=
  inferInstanceAs (Decidable (l.length ≤ 100000 ∧ ∀ x, x ∈ l → -1000000000 ≤ x ∧ x ≤ 1000000000))

/-- `new_l` is sorted and is a permutation of `old_l` (every value occurs equally often in both). -/
def post_quick_sort (old_l new_l : List Int) : Prop :=
  sorted_list new_l ∧ ∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x

instance (old_l new_l : List Int) : Decidable (post_quick_sort old_l new_l) :=
  inferInstanceAs (Decidable (sorted_list new_l ∧ ∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x))

-- <vc:helpers>
theorem post_of_perm_pairwise {a b : List Int} (hp : List.Perm a b)
    (hs : List.Pairwise (· ≤ ·) b) : post_quick_sort a b := by
  unfold post_quick_sort sorted_list
  refine ⟨?_, ?_⟩
  · intro i hi j hj hij
    have hle := List.pairwise_iff_getElem.mp hs i j hi hj hij
    first
      | (rw [getElem!_pos b i hi, getElem!_pos b j hj]; exact hle)
      | simpa [hi, hj] using hle
  · intro x _
    exact hp.count_eq x

/-- Quicksort with the head as pivot: sort the elements not greater than the pivot, then the
pivot, then the sorted elements greater than it. `fuel` bounds the recursion depth (the list
length suffices). -/
def quickSortAux : Nat → List Int → List Int
  | 0, l => l
  | _ + 1, [] => []
  | f + 1, x :: xs =>
    quickSortAux f (xs.filter (fun y => decide (y ≤ x))) ++
      x :: quickSortAux f (xs.filter (fun y => !decide (y ≤ x)))

theorem quickSortAux_spec (fuel : Nat) : ∀ l : List Int, l.length ≤ fuel →
    List.Perm l (quickSortAux fuel l) ∧ List.Pairwise (· ≤ ·) (quickSortAux fuel l) := by
  induction fuel with
  | zero =>
    intro l hl
    cases l with
    | nil => exact ⟨List.Perm.nil, List.Pairwise.nil⟩
    | cons x xs => first | (simp only [List.length_cons, List.length_nil] at hl; omega) | simp at hl
  | succ f ih =>
    intro l hl
    cases l with
    | nil => exact ⟨List.Perm.nil, List.Pairwise.nil⟩
    | cons x xs =>
      simp only [List.length_cons] at hl
      have h1 := List.length_filter_le (fun y => decide (y ≤ x)) xs
      have h2 := List.length_filter_le (fun y => !decide (y ≤ x)) xs
      have r1 := ih (xs.filter (fun y => decide (y ≤ x))) (by omega)
      have r2 := ih (xs.filter (fun y => !decide (y ≤ x))) (by omega)
      simp only [quickSortAux]
      refine ⟨?_, ?_⟩
      · -- x :: xs ~ L ++ x :: R
        have hp : List.Perm (xs.filter (fun y => decide (y ≤ x)) ++
            xs.filter (fun y => !decide (y ≤ x))) xs :=
          List.filter_append_perm (fun y => decide (y ≤ x)) xs
        have step : List.Perm (x :: xs) (x :: (quickSortAux f (xs.filter (fun y => decide (y ≤ x))) ++
            quickSortAux f (xs.filter (fun y => !decide (y ≤ x))))) :=
          List.Perm.cons x (hp.symm.trans (List.Perm.append r1.1 r2.1))
        exact step.trans List.perm_middle.symm
      · rw [List.pairwise_append, List.pairwise_cons]
        refine ⟨r1.2, ⟨?_, r2.2⟩, ?_⟩
        · intro z hz
          have hz' := (List.mem_filter.mp (r2.1.symm.subset hz)).2
          simp at hz'
          omega
        · intro u hu v hv
          have hu' := (List.mem_filter.mp (r1.1.symm.subset hu)).2
          simp at hu'
          rcases List.mem_cons.mp hv with hv | hv
          · rw [hv]; exact hu'
          · have hv' := (List.mem_filter.mp (r2.1.symm.subset hv)).2
            simp at hv'
            omega
-- </vc:helpers>

def quickSort (a : List Int) : List Int :=
  -- <vc:code>
  quickSortAux a.length a
  -- </vc:code>

theorem quickSort_spec (a : List Int) (h : pre_quick_sort a) :
    post_quick_sort a (quickSort a) := by
  -- <vc:proof>
  have key := quickSortAux_spec a.length a (Nat.le_refl _)
  exact post_of_perm_pairwise key.1 key.2
  -- </vc:proof>
