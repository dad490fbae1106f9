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
def insertSorted (x : Int) : List Int → List Int
  | [] => [x]
  | y :: ys => if x ≤ y then x :: y :: ys else y :: insertSorted x ys

/-- Insertion sort; the k smallest are its first k elements. -/
def insSort : List Int → List Int
  | [] => []
  | x :: xs => insertSorted x (insSort xs)

/-- Sortedness by membership, convenient for induction. -/
def Srt : List Int → Prop
  | [] => True
  | x :: xs => (∀ y, y ∈ xs → x ≤ y) ∧ Srt xs

theorem length_insertSorted (x : Int) (l : List Int) :
    (insertSorted x l).length = l.length + 1 := by
  induction l with
  | nil => rfl
  | cons y ys ih =>
    simp only [insertSorted]
    split
    · simp
    · simp [ih]

theorem length_insSort (l : List Int) : (insSort l).length = l.length := by
  induction l with
  | nil => rfl
  | cons x xs ih => simp [insSort, length_insertSorted, ih]

theorem count_insertSorted (x y : Int) (l : List Int) :
    countOcc (insertSorted x l) y = countOcc (x :: l) y := by
  induction l with
  | nil => rfl
  | cons z zs ih =>
    simp only [insertSorted]
    split
    · rfl
    · simp only [countOcc] at ih ⊢
      rw [ih]
      omega

theorem count_insSort (l : List Int) (y : Int) : countOcc (insSort l) y = countOcc l y := by
  induction l with
  | nil => rfl
  | cons x xs ih =>
    simp only [insSort]
    rw [count_insertSorted]
    simp only [countOcc]
    rw [ih]

theorem mem_insertSorted (x y : Int) (l : List Int) (h : y ∈ insertSorted x l) :
    y = x ∨ y ∈ l := by
  induction l with
  | nil =>
    simp [insertSorted] at h
    exact Or.inl h
  | cons z zs ih =>
    simp only [insertSorted] at h
    split at h
    · exact List.mem_cons.mp h
    · rcases List.mem_cons.mp h with h' | h'
      · exact Or.inr (List.mem_cons.mpr (Or.inl h'))
      · rcases ih h' with h'' | h''
        · exact Or.inl h''
        · exact Or.inr (List.mem_cons.mpr (Or.inr h''))

theorem srt_insertSorted (x : Int) (l : List Int) (hs : Srt l) : Srt (insertSorted x l) := by
  induction l with
  | nil => simp [insertSorted, Srt]
  | cons z zs ih =>
    simp only [Srt] at hs
    obtain ⟨hz, hzs⟩ := hs
    simp only [insertSorted]
    split
    · rename_i hxz
      simp only [Srt]
      refine ⟨?_, hz, hzs⟩
      intro y hy
      rcases List.mem_cons.mp hy with h' | h'
      · omega
      · exact Int.le_trans hxz (hz y h')
    · rename_i hxz
      simp only [Srt]
      refine ⟨?_, ih hzs⟩
      intro y hy
      rcases mem_insertSorted x y zs hy with h' | h'
      · omega
      · exact hz y h'

theorem srt_insSort (l : List Int) : Srt (insSort l) := by
  induction l with
  | nil => simp [insSort, Srt]
  | cons x xs ih => exact srt_insertSorted x _ ih

theorem mem_of_getElem' (l : List Int) (i : Nat) (h : i < l.length) : l[i] ∈ l := by
  induction l generalizing i with
  | nil => simp at h
  | cons x xs ih =>
    cases i with
    | zero => exact List.mem_cons.mpr (Or.inl rfl)
    | succ i => exact List.mem_cons.mpr (Or.inr (ih i (by simp only [List.length_cons] at h; omega)))

theorem sorted_of_srt (l : List Int) (hs : Srt l) : sortedNondecreasing l := by
  induction l with
  | nil =>
    intro i hi
    simp at hi
  | cons x xs ih =>
    simp only [Srt] at hs
    obtain ⟨hx, hxs⟩ := hs
    intro i hi j hj hij
    cases j with
    | zero => omega
    | succ j =>
      cases i with
      | zero => exact hx _ (mem_of_getElem' xs j (by simp only [List.length_cons] at hj; omega))
      | succ i =>
        exact ih hxs i (by simp only [List.length_cons] at hi; omega)
          j (by simp only [List.length_cons] at hj; omega) (by omega)

theorem getElem_take' (l : List Int) (k i : Nat) (h : i < (l.take k).length) :
    (l.take k)[i] = l[i]'(by simp at h; omega) := by
  induction l generalizing k i with
  | nil => simp at h
  | cons x xs ih =>
    cases k with
    | zero => simp at h
    | succ k =>
      cases i with
      | zero => rfl
      | succ i => exact ih k i (by simp at h ⊢; omega)

theorem getElem_drop' (l : List Int) (k i : Nat) (h : i < (l.drop k).length) :
    (l.drop k)[i] = l[i + k]'(by simp at h; omega) := by
  induction l generalizing k with
  | nil => simp at h
  | cons x xs ih =>
    cases k with
    | zero => rfl
    | succ k => exact ih k h

theorem count_take_drop (l : List Int) (k : Nat) (x : Int) :
    countOcc (l.take k) x + countOcc (l.drop k) x = countOcc l x := by
  induction l generalizing k with
  | nil => cases k <;> rfl
  | cons y ys ih =>
    cases k with
    | zero => simp [countOcc]
    | succ k =>
      simp only [List.take, List.drop, countOcc]
      have := ih k
      omega

theorem exists_of_count_pos (l : List Int) (x : Int) (h : 0 < countOcc l x) :
    ∃ q, ∃ hq : q < l.length, l[q] = x := by
  induction l with
  | nil => simp [countOcc] at h
  | cons y ys ih =>
    by_cases hy : y = x
    · exact ⟨0, by simp, hy⟩
    · simp [countOcc, hy] at h
      obtain ⟨q, hq, hqx⟩ := ih h
      exact ⟨q + 1, by simp only [List.length_cons]; omega, hqx⟩
-- </vc:helpers>

def kSmallest (a : List Int) (k : Nat) : List Int :=
  -- <vc:code>
  (insSort a).take k
  -- </vc:code>

theorem kSmallest_spec (a : List Int) (k : Nat) (h : pre_k_smallest a k) :
    post_k_smallest a k (kSmallest a k) := by
  -- <vc:proof>
  unfold kSmallest
  have hk : k ≤ a.length := h
  have hsorted : sortedNondecreasing (insSort a) := sorted_of_srt _ (srt_insSort a)
  have hlen : (insSort a).length = a.length := length_insSort a
  refine ⟨?_, ?_, ?_, ?_⟩
  · simp only [List.length_take, hlen]
    omega
  · intro i hi j hj hij
    rw [getElem_take', getElem_take']
    exact hsorted i _ j _ hij
  · intro j hj
    have e := count_take_drop (insSort a) k ((insSort a).take k)[j]
    rw [count_insSort] at e
    omega
  · intro i hi hlt j hj
    have e := count_take_drop (insSort a) k a[i]
    rw [count_insSort] at e
    have hpos : 0 < countOcc ((insSort a).drop k) a[i] := by omega
    obtain ⟨q, hq, hqx⟩ := exists_of_count_pos _ _ hpos
    rw [← hqx, getElem_take', getElem_drop']
    exact hsorted j _ (q + k) _ (by simp at hj; omega)
  -- </vc:proof>
