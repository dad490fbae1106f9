def sorted_list (l : List Int) : Prop :=
  ∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!

instance (l : List Int) : Decidable (sorted_list l) :=
  inferInstanceAs (Decidable (∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!))

def pre_merge_sort (l : List Int) : Prop :=
  l.length ≤ 100000 ∧ ∀ x, x ∈ l → -1000000000 ≤ x ∧ x ≤ 1000000000

instance (l : List Int) : Decidable (pre_merge_sort l) :=
  inferInstanceAs (Decidable (l.length ≤ 100000 ∧ ∀ x, x ∈ l → -1000000000 ≤ x ∧ x ≤ 1000000000))

/-- `new_l` is sorted and is a permutation of `old_l` (every value occurs equally often in both). -/
def post_merge_sort (old_l new_l : List Int) : Prop :=
  sorted_list new_l ∧ ∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x

instance (old_l new_l : List Int) : Decidable (post_merge_sort old_l new_l) :=
  inferInstanceAs (Decidable (sorted_list new_l ∧ ∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x))

-- <vc:helpers>
theorem post_of_perm_pairwise {a b : List Int} (hp : List.Perm a b)
    (hs : List.Pairwise (· ≤ ·) b) : post_merge_sort a b := by
  unfold post_merge_sort sorted_list
  refine ⟨?_, ?_⟩
  · intro i hi j hj hij
    have hle := List.pairwise_iff_getElem.mp hs i j hi hj hij
    first
      | (rw [getElem!_pos b i hi, getElem!_pos b j hj]; exact hle)
      | simpa [hi, hj] using hle
  · intro x _
    exact hp.count_eq x

/-- Merge two sorted lists, taking from the left one on ties. `fuel` bounds the number of
steps (the total length suffices); with no fuel left the lists are just concatenated. -/
def mergeF : Nat → List Int → List Int → List Int
  | 0, xs, ys => xs ++ ys
  | _ + 1, [], ys => ys
  | _ + 1, x :: xs, [] => x :: xs
  | f + 1, x :: xs, y :: ys =>
    if x ≤ y then x :: mergeF f xs (y :: ys) else y :: mergeF f (x :: xs) ys

/-- Top-down merge sort; `fuel` bounds the recursion depth (the list length suffices). -/
def mergeSortAux : Nat → List Int → List Int
  | 0, l => l
  | f + 1, l =>
    if l.length < 2 then l
    else mergeF l.length (mergeSortAux f (l.take (l.length / 2)))
      (mergeSortAux f (l.drop (l.length / 2)))

theorem mergeF_perm (fuel : Nat) : ∀ xs ys : List Int, List.Perm (mergeF fuel xs ys) (xs ++ ys) := by
  induction fuel with
  | zero => intro xs ys; exact List.Perm.refl _
  | succ f ih =>
    intro xs ys
    cases xs with
    | nil => exact List.Perm.refl _
    | cons x xs =>
      cases ys with
      | nil =>
        simp only [mergeF]
        first
          | exact List.Perm.of_eq (List.append_nil _).symm
          | simp
      | cons y ys =>
        by_cases hc : x ≤ y
        · simp only [mergeF, if_pos hc]
          exact List.Perm.cons x (ih xs (y :: ys))
        · simp only [mergeF, if_neg hc]
          exact (List.Perm.cons y (ih (x :: xs) ys)).trans List.perm_middle.symm

theorem mergeF_sorted (fuel : Nat) : ∀ xs ys : List Int, xs.length + ys.length ≤ fuel →
    List.Pairwise (· ≤ ·) xs → List.Pairwise (· ≤ ·) ys →
    List.Pairwise (· ≤ ·) (mergeF fuel xs ys) := by
  induction fuel with
  | zero =>
    intro xs ys hl _ _
    cases xs with
    | nil =>
      cases ys with
      | nil => exact List.Pairwise.nil
      | cons y ys => first | (simp only [List.length_cons, List.length_nil] at hl; omega) | simp at hl
    | cons x xs => first | (simp only [List.length_cons, List.length_nil] at hl; omega) | simp at hl
  | succ f ih =>
    intro xs ys hl hx hy
    cases xs with
    | nil => exact hy
    | cons x xs =>
      cases ys with
      | nil => exact hx
      | cons y ys =>
        simp only [List.length_cons] at hl
        have hx' := List.pairwise_cons.mp hx
        have hy' := List.pairwise_cons.mp hy
        by_cases hc : x ≤ y
        · simp only [mergeF, if_pos hc]
          rw [List.pairwise_cons]
          refine ⟨?_, ih xs (y :: ys) (by simp only [List.length_cons]; omega) hx'.2 hy⟩
          intro z hz
          have hz' := (mergeF_perm f xs (y :: ys)).subset hz
          rcases List.mem_append.mp hz' with h1 | h1
          · exact hx'.1 z h1
          · rcases List.mem_cons.mp h1 with h2 | h2
            · rw [h2]; exact hc
            · exact Int.le_trans hc (hy'.1 z h2)
        · simp only [mergeF, if_neg hc]
          rw [List.pairwise_cons]
          refine ⟨?_, ih (x :: xs) ys (by simp only [List.length_cons]; omega) hx hy'.2⟩
          intro z hz
          have hz' := (mergeF_perm f (x :: xs) ys).subset hz
          rcases List.mem_append.mp hz' with h1 | h1
          · rcases List.mem_cons.mp h1 with h2 | h2
            · rw [h2]; omega
            · have := hx'.1 z h2
              omega
          · exact hy'.1 z h1

theorem mergeSortAux_spec (fuel : Nat) : ∀ l : List Int, l.length ≤ fuel →
    List.Perm l (mergeSortAux fuel l) ∧ List.Pairwise (· ≤ ·) (mergeSortAux fuel l) := by
  induction fuel with
  | zero =>
    intro l hl
    cases l with
    | nil => exact ⟨List.Perm.nil, List.Pairwise.nil⟩
    | cons x xs => first | (simp only [List.length_cons, List.length_nil] at hl; omega) | simp at hl
  | succ f ih =>
    intro l hl
    by_cases h2 : l.length < 2
    · simp only [mergeSortAux, if_pos h2]
      refine ⟨List.Perm.refl _, ?_⟩
      match l, h2 with
      | [], _ => exact List.Pairwise.nil
      | [x], _ => exact List.pairwise_singleton _ x
      | _ :: _ :: _, h2 => simp at h2
    · simp only [mergeSortAux, if_neg h2]
      have ht : (l.take (l.length / 2)).length ≤ f := by
        rw [List.length_take]; omega
      have hd : (l.drop (l.length / 2)).length ≤ f := by
        rw [List.length_drop]; omega
      have r1 := ih _ ht
      have r2 := ih _ hd
      have hsum : (mergeSortAux f (l.take (l.length / 2))).length +
          (mergeSortAux f (l.drop (l.length / 2))).length = l.length := by
        rw [← r1.1.length_eq, ← r2.1.length_eq, ← List.length_append, List.take_append_drop]
      refine ⟨?_, mergeF_sorted _ _ _ (Nat.le_of_eq hsum) r1.2 r2.2⟩
      have hsplit : List.Perm l (l.take (l.length / 2) ++ l.drop (l.length / 2)) :=
        List.Perm.of_eq (List.take_append_drop _ l).symm
      exact hsplit.trans ((List.Perm.append r1.1 r2.1).trans (mergeF_perm _ _ _).symm)
-- </vc:helpers>

def mergeSort (a : List Int) : List Int :=
  -- <vc:code>
  mergeSortAux a.length a
  -- </vc:code>

theorem mergeSort_spec (a : List Int) (h : pre_merge_sort a) :
    post_merge_sort a (mergeSort a) := by
  -- <vc:proof>
  have key := mergeSortAux_spec a.length a (Nat.le_refl _)
  exact post_of_perm_pairwise key.1 key.2
  -- </vc:proof>
