def sorted_list (l : List Int) : Prop :=
  ∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!

instance (l : List Int) : Decidable (sorted_list l) :=
  inferInstanceAs (Decidable (∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!))

def pre_selection_sort (l : List Int) : Prop :=
  l.length ≤ 100000 ∧ ∀ x, x ∈ l → -1000000000 ≤ x ∧ x ≤ 1000000000

instance (l : List Int) : Decidable (pre_selection_sort l) :=
  inferInstanceAs (Decidable (l.length ≤ 100000 ∧ ∀ x, x ∈ l → -1000000000 ≤ x ∧ x ≤ 1000000000))

/-- `new_l` is sorted and is a permutation of `old_l` (every value occurs equally often in both). -/
def post_selection_sort (old_l new_l : List Int) : Prop :=
  sorted_list new_l ∧ ∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x

instance (old_l new_l : List Int) : Decidable (post_selection_sort old_l new_l) :=
  inferInstanceAs (Decidable (sorted_list new_l ∧ ∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x))

-- <vc:helpers>
theorem post_of_perm_pairwise {a b : List Int} (hp : List.Perm a b)
    (hs : List.Pairwise (· ≤ ·) b) : post_selection_sort a b := by
  unfold post_selection_sort sorted_list
  refine ⟨?_, ?_⟩
  · intro i hi j hj hij
    have hle := List.pairwise_iff_getElem.mp hs i j hi hj hij
    first
      | (rw [getElem!_pos b i hi, getElem!_pos b j hj]; exact hle)
      | simpa [hi, hj] using hle
  · intro x _
    exact hp.count_eq x

/-- A minimum element of `x :: l`. -/
def minOf (x : Int) : List Int → Int
  | [] => x
  | y :: ys => if y < x then minOf y ys else minOf x ys

/-- Selection sort: put a minimum first, then sort the remaining elements.
`fuel` bounds the number of selection steps (the list length suffices). -/
def selectionSortAux : Nat → List Int → List Int
  | 0, l => l
  | _ + 1, [] => []
  | f + 1, x :: xs => minOf x xs :: selectionSortAux f ((x :: xs).erase (minOf x xs))

theorem minOf_spec (x : Int) (l : List Int) :
    minOf x l ∈ x :: l ∧ ∀ z, z ∈ x :: l → minOf x l ≤ z := by
  induction l generalizing x with
  | nil =>
    refine ⟨by simp [minOf], ?_⟩
    intro z hz
    rw [List.mem_singleton] at hz
    show x ≤ z
    omega
  | cons y ys ih =>
    by_cases hc : y < x
    · simp only [minOf, if_pos hc]
      obtain ⟨hm, hle⟩ := ih y
      refine ⟨List.mem_cons.mpr (Or.inr hm), ?_⟩
      intro z hz
      rcases List.mem_cons.mp hz with h1 | h1
      · have := hle y (by simp)
        omega
      · exact hle z h1
    · simp only [minOf, if_neg hc]
      obtain ⟨hm, hle⟩ := ih x
      refine ⟨?_, ?_⟩
      · rcases List.mem_cons.mp hm with h1 | h1
        · rw [h1]; simp
        · simp [h1]
      · intro z hz
        rcases List.mem_cons.mp hz with h1 | h1
        · exact hle z (by simp [h1])
        · rcases List.mem_cons.mp h1 with h2 | h2
          · have := hle x (by simp)
            omega
          · exact hle z (by simp [h2])

theorem selectionSortAux_spec (fuel : Nat) : ∀ l : List Int, l.length ≤ fuel →
    List.Perm l (selectionSortAux fuel l) ∧ List.Pairwise (· ≤ ·) (selectionSortAux fuel l) := by
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
      obtain ⟨hm, hle⟩ := minOf_spec x xs
      have hpe := List.perm_cons_erase hm
      have hlen := hpe.length_eq
      simp only [List.length_cons] at hl hlen
      have hrec := ih ((x :: xs).erase (minOf x xs)) (by omega)
      simp only [selectionSortAux]
      refine ⟨hpe.trans (List.Perm.cons _ hrec.1), ?_⟩
      rw [List.pairwise_cons]
      refine ⟨?_, hrec.2⟩
      intro z hz
      exact hle z (hpe.symm.subset (List.mem_cons.mpr (Or.inr (hrec.1.symm.subset hz))))
-- </vc:helpers>

def selectionSort (a : List Int) : List Int :=
  -- <vc:code>
  selectionSortAux a.length a
  -- </vc:code>

theorem selectionSort_spec (a : List Int) (h : pre_selection_sort a) :
    post_selection_sort a (selectionSort a) := by
  -- <vc:proof>
  have key := selectionSortAux_spec a.length a (Nat.le_refl _)
  exact post_of_perm_pairwise key.1 key.2
  -- </vc:proof>
