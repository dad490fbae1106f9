def sorted_list (l : List Int) : Prop :=
  ∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!

instance (l : List Int) : Decidable (sorted_list l) :=
  inferInstanceAs (Decidable (∀ i, i < l.length → ∀ j, j < l.length → i < j → l[i]! ≤ l[j]!))

def pre_heap_sort (l : List Int) : Prop :=
  l.length ≤ 100000 ∧ ∀ x, x ∈ l → -1000000000 ≤ x ∧ x ≤ 1000000000

instance (l : List Int) : Decidable (pre_heap_sort l) :=
  inferInstanceAs (Decidable (l.length ≤ 100000 ∧ ∀ x, x ∈ l → -1000000000 ≤ x ∧ x ≤ 1000000000))

/-- `new_l` is sorted and is a permutation of `old_l` (every value occurs equally often in both). -/
def post_heap_sort (old_l new_l : List Int) : Prop :=
  sorted_list new_l ∧ ∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x

instance (old_l new_l : List Int) : Decidable (post_heap_sort old_l new_l) :=
  inferInstanceAs (Decidable (sorted_list new_l ∧ ∀ x, x ∈ old_l ++ new_l → old_l.count x = new_l.count x))

-- <vc:helpers>
theorem post_of_perm_pairwise {a b : List Int} (hp : List.Perm a b)
    (hs : List.Pairwise (· ≤ ·) b) : post_heap_sort a b := by
  unfold post_heap_sort sorted_list
  refine ⟨?_, ?_⟩
  · intro i hi j hj hij
    have hle := List.pairwise_iff_getElem.mp hs i j hi hj hij
    first
      | (rw [getElem!_pos b i hi, getElem!_pos b j hj]; exact hle)
      | simpa [hi, hj] using hle
  · intro x _
    exact hp.count_eq x

/-- A binary tree used as a min-heap (a skew heap). -/
inductive SHeap where
  | leaf : SHeap
  | node : SHeap → Int → SHeap → SHeap

/-- The elements of a heap, root first. -/
def SHeap.elems : SHeap → List Int
  | .leaf => []
  | .node l x r => x :: (l.elems ++ r.elems)

/-- Heap order: every node is at most every element below it. -/
def SHeap.ordered : SHeap → Prop
  | .leaf => True
  | .node l x r => (∀ y, y ∈ l.elems → x ≤ y) ∧ (∀ y, y ∈ r.elems → x ≤ y) ∧ l.ordered ∧ r.ordered

/-- Skew-heap merge: the smaller root stays on top. `fuel` bounds the number of steps (the
total number of elements suffices). -/
def hmerge : Nat → SHeap → SHeap → SHeap
  | 0, h1, _ => h1
  | _ + 1, .leaf, h2 => h2
  | _ + 1, .node l x r, .leaf => .node l x r
  | f + 1, .node l1 x1 r1, .node l2 x2 r2 =>
    if x1 ≤ x2 then .node (hmerge f r1 (.node l2 x2 r2)) x1 l1
    else .node (hmerge f (.node l1 x1 r1) r2) x2 l2

/-- Build a heap by inserting the elements one by one. -/
def buildHeap : List Int → SHeap
  | [] => .leaf
  | x :: xs => hmerge ((buildHeap xs).elems.length + 1) (.node .leaf x .leaf) (buildHeap xs)

/-- Repeatedly remove the minimum (the root) and merge its two subtrees. -/
def drain : Nat → SHeap → List Int
  | 0, _ => []
  | _ + 1, .leaf => []
  | f + 1, .node l x r => x :: drain f (hmerge (l.elems.length + r.elems.length) l r)

theorem hmerge_spec (fuel : Nat) : ∀ h1 h2 : SHeap, h1.elems.length + h2.elems.length ≤ fuel →
    List.Perm (hmerge fuel h1 h2).elems (h1.elems ++ h2.elems) ∧
      (h1.ordered → h2.ordered → (hmerge fuel h1 h2).ordered) := by
  induction fuel with
  | zero =>
    intro h1 h2 hl
    cases h1 with
    | leaf =>
      cases h2 with
      | leaf => exact ⟨List.Perm.nil, fun o _ => o⟩
      | node l x r =>
        simp only [SHeap.elems, List.length_cons, List.length_append, List.length_nil] at hl
        omega
    | node l x r =>
      simp only [SHeap.elems, List.length_cons, List.length_append] at hl
      omega
  | succ f ih =>
    intro h1 h2 hl
    cases h1 with
    | leaf => exact ⟨List.Perm.refl _, fun _ o => o⟩
    | node l1 x1 r1 =>
      cases h2 with
      | leaf =>
        refine ⟨?_, fun o _ => o⟩
        show List.Perm (SHeap.node l1 x1 r1).elems ((SHeap.node l1 x1 r1).elems ++ [])
        exact List.Perm.of_eq (List.append_nil _).symm
      | node l2 x2 r2 =>
        have hl' := hl
        simp only [SHeap.elems, List.length_cons, List.length_append] at hl'
        by_cases hc : x1 ≤ x2
        · have ih' := ih r1 (.node l2 x2 r2)
            (by simp only [SHeap.elems, List.length_cons, List.length_append]; omega)
          simp only [hmerge, if_pos hc]
          refine ⟨?_, ?_⟩
          · show List.Perm (x1 :: ((hmerge f r1 (.node l2 x2 r2)).elems ++ l1.elems))
              (x1 :: ((l1.elems ++ r1.elems) ++ (SHeap.node l2 x2 r2).elems))
            refine List.Perm.cons x1 ?_
            exact ((List.Perm.append_right l1.elems ih'.1).trans List.perm_append_comm).trans
              (List.Perm.of_eq (List.append_assoc _ _ _).symm)
          · intro o1 o2
            obtain ⟨a1, b1, c1, d1⟩ := o1
            have o2' := o2
            obtain ⟨a2, b2, _, _⟩ := o2'
            show (∀ y, y ∈ (hmerge f r1 (.node l2 x2 r2)).elems → x1 ≤ y) ∧
              (∀ y, y ∈ l1.elems → x1 ≤ y) ∧ (hmerge f r1 (.node l2 x2 r2)).ordered ∧ l1.ordered
            refine ⟨?_, a1, ih'.2 d1 o2, c1⟩
            intro y hy
            rcases List.mem_append.mp (ih'.1.subset hy) with hy | hy
            · exact b1 y hy
            · rcases List.mem_cons.mp hy with hy | hy
              · rw [hy]; exact hc
              · rcases List.mem_append.mp hy with hy | hy
                · exact Int.le_trans hc (a2 y hy)
                · exact Int.le_trans hc (b2 y hy)
        · have ih' := ih (.node l1 x1 r1) r2
            (by simp only [SHeap.elems, List.length_cons, List.length_append]; omega)
          simp only [hmerge, if_neg hc]
          refine ⟨?_, ?_⟩
          · show List.Perm (x2 :: ((hmerge f (.node l1 x1 r1) r2).elems ++ l2.elems))
              ((SHeap.node l1 x1 r1).elems ++ x2 :: (l2.elems ++ r2.elems))
            refine List.Perm.trans (List.Perm.cons x2 ?_) List.perm_middle.symm
            exact ((List.Perm.append_right l2.elems ih'.1).trans
              (List.Perm.of_eq (List.append_assoc _ _ _))).trans
              (List.Perm.append_left _ List.perm_append_comm)
          · intro o1 o2
            have o1' := o1
            obtain ⟨a1, b1, _, _⟩ := o1'
            obtain ⟨a2, b2, c2, d2⟩ := o2
            show (∀ y, y ∈ (hmerge f (.node l1 x1 r1) r2).elems → x2 ≤ y) ∧
              (∀ y, y ∈ l2.elems → x2 ≤ y) ∧ (hmerge f (.node l1 x1 r1) r2).ordered ∧ l2.ordered
            refine ⟨?_, a2, ih'.2 o1 d2, c2⟩
            intro y hy
            rcases List.mem_append.mp (ih'.1.subset hy) with hy | hy
            · rcases List.mem_cons.mp hy with hy | hy
              · rw [hy]; omega
              · rcases List.mem_append.mp hy with hy | hy
                · have := a1 y hy
                  omega
                · have := b1 y hy
                  omega
            · exact b2 y hy

theorem buildHeap_spec : ∀ l : List Int, List.Perm (buildHeap l).elems l ∧ (buildHeap l).ordered
  | [] => ⟨List.Perm.nil, True.intro⟩
  | x :: xs => by
    have ih := buildHeap_spec xs
    have hsing : (SHeap.node .leaf x .leaf).ordered := by
      simp [SHeap.ordered, SHeap.elems]
    have hs := hmerge_spec ((buildHeap xs).elems.length + 1) (.node .leaf x .leaf) (buildHeap xs)
      (by simp only [SHeap.elems, List.length_cons, List.length_append, List.length_nil]; omega)
    show List.Perm (hmerge ((buildHeap xs).elems.length + 1) (.node .leaf x .leaf) (buildHeap xs)).elems
        (x :: xs) ∧
      (hmerge ((buildHeap xs).elems.length + 1) (.node .leaf x .leaf) (buildHeap xs)).ordered
    exact ⟨hs.1.trans (List.Perm.cons x ih.1), hs.2 hsing ih.2⟩

theorem drain_spec (fuel : Nat) : ∀ h : SHeap, h.elems.length ≤ fuel → h.ordered →
    List.Perm (drain fuel h) h.elems ∧ List.Pairwise (· ≤ ·) (drain fuel h) := by
  induction fuel with
  | zero =>
    intro h hl _
    cases h with
    | leaf => exact ⟨List.Perm.nil, List.Pairwise.nil⟩
    | node l x r =>
      simp only [SHeap.elems, List.length_cons, List.length_append] at hl
      omega
  | succ f ih =>
    intro h hl ho
    cases h with
    | leaf => exact ⟨List.Perm.nil, List.Pairwise.nil⟩
    | node l x r =>
      obtain ⟨a, b, c, d⟩ := ho
      have hm := hmerge_spec (l.elems.length + r.elems.length) l r (Nat.le_refl _)
      have hlen : (hmerge (l.elems.length + r.elems.length) l r).elems.length ≤ f := by
        rw [hm.1.length_eq, List.length_append]
        simp only [SHeap.elems, List.length_cons, List.length_append] at hl
        omega
      have ih' := ih _ hlen (hm.2 c d)
      show List.Perm (x :: drain f (hmerge (l.elems.length + r.elems.length) l r))
          (x :: (l.elems ++ r.elems)) ∧
        List.Pairwise (· ≤ ·) (x :: drain f (hmerge (l.elems.length + r.elems.length) l r))
      refine ⟨List.Perm.cons x (ih'.1.trans hm.1), ?_⟩
      rw [List.pairwise_cons]
      refine ⟨?_, ih'.2⟩
      intro y hy
      rcases List.mem_append.mp (hm.1.subset (ih'.1.subset hy)) with hy | hy
      · exact a y hy
      · exact b y hy
-- </vc:helpers>

def heapSort (a : List Int) : List Int :=
  -- <vc:code>
  drain (buildHeap a).elems.length (buildHeap a)
  -- </vc:code>

theorem heapSort_spec (a : List Int) (h : pre_heap_sort a) :
    post_heap_sort a (heapSort a) := by
  -- <vc:proof>
  have hb := buildHeap_spec a
  have hd := drain_spec (buildHeap a).elems.length (buildHeap a) (Nat.le_refl _) hb.2
  exact post_of_perm_pairwise (hd.1.trans hb.1).symm hd.2
  -- </vc:proof>
