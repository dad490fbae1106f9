def sorted_list (l : List Int) : Prop :=
  ∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!

instance (l : List Int) : Decidable (sorted_list l) :=
  inferInstanceAs (Decidable (∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!))

def pre_counting_sort (s : List Int) (k : Int) : Prop :=
  0 ≤ k ∧ k ≤ 100000 ∧ s.length ≤ 100000 ∧ ∀ x, x ∈ s → 0 ≤ x ∧ x ≤ k

instance (s : List Int) (k : Int) : Decidable (pre_counting_sort s k) :=
  inferInstanceAs (Decidable (0 ≤ k ∧ k ≤ 100000 ∧ s.length ≤ 100000 ∧ ∀ x, x ∈ s → 0 ≤ x ∧ x ≤ k))

/-- `r` is sorted and is a permutation of `s` (every value occurs equally often in both). -/
def post_counting_sort (s : List Int) (k : Int) (r : List Int) : Prop :=
  sorted_list r ∧ ∀ x, x ∈ s ++ r → s.count x = r.count x

instance (s : List Int) (k : Int) (r : List Int) : Decidable (post_counting_sort s k r) :=
  inferInstanceAs (Decidable (sorted_list r ∧ ∀ x, x ∈ s ++ r → s.count x = r.count x))

-- <vc:helpers>
/-- The output blocks for the values v, v+1, ..., v+n-1: each value repeated as often as it
occurs in `l` (its count). -/
def countBlocks (l : List Int) : Nat → Int → List Int
  | 0, _ => []
  | n + 1, v => List.replicate (l.count v) v ++ countBlocks l n (v + 1)

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

theorem countBlocks_count (l : List Int) (x : Int) : ∀ (n : Nat) (v : Int),
    (countBlocks l n v).count x = if v ≤ x ∧ x < v + n then l.count x else 0 := by
  intro n
  induction n with
  | zero =>
    intro v
    have c0 : ¬ (v ≤ x ∧ x < v + ((0 : Nat) : Int)) := by omega
    rw [if_neg c0]
    simp [countBlocks]
  | succ n ih =>
    intro v
    simp only [countBlocks]
    rw [List.count_append, ih (v + 1)]
    by_cases h1 : x = v
    · subst h1
      have e : (List.replicate (l.count x) x).count x = l.count x := by simp
      rw [e]
      have c1 : ¬ (x + 1 ≤ x ∧ x < x + 1 + (n : Int)) := by omega
      have c2 : x ≤ x ∧ x < x + ((n + 1 : Nat) : Int) := by omega
      rw [if_neg c1, if_pos c2]
    · have h1' : v ≠ x := fun e => h1 e.symm
      have e : (List.replicate (l.count v) v).count x = 0 := by
        first
          | simp [List.count_replicate, h1, h1']
          | exact List.count_eq_zero.mpr (fun hm => h1 (List.mem_replicate.mp hm).2)
      rw [e, Nat.zero_add]
      by_cases c : v + 1 ≤ x ∧ x < v + 1 + (n : Int)
      · have c' : v ≤ x ∧ x < v + ((n + 1 : Nat) : Int) := by omega
        rw [if_pos c, if_pos c']
      · have c' : ¬ (v ≤ x ∧ x < v + ((n + 1 : Nat) : Int)) := by omega
        rw [if_neg c, if_neg c']

theorem countBlocks_mem (l : List Int) : ∀ (n : Nat) (v x : Int), x ∈ countBlocks l n v → v ≤ x
  | 0, v, x, hx => by simp [countBlocks] at hx
  | n + 1, v, x, hx => by
    simp only [countBlocks] at hx
    rcases List.mem_append.mp hx with h1 | h1
    · have := (List.mem_replicate.mp h1).2
      omega
    · have := countBlocks_mem l n (v + 1) x h1
      omega

theorem countBlocks_sorted (l : List Int) : ∀ (n : Nat) (v : Int),
    List.Pairwise (· ≤ ·) (countBlocks l n v)
  | 0, _ => List.Pairwise.nil
  | n + 1, v => by
    simp only [countBlocks]
    rw [List.pairwise_append]
    refine ⟨pairwise_of_mem_eq v _ (fun x hx => (List.mem_replicate.mp hx).2),
      countBlocks_sorted l n (v + 1), ?_⟩
    intro a ha b hb
    have h1 := (List.mem_replicate.mp ha).2
    have h2 := countBlocks_mem l n (v + 1) b hb
    omega
-- </vc:helpers>

def countingSort (s : List Int) (k : Int) : List Int :=
  -- <vc:code>
  countBlocks s (k.toNat + 1) 0
  -- </vc:code>

theorem countingSort_spec (s : List Int) (k : Int) (h : pre_counting_sort s k) :
    post_counting_sort s k (countingSort s k) := by
  -- <vc:proof>
  unfold pre_counting_sort at h
  obtain ⟨hk0, _, _, hb⟩ := h
  have hk : ((k.toNat : Nat) : Int) = k := Int.toNat_of_nonneg hk0
  unfold post_counting_sort sorted_list
  refine ⟨?_, ?_⟩
  · intro i hi j hj hij
    have hle := List.pairwise_iff_getElem.mp (countBlocks_sorted s (k.toNat + 1) 0) i j hi hj hij
    first
      | (rw [getElem!_pos (countingSort s k) i hi, getElem!_pos (countingSort s k) j hj]; exact hle)
      | simpa [hi, hj] using hle
  · intro x _
    show s.count x = (countBlocks s (k.toNat + 1) 0).count x
    rw [countBlocks_count]
    by_cases hr : (0 : Int) ≤ x ∧ x < 0 + ((k.toNat + 1 : Nat) : Int)
    · rw [if_pos hr]
    · rw [if_neg hr]
      exact List.count_eq_zero.mpr (fun hm => hr (by have := hb x hm; omega))
  -- </vc:proof>
