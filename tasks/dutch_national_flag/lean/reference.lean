def sorted_list (l : List Int) : Prop :=
  ∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!

instance (l : List Int) : Decidable (sorted_list l) :=
  inferInstanceAs (Decidable (∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!))

def pre_dutch_national_flag (l : List Int) : Prop :=
  l.length ≤ 100000 ∧ ∀ x, x ∈ l → 0 ≤ x ∧ x ≤ 2

instance (l : List Int) : Decidable (pre_dutch_national_flag l) :=
  inferInstanceAs (Decidable (l.length ≤ 100000 ∧ ∀ x, x ∈ l → 0 ≤ x ∧ x ≤ 2))

/-- `new_l` is sorted and is a permutation of `old_l` (every value occurs equally often in both). -/
def post_dutch_national_flag (old_l new_l : List Int) : Prop :=
  sorted_list new_l ∧ ∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x

instance (old_l new_l : List Int) : Decidable (post_dutch_national_flag old_l new_l) :=
  inferInstanceAs (Decidable (sorted_list new_l ∧ ∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x))

-- <vc:helpers>
theorem post_of_perm_pairwise {a b : List Int} (hp : List.Perm a b)
    (hs : List.Pairwise (· ≤ ·) b) : post_dutch_national_flag a b := by
  unfold post_dutch_national_flag sorted_list
  refine ⟨?_, ?_⟩
  · intro i hi j hj hij
    have hle := List.pairwise_iff_getElem.mp hs i j hi hj hij
    first
      | (rw [getElem!_pos b i hi, getElem!_pos b j hj]; exact hle)
      | simpa [hi, hj] using hle
  · intro x _
    exact hp.count_eq x

theorem pairwise_of_mem_eq (c : Int) : ∀ l : List Int, (∀ x, x ∈ l → x = c) →
    List.Pairwise (· ≤ ·) l
  | [], _ => List.Pairwise.nil
  | y :: ys, hl => by
    rw [List.pairwise_cons]
    refine ⟨?_, pairwise_of_mem_eq c ys (fun x hx => hl x (List.mem_cons.mpr (Or.inr hx)))⟩
    intro z hz
    have h1 := hl y (List.mem_cons.mpr (Or.inl rfl))
    have h2 := hl z (List.mem_cons.mpr (Or.inr hz))
    omega

/-- Three-way split: the elements `≤ 0`, then those in `(0, 1]`, then those `> 1`. -/
def flagSplit (a : List Int) : List Int :=
  a.filter (fun x => decide (x ≤ 0)) ++
    ((a.filter (fun x => !decide (x ≤ 0))).filter (fun x => decide (x ≤ 1)) ++
      (a.filter (fun x => !decide (x ≤ 0))).filter (fun x => !decide (x ≤ 1)))
-- </vc:helpers>

def dutchFlag (a : List Int) : List Int :=
  -- <vc:code>
  flagSplit a
  -- </vc:code>

theorem dutchFlag_spec (a : List Int) (h : pre_dutch_national_flag a) :
    post_dutch_national_flag a (dutchFlag a) := by
  -- <vc:proof>
  have hb : ∀ x, x ∈ a → 0 ≤ x ∧ x ≤ 2 := by
    unfold pre_dutch_national_flag at h
    exact h.2
  have hr : List.Perm (a.filter (fun x => !decide (x ≤ 0)))
      ((a.filter (fun x => !decide (x ≤ 0))).filter (fun x => decide (x ≤ 1)) ++
        (a.filter (fun x => !decide (x ≤ 0))).filter (fun x => !decide (x ≤ 1))) :=
    (List.filter_append_perm (fun x => decide (x ≤ 1)) _).symm
  have hp : List.Perm a (dutchFlag a) :=
    (List.filter_append_perm (fun x => decide (x ≤ 0)) a).symm.trans (List.Perm.append_left _ hr)
  apply post_of_perm_pairwise hp
  show List.Pairwise (· ≤ ·) (flagSplit a)
  unfold flagSplit
  have z0 : ∀ x, x ∈ a.filter (fun x => decide (x ≤ 0)) → x = 0 := by
    intro x hx
    have hm := List.mem_filter.mp hx
    have := hb x hm.1
    have h2 := hm.2
    simp at h2
    omega
  have z1 : ∀ x, x ∈ (a.filter (fun x => !decide (x ≤ 0))).filter (fun x => decide (x ≤ 1)) →
      x = 1 := by
    intro x hx
    have hm := List.mem_filter.mp hx
    have hm' := List.mem_filter.mp hm.1
    have := hb x hm'.1
    have h2 := hm.2
    have h3 := hm'.2
    simp at h2 h3
    omega
  have z2 : ∀ x, x ∈ (a.filter (fun x => !decide (x ≤ 0))).filter (fun x => !decide (x ≤ 1)) →
      x = 2 := by
    intro x hx
    have hm := List.mem_filter.mp hx
    have hm' := List.mem_filter.mp hm.1
    have := hb x hm'.1
    have h2 := hm.2
    have h3 := hm'.2
    simp at h2 h3
    omega
  rw [List.pairwise_append, List.pairwise_append]
  refine ⟨pairwise_of_mem_eq 0 _ z0, ⟨pairwise_of_mem_eq 1 _ z1, pairwise_of_mem_eq 2 _ z2, ?_⟩, ?_⟩
  · intro u hu v hv
    have := z1 u hu
    have := z2 v hv
    omega
  · intro u hu v hv
    have := z0 u hu
    rcases List.mem_append.mp hv with hv | hv
    · have := z1 v hv
      omega
    · have := z2 v hv
      omega
  -- </vc:proof>
