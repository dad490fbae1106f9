-- A max-heap in array layout: the children of position i are 2i+1 and 2i+2, and no child is
-- larger than its parent.
abbrev is_max_heap (h : List Int) : Prop :=
  ∀ i, i < h.length → ∀ j, j < h.length → (j = 2 * i + 1 ∨ j = 2 * i + 2) → h.getD j 0 ≤ h.getD i 0

-- Number of occurrences of v in l.
def occ (v : Int) : List Int → Nat
  | [] => 0
  | a :: l => (if a = v then 1 else 0) + occ v l

-- a and b hold the same elements with the same multiplicities (multiset equality).
abbrev same_elems (a b : List Int) : Prop :=
  ∀ v, v ∈ a ++ b → occ v a = occ v b

def pre_max_heap_pop (h : List Int) : Prop :=
  is_max_heap h ∧ 0 < h.length

-- top is the old root (the maximum); the new heap is a max-heap holding the old elements minus top.
def post_max_heap_pop (h : List Int) (h2 : List Int) (top : Int) : Prop :=
  0 < h.length ∧ top = h.getD 0 0 ∧ is_max_heap h2 ∧ same_elems (h2 ++ [top]) h

-- <vc:helpers>
def insertDesc (x : Int) : List Int → List Int
  | [] => [x]
  | a :: l => if a ≤ x then x :: a :: l else a :: insertDesc x l

def sortDesc : List Int → List Int
  | [] => []
  | a :: l => insertDesc a (sortDesc l)

def SortedDesc : List Int → Prop
  | [] => True
  | [_] => True
  | a :: b :: l => b ≤ a ∧ SortedDesc (b :: l)

theorem insertDesc_le (x a : Int) (l : List Int) (hax : a ≤ x) :
    insertDesc x (a :: l) = x :: a :: l := by
  show (if a ≤ x then x :: a :: l else a :: insertDesc x l) = x :: a :: l
  rw [if_pos hax]

theorem insertDesc_gt (x a : Int) (l : List Int) (hax : ¬ a ≤ x) :
    insertDesc x (a :: l) = a :: insertDesc x l := by
  show (if a ≤ x then x :: a :: l else a :: insertDesc x l) = a :: insertDesc x l
  rw [if_neg hax]

theorem sorted_cons_insert (x : Int) : ∀ (a : Int) (l : List Int),
    SortedDesc (a :: l) → x < a → SortedDesc (a :: insertDesc x l)
  | a, [], _, hxa => by
    show x ≤ a ∧ True
    exact ⟨Int.le_of_lt hxa, trivial⟩
  | a, b :: l, hs, hxa => by
    have hs' : b ≤ a ∧ SortedDesc (b :: l) := hs
    by_cases hbx : b ≤ x
    · rw [insertDesc_le x b l hbx]
      show x ≤ a ∧ (b ≤ x ∧ SortedDesc (b :: l))
      exact ⟨Int.le_of_lt hxa, hbx, hs'.2⟩
    · rw [insertDesc_gt x b l hbx]
      have hxb : x < b := by omega
      show b ≤ a ∧ SortedDesc (b :: insertDesc x l)
      exact ⟨hs'.1, sorted_cons_insert x b l hs'.2 hxb⟩

theorem sorted_insert (x : Int) : ∀ (l : List Int), SortedDesc l → SortedDesc (insertDesc x l)
  | [], _ => trivial
  | a :: l, hs => by
    by_cases hax : a ≤ x
    · rw [insertDesc_le x a l hax]
      show a ≤ x ∧ SortedDesc (a :: l)
      exact ⟨hax, hs⟩
    · rw [insertDesc_gt x a l hax]
      exact sorted_cons_insert x a l hs (by omega)

theorem sorted_sort : ∀ (l : List Int), SortedDesc (sortDesc l)
  | [] => trivial
  | a :: l => sorted_insert a (sortDesc l) (sorted_sort l)

theorem occ_insert (v x : Int) : ∀ (l : List Int), occ v (insertDesc x l) = occ v (x :: l)
  | [] => rfl
  | a :: l => by
    by_cases hax : a ≤ x
    · rw [insertDesc_le x a l hax]
    · rw [insertDesc_gt x a l hax]
      show (if a = v then 1 else 0) + occ v (insertDesc x l) =
        (if x = v then 1 else 0) + ((if a = v then 1 else 0) + occ v l)
      rw [occ_insert v x l]
      exact Nat.add_left_comm _ _ _

theorem occ_sort (v : Int) : ∀ (l : List Int), occ v (sortDesc l) = occ v l
  | [] => rfl
  | a :: l => by
    show occ v (insertDesc a (sortDesc l)) = occ v (a :: l)
    rw [occ_insert]
    show (if a = v then 1 else 0) + occ v (sortDesc l) = (if a = v then 1 else 0) + occ v l
    rw [occ_sort v l]

theorem sorted_tail : ∀ (a : Int) (l : List Int), SortedDesc (a :: l) → SortedDesc l
  | _, [], _ => trivial
  | a, b :: l, hs => (show b ≤ a ∧ SortedDesc (b :: l) from hs).2

theorem sorted_head_ge : ∀ (a : Int) (l : List Int), SortedDesc (a :: l) →
    ∀ j, j < l.length → l.getD j 0 ≤ a
  | _, [], _, j, hj => absurd hj (Nat.not_lt_zero j)
  | a, b :: l, hs, j, hj => by
    have hs' : b ≤ a ∧ SortedDesc (b :: l) := hs
    cases j with
    | zero =>
      show b ≤ a
      exact hs'.1
    | succ j =>
      have hj' : j < l.length := Nat.lt_of_succ_lt_succ hj
      show l.getD j 0 ≤ a
      exact Int.le_trans (sorted_head_ge b l hs'.2 j hj') hs'.1

theorem sorted_getD : ∀ (l : List Int), SortedDesc l →
    ∀ i j, i ≤ j → j < l.length → l.getD j 0 ≤ l.getD i 0
  | [], _, _, j, _, hj => absurd hj (Nat.not_lt_zero j)
  | _ :: _, _, 0, 0, _, _ => Int.le_refl _
  | a :: l, hs, 0, j + 1, _, hj => sorted_head_ge a l hs j (Nat.lt_of_succ_lt_succ hj)
  | _ :: _, _, i + 1, 0, hij, _ => absurd hij (Nat.not_succ_le_zero i)
  | a :: l, hs, i + 1, j + 1, hij, hj =>
    sorted_getD l (sorted_tail a l hs) i j (Nat.le_of_succ_le_succ hij) (Nat.lt_of_succ_lt_succ hj)

theorem sorted_heap (l : List Int) (hs : SortedDesc l) : is_max_heap l := by
  unfold is_max_heap
  intro i _ j hj hc
  exact sorted_getD l hs i j (by omega) hj

theorem occ_append (v : Int) : ∀ (a b : List Int), occ v (a ++ b) = occ v a + occ v b
  | [], b => (Nat.zero_add _).symm
  | x :: a, b => by
    show (if x = v then 1 else 0) + occ v (a ++ b) = ((if x = v then 1 else 0) + occ v a) + occ v b
    rw [occ_append v a b, Nat.add_assoc]
-- </vc:helpers>

-- Returns the new heap and the removed maximum.
def maxHeapPop (h : List Int) : List Int × Int :=
-- <vc:code>
  match h with
  | [] => ([], 0)
  | a :: l => (sortDesc l, a)
-- </vc:code>

theorem maxHeapPop_spec (h : List Int) (hpre : pre_max_heap_pop h) :
    post_max_heap_pop h (maxHeapPop h).1 (maxHeapPop h).2 := by
-- <vc:proof>
  unfold post_max_heap_pop
  unfold pre_max_heap_pop at hpre
  cases h with
  | nil => exact absurd hpre.2 (Nat.lt_irrefl 0)
  | cons a l =>
    show 0 < (a :: l).length ∧ a = (a :: l).getD 0 0 ∧ is_max_heap (sortDesc l) ∧
      same_elems (sortDesc l ++ [a]) (a :: l)
    refine ⟨Nat.succ_pos _, rfl, sorted_heap _ (sorted_sort l), ?_⟩
    unfold same_elems
    intro v _
    rw [occ_append, occ_sort]
    show occ v l + ((if a = v then 1 else 0) + 0) = (if a = v then 1 else 0) + occ v l
    rw [Nat.add_zero, Nat.add_comm]
-- </vc:proof>
