def sorted_list (l : List Int) : Prop :=
  ∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!

instance (l : List Int) : Decidable (sorted_list l) :=
  inferInstanceAs (Decidable (∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!))

def pre_bubble_sort (l : List Int) : Prop :=
  l.length ≤ 100000 ∧ ∀ x, x ∈ l → -1000000000 ≤ x ∧ x ≤ 1000000000

instance (l : List Int) : Decidable (pre_bubble_sort l) :=
  inferInstanceAs (Decidable (l.length ≤ 100000 ∧ ∀ x, x ∈ l → -1000000000 ≤ x ∧ x ≤ 1000000000))

/-- `new_l` is sorted and is a permutation of `old_l` (every value occurs equally often in both). -/
def post_bubble_sort (old_l new_l : List Int) : Prop :=
  sorted_list new_l ∧ ∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x

instance (old_l new_l : List Int) : Decidable (post_bubble_sort old_l new_l) :=
  inferInstanceAs (Decidable (sorted_list new_l ∧ ∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x))

-- <vc:helpers>
theorem post_of_perm_pairwise {a b : List Int} (hp : List.Perm a b)
    (hs : List.Pairwise (· ≤ ·) b) : post_bubble_sort a b := by
  unfold post_bubble_sort sorted_list
  refine ⟨?_, ?_⟩
  · intro i hi j hj hij
    have hle := List.pairwise_iff_getElem.mp hs i j hi hj hij
    first
      | (rw [getElem!_pos b i hi, getElem!_pos b j hj]; exact hle)
      | simpa [hi, hj] using hle
  · intro x _
    exact hp.count_eq x

/-- One bubble pass over `cur :: l`: compares adjacent elements and carries the larger one
forward. Returns the other elements in their new order and the maximum, which ends the pass. -/
def bubblePass (cur : Int) : List Int → List Int × Int
  | [] => ([], cur)
  | y :: ys =>
    if cur ≤ y then
      (cur :: (bubblePass y ys).1, (bubblePass y ys).2)
    else
      (y :: (bubblePass cur ys).1, (bubblePass cur ys).2)

/-- Sort by repeated passes: a pass moves the maximum to the end, then the rest is sorted.
`fuel` bounds the number of passes (the list length suffices). -/
def bubbleSortAux : Nat → List Int → List Int
  | 0, l => l
  | _ + 1, [] => []
  | f + 1, x :: xs => bubbleSortAux f (bubblePass x xs).1 ++ [(bubblePass x xs).2]

theorem bubblePass_length (cur : Int) (l : List Int) :
    (bubblePass cur l).1.length = l.length := by
  induction l generalizing cur with
  | nil => rfl
  | cons y ys ih =>
    by_cases hc : cur ≤ y
    · simp only [bubblePass, if_pos hc]
      show ((bubblePass y ys).1).length + 1 = ys.length + 1
      rw [ih y]
    · simp only [bubblePass, if_neg hc]
      show ((bubblePass cur ys).1).length + 1 = ys.length + 1
      rw [ih cur]

theorem bubblePass_perm (cur : Int) (l : List Int) :
    List.Perm ((bubblePass cur l).1 ++ [(bubblePass cur l).2]) (cur :: l) := by
  induction l generalizing cur with
  | nil => exact List.Perm.refl _
  | cons y ys ih =>
    by_cases hc : cur ≤ y
    · simp only [bubblePass, if_pos hc]
      exact List.Perm.cons cur (ih y)
    · simp only [bubblePass, if_neg hc]
      exact (List.Perm.cons y (ih cur)).trans (List.Perm.swap cur y ys)

theorem bubblePass_max (cur : Int) (l : List Int) :
    ∀ z, z ∈ cur :: l → z ≤ (bubblePass cur l).2 := by
  induction l generalizing cur with
  | nil =>
    intro z hz
    show z ≤ cur
    rw [List.mem_singleton] at hz
    omega
  | cons y ys ih =>
    intro z hz
    by_cases hc : cur ≤ y
    · simp only [bubblePass, if_pos hc]
      show z ≤ (bubblePass y ys).2
      have hy := ih y y (by simp)
      rcases List.mem_cons.mp hz with h1 | h1
      · omega
      · exact ih y z h1
    · simp only [bubblePass, if_neg hc]
      show z ≤ (bubblePass cur ys).2
      have hcur := ih cur cur (by simp)
      rcases List.mem_cons.mp hz with h1 | h1
      · omega
      · rcases List.mem_cons.mp h1 with h2 | h2
        · omega
        · exact ih cur z (by simp [h2])

theorem bubbleSortAux_spec (fuel : Nat) : ∀ l : List Int, l.length ≤ fuel →
    List.Perm l (bubbleSortAux fuel l) ∧ List.Pairwise (· ≤ ·) (bubbleSortAux fuel l) := by
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
      have hlen := bubblePass_length x xs
      simp only [List.length_cons] at hl
      have hrec := ih (bubblePass x xs).1 (by rw [hlen]; omega)
      have hperm := bubblePass_perm x xs
      have hmax := bubblePass_max x xs
      simp only [bubbleSortAux]
      refine ⟨hperm.symm.trans (List.Perm.append_right _ hrec.1), ?_⟩
      rw [List.pairwise_append]
      refine ⟨hrec.2, List.pairwise_singleton _ _, ?_⟩
      intro u hu v hv
      rw [List.mem_singleton] at hv
      rw [hv]
      exact hmax u (hperm.subset (List.mem_append_left _ (hrec.1.symm.subset hu)))
-- </vc:helpers>

def bubbleSort (a : List Int) : List Int :=
  -- <vc:code>
  bubbleSortAux a.length a
  -- </vc:code>

theorem bubbleSort_spec (a : List Int) (h : pre_bubble_sort a) :
    post_bubble_sort a (bubbleSort a) := by
  -- <vc:proof>
  have key := bubbleSortAux_spec a.length a (Nat.le_refl _)
  exact post_of_perm_pairwise key.1 key.2
  -- </vc:proof>
