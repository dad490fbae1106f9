-- A binary tree of integer keys.
inductive Tree where
  | leaf : Tree
  | node : Tree → Int → Tree → Tree

-- The keys of t in order: left subtree, root, right subtree.
def inorder : Tree → List Int
  | .leaf => []
  | .node l k r => inorder l ++ k :: inorder r

-- s is strictly increasing (every element smaller than every later one). A tree is a binary
-- search tree (every key larger than all keys of its left subtree and smaller than all keys of
-- its right subtree) exactly when its in-order key sequence is strictly increasing. (An abbrev,
-- so that `decide` sees its Decidable instance on concrete lists.)
abbrev strictly_increasing (s : List Int) : Prop :=
  s.Pairwise (· < ·)

-- t2 is t with exactly one empty subtree (leaf) replaced by the one-node tree holding x; every
-- other node keeps its key and its place. Together with the ordering of t2 this is the plain
-- insertion: the new leaf sits where the search for x in t ends.
def grafted : Tree → Tree → Int → Prop
  | .leaf, t2, x => t2 = .node .leaf x .leaf
  | .node l k r, .node l2 k2 r2, x => k2 = k ∧ ((grafted l l2 x ∧ r2 = r) ∨ (l2 = l ∧ grafted r r2 x))
  | .node _ _ _, .leaf, _ => False

-- The input tree (given by its in-order keys) is a binary search tree.
def pre_bst_insert_search (keys : List Int) (x : Int) : Prop :=
  strictly_increasing keys

-- The new tree is a binary search tree whose keys are the old keys plus x, and found tells
-- whether x was already a key.
def post_bst_insert_search (keys : List Int) (x : Int) (keys2 : List Int) (found : Bool) : Prop :=
  strictly_increasing keys2 ∧
  (∀ v, v ∈ keys2 → v ∈ keys ∨ v = x) ∧
  (∀ v, v ∈ keys → v ∈ keys2) ∧
  x ∈ keys2 ∧
  (found = true ↔ x ∈ keys)

-- <vc:helpers>
-- Search: whether x is a key of the binary search tree t, descending by comparison.
def memTree (x : Int) : Tree → Bool
  | .leaf => false
  | .node l k r => if x < k then memTree x l else if k < x then memTree x r else true

-- Insert x by recursive descent, rebuilding the nodes on the search path.
def insertTree (x : Int) : Tree → Tree
  | .leaf => .node .leaf x .leaf
  | .node l k r =>
    if x < k then .node (insertTree x l) k r
    else if k < x then .node l k (insertTree x r)
    else .node l k r

-- A node's in-order sequence is sorted iff both sides are and the key separates them.
theorem sorted_node (a b : List Int) (k : Int) :
    List.Pairwise (· < ·) (a ++ k :: b) ↔
      List.Pairwise (· < ·) a ∧ List.Pairwise (· < ·) b ∧
        (∀ v, v ∈ a → v < k) ∧ (∀ v, v ∈ b → k < v) := by
  rw [List.pairwise_append, List.pairwise_cons]
  constructor
  · intro h1
    exact ⟨h1.1, h1.2.1.2, fun v hv => h1.2.2 v hv k (by simp), h1.2.1.1⟩
  · intro h1
    refine ⟨h1.1, ⟨h1.2.2.2, h1.2.1⟩, ?_⟩
    intro v hv w hw
    rcases List.mem_cons.mp hw with e | hw'
    · rw [e]
      exact h1.2.2.1 v hv
    · exact Int.lt_trans (h1.2.2.1 v hv) (h1.2.2.2 w hw')

theorem or_shuffle_l (A B C D : Prop) : ((A ∨ D) ∨ B ∨ C) ↔ ((A ∨ B ∨ C) ∨ D) := by
  constructor
  · intro h1
    rcases h1 with (ha | hd) | hb | hc
    · exact Or.inl (Or.inl ha)
    · exact Or.inr hd
    · exact Or.inl (Or.inr (Or.inl hb))
    · exact Or.inl (Or.inr (Or.inr hc))
  · intro h1
    rcases h1 with (ha | hb | hc) | hd
    · exact Or.inl (Or.inl ha)
    · exact Or.inr (Or.inl hb)
    · exact Or.inr (Or.inr hc)
    · exact Or.inl (Or.inr hd)

theorem or_shuffle_r (A B C D : Prop) : (A ∨ B ∨ C ∨ D) ↔ ((A ∨ B ∨ C) ∨ D) := by
  constructor
  · intro h1
    rcases h1 with ha | hb | hc | hd
    · exact Or.inl (Or.inl ha)
    · exact Or.inl (Or.inr (Or.inl hb))
    · exact Or.inl (Or.inr (Or.inr hc))
    · exact Or.inr hd
  · intro h1
    rcases h1 with (ha | hb | hc) | hd
    · exact Or.inl ha
    · exact Or.inr (Or.inl hb)
    · exact Or.inr (Or.inr (Or.inl hc))
    · exact Or.inr (Or.inr (Or.inr hd))

-- The keys after insertion are the old keys plus x.
theorem mem_insert (x v : Int) : ∀ t : Tree, v ∈ inorder (insertTree x t) ↔ v ∈ inorder t ∨ v = x
  | .leaf => by simp [insertTree, inorder]
  | .node l k r => by
    by_cases h1 : x < k
    · have e : insertTree x (.node l k r) = .node (insertTree x l) k r := by simp [insertTree, h1]
      rw [e]
      simp only [inorder, List.mem_append, List.mem_cons]
      rw [mem_insert x v l]
      exact or_shuffle_l _ _ _ _
    · by_cases h2 : k < x
      · have e : insertTree x (.node l k r) = .node l k (insertTree x r) := by
          simp [insertTree, h1, h2]
        rw [e]
        simp only [inorder, List.mem_append, List.mem_cons]
        rw [mem_insert x v r]
        exact or_shuffle_r _ _ _ _
      · have e : insertTree x (.node l k r) = .node l k r := by simp [insertTree, h1, h2]
        have hx : x = k := by omega
        rw [e]
        constructor
        · intro h3
          exact Or.inl h3
        · intro h3
          rcases h3 with h3 | h3
          · exact h3
          · rw [h3, hx]
            simp [inorder]

-- Insertion keeps the in-order sequence sorted.
theorem sorted_insert (x : Int) : ∀ t : Tree, List.Pairwise (· < ·) (inorder t) →
    List.Pairwise (· < ·) (inorder (insertTree x t))
  | .leaf, _ => by simp [insertTree, inorder]
  | .node l k r, h => by
    have hs := (sorted_node (inorder l) (inorder r) k).mp h
    by_cases h1 : x < k
    · have e : insertTree x (.node l k r) = .node (insertTree x l) k r := by simp [insertTree, h1]
      rw [e]
      refine (sorted_node (inorder (insertTree x l)) (inorder r) k).mpr
        ⟨sorted_insert x l hs.1, hs.2.1, ?_, hs.2.2.2⟩
      intro v hv
      rcases (mem_insert x v l).mp hv with hv' | hv'
      · exact hs.2.2.1 v hv'
      · rw [hv']
        exact h1
    · by_cases h2 : k < x
      · have e : insertTree x (.node l k r) = .node l k (insertTree x r) := by
          simp [insertTree, h1, h2]
        rw [e]
        refine (sorted_node (inorder l) (inorder (insertTree x r)) k).mpr
          ⟨hs.1, sorted_insert x r hs.2.1, hs.2.2.1, ?_⟩
        intro v hv
        rcases (mem_insert x v r).mp hv with hv' | hv'
        · exact hs.2.2.2 v hv'
        · rw [hv']
          exact h2
      · have e : insertTree x (.node l k r) = .node l k r := by simp [insertTree, h1, h2]
        rw [e]
        exact h

-- On a binary search tree the search finds exactly the keys.
theorem mem_search (x : Int) : ∀ t : Tree, List.Pairwise (· < ·) (inorder t) →
    (memTree x t = true ↔ x ∈ inorder t)
  | .leaf, _ => by simp [memTree, inorder]
  | .node l k r, h => by
    have hs := (sorted_node (inorder l) (inorder r) k).mp h
    have hm : x ∈ inorder (.node l k r) ↔ x ∈ inorder l ∨ x = k ∨ x ∈ inorder r := by
      simp only [inorder, List.mem_append, List.mem_cons]
    rw [hm]
    by_cases h1 : x < k
    · have e : memTree x (.node l k r) = memTree x l := by simp [memTree, h1]
      rw [e, mem_search x l hs.1]
      constructor
      · intro h2
        exact Or.inl h2
      · intro h2
        rcases h2 with h2 | h2 | h2
        · exact h2
        · omega
        · have h3 := hs.2.2.2 x h2
          omega
    · by_cases h2 : k < x
      · have e : memTree x (.node l k r) = memTree x r := by simp [memTree, h1, h2]
        rw [e, mem_search x r hs.2.1]
        constructor
        · intro h3
          exact Or.inr (Or.inr h3)
        · intro h3
          rcases h3 with h3 | h3 | h3
          · have h4 := hs.2.2.1 x h3
            omega
          · omega
          · exact h3
      · have e : memTree x (.node l k r) = true := by simp [memTree, h1, h2]
        have hx : x = k := by omega
        rw [e]
        constructor
        · intro _
          exact Or.inr (Or.inl hx)
        · intro _
          rfl
-- A search that finds x leaves the tree as it is.
theorem insert_found (x : Int) : ∀ t : Tree, memTree x t = true → insertTree x t = t
  | .leaf, h => by simp [memTree] at h
  | .node l k r, h => by
    by_cases h1 : x < k
    · have hl : memTree x l = true := by simpa [memTree, h1] using h
      simp [insertTree, h1, insert_found x l hl]
    · by_cases h2 : k < x
      · have hr : memTree x r = true := by simpa [memTree, h1, h2] using h
        simp [insertTree, h1, h2, insert_found x r hr]
      · simp [insertTree, h1, h2]

-- A search that does not find x ends at a leaf, which becomes the node holding x.
theorem insert_grafted (x : Int) : ∀ t : Tree, memTree x t = false → grafted t (insertTree x t) x
  | .leaf, _ => by simp [insertTree, grafted]
  | .node l k r, h => by
    by_cases h1 : x < k
    · have hl : memTree x l = false := by simpa [memTree, h1] using h
      simp only [insertTree, if_pos h1, grafted]
      exact ⟨rfl, Or.inl ⟨insert_grafted x l hl, rfl⟩⟩
    · by_cases h2 : k < x
      · have hr : memTree x r = false := by simpa [memTree, h1, h2] using h
        simp only [insertTree, if_neg h1, if_pos h2, grafted]
        exact ⟨rfl, Or.inr ⟨rfl, insert_grafted x r hr⟩⟩
      · simp [memTree, h1, h2] at h
-- </vc:helpers>

-- Insert x into the binary search tree t: descend from the root (left when x is smaller than the
-- key, right when larger) and put a new leaf where the search ends; if the search finds x, the
-- tree is unchanged. The second component reports whether the search found x.
def bstInsert (t : Tree) (x : Int) : Tree × Bool :=
-- <vc:code>
  (insertTree x t, memTree x t)
-- </vc:code>

theorem bstInsert_spec (t : Tree) (x : Int) (h : pre_bst_insert_search (inorder t) x) :
    post_bst_insert_search (inorder t) x (inorder (bstInsert t x).1) (bstInsert t x).2 ∧
      ((bstInsert t x).2 = true → (bstInsert t x).1 = t) ∧
      ((bstInsert t x).2 = false → grafted t (bstInsert t x).1 x) := by
-- <vc:proof>
  have hs : List.Pairwise (· < ·) (inorder t) := h
  unfold post_bst_insert_search bstInsert
  refine ⟨⟨sorted_insert x t hs, ?_, ?_, ?_, mem_search x t hs⟩, insert_found x t, insert_grafted x t⟩
  · intro v hv
    exact (mem_insert x v t).mp hv
  · intro v hv
    exact (mem_insert x v t).mpr (Or.inl hv)
  · exact (mem_insert x x t).mpr (Or.inr rfl)
-- </vc:proof>
